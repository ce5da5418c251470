/**
 * Raw key-value data reads back byte for byte across restarts, as neomega keeps it: each run is a separate
 * coromega-run process over the same storage folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jsonEvents, root, runCli, tmpDir, writePlugin } from '../helpers';

const WRITE = `
local omega = require("omega")
local coromega = require("coromega").from(omega)
local db = omega.storage.get_kv_db("d")
print("missing", db:get("missing") == "")
db:set("k", "你好")
db:set("json-looking", '{"a": 1}')
db:set("number", 12)
db:set("bytes", "\\0\\255\\254x")
coromega:key_value_db("w"):set("t", { n = 1, s = "你好" })
`;

const READ = `
local omega = require("omega")
local coromega = require("coromega").from(omega)
local db = omega.storage.get_kv_db("d")
print(db:get("k"), db:get("json-looking"), db:get("number"))
local b = db:get("bytes")
print(#b, b:byte(1), b:byte(2), b:byte(3), b:sub(4))
local w = coromega:key_value_db("w")
local t = w:get("t")
print(t.n, t.s, omega.storage.get_kv_db("w"):get("t"))
print(w:get("absent"))
`;

test('raw KV values read back byte for byte in a second run; a key never set is ""', async () => {
  const storage = tmpDir();
  const dir = tmpDir();
  const first = await runCli(['--storage', storage, writePlugin(WRITE, 'write.lua', dir)]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, 'missing\ttrue\n');
  for (let run = 0; run < 2; run++) {
    const again = await runCli([
      '--json',
      '--storage',
      storage,
      writePlugin(READ, 'read.lua', dir),
    ]);
    assert.equal(again.code, 0, again.stderr);
    const prints = jsonEvents(again.stdout).flatMap((e) => (e.type === 'print' ? [e.text] : []));
    assert.deepEqual(prints, [
      '你好\t{"a": 1}\t12',
      '4\t0\t255\t254\tx',
      '1\t你好\t{"n":1,"s":"你好"}',
      'nil\tunexpected end of JSON input',
    ]);
  }
  const file = JSON.parse(
    fs.readFileSync(path.join(storage, 'data', 'd', 'kv.json'), 'utf8'),
  ) as Record<string, unknown>;
  assert.equal(file['k'], '你好');
  assert.deepEqual(file['bytes'], { base64: Buffer.from([0, 255, 254, 120]).toString('base64') });
});

test('kv.json written by earlier versions (values as JSON) still loads', async () => {
  const storage = tmpDir();
  fs.mkdirSync(path.join(storage, 'data', 'old'), { recursive: true });
  fs.writeFileSync(
    path.join(storage, 'data', 'old', 'kv.json'),
    JSON.stringify({ n: 18, o: { a: [1, 2] }, s: 'text' }),
  );
  const r = await runCli([
    '--storage',
    storage,
    writePlugin(
      'local db = require("omega").storage.get_kv_db("old")\nprint(db:get("n"), db:get("o"), db:get("s"))',
    ),
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '18\t{"a":[1,2]}\ttext\n');
});

test("examples/vote.lua over a restart: the second start reads the first run's result", async () => {
  const storage = tmpDir();
  const ex = (f: string): string => path.join(root, 'examples', f);
  const args = ['--storage', storage, '--world', ex('vote.world.json'), ex('vote.lua')];
  const first = await runCli(args);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, '还没有投过票\n');
  assert.match(first.stderr, /@Alex \(tellraw\): 投票结束，今晚打末影龙：是 1，否 1/);
  const second = await runCli(args);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout.split('\n')[0], '上次投票：今晚打末影龙：是 1，否 1');
});
