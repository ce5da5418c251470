/**
 * The runtime's Lua files (compat.lua, omega.lua, coromega.lua).
 *
 * Bundled (esbuild, dist/): esbuild defines COROMEGA_BUNDLED, and its lua-bytecode plugin (esbuild.mjs) compiles
 * each `.lua` file at the `require` below to Lua bytecode, so the shipped bundle carries its Lua ready to load.
 * Unbundled (tsc's out/, the tests): the requires never run and the files are read as text from runtime/src/lua/,
 * next to this file's source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const COROMEGA_BUNDLED: boolean | undefined;

export const LUA_FILES = ['compat.lua', 'omega.lua', 'coromega.lua'] as const;
export type LuaFile = (typeof LUA_FILES)[number];

/** Base64 bytecode of each file, when bundled. */
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

const cache = new Map<LuaFile, string | Uint8Array>();

/** One of the runtime's Lua files: bytecode when bundled, else its source text. */
export function luaSource(name: LuaFile): string | Uint8Array {
  let chunk = cache.get(name);
  if (chunk === undefined) {
    const compiled = bundled()?.[name];
    if (compiled !== undefined) chunk = new Uint8Array(Buffer.from(compiled, 'base64'));
    else {
      // out/runtime/src/lua -> runtime/src/lua
      const dir = path.resolve(__dirname, '..', '..', '..', '..', 'runtime', 'src', 'lua');
      chunk = fs.readFileSync(path.join(dir, name), 'utf8');
    }
    cache.set(name, chunk);
  }
  return chunk;
}

/** Bytecode of a file that was parsed from text, used by the next VM of this process instead. */
export function keepCompiled(name: LuaFile, bytecode: Uint8Array): void {
  cache.set(name, new Uint8Array(bytecode));
}
