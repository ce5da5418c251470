/**
 * The `$schema` a world or test file written by the tools carries: a relative path to the JSON Schemas the package
 * ships (`schemas/`), from the file's folder to the nearest copy of the package above it — the package installed in
 * the project (`node_modules/coromega-lua/schemas/`), or this repository itself (`examples/` -> `../schemas/`). Such
 * a path works in VS Code and in any editor that follows `$schema`. With no copy in reach (a global install, or the
 * VS Code extension alone) there is none: a `$schema` that cannot be loaded is worse than none, and VS Code already
 * validates `*.world.json` and `*.test.json` by their names (`jsonValidation`). Pure path logic over a `path`
 * implementation and an `exists` check, so the Windows rules are tested on any machine.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { name as PACKAGE_NAME } from '../../../package.json';

export type SchemaKind = 'world' | 'test' | 'plugin-config';

/** The parts of `node:path` needed (`path.posix` and `path.win32` both fit). */
export type SchemaPathApi = Pick<
  typeof nodePath,
  'dirname' | 'join' | 'relative' | 'resolve' | 'sep'
>;

export interface SchemaLookup {
  exists(file: string): boolean;
  /** A folder's package.json text, if it has one. */
  packageJson(dir: string): string | undefined;
  path: SchemaPathApi;
}

const NODE_LOOKUP: SchemaLookup = {
  exists: (f) => fs.existsSync(f),
  packageJson: (dir) => {
    try {
      return fs.readFileSync(nodePath.join(dir, 'package.json'), 'utf8');
    } catch {
      return undefined;
    }
  },
  path: nodePath,
};

function isThisPackage(text: string | undefined): boolean {
  if (!text) return false;
  try {
    return (JSON.parse(text) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The `$schema` value for a `kind` file in `dir`, or undefined when no copy of the schemas is in reach. */
export function schemaReference(
  kind: SchemaKind,
  dir: string,
  lookup: SchemaLookup = NODE_LOOKUP,
): string | undefined {
  const p = lookup.path;
  const file = `${kind}.schema.json`;
  let at = p.resolve(dir);
  for (;;) {
    const candidates = [p.join(at, 'node_modules', PACKAGE_NAME, 'schemas', file)];
    if (isThisPackage(lookup.packageJson(at))) candidates.unshift(p.join(at, 'schemas', file));
    for (const c of candidates) {
      if (!lookup.exists(c)) continue;
      const rel = p.relative(p.resolve(dir), c).split(p.sep).join('/');
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
    const up = p.dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}
