import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { RunEvent } from '../../runtime/src/events';
import { LineSplitter, RunProcess } from '../src/runProcess';

test('LineSplitter joins lines split across chunks, including multi-byte characters', () => {
  const s = new LineSplitter();
  const bytes = Buffer.from('{"a":"你好"}\r\nsecond\nthi');
  assert.deepEqual(s.push(bytes.subarray(0, 9)), []);
  assert.deepEqual(s.push(bytes.subarray(9)), ['{"a":"你好"}', 'second']);
  assert.deepEqual(s.push('rd\n'), ['third']);
  assert.deepEqual(s.end(), []);
});

/** A stand-in CLI (a real Node process) that speaks the event protocol; the real runtime is tested the same way
 * in runtimeRun.test.ts. */
function fakeCli(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-client-test-'));
  const file = path.join(dir, 'cli.js');
  fs.writeFileSync(
    file,
    `const emit = (e) => process.stdout.write(JSON.stringify(e) + '\\n');\n${body}`,
  );
  return file;
}

test('events stream from the child line by line, input lines reach its stdin, exit is reported', async () => {
  const cli = fakeCli(`
    emit({ type: 'start', plugin: process.argv[2], config: null, storage: '.', time: Date.now() });
    emit({ type: 'input', prompt: 'name?' });
    process.stdin.setEncoding('utf8');
    process.stdin.once('data', (d) => {
      emit({ type: 'print', text: 'hello ' + d.trim(), stream: 'print' });
      process.stderr.write('a stray line\\n');
      emit({ type: 'exit', code: 0, reason: 'finished' });
      process.exit(0);
    });
  `);
  const events: RunEvent[] = [];
  const stray: string[] = [];
  const proc = new RunProcess(
    { cliPath: cli, args: ['plugin.lua'] },
    {
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'input') proc.writeLine('世界\nignored-newline');
      },
      onStderr: (l) => stray.push(l),
    },
  );
  const exit = await proc.done;
  assert.equal(exit.reason, 'finished');
  assert.deepEqual(
    events.map((e) => e.type),
    ['start', 'input', 'print', 'exit'],
  );
  const print = events[2];
  assert.ok(print.type === 'print');
  assert.equal(print.text, 'hello 世界 ignored-newline');
  assert.deepEqual(stray, ['a stray line']);
  assert.equal(proc.running, false);
});

test('stop ends a busy child that ignores SIGTERM, and reports the run as stopped', async () => {
  const cli = fakeCli(`
    process.on('SIGTERM', () => {});
    emit({ type: 'start', plugin: 'busy.lua', config: null, storage: '.', time: Date.now() });
    for (;;) {}
  `);
  const events: RunEvent[] = [];
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  const proc = new RunProcess(
    { cliPath: cli, args: [], killGraceMs: 200 },
    {
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'start') started();
      },
    },
  );
  await startedP;
  assert.equal(proc.running, true);
  const exit = await proc.stop();
  assert.equal(exit.reason, 'stopped');
  assert.equal(events.at(-1)?.type, 'exit');
  assert.equal(proc.running, false);
  assert.throws(() => process.kill(proc.pid as number, 0), 'the child is gone');
});

test('a child that dies without an exit event is reported as an error with its code', async () => {
  const cli = fakeCli(`process.exit(3);`);
  const proc = new RunProcess({ cliPath: cli, args: [] }, { onEvent: () => undefined });
  const exit = await proc.done;
  assert.equal(exit.reason, 'error');
  assert.equal(exit.code, 3);
});
