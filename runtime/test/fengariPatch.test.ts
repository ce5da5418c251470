import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isFengariSource, patchFengariSource } from '../src/fengariPatch';
import { fengari, publishedFengari, type Fengari } from '../src/lua';
import { root, tmpDir } from './helpers';

const SRC = path.join(root, 'node_modules', 'fengari', 'src');
const STACK_DELETE = /delete [^;\n]*\.stack\[/;

test('every stack delete of Fengari is patched, and a Fengari without them is refused', () => {
  let patched = 0;
  for (const name of fs.readdirSync(SRC)) {
    const file = path.join(SRC, name);
    assert.ok(isFengariSource(file), name);
    const text = fs.readFileSync(file, 'utf8');
    const out = patchFengariSource(file, text);
    assert.doesNotMatch(out, STACK_DELETE, name);
    if (out !== text) patched++;
  }
  assert.ok(patched >= 6, `patched ${patched} files`);
  assert.throws(
    () => patchFengariSource(path.join(SRC, 'ldo.js'), 'const x = 1;\n'),
    /no stack delete/,
  );
  assert.equal(isFengariSource(path.join(root, 'runtime', 'src', 'lua.ts')), false);
});

test('the bundled runtime carries the patched Fengari', () => {
  const bundle = fs.readFileSync(path.join(root, 'dist', 'runtime', 'vm.js'), 'utf8');
  assert.doesNotMatch(bundle, STACK_DELETE);
  assert.match(bundle, /stack\[--\w+\.top\]\s*=\s*void 0/);
});

/** Runs a chunk and returns what it returns, as text. */
function run(F: Fengari, chunk: string): string {
  const { lua, lauxlib, lualib, to_luastring } = F;
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  if (lauxlib.luaL_dostring(L, to_luastring(chunk)) !== lua.LUA_OK)
    return 'error: ' + lua.lua_tojsstring(L, -1);
  const parts: string[] = [];
  const n = lua.lua_gettop(L);
  for (let i = 1; i <= n; i++) {
    lauxlib.luaL_tolstring(L, i);
    parts.push(lua.lua_tojsstring(L, -1));
    lua.lua_pop(L, 1);
  }
  return parts.join(' ');
}

test('the patched Fengari computes what the published one does', () => {
  const chunks = [
    // varargs, multiple results, select, table.unpack, pcall, error objects
    `local function f(...) return select('#', ...), ... end
     local t = { f(1, nil, 3) }
     local ok, e = pcall(error, { code = 7 })
     return #t, t[1], t[4], ok, e.code, table.unpack({ 1, 2, 3 }, 2)`,
    // recursion as deep as gopher-lua's call stack allows, then coroutines handing values back and forth
    `local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
     local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
     return depth(250), co(1), co(21), string.format('%5.2f', 3.14159)`,
    // a stack overflow is still reported as one
    `local function down() return 1 + down() end
     local ok, e = pcall(down)
     return ok, tostring(e):match('stack overflow') ~= nil`,
  ];
  for (const chunk of chunks) assert.equal(run(fengari(), chunk), run(publishedFengari(), chunk));
});

test('Lua stacks stay fast arrays under the patch (V8 turns the published ones into dictionaries)', () => {
  // A Lua thread whose stack grew deep and then pops values many times: V8's own bookkeeping (natives syntax)
  // tells whether the array became a dictionary.
  const dir = tmpDir();
  const script = path.join(dir, 'stack.js');
  fs.writeFileSync(
    script,
    `const { fengari, publishedFengari } = require(${JSON.stringify(path.join(root, 'out', 'runtime', 'src', 'lua.js'))});
const isDict = new Function('a', 'return %HasDictionaryElements(a)');
const out = {};
for (const [name, F] of [['patched', fengari()], ['published', publishedFengari()]]) {
  const { lauxlib, lualib, to_luastring } = F;
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  lauxlib.luaL_dostring(L, to_luastring('local function d(n) if n == 0 then return 0 end return 1 + d(n - 1) end return d(150)'));
  global.gc(); global.gc();
  lauxlib.luaL_dostring(L, to_luastring('local function f(a, b, c) return a, b, c end for i = 1, 20000 do f(i, i, i) end'));
  out[name] = isDict(L.stack);
}
process.stdout.write(JSON.stringify(out));`,
  );
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--expose-gc', script], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { patched: false, published: true });
});
