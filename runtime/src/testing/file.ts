/**
 * Plugin test files (`*.test.json`): their types, and the loader that turns one file into test cases.
 *
 * A test file is a world (schemas/world.schema.json) whose `script` may hold `expect` steps, plus `plugins`
 * (relative to the file; default `NAME.lua` beside `NAME.test.json`), `config`, `storage`, `timeout`, `skip`,
 * `name`, and `tests` (named tests sharing the world; the top-level `script` runs before each test's own).
 * Every step keeps its place in the file (line and column), so a failure can be shown at the failing step.
 *
 * A file that cannot be used gives one TestFileError: the file, the line and column, and one sentence naming the
 * JSON path. Loading never writes anything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { testFilePlugins } from '../companions';
import { configSection } from '../config';
import { tr, type Lang } from '../messages';
import { type HttpRule, type WorldFile } from '../world/file';
import { jsonSyntaxError } from '../world/jsonSyntax';
import { jsonPath, timeFormProblem } from '../world/schemaProblem';
import { parseStart } from '../clock';
import { defaultTestName, lineColumn } from './places';
import {
  isExpect,
  type PluginSpec,
  type StepInfo,
  type TestCase,
  type TestFile,
  type TestFileWarning,
  type TestStep,
} from './types';
import { checkTestDoc } from './validate';

export { defaultTestName, lineColumn };
export * from './types';

/** A test file that cannot be used. `message` is `display:line:column: sentence`. */
export class TestFileError extends Error {
  constructor(
    readonly file: string,
    readonly display: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${display}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${detail}`);
  }
}

export const DEFAULT_TIMEOUT_MS = 30_000;

interface RawTest {
  name?: string;
  script?: TestStep[];
  http?: HttpRule[];
  timeout?: number;
  skip?: boolean;
}

interface RawFile extends Omit<WorldFile, 'script'>, RawTest {
  plugins?: Array<string | { path: string; config?: unknown }>;
  config?: unknown;
  storage?: string;
  tests?: RawTest[];
}

/** The path as the user would write it: relative to the working folder when inside it (`p`: `path.win32` in the
 * Windows tests; another drive is never "inside"). */
export function displayPath(
  abs: string,
  cwd = process.cwd(),
  p: Pick<typeof path, 'relative' | 'isAbsolute'> = path,
): string {
  const rel = p.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !p.isAbsolute(rel) ? rel : abs;
}

/** `/tests/0/name` -> ["tests", 0, "name"]. */
export function pointerToPath(pointer: string): Array<string | number> {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => {
      const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(part) ? Number(part) : part;
    });
}

/** The offset a pointer's value starts at (for a property: its key), or the nearest ancestor's. */
export function offsetOf(root: Node | undefined, pointer: string): number {
  if (!root) return 0;
  const p = pointerToPath(pointer);
  for (let n = p.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, p.slice(0, n));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return 0;
}

/** Parses JSON text into a tree with places; throws TestFileError at the first syntax error. */
export function parseJsonTree(
  text: string,
  file: string,
  display: string,
  lang: Lang,
): { root: Node; doc: unknown } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const p = jsonSyntaxError(text, lang) ?? { line: 1, column: 1, message: '' };
    throw new TestFileError(
      file,
      display,
      tr(lang, `不是有效的 JSON：${p.message}`, `not valid JSON: ${p.message}`),
      p.line,
      p.column,
    );
  }
  // The parsed value, as JSON.parse would give it (the tree keeps places; values come from the same parse).
  return { root, doc: JSON.parse(text) as unknown };
}

function regexProblem(source: unknown): string | undefined {
  if (typeof source !== 'string') return undefined;
  try {
    new RegExp(source);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Pointers of every regular expression in a step (for the check that each compiles). */
function stepRegexes(step: TestStep, pointer: string): Array<[string, unknown]> {
  if (!isExpect(step)) return [];
  const e = step.expect;
  const out: Array<[string, unknown]> = [];
  for (const k of ['say', 'command', 'qq', 'print'] as const)
    if (e[k]?.match !== undefined) out.push([`${pointer}/expect/${k}/match`, e[k]!.match]);
  if (e.request?.body?.match !== undefined)
    out.push([`${pointer}/expect/request/body/match`, e.request.body.match]);
  for (const [h, v] of Object.entries(e.request?.headers ?? {}))
    out.push([
      `${pointer}/expect/request/headers/${h.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      v,
    ]);
  if (e.apiResult?.error !== undefined)
    out.push([`${pointer}/expect/apiResult/error`, e.apiResult.error]);
  return out;
}

