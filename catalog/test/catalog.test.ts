import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../lua51/lexer';
import { checkSyntax } from '../../lua51/syntax';
import {
  API_TYPES,
  HTTP_VERBS,
  MENU_OPTION_KEYS,
  OPTION_KEYS,
  RESPONSE_FIELDS,
  callbackParams,
  findFunction,
  parseGoDuration,
  parseType,
  resolveLocale,
  signatureLabel,
  typeById,
  typeRefOf,
  type TypeNode,
} from '../index';

/** Lua types and LuaLS built-ins a catalog type may name besides catalog types. */
const BUILTIN = new Set([
  'nil',
  'any',
  'boolean',
  'number',
  'integer',
  'string',
  'table',
  'function',
  'userdata',
]);

/** Example lines longer than this wrap in a 500-pixel hover. */
const MAX_EXAMPLE_LINE = 56;

function namesIn(n: TypeNode, out: string[] = []): string[] {
  switch (n.kind) {
    case 'name':
      out.push(n.name);
      n.args.forEach((a) => namesIn(a, out));
      break;
    case 'array':
    case 'optional':
      namesIn(n.of, out);
      break;
    case 'union':
      n.of.forEach((a) => namesIn(a, out));
      break;
    case 'fun':
      n.params.forEach((p) => p.type && namesIn(p.type, out));
      n.returns.forEach((r) => namesIn(r, out));
  }
  return out;
}

function parsesAsLua51(code: string): string | null {
  const err = checkSyntax(tokenize(code));
  return err ? `${err.line}: ${err.message}` : null;
}

const FUNCTIONS = API_TYPES.flatMap((t) => t.methods.map((m) => ({ t, m })));
const FIELDS = API_TYPES.flatMap((t) => t.fields.map((f) => ({ t, f })));

test('each verb shorthand sends its own method (http_put sends PUT, not the docs typo "out")', () => {
  assert.deepEqual(HTTP_VERBS, {
    http_get: 'GET',
    http_post: 'POST',
    http_put: 'PUT',
    http_delete: 'DELETE',
    http_head: 'HEAD',
    http_patch: 'PATCH',
  });
  assert.equal(findFunction('coromega', 'http_request')?.httpMethod, null);
});

test('every function has prose in both locales for itself, each parameter and each return value', () => {
  assert.ok(FUNCTIONS.length > 230, String(FUNCTIONS.length));
  for (const { t, m } of FUNCTIONS) {
    const where = `${t.id}.${m.name}`;
    assert.ok(m.summary['zh-cn'] && m.summary.en, where);
    assert.notEqual(m.summary['zh-cn'], m.summary.en, where);
    for (const p of m.params) assert.ok(p.doc['zh-cn'] && p.doc.en, `${where}(${p.name})`);
    for (const r of m.returns) assert.ok(r.doc['zh-cn'] && r.doc.en, `${where} -> ${r.type}`);
    if (m.detail) assert.ok(m.detail['zh-cn'] && m.detail.en, where);
    if (m.category === 'http') assert.equal(m.scope, 'coroutine', where);
  }
  for (const { t, f } of FIELDS) assert.ok(f.summary['zh-cn'] && f.summary.en, `${t.id}.${f.name}`);
  for (const t of API_TYPES) assert.ok(t.name['zh-cn'] && t.name.en && t.summary.en, t.id);
  for (const k of [...OPTION_KEYS, ...RESPONSE_FIELDS, ...MENU_OPTION_KEYS])
    assert.ok(k.summary['zh-cn'] && k.summary.en);
  assert.deepEqual(
    OPTION_KEYS.map((k) => k.name),
    ['query', 'headers', 'cookies', 'body', 'form', 'timeout', 'auth'],
  );
});

