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
import { stepRef } from './steps';
import { displayPath, loadTestFile, TestFileError, type TestCase, type TestFile } from './file';
import type { TestReport } from './protocol';
import { withRecording } from './record';
import type { Reporter } from './report';
import { lcov, mergeCoverage, summarize, type CoverageData } from '../debug/coverage';

export interface RunnerOptions {
  lang: Lang;
  record: boolean;
  /** Only tests whose name matches one of these run (all when empty). */
  filters: RegExp[];
  engine: Pick<EngineOptions, 'resolve' | 'timeoutCapSeconds' | 'ca' | 'virtualTime' | 'framework'>;
  maxMemoryMb: number;
  /** The test worker's script: testing/worker.js (its own bundle, or tsc's output). */
  workerScript: string;
  cwd: string;
  /** Collect line coverage and write `lcov.info` into this folder. */
  coverage?: string;
}

/** What a test worker is started with. */
export interface TestWorkerData {
  engine: Omit<EngineOptions, 'onStep' | 'debug' | 'onEvent' | 'onFailure'>;
  /** Count lines for coverage; each result carries them. */
  coverage?: boolean;
}

export type ToTestWorker = { type: 'run'; case: TestCase };

export type FromTestWorker =
  { type: 'step'; index: number } | { type: 'result'; result: TestResult; coverage?: CoverageData };

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

type Pending = {
  tc: TestCase;
  coverage?: (c: CoverageData) => void;
  step: number;
  started: number;
  timer: NodeJS.Timeout;
  resolve: (r: TestResult) => void;
};

/**
 * The worker tests run in, one test at a time. It is kept from test to test (each test still gets new Lua VMs
 * and a new world); a test that times out, runs out of memory or crashes takes the worker with it, and the next
 * test gets a new one.
 */
export class TestWorker {
  private worker: Worker | undefined;
  private pending: Pending | undefined;

  constructor(private readonly opts: RunnerOptions) {}

  private t(zh: string, en: string): string {
    return tr(this.opts.lang, zh, en);
  }

  private start(): Worker {
    const o = this.opts;
    const worker = new Worker(o.workerScript, {
      workerData: {
        test: {
          engine: { ...o.engine, lang: o.lang, record: o.record },
          ...(o.coverage !== undefined ? { coverage: true } : {}),
        },
      } satisfies { test: TestWorkerData },
      resourceLimits: {
        maxOldGenerationSizeMb: o.maxMemoryMb,
        maxYoungGenerationSizeMb: 64,
        stackSizeMb: 16,
      },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (m: FromTestWorker) => {
      const p = this.pending;
      if (!p || this.worker !== worker) return;
      if (m.type === 'step') p.step = m.index;
      else {
        this.pending = undefined;
        clearTimeout(p.timer);
        if (m.coverage) p.coverage?.(m.coverage);
        p.resolve(m.result);
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message))
        this.fail(
          this.t(
            `插件内存超过上限 ${o.maxMemoryMb} MB（--max-memory）`,
            `the plugin exceeded the ${o.maxMemoryMb} MB memory limit (--max-memory)`,
          ),
        );
      else this.fail(String(err.stack ?? err.message));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.fail(
        this.t(
          `测试进程意外退出（代码 ${code}）`,
          `the test worker exited unexpectedly (code ${code})`,
        ),
      );
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the pending test as failed with `message`, and lets the worker go. */
  private fail(message: string): void {
    const p = this.pending;
    this.pending = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    if (!p) return;
    clearTimeout(p.timer);
    const ref = p.step >= 0 ? stepRef(p.tc, p.step, this.opts.lang) : undefined;
    p.resolve({
      file: p.tc.file,
      display: p.tc.display,
      name: p.tc.name,
      line: p.tc.line,
      column: p.tc.column,
      status: 'failed',
      durationMs: Date.now() - p.started,
      failure: { ...(ref ? { step: ref } : {}), message },
      transcript: [],
    });
  }

  /** Runs one test; never rejects. `coverage` gets the lines it ran. */
  run(tc: TestCase, coverage?: (c: CoverageData) => void): Promise<TestResult> {
    return new Promise((resolve) => {
      const worker = this.worker ?? this.start();
      this.pending = {
        tc,
        ...(coverage ? { coverage } : {}),
        step: -1,
        started: Date.now(),
        resolve,
        timer: setTimeout(
          () =>
            this.fail(
              this.t(
                `测试超过 ${tc.timeoutMs} ms 仍未结束（插件可能陷入了循环；测试文件的 timeout 可以放宽）`,
                `the test did not finish within ${tc.timeoutMs} ms (the plugin may be stuck in a loop; the test file's timeout can allow more)`,
              ),
            ),
          tc.timeoutMs,
        ),
      };
      worker.postMessage({ type: 'run', case: tc } satisfies ToTestWorker);
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
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
  const worker = new TestWorker(opts);
  const covered: CoverageData = {};
  const plugins = new Set<string>();
  try {
    for (const file of files) {
      let text: string;
      let loaded: TestFile;
      try {
        text = fs.readFileSync(file, 'utf8');
        loaded = loadTestFile(file, opts.lang, opts.cwd);
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
      const tests = loaded.tests;
      for (const w of loaded.warnings)
        emit({ type: 'fileWarning', file: loaded.file, display: loaded.display, ...w });
      const chosen =
        opts.filters.length === 0
          ? tests
          : tests.filter((tc) => opts.filters.some((f) => f.test(tc.name)));
      let recordedText = text;
      const recorded: Record<string, number> = {};
      for (const tc of chosen) {
        emit({ type: 'testStart', file: tc.file, name: tc.name, line: tc.line, column: tc.column });
        for (const p of tc.plugins) plugins.add(path.resolve(p.path));
        const r = await worker.run(tc, (c) => mergeCoverage(covered, c));
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
  } finally {
    worker.close();
  }
  if (opts.coverage !== undefined) {
    // The plugins under test and the files they loaded from their own folders.
    const dirs = [...plugins].map((p) => path.dirname(p) + path.sep);
    for (const p of plugins) covered[p] ??= {};
    const files = summarize(covered).filter((f) => dirs.some((d) => f.file.startsWith(d)));
    const dir = path.resolve(opts.cwd, opts.coverage);
    fs.mkdirSync(dir, { recursive: true });
    const lcovFile = path.join(dir, 'lcov.info');
    fs.writeFileSync(lcovFile, lcov(files));
    emit({
      type: 'coverage',
      lcov: lcovFile,
      files: files.map((f) => ({
        ...f,
        // Relative to the working folder when inside it (never across Windows drives), written with `/`.
        display: displayPath(f.file, opts.cwd).split(path.sep).join('/'),
      })),
    });
  }
  summary.durationMs = Date.now() - started;
  emit({ type: 'summary', ...summary });
  return summary;
}
