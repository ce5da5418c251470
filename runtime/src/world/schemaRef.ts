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
  'dirname' | 'join' | 'relative' | 'resolve' | 'sep' | 'isAbsolute'
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

/**
 * The schemas folder files in `dir` should point at: the nearest copy of the package up from `dir` — a project's
 * install (`node_modules/coromega-lua/schemas`) or a checkout of the package — holding `marker`, else `fallback`
 * when it holds it (`coromega-run --init` passes the schemas of the copy that runs), else undefined.
 */
export function schemasFolder(
  dir: string,
  lookup: SchemaLookup = NODE_LOOKUP,
  fallback?: string,
  marker = 'world.schema.json',
): string | undefined {
  const p = lookup.path;
  let at = p.resolve(dir);
  for (;;) {
    const installed = p.join(at, 'node_modules', PACKAGE_NAME, 'schemas');
    if (lookup.exists(p.join(installed, marker))) return installed;
    const own = p.join(at, 'schemas');
    if (lookup.exists(p.join(own, marker)) && isThisPackage(lookup.packageJson(at))) return own;
    const up = p.dirname(at);
    if (up === at) break;
    at = up;
  }
  return fallback !== undefined && lookup.exists(p.join(fallback, marker)) ? fallback : undefined;
}

/** The `$schema` value for a `kind` file in `dir` (a relative path written with `/`), or undefined when no copy
 * of that schema is in reach (`fallback`: as for `schemasFolder`). */
export function schemaReference(
  kind: SchemaKind,
  dir: string,
  lookup: SchemaLookup = NODE_LOOKUP,
  fallback?: string,
): string | undefined {
  const p = lookup.path;
  const file = `${kind}.schema.json`;
  const folder = schemasFolder(dir, lookup, fallback, file);
  if (!folder) return undefined;
  const rel = p.relative(p.resolve(dir), p.join(folder, file)).split(p.sep).join('/');
  return rel.startsWith('.') || p.isAbsolute(rel) || /^[A-Za-z]:/.test(rel) ? rel : `./${rel}`;
}
