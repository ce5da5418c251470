import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoDuration } from '../duration';
import { parseGoDuration as runtimeParse } from '../../runtime/src/goduration';

/**
 * The language server flags the `timeout` strings the runtime fails on: both read Go's time.ParseDuration, the
 * server on editor text, the runtime on Lua byte strings. They must agree on every input.
 */
test('the catalog and the runtime parse durations identically', () => {
  const inputs = [
    '30s',
    '300ms',
    '1m30s',
    '1h',
    '1.5s',
    '.5s',
    '0',
    '+5s',
    '-1s',
    '10us',
    '10µs',
    '10μs',
    '1h2m3s4ms5us6ns',
    '30',
    'abc',
    '',
    '1.5',
    '30 s',
    '5sec',
    '.s',
    '-',
    '1s2',
    '9999999999h',
    '0.000000001s',
    '2562047h47m16.854775807s',
    '2562047h47m16.854775808s',
    '-2562047h47m16.854775808s',
    '1e3s',
    ' 1s',
    '1S',
    '0x10s',
    '5m-3s',
  ];
  for (const s of inputs) {
    const ours = parseGoDuration(s);
    let theirs: { ok: true; ns: number } | { ok: false; message: string };
    try {
      theirs = { ok: true, ns: runtimeParse(s) };
    } catch (e) {
      theirs = { ok: false, message: (e as Error).message };
    }
    if (ours.ok) {
      assert.ok(theirs.ok, `${s}: runtime rejects what the server accepts`);
      assert.equal(ours.nanoseconds, theirs.ns, s);
    } else {
      assert.deepEqual(theirs, { ok: false, message: ours.message }, s);
    }
  }
});
