/**
 * What `coromega-run --test --json` prints: one JSON object per line, in this order for each file — `fileError`
 * (the file cannot be used), or `fileWarning`s (allowed, but probably a mistake) then `testStart` / `testEnd` per
 * test — then `recorded` (with `--record`) and, last, one `summary`. The VS Code Test Explorer reads these; other tools can too.
 */
import type { TestFailure, TestStatus } from './engine';

export interface TestStartReport {
  type: 'testStart';
  /** Absolute path of the test file. */
  file: string;
  name: string;
  /** 1-based place of the test in its file. */
  line: number;
  column: number;
}

export interface TestEndReport {
  type: 'testEnd';
  file: string;
  display: string;
  name: string;
  line: number;
  column: number;
  status: TestStatus;
  durationMs: number;
  /** For a failed test: the step (with its place in the file), what it expected, what was seen. */
  failure?: TestFailure;
  /** Every event of the run as plain lines, secrets masked. */
  transcript: string[];
}

export interface FileErrorReport {
  type: 'fileError';
  file: string;
  display: string;
  /** One sentence naming the JSON path. */
  message: string;
  line?: number;
  column?: number;
}

/** Something in the file that is allowed but probably a mistake (a `config` without "配置"); its tests still run. */
export interface FileWarningReport {
  type: 'fileWarning';
  file: string;
  display: string;
  message: string;
  line: number;
  column: number;
}

export interface RecordedReport {
  type: 'recorded';
  file: string;
  display: string;
  /** Rules written, per test name. */
  tests: Record<string, number>;
  /** False when the file changed on disk meanwhile and was left alone. */
  written: boolean;
}

export interface SummaryReport {
  type: 'summary';
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

/** With `--coverage`: line coverage of the plugins under test, merged over every test (before the summary). */
export interface CoverageReport {
  type: 'coverage';
  /** The lcov file written. */
  lcov: string;
  files: Array<{
    file: string;
    /** As shown: relative to the folder the tests ran in. */
    display: string;
    covered: number;
    total: number;
    /** Each coverable line and its hits (0: missed). */
    lines: Array<[number, number]>;
  }>;
}

export type TestReport =
  | TestStartReport
  | TestEndReport
  | FileErrorReport
  | FileWarningReport
  | RecordedReport
  | CoverageReport
  | SummaryReport;

/** Parses one `--test --json` line; undefined for anything else. */
export function parseTestReportLine(line: string): TestReport | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const v = JSON.parse(t) as { type?: unknown };
    if (
      v &&
      typeof v.type === 'string' &&
      [
        'testStart',
        'testEnd',
        'fileError',
        'fileWarning',
        'recorded',
        'coverage',
        'summary',
      ].includes(v.type)
    )
      return v as TestReport;
  } catch {
    return undefined;
  }
  return undefined;
}
