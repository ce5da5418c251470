import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALL_FUNCTIONS,
  HTTP_VERBS,
  OPTION_KEYS,
  RESPONSE_FIELDS,
  findFunction,
  parseGoDuration,
  resolveLocale,
  signatureLabel,
} from '../index';

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

test('every entry has prose in both locales and HTTP calls are coroutine-only', () => {
  for (const f of ALL_FUNCTIONS) {
    assert.ok(f.summary['zh-cn'] && f.summary.en, f.name);
    for (const p of f.params) assert.ok(p.doc['zh-cn'] && p.doc.en, `${f.name}.${p.name}`);
    if (f.category === 'http') assert.equal(f.scope, 'coroutine', f.name);
  }
  for (const k of [...OPTION_KEYS, ...RESPONSE_FIELDS])
    assert.ok(k.summary['zh-cn'] && k.summary.en);
  assert.deepEqual(
    OPTION_KEYS.map((k) => k.name),
    ['query', 'headers', 'cookies', 'body', 'form', 'timeout', 'auth'],
  );
});

test('signature labels read like Lua', () => {
  assert.equal(
    signatureLabel(findFunction('coromega', 'http_get')!),
    'coromega:http_get(url: string, option?: table): response|nil, string|nil',
  );
  assert.equal(signatureLabel(findFunction('json', 'encode')!), 'json.encode(value: any): string');
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
