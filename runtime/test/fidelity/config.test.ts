/**
 * Plugin configs: a key the config lacks is nil (as in neomega) and the runtime says so once, where it is read;
 * several plugins each get their own config (`--config NAME.lua=FILE.json`, or the world file's `configs`), and one
 * `--config` for several plugins is refused rather than silently ignored.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jsonEvents, runCli, tmpDir, writePlugin } from '../helpers';

const READS = `local omega = require("omega")
local coromega = require("coromega").from(omega)
local key = coromega.config["API密钥"]
for i = 1, 3 do local again = coromega.config["API密钥"] end
local db = coromega.config["数据库"]
print(key, db["端口"], db["地址"], coromega.config["名字"])
local raw = ud2lua(omega.config:user_data())
print(raw["名字"], raw["缺的"])
`;

function config(dir: string, name: string, cfg: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify({ 名称: name, 配置: cfg }));
  return f;
}

test('a config key the config lacks: nil, and one warning per key at the line that reads it', async () => {
  const dir = tmpDir();
  const p = writePlugin(READS, 'reads.lua', dir);
  config(dir, 'reads.json', { 数据库: { 端口: 3306 }, 名字: 'x' });
  const r = await runCli(['--json', p], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const ev = jsonEvents(r.stdout);
  const warnings = ev.flatMap((e) => (e.type === 'warning' ? [e] : []));
  assert.deepEqual(
    warnings.map((w) => `${path.basename(w.file ?? '')}:${w.line} ${w.message}`),
    [
      `reads.lua:3 the config has no "API密钥"; it reads as nil (config file: ${path.join(dir, 'reads.json')})`,
      `reads.lua:6 the config has no "数据库.地址"; it reads as nil (config file: ${path.join(dir, 'reads.json')})`,
      `reads.lua:8 the config has no "缺的"; it reads as nil (config file: ${path.join(dir, 'reads.json')})`,
    ],
  );
  assert.deepEqual(
    ev.flatMap((e) => (e.type === 'print' ? [e.text] : [])),
    ['nil\t3306\tnil\tx', 'x\tnil'],
  );
  const plain = await runCli(['--lang', 'zh-cn', p], { cwd: dir });
  assert.match(plain.stderr, /reads\.lua:3: 警告：配置中没有“API密钥”，读到的是 nil（配置文件：/);
});

test('without any config file the warning says where one would be', async () => {
  const r = await runCli(['--lang', 'zh-cn', writePlugin(READS.replace(/local db[\s\S]*$/, ''))]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /plugin\.lua:3: 警告：配置中没有“API密钥”，读到的是 nil（没有找到配置文件：插件旁的 同名\.json，或用 --config 指定）/,
  );
});

const SHOW = (n: string): string => `local coromega = require("coromega").from(require("omega"))
print("${n}", coromega.config["名字"])
`;

test("several plugins: --config NAME.lua=FILE.json gives each its own; the world file's configs too", async () => {
  const dir = tmpDir();
  const a = writePlugin(SHOW('a'), 'a.lua', dir);
  const b = writePlugin(SHOW('b'), 'b.lua', dir);
  fs.mkdirSync(path.join(dir, 'cfg'));
  config(path.join(dir, 'cfg'), 'for-a.json', { 名字: 'A' });
  config(path.join(dir, 'cfg'), 'for-b.json', { 名字: 'B' });
  config(path.join(dir, 'cfg'), 'other-b.json', { 名字: 'B2' });
  const cli = await runCli(
    ['--config', 'a.lua=cfg/for-a.json', '--config', 'b.lua=cfg/for-b.json', a, b],
    { cwd: dir },
  );
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal(cli.stdout, 'a\tA\nb\tB\n');

  // The world file's paths are relative to it; --config on the command line wins.
  fs.writeFileSync(
    path.join(dir, 'cfg', 'w.json'),
    JSON.stringify({ configs: { 'a.lua': 'for-a.json', 'b.lua': 'for-b.json' } }),
  );
  const world = await runCli(['--world', 'cfg/w.json', a, b], { cwd: dir });
  assert.equal(world.code, 0, world.stderr);
  assert.equal(world.stdout, 'a\tA\nb\tB\n');
  const both = await runCli(['--world', 'cfg/w.json', '--config', 'b.lua=cfg/other-b.json', a, b], {
    cwd: dir,
  });
  assert.equal(both.stdout, 'a\tA\nb\tB2\n');
});

test('one --config for several plugins is refused in one line; so is a config for a plugin not run', async () => {
  const dir = tmpDir();
  const a = writePlugin(SHOW('a'), 'a.lua', dir);
  const b = writePlugin(SHOW('b'), 'b.lua', dir);
  const r = await runCli(['--config', 'c.json', a, b], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    "coromega-run: --config c.json is for a single plugin; with several, give each its own: --config PLUGIN.lua=CONFIG.json (or the world file's configs)\n",
  );
  const other = await runCli(['--config', 'x.lua=c.json', a], { cwd: dir });
  assert.equal(other.code, 2);
  assert.equal(
    other.stderr,
    'coromega-run: --config x.lua=...: x.lua is not one of the plugins to run\n',
  );
});

test('a malformed config or world file is one clear line', async () => {
  const dir = tmpDir();
  const p = writePlugin(SHOW('a'), 'a.lua', dir);
  fs.writeFileSync(path.join(dir, 'a.json'), '{ "配置": { "名字": ');
  const r = await runCli([p], { cwd: dir });
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^cannot read config file .*a\.json: /);
  fs.writeFileSync(path.join(dir, 'w.json'), JSON.stringify({ configs: { 'a.lua': 3 } }));
  const w = await runCli(['--world', 'w.json', p], { cwd: dir });
  assert.equal(w.code, 2);
  assert.equal(w.stderr.trim().split('\n').length, 1, w.stderr);
  assert.match(w.stderr, /w\.json: configs\["a\.lua"\]: should be string, got integer/);
});
