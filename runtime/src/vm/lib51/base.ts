/**
 * Base functions whose gopher-lua behaviour differs from Fengari's (baselib.go): tonumber (Go's ParseInt and
 * ParseFloat: `"1e3"` is nil without a dot, `"0x10"` is 16 only with no base, bases beyond 36 give nil, a number
 * with a base is returned as it is), unpack (integer arguments truncated, a range with holes gives its nils),
 * collectgarbage (returns nothing), newproxy and _printregs. (select, error, pcall and their kin: gopherlua/.)
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Args } from './args';
import { asciiOf, goParseFloat, goParseInt } from './goNumber';

type Fn = (L: any) => number;

export function baseLib(a: Args): Record<string, Fn> {
  const { lua } = a;
  return {
    tonumber: (L) => {
      const base = a.optInt(L, 2, 10);
      const noBase = a.isNil(L, 2);
      a.checkAny(L, 1);
      const t = lua.lua_type(L, 1);
      if (t === lua.LUA_TNUMBER) {
        lua.lua_pushvalue(L, 1);
        return 1;
      }
      if (t !== lua.LUA_TSTRING) {
        lua.lua_pushnil(L);
        return 1;
      }
      const raw = asciiOf(lua.lua_tolstring(L, 1));
      let v: number | undefined;
      if (raw !== undefined) {
        let s = raw.replace(/^[ \n\t]+|[ \n\t]+$/g, '');
        if (s.includes('.')) v = goParseFloat(s);
        else {
          let b = base;
          if (noBase && s.toLowerCase().startsWith('0x')) {
            b = 16;
            s = s.slice(2);
          }
          v = goParseInt(s, b);
        }
      }
      if (v === undefined) lua.lua_pushnil(L);
      else lua.lua_pushnumber(L, v);
      return 1;
    },
    unpack: (L) => {
      a.checkTable(L, 1);
      const start = a.optInt(L, 2, 1);
      const end = a.optInt(L, 3, lua.lua_rawlen(L, 1));
      const count = end - start + 1;
      if (count <= 0) return 0;
      if (count >= 1e6 || !lua.lua_checkstack(L, count)) a.raise(L, 'too many results to unpack');
      // gopher-lua reads the array part only: keys below 1 or from 2^26 on give nil.
      for (let i = start; i <= end; i++) {
        if (i >= 1 && i < 67108864) lua.lua_rawgeti(L, 1, i);
        else lua.lua_pushnil(L);
      }
      return count;
    },
    collectgarbage: () => 0,
    newproxy: (L) => {
      lua.lua_settop(L, 1);
      lua.lua_newuserdata(L, 0);
      if (lua.lua_type(L, 1) === lua.LUA_TBOOLEAN && lua.lua_toboolean(L, 1)) {
        lua.lua_createtable(L, 0, 0);
        lua.lua_setmetatable(L, -2);
      } else if (lua.lua_type(L, 1) === lua.LUA_TUSERDATA && lua.lua_getmetatable(L, 1)) {
        lua.lua_setmetatable(L, -2);
      }
      return 1;
    },
    _printregs: () => 0,
  };
}
