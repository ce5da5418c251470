/**
 * Runs one plugin test: starts the run (runPlugin, as coromega-run does) with the test's world, then walks the
 * steps with the runtime's action engine (script.ts): each action is applied once the previous one has settled,
 * exactly as a world file's script is, and each expectation watches the events since the previous action until it
 * is met, or until its time is up.
 *
 * Time for an expectation: `within` milliseconds of the run's clock after the previous action; without `within`,
 * until the plugin has settled (nothing to run, no request in flight, no timer due within 100 ms) and stayed so for
 * one poll, at most DEFAULT_WAIT_CAP_MS. An expectation of something that must not happen (`not`, `noError`) passes
 * when that time is up without it.
 *
 * Virtual time (the default for tests; clock.ts): the test holds the clock and moves it itself, so nothing happens
 * between its steps that the steps did not cause. Settling fires the timers due within 100 ms at once; `within`
 * steps through the plugin's timers up to its end; a positive expectation without `within` follows the plugin's
 * timers until it is met, at most DEFAULT_VIRTUAL_WAIT_MS of the run's clock (a vote that sleeps 180 s passes in
 * milliseconds); a negative one without `within` only settles (it never lets time pass that a later action would
 * miss). `wait` and `advance` steps move the clock by their time.
 *
 * Runs in whatever thread calls it: coromega-run --test calls it in a worker per test (see runner.ts), so a plugin
 * stuck in a loop costs that worker, never the runner.
 *
 * Longer than most modules: the step loop and the rules for waiting on expectations are one mechanism.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveConfigPath } from '../config';
import type { FrameworkVersion } from '../../../catalog/versions';
import type { RunEvent } from '../events';
import { REAL_TIME } from '../clock';
import { runPlugin, type RunOptions, type VmAttachment } from '../host';
import { tr, type Lang } from '../messages';
import { SETTLE_WINDOW_MS, type Runtime } from '../runtime';
import type { HttpRule } from '../world/file';
import { describeExpectation, evaluate, isNegative, kindOf, scoreNow, settle } from './expect';
import { stepRef, type StepRef } from './steps';
import { isExpect, type TestCase } from './file';
import { recordedRules } from './record';
import { Transcript } from './transcript';

/** The longest an expectation without `within` waits for the plugin to settle (real time, and the run's clock). */
export const DEFAULT_WAIT_CAP_MS = 10_000;
/** With virtual time: how far a positive expectation without `within` follows the plugin's timers. */
export const DEFAULT_VIRTUAL_WAIT_MS = 10 * 60_000;
/** How often the engine looks again while the plugin is busy: real time, never seen by a plugin. */
const POLL_MS = 10;
/** Lines of the events around a failure shown in its report. */
const WINDOW_LINES = 40;
/** Lines of a test's transcript kept for the report. */
const TRANSCRIPT_LINES = 2000;

export interface EngineOptions {
  lang: Lang;
  /** Send every request to the network and return what it answered as HTTP rules (`recorded`). */
  record?: boolean;
  /** Called as each step starts, with its index in `steps`. */
  onStep?(index: number): void;
  resolve?: Map<string, string>;
  timeoutCapSeconds?: number;
  ca?: string[];
  /** Virtual time (clock.ts). Default true; `--real-time` turns it off. */
  virtualTime?: boolean;
  /** The framework version the plugins follow (`--framework`). */
  framework?: FrameworkVersion;
  /** A debugger or coverage counter attached to the test's plugins. */
  debug?: VmAttachment;
  /** Called with every event of the run. */
  onEvent?(e: RunEvent): void;
  /** Called when a step fails, before the run stops (a debugger stops there). */
  onFailure?(failure: TestFailure): void;
  /**
   * Under a debugger: called the moment an event breaks an expectation of something that must not happen (`not`,
   * `noError`) among the steps after the action being applied — while the plugin code that made it still runs.
   */
  onViolation?(failure: TestFailure): void;
}

export type { StepRef };

export interface TestFailure {
  step?: StepRef;
  /** What went wrong, one sentence. */
  message: string;
  /** What the step asked for. */
  expected?: string;
  /** What was seen instead: the events since the previous action (and the score, for a score). */
  actual?: string;
}

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  file: string;
  display: string;
  name: string;
  line: number;
  column: number;
  status: TestStatus;
  durationMs: number;
  failure?: TestFailure;
  /** Every event of the run as plain lines (secrets masked). */
  transcript: string[];
  /** With `record`: the responses the network gave, as HTTP rules. */
  recorded?: HttpRule[];
}

