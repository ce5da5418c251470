/**
 * The conformance suite (conformance/cases): every case runs through the runtime, in this process, as
 * `coromega-run` would run it, and its output must equal what gopher-lua printed (the committed `.out`). A case
 * listed in conformance/exceptions.json must still differ, so a fixed exception is noticed and removed.
 *
 * Both sides run in the same time zone (CASE_TZ) and from the case's folder, with the chunk named by the file's
 * base name (`name.lua:3: ...`); object addresses are normalised (suite.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPlugin } from '../src/host';
import type { RunEvent } from '../src/events';
import { CASE_TZ, listCases, normalise, readExceptions, type Case } from '../../conformance/suite';
import { tmpDir } from './helpers';

process.env.TZ = CASE_TZ;

const CASE_TIMEOUT_MS = 20000;
const storage = tmpDir('coromega-conformance-');

/** What the runner prints for one case: stdout, then `ERR: message` for an uncaught error. */
async function runCase(c: Case): Promise<string> {
  const dir = path.dirname(c.lua);
  const name = path.basename(c.lua);
  const parts: string[] = [];
  const onEvent = (e: RunEvent): void => {
    if (e.type === 'print' && e.stream === 'print') parts.push(e.partial ? e.text : e.text + '\n');
    else if (e.type === 'error') parts.push(`ERR: ${e.message}\n`);
  };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const { run, done } = runPlugin(
      {
        pluginPath: c.lua,
        displayPath: name,
        source: fs.readFileSync(c.lua, 'utf8'),
        storageDir: storage,
        lang: 'en',
      },
      onEvent,
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), CASE_TIMEOUT_MS);
    });
    const result = await Promise.race([done, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      run.stop();
      parts.push(`(still running after ${CASE_TIMEOUT_MS / 1000} s)\n`);
    }
  } finally {
    process.chdir(cwd);
  }
  return parts.join('');
}

const cases = listCases();
const exceptions = readExceptions();

test('the suite has its cases and every case its expected output', () => {
  assert.ok(cases.length > 0, 'no cases under conformance/cases');
  const missing = cases.filter((c) => !fs.existsSync(c.out)).map((c) => c.id);
  assert.deepEqual(missing, [], 'cases without a .out (npm run conformance:regen)');
  const unknown = Object.keys(exceptions).filter((id) => !cases.some((c) => c.id === id));
  assert.deepEqual(unknown, [], 'exceptions.json lists cases that do not exist');
  for (const [id, reason] of Object.entries(exceptions))
    assert.ok(reason.trim().length > 0, `exceptions.json: ${id} has no reason`);
});

for (const c of cases) {
  const reason = exceptions[c.id];
  test(c.id, async () => {
    const expected = normalise(fs.readFileSync(c.out, 'utf8'));
    const actual = normalise(await runCase(c));
    if (reason === undefined) {
      assert.equal(actual, expected, `${c.id}: the runtime's output differs from gopher-lua's`);
    } else {
      assert.notEqual(
        actual,
        expected,
        `${c.id} now prints what gopher-lua prints: remove it from conformance/exceptions.json ` +
          `(it was listed because: ${reason})`,
      );
    }
  });
}
