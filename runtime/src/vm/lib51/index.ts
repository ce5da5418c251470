/**
 * The Lua 5.1 library neomega's plugins see: gopher-lua v1.1.2's, over Fengari's state. `openLib51` runs right
 * after Fengari opens its own libraries and replaces what differs — the string, table, math and os functions, the
 * base functions in base.ts; the runtime's Lua side (compat.lua) then adds the pieces written in Lua (module
 * loading, io, getfenv/setfenv). Once the runtime's own Lua files have taken what they use, `hideLua53Names`
 * removes what gopher-lua does not have (`rawlen`, `utf8`, `table.pack`, `math.maxinteger`, `string.pack`,
 * `coroutine.isyieldable`, ...), so `pairs(_G)` and each library table list gopher-lua's names.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Fengari } from '../../lua';
import { Args } from './args';
import { baseLib } from './base';
import { openChannel51 } from './channel';
import { openIo51, type IoHost } from './io';
import { MATH_HUGE, mathLib } from './math';
import { osLib, type OsClock } from './os';
import { openPackage51 } from './package';
import { stringLib } from './string';
import { tableLib } from './table';

type Fn = (L: any) => number;

/** Names Fengari (Lua 5.3) has and gopher-lua does not, per table (`_G`: globals). */
const ABSENT: Record<string, string[]> = {
  _G: ['rawlen', 'utf8', 'fengari'],
  string: ['pack', 'packsize', 'unpack'],
  table: ['move', 'pack', 'unpack'],
  math: ['maxinteger', 'mininteger', 'tointeger', 'type', 'ult'],
  coroutine: ['isyieldable'],
  package: ['searchers', 'searchpath', 'jspath'],
  debug: [
    'debug',
    'gethook',
    'getregistry',
    'getuservalue',
    'sethook',
    'setuservalue',
    'upvalueid',
    'upvaluejoin',
  ],
};

/** gopher-lua's PackageName + " " + PackageVersion. */
const GOPHER_LUA_VERSION = 'GopherLua 0.1';

export function openLib51(F: Fengari, L: any, clock: OsClock): void {
  const { lua } = F;
  const a = new Args(F);
  const key = (s: string): Uint8Array => F.to_luastring(s, true);
  const setAll = (fns: Record<string, Fn>): void => {
    for (const [name, fn] of Object.entries(fns)) {
      lua.lua_pushcfunction(L, fn);
      lua.lua_setfield(L, -2, key(name));
    }
  };
  const library = (name: string, fns: Record<string, Fn>): void => {
    lua.lua_getglobal(L, key(name));
    setAll(fns);
    lua.lua_pop(L, 1);
  };

  library('string', stringLib(a));
  library('table', tableLib(a));
  library('math', mathLib(a));
  library('os', osLib(a, clock));

  lua.lua_getglobal(L, key('math'));
  lua.lua_pushnumber(L, MATH_HUGE);
  lua.lua_setfield(L, -2, key('huge'));
  lua.lua_pop(L, 1);

  // string.gfind is string.gmatch; the string table is the strings' metatable, with __index itself.
  lua.lua_getglobal(L, key('string'));
  lua.lua_getfield(L, -1, key('gmatch'));
  lua.lua_setfield(L, -2, key('gfind'));
  lua.lua_pushvalue(L, -1);
  lua.lua_setfield(L, -2, key('__index'));
  lua.lua_pushstring(L, key(''));
  lua.lua_pushvalue(L, -2);
  lua.lua_setmetatable(L, -2);
  lua.lua_pop(L, 2);

  openPackage51(a, L);
  openChannel51(a, L);
  lua.lua_pushglobaltable(L);
  setAll(baseLib(a));
  lua.lua_pushstring(L, key('Lua 5.1'));
  lua.lua_setfield(L, -2, key('_VERSION'));
  lua.lua_pushstring(L, key(GOPHER_LUA_VERSION));
  lua.lua_setfield(L, -2, key('_GOPHER_LUA_VERSION'));
  lua.lua_pop(L, 1);
}

/** gopher-lua's io library, writing standard output through the host (see io.ts). */
export function openIoLib51(F: Fengari, L: any, host: IoHost): void {
  const { lua } = F;
  openIo51(new Args(F), L, host);
  lua.lua_getglobal(L, F.to_luastring('package', true));
  lua.lua_getfield(L, -1, F.to_luastring('loaded', true));
  lua.lua_getglobal(L, F.to_luastring('io', true));
  lua.lua_setfield(L, -2, F.to_luastring('io', true));
  lua.lua_pop(L, 2);
}

/** Removes the names gopher-lua does not have (after the runtime's Lua files have taken what they use). */
export function hideLua53Names(F: Fengari, L: any): void {
  const { lua } = F;
  const key = (s: string): Uint8Array => F.to_luastring(s, true);
  const remove = (names: string[]): void => {
    for (const name of names) {
      lua.lua_pushnil(L);
      lua.lua_setfield(L, -2, key(name));
    }
  };
  for (const [table, names] of Object.entries(ABSENT)) {
    if (table === '_G') lua.lua_pushglobaltable(L);
    else lua.lua_getglobal(L, key(table));
    remove(names);
    lua.lua_pop(L, 1);
  }
  // package.loaded lists the libraries gopher-lua opens.
  lua.lua_getglobal(L, key('package'));
  lua.lua_getfield(L, -1, key('loaded'));
  remove(['utf8', 'fengari', 'package']);
  lua.lua_pop(L, 2);
}
