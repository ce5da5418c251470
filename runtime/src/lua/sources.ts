/**
 * The runtime's Lua files (compat.lua, omega.lua, coromega.lua, ...), as text.
 *
 * Bundled (esbuild, dist/): esbuild defines COROMEGA_BUNDLED and its text loader inlines each `.lua` file at the
 * `require` below, so the shipped bundle carries its Lua. Unbundled (tsc's out/, the tests): the requires never
 * run and the files are read from runtime/src/lua/, next to this file's source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const COROMEGA_BUNDLED: boolean | undefined;

export const LUA_FILES = ['compat.lua', 'omega.lua', 'coromega.lua'] as const;
export type LuaFile = (typeof LUA_FILES)[number];

function bundled(): Record<LuaFile, string> | undefined {
  if (typeof COROMEGA_BUNDLED === 'undefined' || !COROMEGA_BUNDLED) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    'compat.lua': require('./compat.lua') as string,
    'omega.lua': require('./omega.lua') as string,
    'coromega.lua': require('./coromega.lua') as string,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

let cache: Record<LuaFile, string> | undefined;

/** The source of one of the runtime's Lua files. */
export function luaSource(name: LuaFile): string {
  if (!cache) {
    cache = bundled() ?? ({} as Record<LuaFile, string>);
  }
  let text = cache[name];
  if (text === undefined) {
    // out/runtime/src/lua -> runtime/src/lua
    const dir = path.resolve(__dirname, '..', '..', '..', '..', 'runtime', 'src', 'lua');
    text = fs.readFileSync(path.join(dir, name), 'utf8');
    cache[name] = text;
  }
  return text;
}
