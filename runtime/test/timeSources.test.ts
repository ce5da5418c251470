/**
 * Time is one clock (runtime/src/clock.ts): nothing else in the runtime reads the machine's time or sets a timer a
 * plugin could notice. This test reads every source file of runtime/src and lua51/ and fails on a direct call that
 * is not on the list below, each with the reason it is not plugin-visible; an entry nothing uses any more fails too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './helpers';

/** Calls that read the machine's time or schedule on it. `REAL_TIME` is the clock module's own door to them. */
const PATTERN =
  /\b(Date\.now\(|performance\.now\(|process\.hrtime|setTimeout\(|setInterval\(|new Date\(\)|REAL_TIME\b)/g;

/** File -> the calls it may make, and why a plugin never sees them. */
const ALLOWED: Record<string, { calls: string[]; why: string }> = {
  'runtime/src/clock.ts': {
    calls: ['Date.now(', 'performance.now(', 'setTimeout(', 'REAL_TIME'],
    why: 'the clock itself: where real time enters, through REAL_TIME',
  },
  'runtime/src/cli.ts': {
    calls: ['setTimeout(', 'setInterval('],
    why: "the main thread's exit grace after a stop and its memory watchdog: the process, not the plugin",
  },
  'runtime/src/dap/adapter.ts': {
    calls: ['setTimeout('],
    why: "the debug adapter's exit grace after the client disconnects: the process, not the plugin",
  },
  'runtime/src/watch.ts': {
    calls: ['setTimeout('],
    why: 'the pause between a file save and the restart it causes (editors write a file in several steps)',
  },
  'runtime/src/script.ts': {
    calls: ['REAL_TIME'],
    why: "the action engine's polling while plugins are busy, and its real-time bound on a busy plugin",
  },
  'runtime/src/testing/engine.ts': {
    calls: ['REAL_TIME'],
    why: "the test engine's polling while plugins are busy, its real-time bound on them, and the durations it reports",
  },
  'runtime/src/testing/runner.ts': {
    calls: ['Date.now(', 'setTimeout('],
    why: "a test's wall-clock timeout (it catches a plugin stuck in a loop) and the durations in the report",
  },
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(p));
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

test('nothing in the runtime reads the time or sets a timer outside the clock, except the listed reasons', () => {
  const found = new Map<string, Set<string>>();
  const stray: string[] = [];
  for (const file of [
    ...sources(path.join(root, 'runtime', 'src')),
    ...sources(path.join(root, 'lua51')),
  ]) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\*|\/\/)/.test(line)) return;
      for (const m of line.matchAll(PATTERN)) {
        const call = m[1]!;
        const allowed = ALLOWED[rel];
        if (allowed?.calls.includes(call)) {
          if (!found.has(rel)) found.set(rel, new Set());
          found.get(rel)!.add(call);
        } else stray.push(`${rel}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(stray, [], "read the run's clock (rt.clock / vm.rt.clock) instead");
  for (const [file, { calls }] of Object.entries(ALLOWED))
    for (const call of calls)
      assert.ok(
        found.get(file)?.has(call),
        `${file} no longer uses ${call}: drop it from the list`,
      );
});

test('the Lua side reads the clock: os.time, os.date and os.clock are replaced before any plugin runs', () => {
  const compat = fs.readFileSync(path.join(root, 'runtime', 'src', 'lua', 'compat.lua'), 'utf8');
  for (const fn of ['time', 'date', 'clock'])
    assert.match(compat, new RegExp(`^os\\.${fn} = host\\.os_${fn}$`, 'm'));
});
