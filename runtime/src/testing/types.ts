/**
 * The shapes of plugin tests: the expectations a test file may write, its steps with their places, and the test
 * cases the loader (file.ts) makes of a file.
 */
import type { CommandVia, LogLevel, PrintStream, SayVia, WorldAction } from '../events';
import type { HttpRule, WorldFile } from '../world/file';

export interface TextMatch {
  /** The whole text (colour codes ignored). */
  text?: string;
  /** A regular expression matched against the text with and without its colour codes. */
  match?: string;
}

export interface Expectation {
  say?: TextMatch & { to?: string; via?: SayVia };
  request?: {
    method?: string;
    url?: string;
    body?: { text?: string; match?: string; json?: unknown };
    headers?: Record<string, string>;
  };
  command?: TextMatch & { via?: CommandVia };
  qq?: TextMatch & { target?: string; group?: number; user?: number };
  print?: TextMatch & { stream?: PrintStream; level?: LogLevel };
  score?: { player: string; objective: string; equals?: number; atLeast?: number; atMost?: number };
  apiResult?: { api?: string; result?: unknown; error?: string };
  noError?: true;
  /** Milliseconds after the previous action to keep looking. */
  within?: number;
  /** No such event may appear. */
  not?: boolean;
}

export interface ExpectStep {
  expect: Expectation;
}

export type TestStep = WorldAction | ExpectStep;

export function isExpect(step: TestStep): step is ExpectStep {
  return 'expect' in step;
}

/** A step with its place in the file. */
export interface StepInfo {
  step: TestStep;
  /** JSON pointer, e.g. `/tests/1/script/3`. */
  pointer: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface PluginSpec {
  /** Absolute path. */
  path: string;
  /** As shown in messages (relative to the working folder when inside it). */
  display: string;
  /** The plugin config file's content, when the test gives one. */
  config?: unknown;
}

export interface TestCase {
  /** Absolute path of the test file. */
  file: string;
  display: string;
  name: string;
  line: number;
  column: number;
  plugins: PluginSpec[];
  /** The world without its script (the steps drive the run). */
  world: WorldFile;
  steps: StepInfo[];
  timeoutMs: number;
  skip: boolean;
  /** Absolute path of a storage folder each run starts from (copied). */
  storage?: string;
  /** Where `--record` writes this test's responses in the file: `["http"]` or `["tests", i, "http"]`. */
  recordPath: Array<string | number>;
  /** The rules still answering while recording (the shared world's, for a test of a `tests` array). */
  recordKeeps: HttpRule[];
}

/** Something in a test file that is allowed but probably a mistake, at its place. */
export interface TestFileWarning {
  message: string;
  line: number;
  column: number;
}

export interface TestFile {
  file: string;
  display: string;
  tests: TestCase[];
  warnings: TestFileWarning[];
}
