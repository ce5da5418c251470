import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createEventRing, EventReader, EventWriter } from '../src/eventChannel';
import { cliPath, writePlugin } from './helpers';

/** Texts of every length class: empty, short, Chinese, one that must wrap, ones larger than a frame. */
function texts(n: number, seed: number): string[] {
  let x = seed;
  const rnd = (m: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % m;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = rnd(10);
    const len = kind < 6 ? rnd(40) : kind < 9 ? rnd(700) : 1500 + rnd(3000);
    const unit = kind % 3 === 0 ? '玩家' : kind % 3 === 1 ? 'ab' : 'é§a';
    out.push(`${i}:` + unit.repeat(len).slice(0, len));
  }
  return out;
}

test('texts come out whole and in order, also around the ring end and across frames', () => {
  const ring = createEventRing(4096);
  const w = new EventWriter(ring);
  const r = new EventReader(ring);
  const sent = texts(400, 7).filter((t) => Buffer.byteLength(t) < 900);
  const got: string[] = [];
  // writes that never fill the ring, then drains: every wrap position gets exercised
  for (let i = 0; i < sent.length; i += 3) {
    for (const t of sent.slice(i, i + 3)) w.write(t);
    r.drain((t) => got.push(t));
  }
  assert.deepEqual(got, sent);
  assert.equal(
    r.drain(() => assert.fail('nothing left')),
    0,
  );
});

test('a writer in another thread waits for room; the reader sleeps until there is something', async () => {
  const ring = createEventRing(4096);
  const sent = texts(600, 11);
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const { EventWriter } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'eventChannel.js'))});
     const w = new EventWriter(workerData.ring);
     for (const t of workerData.sent) w.write(t);`,
    { eval: true, workerData: { ring, sent } },
  );
  const r = new EventReader(ring);
  const got: string[] = [];
  while (got.length < sent.length) {
    await r.whenWritten();
    r.drain((t) => got.push(t));
  }
  await new Promise((resolve) => worker.once('exit', resolve));
  assert.deepEqual(got, sent);
});

test('a print just before a tight loop reaches the reader, and Stop still ends the run', async () => {
  const plugin = writePlugin('print("spinning")\nwhile true do end\n');
  const child = spawn(process.execPath, [cliPath, '--json', plugin], { stdio: 'pipe' });
  let out = '';
  await new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('"spinning"')) resolve();
    });
  });
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 1);
  const last = JSON.parse(out.trim().split('\n').pop()!) as { type: string; reason: string };
  assert.deepEqual([last.type, last.reason], ['exit', 'stopped']);
});
