/**
 * Loading a plugin: its config, the host table (every area's functions), the runtime's Lua files (compat.lua,
 * json, omega.lua and its areas, crypto, coromega.lua and its areas as `coromega` and `lua.coromega`), then the
 * plugin's own chunk, checked by Lua 5.1's rules first.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rewriteLua51Escapes } from '../../../lua51/escapes';
import { decodeGoJson, JsonSyntaxError, type JsonValue } from '../gojson';
import { COROMEGA_PARTS, keepCompiled, luaSource, OMEGA_PARTS, type LuaFile } from '../lua/sources';
import { lua51SyntaxError } from '../../../lua51/verdict';
import { configSection } from '../config';
import { coreHost } from './core';
import { filesHost } from './files';
import { outputHost } from './output';
import { listenHost } from './listen';
import { timeHost } from './time';
import type { HostFn, PluginVM } from './plugin';

function loadLua(vm: PluginVM, name: LuaFile, nargs: number, nresults: number): void {
  const { lua, lauxlib } = vm.F;
  const L = vm.L;
  const chunk = luaSource(name);
  const bytes = typeof chunk === 'string' ? vm.str(chunk) : chunk;
  if (lauxlib.luaL_loadbuffer(L, bytes, bytes.length, vm.str(`=[${name}]`)) !== lua.LUA_OK)
    throw new Error(`${name}: ${vm.jsstr(L, -1)}`);
  if (typeof chunk === 'string') {
    // Parsed from text (unbundled): keep its bytecode for the next VM of this process.
    const parts: Uint8Array[] = [];
    lua.lua_dump(
      L,
      (_L: any, b: Uint8Array, size: number) => {
        parts.push(b.slice(0, size));
        return 0;
      },
      null,
      false,
    );
    keepCompiled(name, Buffer.concat(parts));
  }
  lua.lua_insert(L, -(nargs + 1));
  if (lua.lua_pcall(L, nargs, nresults, 0) !== lua.LUA_OK)
    throw new Error(`${name}: ${vm.tostring(L, -1)}`);
}

/** Sets up the plugin's state (host functions, Lua files, modules) and loads its chunk; false when it cannot run. */
export function loadPlugin(vm: PluginVM): boolean {
  const { lua, lauxlib } = vm.F;
  const L = vm.L;
  if (vm.configPath) {
    try {
      const doc = decodeGoJson(fs.readFileSync(vm.configPath));
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        vm.configDoc = doc as Record<string, unknown>;
        const c = configSection(doc) as JsonValue | undefined;
        vm.configTable = c ?? {};
        if (c === undefined) vm.warn(vm.msg('config_no_field', vm.configPath));
      }
    } catch (e) {
      const detail = e instanceof JsonSyntaxError ? e.message : (e as Error).message;
      vm.emit({
        type: 'error',
        message: vm.msg('config_unreadable', vm.configPath, detail),
        file: vm.configPath,
      });
      return false;
    }
  }
  let source: string;
  if (vm.opts.source !== undefined) source = vm.opts.source;
  else {
    try {
      source = fs.readFileSync(vm.opts.pluginPath, 'utf8');
    } catch {
      vm.emit({ type: 'error', message: vm.msg('not_found', vm.opts.pluginPath) });
      return false;
    }
  }

  lua.lua_atnativeerror(L, (L1: any) => {
    const e = lua.lua_touserdata(L1, -1) as unknown;
    let text: string;
    if (e instanceof RangeError && /call stack/i.test(e.message)) text = 'stack overflow';
    else if (
      e instanceof RangeError ||
      (e as Error)?.message?.includes('Array buffer allocation failed')
    )
      text = 'not enough memory';
    else text = String((e as Error)?.message ?? e);
    lua.lua_pushstring(L1, vm.str(text));
    return 1;
  });

  // Two unique tables: SENTINEL unwinds after os.exit or an error already reported; BLOCK asks the host to wait.
  lua.lua_createtable(L, 0, 0);
  vm.sentinelRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  lua.lua_createtable(L, 0, 0);
  vm.blockRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);

  // package.path: the plugin's folder first.
  lua.lua_getglobal(L, vm.str('package'));
  lua.lua_getfield(L, -1, vm.str('path'));
  const oldPath = vm.jsstr(L, -1);
  lua.lua_pop(L, 1);
  const dir = path.dirname(path.resolve(vm.display));
  lua.lua_pushstring(
    L,
    vm.str(`${path.join(dir, '?.lua')};${path.join(dir, '?', 'init.lua')};${oldPath}`),
  );
  lua.lua_setfield(L, -2, vm.str('path'));
  lua.lua_pop(L, 1);

  pushHostTable(vm);
  const hostIdx = lua.lua_gettop(L);
  // compat.lua (host, SENTINEL, BLOCK)
  lua.lua_pushvalue(L, hostIdx);
  vm.pushSentinel(L);
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, vm.blockRef);
  loadLua(vm, 'compat.lua', 3, 0);
  // json, then omega.lua (host, BLOCK, json) -> omega, lib; then each area (host, json, omega, lib)
  lua.lua_getfield(L, hostIdx, vm.str('json_module'));
  lua.lua_call(L, 0, 1);
  const jsonIdx = lua.lua_gettop(L);
  lua.lua_pushvalue(L, hostIdx);
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, vm.blockRef);
  lua.lua_pushvalue(L, jsonIdx);
  loadLua(vm, 'omega.lua', 3, 2);
  const omegaIdx = lua.lua_gettop(L) - 1;
  for (const part of OMEGA_PARTS) {
    lua.lua_pushvalue(L, hostIdx);
    lua.lua_pushvalue(L, jsonIdx);
    lua.lua_pushvalue(L, omegaIdx);
    lua.lua_pushvalue(L, omegaIdx + 1);
    loadLua(vm, part, 4, 0);
  }
  lua.lua_pop(L, 1);
  // package.preload: json, omega, coromega / lua.coromega, crypto
  lua.lua_getglobal(L, vm.str('package'));
  lua.lua_getfield(L, -1, vm.str('preload'));
  const preloadIdx = lua.lua_gettop(L);
  const preloadValue = (name: string, valueIdx: number): void => {
    lua.lua_pushvalue(L, valueIdx);
    lua.lua_pushcclosure(
      L,
      (L1: any) => {
        lua.lua_pushvalue(L1, lua.lua_upvalueindex(1));
        return 1;
      },
      1,
    );
    lua.lua_setfield(L, preloadIdx, vm.str(name));
  };
  preloadValue('json', jsonIdx);
  preloadValue('omega', omegaIdx);
  lua.lua_getfield(L, hostIdx, vm.str('crypto_module'));
  lua.lua_call(L, 0, 1);
  preloadValue('crypto', lua.lua_gettop(L));
  lua.lua_pop(L, 1);
  // coromega.lua (host, SENTINEL) -> lib; each area (host, lib); the last defines the global `from`, returns _G
  lua.lua_pushvalue(L, hostIdx);
  vm.pushSentinel(L);
  loadLua(vm, 'coromega.lua', 2, 1);
  const libIdx = lua.lua_gettop(L);
  for (const part of COROMEGA_PARTS) {
    lua.lua_settop(L, libIdx);
    lua.lua_pushvalue(L, hostIdx);
    lua.lua_pushvalue(L, libIdx);
    loadLua(vm, part, 2, 1);
  }
  preloadValue('coromega', lua.lua_gettop(L));
  preloadValue('lua.coromega', lua.lua_gettop(L));
  lua.lua_settop(L, 0);

  // The plugin. Lua 5.1's parser decides what is valid (what neomega accepts), then Fengari loads it.
  const plain = source.replace(/^\uFEFF/, '');
  const syntax = lua51SyntaxError(plain);
  if (syntax) {
    vm.reportError(`${vm.display}:${syntax.line}: ${syntax.message}`, undefined);
    return false;
  }
  const { text } = rewriteLua51Escapes(plain);
  vm.mainCo = lua.lua_newthread(L);
  vm.mainRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  const bytes = vm.str(text);
  const st = lauxlib.luaL_loadbuffer(vm.mainCo, bytes, bytes.length, vm.str('@' + vm.display));
  if (st !== lua.LUA_OK) {
    vm.reportError(vm.jsstr(vm.mainCo, -1), undefined);
    return false;
  }
  return true;
}

function pushHostTable(vm: PluginVM): void {
  const { lua } = vm.F;
  const fns: Record<string, HostFn> = {
    ...coreHost(vm),
    ...filesHost(vm),
    ...outputHost(vm),
    ...listenHost(vm),
    ...timeHost(vm),
  };
  for (const area of vm.areas) Object.assign(fns, area(vm));
  const wrap = vm.hostWrapper;
  lua.lua_createtable(vm.L, 0, Object.keys(fns).length);
  for (const [name, fn] of Object.entries(fns)) {
    lua.lua_pushcfunction(vm.L, wrap ? wrap(name, fn) : fn);
    lua.lua_setfield(vm.L, -2, vm.str(name));
  }
}
