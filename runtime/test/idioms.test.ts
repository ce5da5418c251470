/**
 * Idioms of published plugins that run on neomega and used to fail offline, each run through the runtime with
 * coromega (the conformance suite, conformance.test.ts, checks the same rules without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './helpers';

const HEADER = `local omega = require("omega")
local coromega = require("coromega").from(omega)
`;

async function prints(body: string): Promise<string[]> {
  const r = await runLua(HEADER + body);
  assert.deepEqual(
    r.errors.map((e) => e.message),
    [],
    'the plugin ran without an error',
  );
  return r.prints;
}

test('os.date(fmt, coromega:now() + secs): a fractional time is taken to the whole second', async () => {
  const [now, local, utc, tomorrow] = await prints(`
local now = coromega:now()
print(now)
print(os.date("%Y-%m-%d %H:%M:%S", now + 60))
print(os.date("!%Y-%m-%d %H:%M:%S", now + 60))
print(os.date("!%Y-%m-%d", now + 24 * 3600))
`);
  const t = Number(now);
  assert.ok(!Number.isInteger(t), `coromega:now() is fractional (${now})`);
  const at = new Date((Math.trunc(t) + 60) * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  assert.equal(
    utc,
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`,
  );
  assert.equal(
    local,
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`,
  );
  assert.equal(tomorrow, new Date((Math.trunc(t) + 86400) * 1000).toISOString().slice(0, 10));
});

test('integer arguments computed with / are truncated in string, table and math functions', async () => {
  const out = await prints(`
local name = "Steve_the_builder"
print(string.sub(name, 1, #name / 2), string.sub("hello", 1.5, 4.9), string.rep("=", 10 / 3))
print(string.byte("abc", 4 / 2), string.char(65.9, 66.2), string.find("a,b,c", ",", 5 / 2))
local t = { "a", "b", "c", "d" }
table.insert(t, #t / 2 + 1, "x")
print(table.concat(t, ",", 1, #t / 2), table.remove(t, 1.5), table.concat(t, ","))
local pick = math.random(1, #t / 2)
print(pick >= 1 and pick <= 2 and pick % 1 == 0, select(3.5, "p", "q", "r"), unpack({ 1, 2, 3 }, 1.5, 2.5))
coromega:print(string.format("%d %x %c %5.1f", coromega:now(), 255.2, 65.7, 2.25))
`);
  assert.deepEqual(out.slice(0, 4), [
    'Steve_th\thell\t===',
    '98\tAB\t2\t2',
    'a,b\ta\tb,x,c,d',
    'true\tr\t1\t2',
  ]);
});

test('string.format as Go formats it: %q, %e, %G, %.0f half to even, Chinese widths', async () => {
  const out = await prints(`
print(string.format("%q", "a\\nb\\0"))
print(string.format("%e|%G|%.0f|%.0f|%5.2f", 12345.678, 1e-10, 0.5, 2.5, math.pi))
print(string.format("[%-6s][%3d]", "签到", 7))
print(math.huge, -math.huge, tostring(1/0))
`);
  assert.deepEqual(out, [
    '"a\\nb\\x00"',
    '1.234568e+04|1E-10|0|2| 3.14',
    '[签到    ][  7]',
    '1.7976931348623157e+308\t-1.7976931348623157e+308\t+Inf',
  ]);
});

test('the 5.1 global table: tonumber, _VERSION, names gopher-lua has and has not', async () => {
  const out = await prints(`
print(tonumber("1e3"), tonumber("1.5e2"), tonumber(" 0x10 "), tonumber("10", 16), _VERSION)
print(math.maxinteger, math.tointeger, rawlen, table.pack, table.unpack, utf8, type(module), type(unpack))
local t = {}
t.b = 1; t.a = 2; t[2] = "two"; t[1] = "one"
local order = {}
for k in pairs(t) do order[#order + 1] = tostring(k) end
print(table.concat(order, " "), #{ 1, nil, 3 })
`);
  assert.deepEqual(out, [
    'nil\t150\t16\t16\tLua 5.1',
    'nil\tnil\tnil\tnil\tnil\tnil\tfunction\tfunction',
    '1 2 b a\t3',
  ]);
});