/** Parses and checks a test file's text; `file` is its absolute path. */
export function parseTestFile(
  text: string,
  file: string,
  lang: Lang,
  cwd = process.cwd(),
): TestFile {
  const display = displayPath(file, cwd);
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  text = text.replace(/^\uFEFF/, '');
  const { root, doc } = parseJsonTree(text, file, display, lang);
  const place = (pointer: string): { line: number; column: number } =>
    lineColumn(text, offsetOf(root, pointer));
  const fail = (pointer: string, zh: string, en: string): never => {
    const at = place(pointer);
    const where = jsonPath(pointer) || t('（顶层）', '(top level)');
    throw new TestFileError(
      file,
      display,
      t(`${where}：${zh}`, `${where}: ${en}`),
      at.line,
      at.column,
    );
  };
  const problem = checkTestDoc(doc, lang, (p) => offsetOf(root, p));
  if (problem) {
    const at = place(problem.pointer);
    throw new TestFileError(file, display, problem.message, at.line, at.column);
  }
  const raw = doc as RawFile;
  if (raw.script === undefined && raw.tests === undefined)
    fail(
      '',
      '需要 "script"（一个测试）或 "tests"（多个测试）',
      'needs "script" (one test) or "tests" (several)',
    );
  if (raw.script !== undefined && raw.tests === undefined && raw.script.length === 0)
    fail('/script', '测试至少需要一步', 'a test needs at least one step');

  // Regular expressions, player names, command rules: what the schema cannot say.
  const scripts: Array<[string, TestStep[]]> = [['/script', raw.script ?? []]];
  raw.tests?.forEach((x, i) => scripts.push([`/tests/${i}/script`, x.script ?? []]));
  for (const [base, steps] of scripts)
    steps.forEach((s, i) => {
      for (const [pointer, source] of stepRegexes(s, `${base}/${i}`)) {
        const bad = regexProblem(source);
        if (bad)
          fail(pointer, `不是有效的正则表达式：${bad}`, `not a valid regular expression: ${bad}`);
      }
    });
  raw.commands?.forEach((rule, i) => {
    const bad = regexProblem(rule.match);
    if (bad)
      fail(
        `/commands/${i}/match`,
        `不是有效的正则表达式：${bad}`,
        `not a valid regular expression: ${bad}`,
      );
  });
  if (raw.start !== undefined && !parseStart(raw.start)) {
    const problem = timeFormProblem('start', lang);
    fail('/start', problem, problem);
  }
  const seen = new Set<string>();
  raw.players?.forEach((p, i) => {
    if (seen.has(p.name))
      fail(`/players/${i}/name`, `玩家 "${p.name}" 重复`, `player "${p.name}" appears twice`);
    seen.add(p.name);
  });

  // Plugins: relative to the test file; NAME.test.json runs NAME.lua when none are named (companions.ts).
  const dir = path.dirname(file);
  const named = testFilePlugins(file, raw.plugins);
  if (!named) fail('', '需要 "plugins"（要运行的插件）', 'needs "plugins" (the plugins to run)');
  const plugins: PluginSpec[] = [];
  for (const entry of named!) {
    const abs = entry.path;
    const exists = fs.existsSync(abs) && (entry.pointer === '' || fs.statSync(abs).isFile());
    if (!exists && entry.pointer === '')
      fail(
        '',
        `没有 "plugins"，而旁边没有 ${path.basename(abs)}`,
        `no "plugins", and there is no ${path.basename(abs)} beside it`,
      );
    if (!exists) fail(entry.pointer, `找不到插件文件 ${abs}`, `plugin file not found: ${abs}`);
    plugins.push({
      path: abs,
      display: displayPath(abs, cwd),
      ...(entry.config !== undefined ? { config: entry.config } : {}),
    });
  }
  // A config without "配置" is allowed (neomega reads it), but the plugin then sees an empty coromega.config.
  const warnings: TestFileWarning[] = [];
  const configs: Array<[string, unknown]> = [['/config', raw.config]];
  raw.plugins?.forEach((e, i) => {
    if (typeof e === 'object') configs.push([`/plugins/${i}/config`, e.config]);
  });
  for (const [pointer, c] of configs)
    if (c && typeof c === 'object' && !Array.isArray(c) && configSection(c) === undefined)
      warnings.push({
        ...place(pointer),
        message: t(
          `${jsonPath(pointer)} 没有 "配置" 字段：插件的 coromega.config 是空表（neomega 的配置文件把插件的设置写在 "配置" 里）`,
          `${jsonPath(pointer)} has no "配置" field: the plugin's coromega.config is an empty table (a neomega config file keeps the plugin's settings under "配置")`,
        ),
      });
  if (raw.config !== undefined) {
    if (plugins.length !== 1)
      fail(
        '/config',
        '有多个插件时，请在 plugins 中为每个插件写 config',
        'with several plugins, give each its config in plugins',
      );
    plugins[0]!.config = raw.config;
  }
  let storage: string | undefined;
  if (raw.storage !== undefined) {
    storage = path.resolve(dir, raw.storage);
    if (!fs.existsSync(storage) || !fs.statSync(storage).isDirectory())
      fail('/storage', `找不到目录 ${storage}`, `folder not found: ${storage}`);
  }

  // The world every test of the file shares.
  const world: WorldFile = {};
  for (const k of [
    'players',
    'bot',
    'objectives',
    'qq',
    'commands',
    'http',
    'apis',
    'soft',
    'gameRules',
    'time',
    'start',
  ] as const)
    if (raw[k] !== undefined) (world as Record<string, unknown>)[k] = raw[k];

  const stepsOf = (base: string, steps: TestStep[]): StepInfo[] =>
    steps.map((step, i) => ({ step, pointer: `${base}/${i}`, ...place(`${base}/${i}`) }));
  const setup = stepsOf('/script', raw.tests ? (raw.script ?? []) : []);
  const fileTimeout = raw.timeout ?? DEFAULT_TIMEOUT_MS;
  const common = { file, display, plugins, ...(storage ? { storage } : {}) };
  const tests: TestCase[] = [];
  if (!raw.tests) {
    const at = place(raw.name !== undefined ? '/name' : '/script');
    tests.push({
      ...common,
      name: raw.name ?? defaultTestName(file),
      ...at,
      world,
      steps: stepsOf('/script', raw.script ?? []),
      timeoutMs: fileTimeout,
      skip: raw.skip === true,
      recordPath: ['http'],
      recordKeeps: [],
    });
  } else {
    const names = new Set<string>();
    raw.tests.forEach((x, i) => {
      if (names.has(x.name!))
        fail(`/tests/${i}/name`, `测试名 "${x.name}" 重复`, `test name "${x.name}" appears twice`);
      names.add(x.name!);
      if (x.script!.length === 0 && setup.length === 0)
        fail(`/tests/${i}/script`, '测试至少需要一步', 'a test needs at least one step');
      tests.push({
        ...common,
        name: x.name!,
        ...place(`/tests/${i}/name`),
        world: x.http ? { ...world, http: [...x.http, ...(world.http ?? [])] } : world,
        steps: [...setup, ...stepsOf(`/tests/${i}/script`, x.script!)],
        timeoutMs: x.timeout ?? fileTimeout,
        skip: raw.skip === true || x.skip === true,
        recordPath: ['tests', i, 'http'],
        recordKeeps: world.http ?? [],
      });
    });
  }
  return { file, display, tests, warnings };
}

/** Reads and checks a test file. */
export function loadTestFile(file: string, lang: Lang, cwd = process.cwd()): TestFile {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new TestFileError(
      abs,
      displayPath(abs, cwd),
      tr(lang, `无法读取测试文件：${code}`, `cannot read the test file: ${code}`),
    );
  }
  return parseTestFile(text, abs, lang, cwd);
}
