import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './helpers';
import { rewriteLua51Escapes } from '../../lua51/escapes';
import { goNumberString } from '../src/lua';

test('numbers print as gopher-lua prints them', async () => {
  const r = await runLua(
    `print(10/2, "n=" .. 10/2, 7, 1/3, 2^53, 1234567.5, 0.1 + 0.2, 1e-5, 1/0, -1/0, 0/0, 3.0, -0.0, 1e100)`,
  );
  assert.equal(r.exit.code, 0);
  assert.deepEqual(r.prints, [
    '5\tn=5\t7\t0.3333333333333333\t9007199254740992\t1.2345675e+06\t0.30000000000000004\t1e-05\t+Inf\t-Inf\tNaN\t3\t0\t1e+100',
  ]);
});

test('goNumberString follows Go %v for non-integral floats', () => {
  assert.equal(goNumberString(123456.5), '123456.5');
  assert.equal(goNumberString(0.0001), '0.0001');
  assert.equal(goNumberString(0.00001234), '1.234e-05');
  assert.equal(goNumberString(-2.5), '-2.5');
  assert.equal(goNumberString(1e21), '1e+21');
});

test('numbers are doubles as in gopher-lua: no 32-bit integer wrap-around', async () => {
  const r = await runLua(
    'print(2147483647 + 1, os.time() * 1000 > 1e12, 0xFFFFFFFF, 2^31 * 4, 1e3, 7 % 3, -7 % 3, 10 / 4, #"abc" * 3)\nlocal t = {"a", "b"}\nfor i = 1, 2 do io.write(t[i]) end\nprint(x1, _2)',
  );
  assert.deepEqual(r.prints, [
    '2147483648\ttrue\t4294967295\t8589934592\t1000\t1\t2\t2.5\t9',
    'abnil\tnil',
  ]);
});

test('rewriteLua51Escapes writes integer literals as the floats gopher-lua reads, leaving identifiers, floats and strings alone', () => {
  assert.equal(
    rewriteLua51Escapes('x1 = 10 + 0x1F + 1.5 + 2e3 + .5 + a.b2 .. "12" -- 34\nt[3]').text,
    'x1 = 10.0 + 31.0 + 1.5 + 2e3 + .5 + a.b2 .. "12" -- 34\nt[3.0]',
  );
  // one leading zero dropped, then Go's base-0 parse; what Go cannot read is NaN
  assert.equal(
    rewriteLua51Escapes('print(010, 0010, 0089, 0xffffffffffffffff, 1e400)').text,
    'print(10.0, 8.0, 89.0, (0.0/0.0), (0.0/0.0))',
  );
});

test('a vararg function of a chunk that names arg gets Lua 5.0 / gopher-lua arg, on the same line', () => {
  assert.equal(
    rewriteLua51Escapes('local function f(a, ...)\n  return arg.n\nend').text,
    'local function f(a, ...) local arg = {n = select("#", ...), ...};\n  return arg.n\nend',
  );
  assert.equal(rewriteLua51Escapes('local function f(...) end').text, 'local function f(...) end');
});

test('Lua 5.1 globals: unpack, loadstring, table.getn, math.pow, math.mod, string.gfind, table.maxn', async () => {
  const r = await runLua(`
    print(unpack({1, 2, 3}))
    print(loadstring("return 1 + 1")())
    print(table.getn({4, 5, 6}), math.pow(2, 10), math.mod(7, 3), math.mod(-7, 3))
    local words = {}
    for w in string.gfind("a bb ccc", "%a+") do words[#words + 1] = w end
    print(table.concat(words, ","), table.maxn({[1]=1, [7]=2}))
  `);
  // math.mod is Lua's floored modulo in gopher-lua (math.fmod truncates)
  assert.deepEqual(r.prints, ['1\t2\t3', '2', '3\t1024\t1\t2', 'a,bb,ccc\t7']);
});

test('gsub replacement strings read "%" as gopher-lua does: %0-%9 captures, %% a percent, any other %x kept', async () => {
  const r = await runLua(
    'print(("50"):gsub("50", "50%"))\nprint(("ab"):gsub("a", "%x"))\nprint(("ab"):gsub("(a)", "[%1%%]"))\n',
  );
  assert.deepEqual(r.prints, ['50%\t1', '%xb\t1', '[a%]b\t1']);
});

test('getfenv / setfenv work as in Lua 5.1', async () => {
  const r = await runLua(`
    x = "global"
    local function f() return x end
    print(f(), getfenv(f) == _G, getfenv() == _G)
    setfenv(f, { x = "sandboxed" })
    print(f(), getfenv(f).x)
  `);
  assert.deepEqual(r.prints, ['global\ttrue\ttrue', 'sandboxed\tsandboxed']);
});

test('string.format %d/%x/%o/%c truncate floats like gopher-lua', async () => {
  const r = await runLua(
    `print(string.format("%d|%5d|%x|%X|%o|%c|%s|%.2f", 3.7, -2.9, 255.9, 10.2, 8.5, 65.9, 10/2, 1/3))`,
  );
  assert.deepEqual(r.prints, ['3|   -2|ff|A|10|A|5|0.33']);
});

test('string.format prints a numeric string given to %d as it is, as gopher-lua does', async () => {
  const r = await runLua(
    `local out = {}
for i = 1, 3 do out[#out + 1] = string.format("%d:%s%%", i * 1.5, tostring(i * 1.5)) end
print(table.concat(out, " "))
print(string.format("%d|%x", "7.9", 255), string.format("[%5.1f]", 2))
print(pcall(string.format, "%d", "1e-1"))`,
  );
  assert.deepEqual(r.prints, ['1:1.5% 3:3% 4:4.5%', '7.9|ff\t[  2.0]', 'true\t1e-1']);
});

