/**
 * One `coromega-run --test --json` child process: its arguments, its report lines parsed as they come, and a way
 * to stop it. No `vscode` import: the Test Explorer and the tests drive the same code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseTestReportLine, type TestReport } from '../../../runtime/src/testing/protocol';
import { LineSplitter, stopSteps } from '../runProcess';

export interface TestProcessOptions {
  /** Path of the runtime bundle (dist/runtime/cli.js). */
  cliPath: string;
  /** The test files to run. */
  files: string[];
  /** Only these tests (exact names); all tests of the files when absent. */
  names?: string[];
  lang: 'zh-cn' | 'en';
  /** The framework version to follow (`--framework`), when not the default. */
  framework?: string;
  cwd?: string;
  /** Collect line coverage, writing lcov into this folder. */
  coverage?: string;
  /** The Node executable; in VS Code `process.execPath` with ELECTRON_RUN_AS_NODE=1. */
  execPath?: string;
  env?: NodeJS.ProcessEnv;
}

/** A regular expression matching exactly this text. */
export function exactly(name: string): string {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** The CLI arguments after the bundle path. */
export function testArgs(
  o: Pick<TestProcessOptions, 'files' | 'names' | 'lang' | 'framework' | 'coverage'>,
): string[] {
  const args = ['--test', '--json', '--lang', o.lang];
  if (o.framework) args.push('--framework', o.framework);
  if (o.coverage !== undefined) args.push(`--coverage=${o.coverage}`);
  for (const n of o.names ?? []) args.push('--filter', exactly(n));
  return [...args, ...o.files];
}

export class TestProcess {
  private readonly child: ChildProcess;
  /** Resolves with the exit code once the process is gone (-1 when it could not start). */
  readonly done: Promise<number>;

  constructor(
    o: TestProcessOptions,
    onReport: (r: TestReport) => void,
    onOther?: (line: string) => void,
  ) {
    this.child = spawn(o.execPath ?? process.execPath, [o.cliPath, ...testArgs(o)], {
      cwd: o.cwd,
      env: { ...(o.env ?? process.env), ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out = new LineSplitter();
    const err = new LineSplitter();
    const onLine = (line: string): void => {
      const r = parseTestReportLine(line);
      if (r) onReport(r);
      else if (line.trim()) onOther?.(line);
    };
    const onErr = (line: string): void => {
      if (line.trim()) onOther?.(line);
    };
    this.child.stdout?.on('data', (c: Buffer) => out.push(c).forEach(onLine));
    this.child.stderr?.on('data', (c: Buffer) => err.push(c).forEach(onErr));
    this.done = new Promise((resolve) => {
      this.child.on('close', (code) => {
        out.end().forEach(onLine);
        err.end().forEach(onErr);
        resolve(code ?? -1);
      });
      this.child.on('error', (e) => {
        onOther?.(e.message);
        resolve(-1);
      });
    });
  }

  /** Stops the run (its workers go with it): SIGTERM on POSIX, at once on Windows (`stopSteps`). */
  stop(): void {
    if (this.child.exitCode !== null || this.child.killed) return;
    this.child.kill(stopSteps(process.platform, 0)[0]!.signal);
  }
}
