/**
 * The LuaLS definition files: they parse as Lua 5.1 (the luac-exact checker), every catalog function appears with its
 * parameters and returns (types included), every field and listener class is there, prose follows the locale, the
 * shipped copies in `luals/` are current, and `coromega-language-server --emit-luals DIR` writes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { API_TYPES, localize, type Locale } from '../../catalog';
import { tokenize } from '../../lua51/lexer';
import { checkSyntax } from '../../lua51/syntax';
import { generatedNotice, listenerClass, renderLuaLs } from '../src/luals/render';
import { BIN_PATH } from '../testing/lspClient';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LOCALES: Locale[] = ['zh-cn', 'en'];

/** Each `function X:f(a, b) end` of a file with the `---@param`/`---@return` lines above it. */
function functionsIn(
  text: string,
): Map<string, { args: string; params: string[]; returns: string[] }> {
  const out = new Map<string, { args: string; params: string[]; returns: string[] }>();
  let params: string[] = [];
  let returns: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('---@param ')) params.push(line.slice(10));
    else if (line.startsWith('---@return ')) returns.push(line.slice(11));
    const m = /^function ([\w.:]+)\((.*)\) end$/.exec(line);
    if (m) {
      out.set(m[1], { args: m[2], params, returns });
      params = [];
      returns = [];
    } else if (!line.startsWith('---')) {
      params = [];
      returns = [];
    }
  }
  return out;
}

test('the definition files say where they come from and how to refresh them, then parse as Lua 5.1', () => {
  for (const locale of LOCALES) {
    for (const [name, text] of renderLuaLs(locale)) {
      const err = checkSyntax(tokenize(text));
      assert.equal(err, null, `${locale}/${name}: ${err?.line}: ${err?.message}`);
      const [first, second] = text.split('\n');
      assert.equal(first, generatedNotice(locale), name);
      assert.match(first!, /^-- .*coromega-language-server --emit-luals/, name);
      // written for a plugin author who ran the command: nothing about a catalog they do not have
      assert.doesNotMatch(first!, /catalog|目录（catalog/i, name);
      assert.match(first!, locale === 'en' ? /Run that command again/ : /重新运行这条命令/, name);
      assert.ok(second!.startsWith('---@meta'), name);
    }
  }
});

test('every catalog function appears with its parameters and returns', () => {
  for (const locale of LOCALES) {
    const all = new Map<string, { args: string; params: string[]; returns: string[] }>();
    for (const text of renderLuaLs(locale).values()) {
      for (const [k, v] of functionsIn(text)) all.set(k, v);
    }
    let count = 0;
    for (const type of API_TYPES) {
      const holder =
        type.kind === 'module' ? type.receiver : type.id.replace(/[^A-Za-z0-9_]/g, '_');
      for (const f of type.methods) {
        const key = type.id === 'globals' ? f.name : `${holder}${f.call}${f.name}`;
        const got = all.get(key);
        assert.ok(got, `${locale}: ${key} is missing`);
        assert.equal(got.args, f.params.map((p) => (p.variadic ? '...' : p.name)).join(', '), key);
        assert.equal(got.params.length, f.params.length, key);
        f.params.forEach((p, i) => {
          const head = `${p.variadic ? '...' : p.name + (p.optional ? '?' : '')} ${p.type} `;
          assert.ok(got.params[i].startsWith(head), `${key}: ${got.params[i]}`);
        });
        assert.deepEqual(
          got.returns.map((r) => r.split(' # ')[0]),
          f.returns.map((r, i) =>
            i === 0 && f.listener && r.type === 'SessionFactory' ? listenerClass(f) : r.type,
          ),
          key,
        );
        // the prose of each parameter, in this locale
        f.params.forEach((p, i) =>
          assert.ok(got.params[i].endsWith(localize(p.doc, locale).replace(/\s*\n\s*/g, ' ')), key),
        );
        count++;
      }
    }
    assert.ok(count > 230, String(count));
  }
});

test('classes carry their fields, modules their require name, listeners their handler types', () => {
  const files = renderLuaLs('en');
  const all = [...files.values()].join('\n');
  for (const type of API_TYPES) {
    if (type.id === 'globals') continue;
    assert.match(all, new RegExp(`---@class ${type.id.replace('.', '\\.')}\\b`), type.id);
    for (const f of type.fields) assert.ok(all.includes(`---@field ${f.name} ${f.type} `), f.name);
  }
  for (const mod of ['coromega', 'json', 'crypto', 'omega']) {
    const text = files.get(`${mod}.lua`) ?? '';
    assert.equal(text.split('\n')[1], `---@meta ${mod}`, mod);
    assert.match(text, /\nreturn \w+\n$/, mod);
  }
  const coromega = API_TYPES.find((t) => t.id === 'Coromega')!;
  const listeners = coromega.methods.filter((m) => m.listener);
  assert.equal(listeners.length, 12);
  for (const f of listeners) {
    assert.ok(all.includes(`---@class ${listenerClass(f)}: SessionFactory`), f.name);
    assert.ok(all.includes(`---@param coro_fn ${f.listener} `), f.name);
  }
  assert.match(files.get('player.lua') ?? '', /Shows a message in the player's chat/);
  assert.match(renderLuaLs('zh-cn').get('player.lua') ?? '', /在玩家的聊天栏显示一条消息/);
});

test('the shipped copies in luals/ are what the catalog renders (node out/server/tools/gen-luals.js)', () => {
  for (const locale of LOCALES) {
    const dir = path.join(ROOT, 'luals', locale);
    const rendered = renderLuaLs(locale);
    assert.deepEqual(fs.readdirSync(dir).sort(), [...rendered.keys()].sort(), locale);
    for (const [name, text] of rendered) {
      assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text, `${locale}/${name}`);
    }
  }
});

test('npx coromega-language-server --emit-luals DIR writes them and says so', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-luals-'));
  try {
    const out = path.join(dir, 'defs');
    const r = spawnSync(process.execPath, [BIN_PATH, '--emit-luals', out, '--locale', 'en'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Wrote 11 LuaLS definition files to /);
    const text = fs.readFileSync(path.join(out, 'player.lua'), 'utf8');
    assert.equal(text, renderLuaLs('en').get('player.lua'));
    const zh = spawnSync(process.execPath, [BIN_PATH, '--emit-luals', out, '--locale', 'zh-cn'], {
      encoding: 'utf8',
    });
    assert.match(zh.stdout, /^已写入 11 个 LuaLS 定义文件/);
    const usage = spawnSync(process.execPath, [BIN_PATH, '--emit-luals', '--locale', 'en'], {
      encoding: 'utf8',
    });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--emit-luals needs a value: --emit-luals=DIR/);
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const bad = spawnSync(process.execPath, [BIN_PATH, '--emit-luals', file, '--locale', 'en'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Cannot write to /);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
