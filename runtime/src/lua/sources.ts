/**
 * The runtime's Lua files: compat.lua, then omega.lua and its areas (omega/*.lua), then coromega.lua and its areas
 * (coromega/*.lua). vm/load.ts runs them in the order listed here.
 *
 * Bundled (esbuild, dist/): esbuild defines COROMEGA_BUNDLED, and its lua-bytecode plugin (esbuild.mjs) compiles
 * each `.lua` file at the `require` below to Lua bytecode, so the shipped bundle carries its Lua ready to load.
 * Unbundled (tsc's out/, the tests): the requires never run and the files are read as text from runtime/src/lua/,
 * next to this file's source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const COROMEGA_BUNDLED: boolean | undefined;

/** omega.lua's areas, in load order: each adds its modules to the omega table. */
export const OMEGA_PARTS = [
  'omega/system.lua',
  'omega/players.lua',
  'omega/messaging.lua',
  'omega/bot.lua',
] as const;

/** coromega.lua's areas, in load order: each adds its methods; the last (run.lua) defines `from`. */
export const COROMEGA_PARTS = [
  'coromega/system.lua',
  'coromega/players.lua',
  'coromega/storage.lua',
  'coromega/bot.lua',
  'coromega/messaging.lua',
  'coromega/listeners.lua',
  'coromega/websocket.lua',
  'coromega/run.lua',
] as const;

export const LUA_FILES = [
  'compat.lua',
  'omega.lua',
  ...OMEGA_PARTS,
  'coromega.lua',
  ...COROMEGA_PARTS,
] as const;
export type LuaFile = (typeof LUA_FILES)[number];

/** Base64 bytecode of each file, when bundled. */
function bundled(): Record<LuaFile, string> | undefined {
  if (typeof COROMEGA_BUNDLED === 'undefined' || !COROMEGA_BUNDLED) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    'compat.lua': require('./compat.lua') as string,
    'omega.lua': require('./omega.lua') as string,
    'omega/system.lua': require('./omega/system.lua') as string,
    'omega/players.lua': require('./omega/players.lua') as string,
    'omega/messaging.lua': require('./omega/messaging.lua') as string,
    'omega/bot.lua': require('./omega/bot.lua') as string,
    'coromega.lua': require('./coromega.lua') as string,
    'coromega/system.lua': require('./coromega/system.lua') as string,
    'coromega/players.lua': require('./coromega/players.lua') as string,
    'coromega/storage.lua': require('./coromega/storage.lua') as string,
    'coromega/bot.lua': require('./coromega/bot.lua') as string,
    'coromega/messaging.lua': require('./coromega/messaging.lua') as string,
    'coromega/listeners.lua': require('./coromega/listeners.lua') as string,
    'coromega/websocket.lua': require('./coromega/websocket.lua') as string,
    'coromega/run.lua': require('./coromega/run.lua') as string,
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