function poll(): Promise<void> {
  return new Promise((r) => REAL_TIME.after(POLL_MS, r));
}

/** One turn of the event loop: promise callbacks and I/O land (a stubbed answer resolves on one). */
function nextTurn(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/** The temp folder of one test: storage (a copy of the test's, or empty), config files, response bodies; and how
 * the runtime's messages name the config files written from the test file (`file › config`, not a temp path). */
function prepare(tc: TestCase): {
  dir: string;
  options: Partial<RunOptions>;
  configNames: Map<string, string>;
} {
  const configNames = new Map<string, string>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-test-'));
  const storage = path.join(dir, 'neomega_storage');
  if (tc.storage) fs.cpSync(tc.storage, storage, { recursive: true });
  else fs.mkdirSync(storage);
  const configOf = (i: number): string | undefined => {
    const p = tc.plugins[i]!;
    // Found from the plugin's real path: the path shown in messages may be relative to another folder.
    if (p.config === undefined) return resolveConfigPath(p.path) ?? undefined;
    const f = path.join(dir, `config-${i}.json`);
    fs.writeFileSync(f, JSON.stringify(p.config, null, 2));
    configNames.set(
      f,
      `${tc.display} › ${tc.plugins.length > 1 ? `plugins[${i}].config` : 'config'}`,
    );
    return f;
  };
  const first = tc.plugins[0]!;
  const options: Partial<RunOptions> = {
    pluginPath: first.path,
    displayPath: first.display,
    storageDir: storage,
    bodyDir: path.join(dir, 'bodies'),
  };
  if (tc.plugins.length > 1)
    options.plugins = tc.plugins.map((p, i) => {
      const configPath = configOf(i);
      return { pluginPath: p.path, displayPath: p.display, ...(configPath ? { configPath } : {}) };
    });
  else {
    const configPath = configOf(0);
    if (configPath) options.configPath = configPath;
  }
  return { dir, options, configNames };
}

export async function runTestCase(tc: TestCase, opts: EngineOptions): Promise<TestResult> {
  const lang = opts.lang;
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  // How long the test took, for the report: real time.
  const started = REAL_TIME.monotonic();
  const base = {
    file: tc.file,
    display: tc.display,
    name: tc.name,
    line: tc.line,
    column: tc.column,
  };
  if (tc.skip) return { ...base, status: 'skipped', durationMs: 0, transcript: [] };

  const events: RunEvent[] = [];
  let stopping = false;
  const transcript = new Transcript(lang);
  const lines: string[] = [];
  const { dir, options, configNames } = prepare(tc);
  /** A warning or error about a config written from the test file names it as the file does. */
  const named = (e: RunEvent): RunEvent => {
    if ((e.type !== 'warning' && e.type !== 'error') || configNames.size === 0) return e;
    let message = e.message;
    for (const [temp, name] of configNames) message = message.split(temp).join(name);
    return message === e.message ? e : { ...e, message };
  };
  const world = structuredClone(tc.world);
  if (opts.record) world.http = structuredClone(tc.recordKeeps);
  /** With `onViolation`: the negative expectations after the action being applied, by step index. */
  let watching: number[] = [];
  const { run, done } = runPlugin(
    {
      ...(options as RunOptions),
      world,
      // Entry points stay reachable until the test has applied its last step.
      stdin: true,
      lang,
      // Expectations see headers as sent; the report masks them.
      mask: false,
      virtualTime: opts.virtualTime ?? true,
      ...(opts.record ? { maxBodyEvent: 16 * 1024 * 1024 } : {}),
      ...(opts.resolve ? { resolve: opts.resolve } : {}),
      ...(opts.timeoutCapSeconds ? { timeoutCapSeconds: opts.timeoutCapSeconds } : {}),
      ...(opts.framework ? { framework: opts.framework } : {}),
      ...(opts.ca ? { ca: opts.ca } : {}),
      ...(opts.debug ? { debug: opts.debug } : {}),
    },
    (raw) => {
      const e = named(raw);
      events.push(e);
      opts.onEvent?.(e);
      if (watching.length > 0) checkViolations(e);
      // The stop at the end of a test is the engine's, not news.
      if (e.type === 'exit' && stopping) return;
      if (lines.length < TRANSCRIPT_LINES) lines.push(...transcript.lines(e));
    },
  );
  const rt: Runtime = run.runtime;
  function checkViolations(ev: RunEvent): void {
    for (const i of watching) {
      const step = tc.steps[i]!.step;
      if (!isExpect(step)) continue;
      const v = evaluate(step.expect, events.slice(windowStart), rt.world);
      if (v.state !== 'violated' || v.evidence !== ev) continue;
      watching = [];
      opts.onViolation!({
        step: stepRef(tc, i, lang),
        message: t('出现了不应出现的事件', 'something that must not happen did'),
        expected: describeExpectation(step.expect, lang),
        actual: seen(ev),
      });
      return;
    }
  }
  const clock = rt.clock;
  const virtual = clock.mode === 'virtual';
  // The steps decide when the clock moves: it never jumps past the moment the next step is due.
  const releaseClock = clock.hold();
  let windowStart = 0;
  let windowTime = clock.now();
  let windowReal = REAL_TIME.monotonic();

  /** The events since the previous action, as report lines (the last WINDOW_LINES of them). */
  const seen = (mark?: RunEvent): string => {
    const win = new Transcript(lang);
    const out: string[] = [];
    for (const e of events.slice(windowStart)) {
      const ls = win.lines(e);
      out.push(...ls.map((l) => (e === mark ? `✗ ${l}` : `  ${l}`)));
    }
    if (out.length === 0)
      return windowStart === 0
        ? t('（测试开始以来没有事件）', '(no events since the test started)')
        : t('（上一个动作之后没有事件）', '(no events since the previous action)');
    const head =
      windowStart === 0
        ? t('测试开始以来的事件：', 'events since the test started:')
        : t('上一个动作之后的事件：', 'events since the previous action:');
    const cut = out.length - WINDOW_LINES;
    const body =
      cut > 0
        ? [t(`  …… 之前还有 ${cut} 行`, `  ... ${cut} earlier line(s)`), ...out.slice(cut)]
        : out;
    return [head, ...body].join('\n');
  };

  const endedWhy = (): string => {
    const exit = events.find((e) => e.type === 'exit');
    const lastError = [...events].reverse().find((e) => e.type === 'error');
    const reason = exit?.type === 'exit' ? exit.reason : 'finished';
    const detail =
      lastError?.type === 'error'
        ? lastError.message
        : exit?.type === 'exit'
          ? exit.message
          : undefined;
    return `${reason}${detail ? `: ${detail}` : ''}`;
  };

  let failure: TestFailure | undefined;
  try {
    for (let i = 0; i < tc.steps.length && !failure; i++) {
      opts.onStep?.(i);
      const { step } = tc.steps[i]!;
      const ref = stepRef(tc, i, lang);
      if (isExpect(step)) {
        const e = step.expect;
        const expected = describeExpectation(e, lang);
        const negative = isNegative(e);
        // With virtual time, how far the clock may be moved to the plugin's timers while looking.
        const end =
          e.within !== undefined
            ? windowTime + e.within
            : !negative
              ? windowTime + DEFAULT_VIRTUAL_WAIT_MS
              : undefined;
        let settledOnce = false;
        let idleOnce = false;
        for (;;) {
          const windowEvents = events.slice(windowStart);
          const v = evaluate(e, windowEvents, rt.world);
          if (v.state === 'met') break;
          if (v.state === 'violated') {
            failure = {
              step: ref,
              message: t('出现了不应出现的事件', 'something that must not happen did'),
              expected,
              actual: seen(v.evidence),
            };
            break;
          }
          let timeUp: boolean;
          if (rt.finished) timeUp = true;
          else if (virtual && !rt.busy() && !clock.paused) {
            // Idle twice in a row, a turn apart: only timers are left (and answers of the world's rules waiting on
            // one). Fire the next, or time is up.
            if (!idleOnce) {
              idleOnce = true;
              await nextTurn();
              continue;
            }
            idleOnce = false;
            const limit =
              end ?? (rt.requestsInFlight > 0 ? Infinity : clock.now() + SETTLE_WINDOW_MS);
            if (clock.step(limit)) continue;
            if (e.within !== undefined) clock.moveTo(end!);
            timeUp = true;
          } else {
            const now = clock.now();
            const realSpent = REAL_TIME.monotonic() - windowReal;
            if (e.within !== undefined) timeUp = now >= windowTime + e.within;
            else {
              const still = rt.settled();
              timeUp =
                (still && settledOnce) ||
                now >= windowTime + DEFAULT_WAIT_CAP_MS ||
                realSpent >= DEFAULT_WAIT_CAP_MS;
              settledOnce = still;
            }
          }
          if (timeUp) {
            if (settle(e, rt.world)) break;
            const capped = virtual && end !== undefined && clock.nextDue() !== undefined;
            const why =
              e.within !== undefined
                ? t(`${e.within} ms 内`, ` within ${e.within} ms`)
                : rt.finished
                  ? t('运行结束前', ' before the run ended')
                  : capped
                    ? t(
                        `（虚拟时间）${DEFAULT_VIRTUAL_WAIT_MS / 60_000} 分钟内`,
                        ` within ${DEFAULT_VIRTUAL_WAIT_MS / 60_000} minutes (virtual time; "within" allows more)`,
                      )
                    : t('插件稳定前', ' before the plugin settled');
            let actual = seen();
            if (kindOf(e) === 'score') {
              const s = e.score!;
              const v2 = scoreNow(e, rt.world);
              actual =
                (v2 === undefined
                  ? t(
                      `${s.player} 没有 ${s.objective} 分数`,
                      `${s.player} has no ${s.objective} score`,
                    )
                  : t(
                      `${s.player} 的 ${s.objective} 分数是 ${v2}`,
                      `${s.player}'s ${s.objective} score is ${v2}`,
                    )) +
                '\n' +
                actual;
            }
            failure = {
              step: ref,
              message:
                kindOf(e) === 'score'
                  ? t(`${why}分数不符`, `the score did not match${why}`)
                  : t(`${why}没有看到期望的事件`, `the expected event did not happen${why}`),
              expected,
              actual,
            };
            break;
          }
          await poll();
        }
        continue;
      }
      // An action: once the previous one has settled, as a world script applies it.
      await rt.engine.whenSettled();
      if (rt.finished) {
        failure = {
          step: ref,
          message: t(
            `运行在这一步之前已经结束（${endedWhy()}）`,
            `the run had ended before this step (${endedWhy()})`,
          ),
          actual: seen(),
        };
        break;
      }
      windowStart = events.length;
      windowTime = clock.now();
      windowReal = REAL_TIME.monotonic();
      if ('wait' in step || 'advance' in step) {
        rt.emit({ type: 'action', action: step, source: 'script' });
        await rt.engine.pass(step);
        continue;
      }
      if (opts.onViolation) {
        watching = [];
        for (let j = i + 1; j < tc.steps.length; j++) {
          const next = tc.steps[j]!.step;
          if (!isExpect(next)) break;
          if (isNegative(next.expect)) watching.push(j);
        }
      }
      rt.engine.apply(step);
      const applied = events.slice(windowStart).find((e) => e.type === 'action');
      if (applied?.type === 'action' && applied.problem) {
        failure = {
          step: ref,
          message: t(
            `动作无法执行：${applied.problem}`,
            `the action could not be applied: ${applied.problem}`,
          ),
        };
        break;
      }
    }
    // Recording: let requests still in flight come back before the run stops.
    if (opts.record && !failure) await rt.engine.whenSettled(DEFAULT_WAIT_CAP_MS);
    if (failure) opts.onFailure?.(failure);
  } finally {
    stopping = true;
    releaseClock();
    run.stop();
    await done;
  }
  // Only a test that passed is recorded (a failed one may have stopped before some requests). Read before the
  // temp folder goes: bodies too large for an event wait in files there.
  const recorded = opts.record && !failure ? recordedRules(events) : undefined;
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    ...base,
    status: failure ? 'failed' : 'passed',
    durationMs: Math.round(REAL_TIME.monotonic() - started),
    ...(failure ? { failure } : {}),
    transcript: lines,
    ...(recorded ? { recorded } : {}),
  };
}
