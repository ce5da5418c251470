import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { RunEvent } from '../../runtime/src/events';
import { RunProcess } from '../src/runProcess';
import { readSettings, runtimeArgs } from '../src/settings';
import { WarmRuntime } from '../src/warmRuntime';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'runtime', 'cli.js');
let dir = '';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-client-warm-'));
});

after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `source` as the controller does, through `warm` when it has a ready process. */
async function run(
  source: string,
  warm: WarmRuntime | undefined,
  lines: string[] = [],
  memoryLimitMb = 0,
): Promise<{ events: RunEvent[]; exit: RunEvent; warmUsed: boolean }> {
  const file = path.join(dir, `p${Math.random().toString(36).slice(2)}.lua`);
  fs.writeFileSync(file, source);
  const s = readSettings((k) => (k === 'run.memoryLimitMb' ? memoryLimitMb : undefined));
  const events: RunEvent[] = [];
  const ready = warm?.take(memoryLimitMb);
  const proc = new RunProcess(
    { cliPath: CLI, args: runtimeArgs(s.run, { file, lang: 'en' }), cwd: dir, warm: ready },
    { onEvent: (e) => events.push(e) },
  );
  for (const l of lines) proc.writeLine(l);
  const exit = await proc.done;
  return { events, exit, warmUsed: ready !== undefined };
}

/** Waits until `warm` has a process started (prepare is asynchronous). */
async function started(warm: WarmRuntime): Promise<void> {
  const w = warm as unknown as { ready?: { child: ChildProcess } };
  for (let i = 0; i < 200 && !w.ready; i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(w.ready, 'a ready process was started');
}

const PLUGIN = `local coromega = require("coromega").from(require("omega"))
coromega:start_new(function()
  local name = coromega:input("name?")
  print("hello " .. name)
end)
coromega:run()
`;

test('a run through a ready process streams the same events as a run in a fresh one', async () => {
  const warm = new WarmRuntime({ cliPath: CLI });
  try {
    warm.prepare(0);
    await started(warm);
    const a = await run(PLUGIN, warm, ['steve']);
    const b = await run(PLUGIN, undefined, ['steve']);
    assert.equal(a.warmUsed, true);
    const shape = (evs: RunEvent[]): string[] =>
      evs.map((e) => (e.type === 'print' ? `print ${e.text}` : e.type));
    assert.deepEqual(shape(a.events), shape(b.events));
    assert.ok(a.events.some((e) => e.type === 'print' && e.text === 'hello steve'));
    assert.equal(a.exit.type === 'exit' && a.exit.reason, 'finished');
  } finally {
    warm.dispose();
  }
});

test('a ready process is only used once and only for its heap limit; dispose ends the waiting one', async () => {
  const warm = new WarmRuntime({ cliPath: CLI });
  try {
    warm.prepare(64);
    await started(warm);
    const child = (warm as unknown as { ready: { child: ChildProcess } }).ready.child;
    // another memory setting: not this process (it is ended), and the run starts one of its own
    const other = await run('print("x")\n', warm, [], 0);
    assert.equal(other.warmUsed, false);
    assert.ok(other.events.some((e) => e.type === 'print' && e.text === 'x'));
    await new Promise((r) =>
      child.exitCode !== null || child.signalCode ? r(0) : child.once('exit', r),
    );
    assert.equal(warm.take(64), undefined, 'taken once at most');
    warm.prepare(64);
    await started(warm);
    const next = (warm as unknown as { ready: { child: ChildProcess } }).ready.child;
    warm.dispose();
    await new Promise((r) =>
      next.exitCode !== null || next.signalCode ? r(0) : next.once('exit', r),
    );
    assert.equal(warm.take(64), undefined);
  } finally {
    warm.dispose();
  }
});

test('a ready process that died meanwhile is not handed out', async () => {
  const warm = new WarmRuntime({ cliPath: CLI });
  try {
    warm.prepare(0);
    await started(warm);
    const child = (warm as unknown as { ready: { child: ChildProcess } }).ready.child;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    assert.equal(warm.take(0), undefined);
    const r = await run('print("fresh")\n', warm);
    assert.equal(r.warmUsed, false);
    assert.ok(r.events.some((e) => e.type === 'print' && e.text === 'fresh'));
  } finally {
    warm.dispose();
  }
});
