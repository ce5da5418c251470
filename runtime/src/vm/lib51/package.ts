/**
 * Modules as gopher-lua loads them (loadlib.go and baselib.go): `require` asks each of `package.loaders` in turn —
 * the preload loader (`package.preload[name]`), then the Lua loader (each `?` pattern of `package.path`, dots in
 * the name as folder separators, the file loaded by the global `loadfile`) — and fails with their messages:
 * `module x not found:\n\tno field package.preload['x']\n\tstat ./x.lua: no such file or directory, `.
 * `module(name, ...)` makes (or reuses) the module table, sets `_M`, `_NAME`, `_PACKAGE`, makes it the caller's
 * environment and applies the options (`package.seeall`). package.cpath is empty and package.loadlib is an error.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Args } from './args';
import { goErrno } from './goErrno';

type Fn = (L: any) => number;

/** LUA_DIRSEP, LUA_PATHSEP, LUA_PATH_MARK, LUA_EXECDIR, LUA_IGMARK, each followed by a newline. */
const CONFIG = `${path.sep}\n;\n?\n!\n-\n`;

export function openPackage51(a: Args, L0: any): void {
  const { lua } = a;
  const key = (s: string): Uint8Array => a.F.to_luastring(s, true);
  const str = (s: string): Uint8Array => a.F.to_luastring(s);
  const text = (L: any, i: number): string => a.F.to_jsstring(lua.lua_tolstring(L, i));
  // A unique value marking a module being loaded (gopher-lua's loopdetection userdata).
  lua.lua_newuserdata(L0, 0);
  const loopRef = a.lauxlib.luaL_ref(L0, lua.LUA_REGISTRYINDEX);
  const pushPackageField = (L: any, field: string): void => {
    lua.lua_getglobal(L, key('package'));
    if (lua.lua_type(L, -1) === lua.LUA_TTABLE) lua.lua_getfield(L, -1, key(field));
    else lua.lua_pushnil(L);
    lua.lua_remove(L, -2);
  };

  const preloadLoader: Fn = (L) => {
    const name = a.checkString(L, 1);
    pushPackageField(L, 'preload');
    if (lua.lua_type(L, -1) !== lua.LUA_TTABLE) a.raise(L, 'package.preload must be a table');
    lua.lua_pushstring(L, name);
    lua.lua_gettable(L, -2);
    if (lua.lua_type(L, -1) === lua.LUA_TNIL)
      lua.lua_pushstring(L, str(`no field package.preload['${a.F.to_jsstring(name)}']`));
    return 1;
  };
  const luaLoader: Fn = (L) => {
    const name = a.F.to_jsstring(a.checkString(L, 1)).split('.').join(path.sep);
    pushPackageField(L, 'path');
    if (lua.lua_type(L, -1) !== lua.LUA_TSTRING) a.raise(L, 'package.path must be a string');
    const messages: string[] = [];
    for (const pattern of text(L, -1).split(';')) {
      const file = pattern.split('?').join(name);
      try {
        fs.statSync(file);
      } catch (e) {
        messages.push(`stat ${file}: ${goErrno(e)}`);
        continue;
      }
      lua.lua_getglobal(L, key('loadfile'));
      lua.lua_pushstring(L, str(file));
      lua.lua_call(L, 1, 2);
      if (lua.lua_type(L, -2) === lua.LUA_TNIL) a.raise(L, text(L, -1));
      lua.lua_pop(L, 1);
      return 1;
    }
    lua.lua_pushstring(L, str(messages.join('\n\t')));
    return 1;
  };

  const require: Fn = (L) => {
    const nameBytes = a.checkString(L, 1);
    const name = a.F.to_jsstring(nameBytes);
    lua.lua_settop(L, 1);
    pushPackageField(L, 'loaded'); // 2
    const loadedIdx = 2;
    lua.lua_pushstring(L, nameBytes);
    lua.lua_gettable(L, loadedIdx);
    if (lua.lua_toboolean(L, -1)) {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, loopRef);
      if (lua.lua_rawequal(L, -1, -2)) a.raise(L, `loop or previous error loading module: ${name}`);
      lua.lua_pop(L, 1);
      return 1;
    }
    lua.lua_pop(L, 1);
    pushPackageField(L, 'loaders'); // 3
    if (lua.lua_type(L, 3) !== lua.LUA_TTABLE) a.raise(L, 'package.loaders must be a table');
    const messages: string[] = [];
    for (let i = 1; ; i++) {
      lua.lua_rawgeti(L, 3, i);
      if (lua.lua_type(L, -1) === lua.LUA_TNIL)
        a.raise(L, `module ${name} not found:\n\t${messages.join('\n\t')}, `);
      lua.lua_pushstring(L, nameBytes);
      lua.lua_call(L, 1, 1);
      const t = lua.lua_type(L, -1);
      if (t === lua.LUA_TFUNCTION) break;
      if (t === lua.LUA_TSTRING) messages.push(text(L, -1));
      lua.lua_pop(L, 1);
    }
    // the loader's function is on top (4)
    lua.lua_pushstring(L, nameBytes);
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, loopRef);
    lua.lua_settable(L, loadedIdx);
    lua.lua_pushstring(L, nameBytes);
    lua.lua_call(L, 1, 1); // 4: what the module returned
    lua.lua_pushstring(L, nameBytes);
    lua.lua_gettable(L, loadedIdx); // 5: package.loaded[name] now
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, loopRef); // 6
    const stillLoading = lua.lua_rawequal(L, 5, 6);
    if (stillLoading) {
      if (lua.lua_type(L, 4) !== lua.LUA_TNIL) lua.lua_pushvalue(L, 4);
      else lua.lua_pushboolean(L, true);
      lua.lua_pushstring(L, nameBytes);
      lua.lua_pushvalue(L, -2);
      lua.lua_settable(L, loadedIdx);
      return 1;
    }
    lua.lua_pushvalue(L, 5);
    return 1;
  };

  const module: Fn = (L) => {
    const nameBytes = a.checkString(L, 1);
    const name = a.F.to_jsstring(nameBytes);
    const top = lua.lua_gettop(L);
    pushPackageField(L, 'loaded');
    const loadedIdx = lua.lua_gettop(L);
    lua.lua_pushstring(L, nameBytes);
    lua.lua_gettable(L, loadedIdx);
    if (lua.lua_type(L, -1) !== lua.LUA_TTABLE) {
      lua.lua_pop(L, 1);
      // FindTable(_G, name): each dotted part a table, made when missing
      lua.lua_pushglobaltable(L);
      for (const part of name.split('.')) {
        lua.lua_getfield(L, -1, str(part));
        if (lua.lua_type(L, -1) === lua.LUA_TNIL) {
          lua.lua_pop(L, 1);
          lua.lua_createtable(L, 0, 0);
          lua.lua_pushvalue(L, -1);
          lua.lua_setfield(L, -3, str(part));
        } else if (lua.lua_type(L, -1) !== lua.LUA_TTABLE)
          a.raise(L, `name conflict for module: ${name}`);
        lua.lua_remove(L, -2);
      }
      lua.lua_pushstring(L, nameBytes);
      lua.lua_pushvalue(L, -2);
      lua.lua_settable(L, loadedIdx);
    }
    const tb = lua.lua_gettop(L);
    lua.lua_getfield(L, tb, key('_NAME'));
    if (lua.lua_type(L, -1) === lua.LUA_TNIL) {
      lua.lua_pushvalue(L, tb);
      lua.lua_setfield(L, tb, key('_M'));
      lua.lua_pushstring(L, nameBytes);
      lua.lua_setfield(L, tb, key('_NAME'));
      const dot = name.lastIndexOf('.');
      lua.lua_pushstring(L, str(dot >= 0 ? name.slice(0, dot + 1) : ''));
      lua.lua_setfield(L, tb, key('_PACKAGE'));
    }
    lua.lua_pop(L, 1);
    // The caller's environment becomes the module (setfenv as compat.lua defines it; level 2 from here).
    lua.lua_getglobal(L, key('setfenv'));
    lua.lua_pushnumber(L, 2);
    lua.lua_pushvalue(L, tb);
    lua.lua_call(L, 2, 0);
    for (let i = 2; i <= top; i++) {
      lua.lua_pushvalue(L, i);
      lua.lua_pushvalue(L, tb);
      lua.lua_call(L, 1, 0);
    }
    lua.lua_pushvalue(L, tb);
    return 1;
  };

  const seeall: Fn = (L) => {
    a.checkTable(L, 1);
    if (!lua.lua_getmetatable(L, 1)) {
      lua.lua_createtable(L, 0, 1);
      lua.lua_pushvalue(L, -1);
      lua.lua_setmetatable(L, 1);
    }
    lua.lua_pushglobaltable(L);
    lua.lua_setfield(L, -2, key('__index'));
    return 0;
  };

  lua.lua_getglobal(L0, key('package'));
  const pkg = lua.lua_gettop(L0);
  lua.lua_createtable(L0, 2, 0);
  lua.lua_pushcfunction(L0, preloadLoader);
  lua.lua_rawseti(L0, -2, 1);
  lua.lua_pushcfunction(L0, luaLoader);
  lua.lua_rawseti(L0, -2, 2);
  lua.lua_setfield(L0, pkg, key('loaders'));
  lua.lua_pushcfunction(L0, seeall);
  lua.lua_setfield(L0, pkg, key('seeall'));
  lua.lua_pushcfunction(L0, (L: any) => a.raise(L, 'loadlib is not supported'));
  lua.lua_setfield(L0, pkg, key('loadlib'));
  lua.lua_pushstring(L0, str(''));
  lua.lua_setfield(L0, pkg, key('cpath'));
  lua.lua_pushstring(L0, str(CONFIG));
  lua.lua_setfield(L0, pkg, key('config'));
  lua.lua_pop(L0, 1);
  lua.lua_pushcfunction(L0, require);
  lua.lua_setglobal(L0, key('require'));
  lua.lua_pushcfunction(L0, module);
  lua.lua_setglobal(L0, key('module'));
}
