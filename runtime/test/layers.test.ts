/**
 * Layers point down only: the VM core (runtime/src/vm/) knows neither the simulated omega above it, nor the world,
 * nor the runtime that composes them. Every module vm/ reaches (its imports, type-only ones and require() calls
 * included, followed transitively through the project's own files) is checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..', '..');
const src = path.join(root, 'runtime', 'src');

/** What the VM core must not reach: the layers above it. */
const ABOVE = [
  path.join(src, 'omega') + path.sep,
  path.join(src, 'world') + path.sep,
  path.join(src, 'runtime.ts'),
  path.join(src, 'entryPoints.ts'),
  path.join(src, 'script.ts'),
  path.join(src, 'host.ts'),
  path.join(src, 'testing') + path.sep,
];

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // node builtins and packages
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, path.join(base, 'index.ts')])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return base;
}

function importsOf(file: string): string[] {
  if (!file.endsWith('.ts')) return [];
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => resolveImport(file, f.fileName))
    .filter((f): f is string => f !== undefined);
}

/** Every project file reachable from `start`, with the chain that reaches it. */
function reach(start: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = start.map((f) => [f]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (seen.has(file)) continue;
    seen.set(file, chain);
    for (const next of importsOf(file)) if (!seen.has(next)) queue.push([...chain, next]);
  }
  return seen;
}

const vmFiles = fs
  .readdirSync(path.join(src, 'vm'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(src, 'vm', f));

test('the VM core reaches nothing above it (omega/, world/, runtime.ts, ...)', () => {
  assert.ok(vmFiles.length >= 5, 'vm/ has its modules');
  const bad: string[] = [];
  for (const [file, chain] of reach(vmFiles))
    if (ABOVE.some((a) => (a.endsWith(path.sep) ? file.startsWith(a) : file === a)))
      bad.push(chain.map((f) => path.relative(root, f)).join(' -> '));
  assert.deepEqual(bad, []);
});

test('the layer check sees imports, type-only imports and require() calls', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-layers-'));
  try {
    const probe = path.join(dir, 'probe.ts');
    const rel = (p: string): string => path.relative(dir, path.join(src, p));
    fs.writeFileSync(
      probe,
      `import type { World } from '${rel('world/world')}';\n` +
        `const r = require('${rel('runtime')}');\nimport '${rel('omega')}';\nexport { r };\n`,
    );
    const reached = [...reach([probe]).keys()];
    assert.ok(reached.includes(path.join(src, 'world', 'world.ts')));
    assert.ok(reached.includes(path.join(src, 'runtime.ts')));
    assert.ok(reached.includes(path.join(src, 'omega', 'index.ts')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