test('every example parses as Lua 5.1 (the luac-exact checker) and fits a 500-pixel hover', () => {
  const examples = [
    ...FUNCTIONS.map(({ t, m }) => [`${t.id}.${m.name}`, m.example]),
    ...FIELDS.map(({ t, f }) => [`${t.id}.${f.name}`, f.example]),
    ...[...OPTION_KEYS, ...RESPONSE_FIELDS, ...MENU_OPTION_KEYS].map((k) => [k.name, k.example]),
  ];
  const bad: string[] = [];
  for (const [where, code] of examples) {
    const err = parsesAsLua51(code);
    if (err) bad.push(`${where}: ${err}`);
    for (const line of code.split('\n')) {
      if ([...line].length > MAX_EXAMPLE_LINE) bad.push(`${where}: long line ${line}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every type the catalog names is a Lua type or a catalog type', () => {
  const unknown: string[] = [];
  const check = (where: string, type: string): void => {
    for (const n of namesIn(parseType(type))) {
      if (!BUILTIN.has(n) && !typeById(n)) unknown.push(`${where}: ${n}`);
    }
  };
  for (const { t, m } of FUNCTIONS) {
    m.params.forEach((p) => check(`${t.id}.${m.name}(${p.name})`, p.type));
    m.returns.forEach((r) => check(`${t.id}.${m.name} ->`, r.type));
    if (m.listener) check(`${t.id}.${m.name} listener`, m.listener);
  }
  for (const { t, f } of FIELDS) check(`${t.id}.${f.name}`, f.type);
  assert.deepEqual(unknown, []);
});

test('every when_... listener returns the SessionFactory and says what its handler receives', () => {
  const coromega = typeById('Coromega')!;
  const listeners = coromega.methods.filter((m) => m.name.startsWith('when_'));
  assert.equal(listeners.length, 12);
  for (const m of listeners) {
    assert.equal(m.returns[0]?.type, 'SessionFactory', m.name);
    assert.ok(m.listener && callbackParams(m.listener), m.name);
  }
  assert.deepEqual(
    callbackParams(coromega.methods.find((m) => m.name === 'when_player_change')!.listener!)?.map(
      (p) => p.name,
    ),
    ['player', 'action'],
  );
});

test('type references: optional, arrays and unions read as the catalog type', () => {
  assert.deepEqual(typeRefOf('CoroPlayer?'), { id: 'CoroPlayer', array: false });
  assert.deepEqual(typeRefOf('CoroPlayer[]'), { id: 'CoroPlayer', array: true });
  assert.deepEqual(typeRefOf('HttpResponse|nil'), { id: 'HttpResponse', array: false });
  assert.equal(typeRefOf('string'), null);
  assert.equal(typeRefOf('table<string, any>'), null);
  assert.deepEqual(
    callbackParams('fun(key: string, value: any): boolean')?.map((p) => p.name),
    ['key', 'value'],
  );
});

test('signature labels read like Lua', () => {
  assert.equal(
    signatureLabel(findFunction('coromega', 'http_get')!),
    'coromega:http_get(url: string, option?: HttpOption): HttpResponse?, string?',
  );
  assert.equal(signatureLabel(findFunction('json', 'encode')!), 'json.encode(value: any): string');
  assert.equal(
    signatureLabel(typeById('CoroPlayer')!.methods.find((m) => m.name === 'ask')!),
    'player:ask(hint: string, timeout?: number): string?',
  );
});

test('locale: en* is English, everything else zh-CN', () => {
  assert.equal(resolveLocale('en-US'), 'en');
  assert.equal(resolveLocale('EN'), 'en');
  assert.equal(resolveLocale('zh-cn'), 'zh-cn');
  assert.equal(resolveLocale(undefined), 'zh-cn');
  assert.equal(resolveLocale('fr'), 'zh-cn');
});

test('parseGoDuration accepts what Go accepts', () => {
  const ok: Array<[string, number]> = [
    ['30s', 30e9],
    ['300ms', 300e6],
    ['1m30s', 90e9],
    ['1h', 3600e9],
    ['1.5s', 1.5e9],
    ['.5s', 0.5e9],
    ['0', 0],
    ['+5s', 5e9],
    ['-1s', -1e9],
    ['10us', 10e3],
    ['10µs', 10e3],
    ['10μs', 10e3],
    ['1h2m3s4ms5us6ns', 3723004005006],
    ['1.5h', 5400e9],
    ['2\u00b5s', 2000],
    ['0.000000001s', 1],
    ['2562047h47m16.854775807s', Number(2n ** 63n - 1n)],
  ];
  for (const [s, ns] of ok) {
    const r = parseGoDuration(s);
    assert.deepEqual(r, { ok: true, nanoseconds: ns }, s);
  }
});

test("parseGoDuration rejects with Go's exact messages", () => {
  const bad: Array<[string, string]> = [
    ['30', 'time: missing unit in duration "30"'],
    ['abc', 'time: invalid duration "abc"'],
    ['', 'time: invalid duration ""'],
    ['1.5', 'time: missing unit in duration "1.5"'],
    ['30 s', 'time: unknown unit " s" in duration "30 s"'],
    ['5sec', 'time: unknown unit "sec" in duration "5sec"'],
    ['.s', 'time: invalid duration ".s"'],
    ['-', 'time: invalid duration "-"'],
    ['1s2', 'time: missing unit in duration "1s2"'],
    ['9999999999h', 'time: invalid duration "9999999999h"'],
    ['9999999999999999999h', 'time: invalid duration "9999999999999999999h"'],
    ['2562047h47m16.854775808s', 'time: invalid duration "2562047h47m16.854775808s"'],
    ['3x', 'time: unknown unit "x" in duration "3x"'],
    ['1e3s', 'time: unknown unit "e" in duration "1e3s"'],
    ['5\u79d2', 'time: unknown unit "\\xe7\\xa7\\x92" in duration "5\\xe7\\xa7\\x92"'],
    ['\u4e2d', 'time: invalid duration "\\xe4\\xb8\\xad"'],
  ];
  for (const [s, msg] of bad) {
    assert.deepEqual(parseGoDuration(s), { ok: false, message: msg }, s);
  }
});
