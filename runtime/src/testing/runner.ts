/**
 * The test runner of `coromega-run --test`: finds the test files, runs each test in its own worker thread (with
 * the heap limit of a normal run and the test's timeout, so a plugin stuck in a loop fails its test and nothing
 * else), reports as it goes, and with `--record` writes the recorded responses back into the files.
 *
 * This thread never runs Lua: it loads test files and talks to workers (testing/worker.ts runs the engine).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { tr, type Lang } from '../messages';
import type { EngineOptions, TestResult } from './engine';
import { loadTestFile, TestFileError, type TestCase } from './file';
import type { TestReport } from './protocol';
import { withRecording } from './record';
import type { Reporter } from './report';

export interface RunnerOptions {
  lang: Lang;
  record: boolean;
  /** Only tests whose name matches one of these run (all when empty). */
  filters: RegExp[];
  engine: Pick<EngineOptions, 'resolve' | 'timeoutCapSeconds' | 'ca'>;
  maxMemoryMb: number;
  /** The script a test worker starts from (coromega-run's own file, which hands `workerData.test` to worker.ts). */
  workerScript: string;
  cwd: string;
}

/** What a test worker is given. */
export interface TestJob {
  case: TestCase;
  engine: Omit<EngineOptions, 'onStep'>;
}

export type FromTestWorker =
  { type: 'step'; index: number } | { type: 'result'; result: TestResult };

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'neomega_storage']);

/** Every `*.test.json` under the given files and folders, sorted; files named explicitly are taken as they are. */
export function findTestFiles(paths: string[], cwd: string): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.test.json')) out.add(p);
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (fs.statSync(abs).isDirectory()) walk(abs);
    else out.add(abs);
  }
  return [...out];
}

/** Runs one test in a worker; never rejects. */
function runInWorker(tc: TestCase, opts: RunnerOptions): Promise<TestResult> {
  const t = (zh: string, en: string): string => tr(opts.lang, zh, en);
  return new Promise((resolve) => {
    const started = Date.now();
    let step = -1;
    let done = false;
    const worker = new Worker(opts.workerScript, {
      workerData: {
        test: { case: tc, engine: { ...opts.engine, lang: opts.lang, record: opts.record } },
      } satisfies { test: TestJob },
      resourceLimits: {
        maxOldGenerationSizeMb: opts.maxMemoryMb,
        maxYoungGenerationSizeMb: 64,
        stackSizeMb: 16,
      },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const finish = (message: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const s = step >= 0 ? tc.steps[step] : undefined;
      resolve({
        file: tc.file,
        display: tc.display,
        name: tc.name,
        line: tc.line,
        column: tc.column,
        status: 'failed',
        durationMs: Date.now() - started,
        failure: {
          ...(s
            ? {
                step: {
                  index: step,
                  pointer: s.pointer,
                  line: s.line,
                  column: s.column,
                  label: 'expect' in s.step ? 'expect' : t('动作', 'action'),
                },
              }
            : {}),
          message,
        },
        transcript: [],
      });
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(
          t(
            `测试超过 ${tc.timeoutMs} ms 仍未结束（插件可能陷入了循环；测试文件的 timeout 可以放宽）`,
            `the test did not finish within ${tc.timeoutMs} ms (the plugin may be stuck in a loop; the test file's timeout can allow more)`,
          ),
        ),
      tc.timeoutMs,
    );
    worker.on('message', (m: FromTestWorker) => {
      if (m.type === 'step') step = m.index;
      else if (!done) {
        done = true;
        clearTimeout(timer);
        resolve(m.result);
        void worker.terminate();
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message))
        finish(
          t(
            `插件内存超过上限 ${opts.maxMemoryMb} MB（--max-memory）`,
            `the plugin exceeded the ${opts.maxMemoryMb} MB memory limit (--max-memory)`,
          ),
        );
      else finish(String(err.stack ?? err.message));
    });
    worker.on('exit', (code) =>
      finish(
        t(`测试进程意外退出（代码 ${code}）`, `the test worker exited unexpectedly (code ${code})`),
      ),
    );
  });
}

/** Runs the tests of the given files and folders; resolves with the counts once everything is reported. */
export async function runTests(
  files: string[],
  opts: RunnerOptions,
  reporter: Reporter,
): Promise<Summary> {
  const started = Date.now();
  const summary: Summary = { passed: 0, failed: 0, skipped: 0, durationMs: 0 };
  const emit = (r: TestReport): void => reporter.report(r);
  for (const file of files) {
    let text: string;
    let tests: TestCase[];
    try {
      text = fs.readFileSync(file, 'utf8');
      tests = loadTestFile(file, opts.lang, opts.cwd).tests;
    } catch (e) {
      if (!(e instanceof TestFileError)) throw e;
      summary.failed++;
      emit({
        type: 'fileError',
        file: e.file,
        display: e.display,
        message: e.detail,
        ...(e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : {}),
      });
      continue;
    }
    const chosen =
      opts.filters.length === 0
        ? tests
        : tests.filter((tc) => opts.filters.some((f) => f.test(tc.name)));
    let recordedText = text;
    const recorded: Record<string, number> = {};
    for (const tc of chosen) {
      emit({ type: 'testStart', file: tc.file, name: tc.name, line: tc.line, column: tc.column });
      const r = await runInWorker(tc, opts);
      summary[r.status === 'passed' ? 'passed' : r.status === 'failed' ? 'failed' : 'skipped']++;
      const { recorded: rules, ...rest } = r;
      emit({ type: 'testEnd', ...rest });
      if (rules) {
        recordedText = withRecording(recordedText, tc.recordPath, rules);
        recorded[tc.name] = rules.length;
      }
    }
    if (opts.record && Object.keys(recorded).length > 0) {
      // Written only over the text the tests were read from: an edit made meanwhile is never lost.
      let written = false;
      if (fs.readFileSync(file, 'utf8') === text) {
        if (recordedText !== text) fs.writeFileSync(file, recordedText);
        written = true;
      }
      emit({ type: 'recorded', file, display: tests[0]!.display, tests: recorded, written });
    }
  }
  summary.durationMs = Date.now() - started;
  emit({ type: 'summary', ...summary });
  return summary;
}
