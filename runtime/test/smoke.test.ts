import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

test('coromega-run without a plugin is a usage error (exit 2)', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'coromega-run.js')], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'coromega-run: no plugin file given (see coromega-run --help)\n');
});
