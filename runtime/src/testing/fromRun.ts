/**
 * "Create a test from this run": the actions a run went through (its script, or lines typed while it ran) and
 * what the plugin did after each become a test file to edit — each action followed by expectations of what was
 * seen (messages to players, commands, QQ messages, printed lines, requests, API answers), and the responses the
 * network gave recorded as `http` rules (secrets masked, as `--record` does), so the new test runs offline.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunEvent, WorldAction } from '../events';
import { stripColorCodes } from '../colors';
import type { WorldFile } from '../world/file';
import type { Expectation } from './file';
import { maskUrl } from './mask';
import { recordedRules } from './record';

/** Expectations written after one action at most; the rest of what happened is left for the author to add. */
const MAX_EXPECTATIONS = 8;

export interface RunToTest {
  /** The run's events, in order. */
  events: RunEvent[];
  /** Absolute paths of the run's plugins. */
  plugins: string[];
  /** Absolute path of the test file to be. */
  testFile: string;
  /** The world file the run used, if any. */
  world?: WorldFile;
  /** The test file's `$schema` (see world/schemaRef.ts), written first; none when undefined. The world file's own
   * `$schema` names the world schema and never comes along. */
  schema?: string;
}

/** The expectation one event suggests, or undefined for events a test rarely asserts. */
function expectationOf(e: RunEvent): Expectation | undefined {
  switch (e.type) {
    case 'say':
      return e.offline ? undefined : { say: { to: e.player, text: stripColorCodes(e.text) } };
    case 'command':
      return { command: { text: e.command } };
    case 'qq':
      return { qq: { target: e.target, text: stripColorCodes(e.text) } };
    case 'print':
      return e.partial ? undefined : { print: { text: stripColorCodes(e.text) } };
    case 'request':
      return { request: { method: e.method, url: maskUrl(e.url, '*') } };
    case 'apiResult':
      return { apiResult: { api: e.api, result: e.result } };
    default:
      return undefined;
  }
}

/** One JSON value on one line, with the spaces a person would type. */
function inline(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(inline).join(', ')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** The file's text: two-space indentation, one script step per line. */
function layout(doc: Record<string, unknown>): string {
  const parts = Object.entries(doc).map(([k, v]) => {
    const body =
      k === 'script' && Array.isArray(v)
        ? `[\n${v.map((s) => `    ${inline(s)}`).join(',\n')}\n  ]`
        : JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(k)}: ${body}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function testFromRun(
  r: RunToTest,
  p: Pick<typeof path, 'dirname' | 'relative' | 'sep'> = path,
): string {
  const script: Array<WorldAction | { expect: Expectation }> = [];
  let window: string[] = [];
  const flush = (expectations: Expectation[]): void => {
    for (const e of expectations.slice(0, MAX_EXPECTATIONS)) script.push({ expect: e });
  };
  let pending: Expectation[] = [];
  for (const e of r.events) {
    if (e.type === 'action') {
      if (e.problem) continue;
      flush(pending);
      pending = [];
      window = [];
      script.push(e.action);
      continue;
    }
    const x = expectationOf(e);
    if (!x) continue;
    const key = JSON.stringify(x);
    if (window.includes(key)) continue;
    window.push(key);
    pending.push(x);
  }
  flush(pending);

  // Plugins relative to the test file, written with `/` on every system (the loader resolves either).
  const dir = p.dirname(r.testFile);
  const rel = (file: string): string => p.relative(dir, file).split(p.sep).join('/');
  const beside =
    r.plugins.length === 1 && r.plugins[0]!.replace(/\.lua$/i, '.test.json') === r.testFile;
  const doc: Record<string, unknown> = {};
  if (r.schema !== undefined) doc.$schema = r.schema;
  if (!beside) doc.plugins = r.plugins.map(rel);
  const world: Record<string, unknown> = { ...(r.world ?? {}) };
  delete world.script;
  delete world.$schema;
  Object.assign(doc, world);
  const http = [...(r.world?.http ?? []), ...recordedRules(r.events)];
  if (http.length > 0) doc.http = http;
  else delete doc.http;
  doc.script = script.length > 0 ? script : [{ expect: { noError: true } }];
  return layout(doc);
}

/** Where a test made from a plugin's run goes: `NAME.test.json` beside it, or `NAME-2.test.json`... when taken. */
export function freeTestPath(
  plugin: string,
  exists: (p: string) => boolean = fs.existsSync,
): string {
  const base = plugin.replace(/\.lua$/i, '');
  for (let i = 1; ; i++) {
    const p = `${base}${i === 1 ? '' : `-${i}`}.test.json`;
    if (!exists(p)) return p;
  }
}
