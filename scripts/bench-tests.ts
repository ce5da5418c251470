/**
 * `npm run bench:tests`: what a plugin test costs, measured in one run on the same test file.
 *  (a) the engine alone, in this thread (a new Lua VM and world per test): the floor
 *  (b) coromega-run --test's way: tests one after another in one worker thread (the shipped bundle)
 *  (c) a new worker thread per test (what a test that times out costs the next one)
 *  (d) the whole command: `coromega-run --test` process start to exit for the file
 * Each test: a player calls a game menu, the plugin runs a scoreboard command and answers; four expectations.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runTestCase } from '../runtime/src/testing/engine';
import { loadTestFile } from '../runtime/src/testing/file';
import { TestWorker, type RunnerOptions } from '../runtime/src/testing/runner';

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'runtime', 'cli.js');
const testWorker = path.join(root, 'dist', 'runtime', 'testing', 'worker.js');
const N = Number(process.env.BENCH_TESTS ?? 40);

const PLUGIN = `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "签到" } }):start_new(function(chat)
  local res = coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 10", true)
  coromega:get_player(chat.name):say("签到成功：" .. res.OutputMessages[1].Parameters[4])
end)
coromega:run()
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-bench-tests-'));
  fs.writeFileSync(path.join(dir, 'daily.lua'), PLUGIN);
  fs.writeFileSync(
    path.join(dir, 'daily.test.json'),
    JSON.stringify({
      players: [{ name: 'Steve', scores: { money: 80 } }],
      tests: Array.from({ length: N }, (_, i) => ({
        name: `签到 ${i + 1}`,
        script: [
          { as: 'Steve', menu: '签到' },
          { expect: { command: { match: '^scoreboard players add Steve money 10$' } } },
          { expect: { say: { to: 'Steve', text: '签到成功：90' } } },
          { expect: { score: { player: 'Steve', objective: 'money', equals: 90 } } },
          { expect: { noError: true } },
        ],
      })),
    }),
  );
  const cases = loadTestFile(path.join(dir, 'daily.test.json'), 'en', dir).tests;
  const opts: RunnerOptions = {
    lang: 'en',
    record: false,
    filters: [],
    engine: {},
    maxMemoryMb: 512,
    workerScript: testWorker,
    cwd: dir,
  };
  const check = (status: string): void => {
    if (status !== 'passed') throw new Error(`a benchmark test did not pass: ${status}`);
  };

  // (a) in this thread
  await runTestCase(cases[0]!, { lang: 'en' }); // warm-up: Fengari and the prelude loaded once
  const inThread: number[] = [];
  for (const tc of cases) {
    const t0 = performance.now();
    check((await runTestCase(tc, { lang: 'en' })).status);
    inThread.push(performance.now() - t0);
  }

  // (b) one worker for all
  const shared = new TestWorker(opts);
  const t1 = performance.now();
  const first = performance.now();
  check((await shared.run(cases[0]!)).status);
  const firstMs = performance.now() - first;
  const reused: number[] = [];
  for (const tc of cases.slice(1)) {
    const t0 = performance.now();
    check((await shared.run(tc)).status);
    reused.push(performance.now() - t0);
  }
  const sharedTotal = performance.now() - t1;
  shared.close();

  // (c) a new worker per test
  const fresh: number[] = [];
  const t2 = performance.now();
  for (const tc of cases) {
    const w = new TestWorker(opts);
    const t0 = performance.now();
    check((await w.run(tc)).status);
    fresh.push(performance.now() - t0);
    w.close();
  }
  const freshTotal = performance.now() - t2;

  // (d) the command
  const t3 = performance.now();
  const r = spawnSync(process.execPath, [bundle, '--test', 'daily.test.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const commandMs = performance.now() - t3;
  if (r.status !== 0) throw new Error(`coromega-run --test failed:\n${r.stdout}\n${r.stderr}`);

  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  console.log(
    `plugin tests: ${N} tests of 5 steps each (menu action, command, say, score, noError)`,
  );
  console.log(`(a) engine in this thread:        median ${ms(median(inThread))} per test`);
  console.log(
    `(b) one worker, tests in turn:     median ${ms(median(reused))} per test (first test ${ms(firstMs)} with the worker's start), ${ms(sharedTotal)} for all`,
  );
  console.log(
    `(c) a new worker per test:        median ${ms(median(fresh))} per test, ${ms(freshTotal)} for all`,
  );
  console.log(
    `    ratio (c)/(b) per test: ${(median(fresh) / median(reused)).toFixed(1)}; (b)/(a): ${(median(reused) / median(inThread)).toFixed(2)}`,
  );
  console.log(
    `(d) coromega-run --test, start to exit: ${ms(commandMs)} (${ms(commandMs / N)} per test)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
