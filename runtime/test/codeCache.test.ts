import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cachePathOf, requireWithCodeCache } from '../src/codeCache';
import { cliPath, root, tmpDir, writePlugin } from './helpers';

/** A small CommonJS "bundle" with a function that runs (so V8 compiles it) and a value to tell builds apart. */
function bundle(dir: string, value: string): string {
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(
    file,
    `const path = require('node:path');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
module.exports = { value: ${JSON.stringify(value)}, fib: fib(15), dir: path.basename(__dirname) };\n`,
  );
  return file;
}

test('a bundle loads without a cache, saves one, and the next load uses it', () => {
  const dir = tmpDir();
  const file = bundle(dir, 'first');
  const a = requireWithCodeCache(file);
  assert.equal(a.cacheUsed, false);
  assert.deepEqual(a.exports, { value: 'first', fib: 610, dir: path.basename(dir) });
  a.save();
  const cache = cachePathOf(file, fs.readFileSync(file));
  assert.ok(fs.existsSync(cache));
  const b = requireWithCodeCache(file);
  assert.equal(b.cacheUsed, true);
  assert.deepEqual(b.exports, { value: 'first', fib: 610, dir: path.basename(dir) });
});

test('a rebuilt bundle of the same length never runs the old cache, and replaces it', () => {
  const dir = tmpDir();
  const file = bundle(dir, 'aaaa');
  requireWithCodeCache(file).save();
  bundle(dir, 'bbbb'); // same length: V8 alone would accept the old cache
  const b = requireWithCodeCache(file);
  assert.equal(b.cacheUsed, false);
  assert.equal((b.exports as { value: string }).value, 'bbbb');
  b.save();
  assert.deepEqual(
    fs.readdirSync(path.join(dir, '.cache')),
    [path.basename(cachePathOf(file, fs.readFileSync(file)))],
    'the old cache is gone',
  );
});

test('a cache folder that cannot be written costs nothing but the cache', () => {
  const dir = tmpDir();
  const file = bundle(dir, 'x');
  fs.writeFileSync(path.join(dir, '.cache'), 'not a folder');
  const a = requireWithCodeCache(file);
  assert.doesNotThrow(() => a.save());
  assert.equal(requireWithCodeCache(file).cacheUsed, false);
});

test('coromega-run keeps a code cache of its VM bundle next to it', () => {
  const cacheDir = path.join(root, 'dist', 'runtime', '.cache');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const plugin = writePlugin('print("hi")\n');
  for (let i = 0; i < 2; i++) {
    const r = spawnSync(process.execPath, [cliPath, plugin], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'hi\n');
  }
  const vm = fs.readFileSync(path.join(root, 'dist', 'runtime', 'vm.js'));
  assert.ok(fs.existsSync(cachePathOf(path.join(root, 'dist', 'runtime', 'vm.js'), vm)));
});