test('unknown escapes load as in Lua 5.1, line numbers kept', async () => {
  const r = await runLua(
    'local s = "\\{\\[\\/\\(x\\)"\nprint(s, "\\65\\t|", [[\\{]])\nerror("boom")',
  );
  assert.deepEqual(r.prints, ['{[/(x)\tA\t|\t\\{']);
  assert.equal(r.exit.code, 1);
  assert.equal(r.errors[0]?.line, 3);
});

test('rewriteLua51Escapes leaves comments, long strings and valid escapes alone', () => {
  // Lua 5.3's \x41, \u{48} and \z are no escapes in Lua 5.1 or gopher-lua: the letter stays, the backslash goes
  const src =
    '-- "\\{" comment\nlocal a = [==[\\{]==] .. "\\n\\x41\\u{48}\\z\\300" .. \'\\q\'\n--[[ "\\{" ]] x = "\\\\{"';
  const out = rewriteLua51Escapes(src, false);
  assert.equal(out.changed, 5);
  assert.equal(
    out.text,
    '-- "\\{" comment\nlocal a = [==[\\{]==] .. "\\nx41u{48}z\\044" .. \'q\'\n--[[ "\\{" ]] x = "\\\\{"',
  );
});

test("syntax errors are gopher-lua's text, with the line, luac5.1's words as the hint, and exit 1", async () => {
  const r = await runLua('print("ok")\nlocal x = = 1\n');
  assert.equal(r.exit.code, 1);
  assert.equal(r.exit.reason, 'error');
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.line, 2);
  assert.match(
    r.errors[0]!.message,
    /plugin\.lua line:2\(column:11\) near '=': {3}syntax error\n$/,
  );
  assert.match(r.errors[0]!.hint ?? '', /^Lua 5\.1: .*plugin\.lua:2: unexpected symbol near '='$/);
  assert.deepEqual(r.prints, []);
});

test('syntax gopher-lua rejects is rejected in its words even where Fengari (5.3) would accept it', async () => {
  const r = await runLua('print(1)\nlocal x = 7 // 2\n');
  assert.equal(r.exit.code, 1);
  assert.equal(r.errors[0]!.line, 2);
  assert.match(r.errors[0]!.message, /plugin\.lua line:2\(column:14\) near '\/': {3}syntax error/);
  const unfinished = await runLua('local s = "abc\nprint(s)\n');
  assert.match(
    unfinished.errors[0]!.message,
    /plugin\.lua line:2\(column:0\) near 'abc': {3}unterminated string/,
  );
  const gotoOk = await runLua(
    'for i = 1, 3 do\n  if i == 2 then goto continue end\n  print(i)\n  ::continue::\nend\n',
  );
  assert.deepEqual(gotoOk.prints, ['1', '3']);
});

test('json: gopher-json encode rules and Go error messages', async () => {
  const r = await runLua(`
    local json = require("json")
    print(json.encode({}), json.encode({1, 2, "x"}), json.encode({b = 1, a = {c = true}}))
    print(json.encode("<a&b>"), json.encode(1.5), json.encode(10/2), json.encode(nil))
    print(json.encode({[1] = 1, [3] = 3}))
    print(json.encode({1, a = 2}))
    print(json.encode(print))
    print(json.decode("[1,2"))
    print(json.decode("{\\"a\\": x}"))
    local t = json.decode('{"a":[1,2,{"b":null}],"c":"中文","d":false}')
    print(t.a[1], #t.a, t.a[3].b, t.c, t.d)
    local back = json.decode(json.encode({list = {1, 2, 3}, name = "n", nested = {ok = true}}))
    print(back.list[3], back.name, back.nested.ok)
  `);
  assert.deepEqual(r.prints, [
    '[]\t[1,2,"x"]\t{"a":{"c":true},"b":1}',
    '"\\u003ca\\u0026b\\u003e"\t1.5\t5\tnull',
    'nil\tjson: error calling MarshalJSON for type json.jsonValue: cannot encode sparse array',
    'nil\tjson: error calling MarshalJSON for type json.jsonValue: cannot encode mixed or invalid key types',
    'nil\tjson: error calling MarshalJSON for type json.jsonValue: cannot encode function to JSON',
    'nil\tunexpected end of JSON input',
    "nil\tinvalid character 'x' looking for beginning of value",
    '1\t3\tnil\t中文\tfalse',
    '3\tn\ttrue',
  ]);
});

test('coromega:print joins with spaces, %0.3f for fractions, tables as JSON, colour codes kept raw in events', async () => {
  const r = await runLua(`
    local coromega = require("coromega").from(require("omega"))
    coromega:print("a", 1, 2.5, nil, true, {x = 1, y = {1, 2}}, "§a绿§r")
    coromega:info_out("info", 1)
    coromega:error_out("bad")
  `);
  assert.deepEqual(r.prints, ['a 1 2.500 nil true {"x":1,"y":[1,2]} §a绿§r', 'info 1', 'bad']);
  const logs = r.events.filter((e) => e.type === 'print' && e.stream === 'log');
  assert.deepEqual(
    logs.map((e) => (e.type === 'print' ? e.level : '')),
    ['info', 'error'],
  );
});
