import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchedOutput, type TextSink } from '../src/batchedOutput';

class Channel implements TextSink {
  text = '';
  calls = 0;
  append(t: string): void {
    this.text += t;
    this.calls++;
  }
  replace(t: string): void {
    this.text = t;
    this.calls++;
  }
  clear(): void {
    this.text = '';
    this.calls++;
  }
}

test('a flood of lines reaches the channel in one append per flush', async () => {
  const ch = new Channel();
  const out = new BatchedOutput(ch, { intervalMs: 10 });
  for (let i = 0; i < 10000; i++) out.appendLine(`line ${i}`);
  assert.equal(ch.calls, 0, 'nothing is written synchronously');
  await new Promise<void>((resolve) => {
    const check = (): void => (ch.calls > 0 ? resolve() : void setTimeout(check, 5));
    check();
  });
  assert.equal(ch.calls, 1);
  assert.ok(ch.text.startsWith('line 0\n'));
  assert.ok(ch.text.endsWith('line 9999\n'));
});

test('the channel content is capped: older output is replaced by a notice and the recent tail', () => {
  const ch = new Channel();
  const out = new BatchedOutput(ch, { maxChars: 10_000, droppedNotice: (n) => `dropped ${n}` });
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < 100; i++) out.appendLine(`r${round} line ${i} ${'x'.repeat(20)}`);
    out.flush();
    assert.ok(ch.text.length <= 10_000 + 100, `round ${round}: ${ch.text.length}`);
  }
  assert.match(ch.text, /^dropped \d+\n/);
  assert.ok(out.droppedChars > 30_000);
  assert.ok(ch.text.endsWith(`r19 line 99 ${'x'.repeat(20)}\n`));
  const lines = ch.text.split('\n');
  assert.ok(
    lines.slice(1, -1).every((l) => /^r\d+ line \d+ x+$/.test(l)),
    'cut at line boundaries',
  );
  out.clear();
  assert.equal(ch.text, '');
  assert.equal(out.size, 0);
});

test('memory between flushes stays bounded when lines arrive faster than flushes', () => {
  const ch = new Channel();
  const out = new BatchedOutput(ch, { maxChars: 4096, intervalMs: 1000 });
  for (let i = 0; i < 100_000; i++) out.appendLine(`line ${i}`);
  out.flush();
  assert.ok(ch.text.length < 4096 + 200);
  assert.ok(ch.text.endsWith('line 99999\n'));
  out.dispose();
});

test('after a quiet interval the first line is written on the next turn; lines right after it wait', async () => {
  const ch = new Channel();
  const out = new BatchedOutput(ch, { intervalMs: 10_000 });
  out.appendLine('first');
  assert.equal(ch.calls, 0, 'not synchronously');
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(ch.text, 'first\n', 'without waiting for the interval');
  out.appendLine('second');
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(ch.text, 'first\n', 'the next line waits for the interval');
  out.flush();
  assert.equal(ch.text, 'first\nsecond\n');
});
