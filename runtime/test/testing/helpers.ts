/** Helpers for plugin-test tests: a folder with plugins and test files, and running its tests in-process. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTestCase, type TestResult } from '../../src/testing/engine';
import { loadTestFile } from '../../src/testing/file';
import { tmpDir } from '../helpers';

/** Writes files (name -> text; objects are written as JSON) into a fresh folder; returns the folder. */
export function project(files: Record<string, string | object>): string {
  const dir = tmpDir('coromega-plugin-tests-');
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(
      p,
      typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n',
    );
  }
  return dir;
}

/** Loads a test file and runs each of its tests with the engine, in this thread. */
export async function runFile(
  file: string,
  opts: { lang?: 'en' | 'zh-cn'; record?: boolean; virtualTime?: boolean } = {},
): Promise<TestResult[]> {
  const lang = opts.lang ?? 'en';
  const f = loadTestFile(file, lang, path.dirname(file));
  const out: TestResult[] = [];
  for (const tc of f.tests)
    out.push(
      await runTestCase(tc, {
        lang,
        record: opts.record ?? false,
        ...(opts.virtualTime !== undefined ? { virtualTime: opts.virtualTime } : {}),
      }),
    );
  return out;
}

/** The results by test name. */
export function byName(results: TestResult[]): Record<string, TestResult> {
  return Object.fromEntries(results.map((r) => [r.name, r]));
}
