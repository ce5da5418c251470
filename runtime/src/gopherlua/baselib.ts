/**
 * The base functions whose behaviour a plugin sees differ between gopher-lua (baselib.go) and Lua 5.3, written
 * after gopher-lua: error (its levels count from the function that called error; non-strings pass unchanged),
 * assert (a message must be a string), pcall (a value that cannot be called is `false, "attempt to call a nil
 * value"` without a position), xpcall (no extra arguments; the handler runs after the error and its first result
 * is the error), ipairs / pairs (tables only, raw, no __pairs / __ipairs), setmetatable (any non-nil value; numbers
 * share one metatable), select (`#` or a number; no numeric strings), tostring (__tostring's result as it is),
 * and loadstring / load, whose verdict and error text are gopher-lua's parser's (lua51/gopher.ts; chunk names as
 * given: `<string>`, `?` for load).
 *
 * Texts come from the error layer (errorText.ts): bad-argument texts name the call as gopher-lua does, positions
 * are gopher-lua's where().
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { rewriteLua51Escapes } from '../../../lua51/escapes';
import { gopherMessageBytes, gopherSyntaxError } from '../../../lua51/gopher';
import type { Fengari } from '../lua';
import { sourceFromBytes } from '../vm/sourceBytes';
import type { GopherHooks } from './errorText';

export type HostFn = (L: any) => number;

export interface BaseOptions {
  /** An error value that no pcall may catch: the runtime unwinding after os.exit or an error it reported. */
  uncatchable(L: any, idx: number): boolean;
}

export function gopherBase(
  F: Fengari,
  hooks: GopherHooks,
  opts: BaseOptions,
): Record<string, HostFn> {
  const { lua, lauxlib, to_luastring } = F;
  const str = (s: string): Uint8Array => to_luastring(s);
  /** The key tostring looks up on every call, converted once. */
  const TOSTRING = to_luastring('__tostring', true);
  const typeName = (L: any, idx: number): string =>
    lua.lua_type(L, idx) === lua.LUA_TNONE ? 'nil' : F.to_jsstring(lauxlib.luaL_typename(L, idx));

  /** gopher-lua's TypeError: `bad argument #N to NAME (T expected, got U)`. */
  const typeError = (L: any, idx: number, expected: string): never => {
    lauxlib.luaL_argerror(L, idx, str(`${expected} expected, got ${typeName(L, idx)}`));
    throw new Error('unreachable');
  };

  /** gopher-lua's OptInt: nil or none gives the default, a number is truncated, anything else is refused. */
  const optInt = (L: any, idx: number, def: number): number => {
    const t = lua.lua_type(L, idx);
    if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) return def;
    if (t !== lua.LUA_TNUMBER) typeError(L, idx, 'number');
    return Math.trunc(lua.lua_tonumber(L, idx) as number);
  };

  /** gopher-lua's CheckTable. */
  const checkTable = (L: any, idx: number): void => {
    if (lua.lua_type(L, idx) !== lua.LUA_TTABLE) typeError(L, idx, 'table');
  };

  /** After a protected call: rethrows what must not be caught, else leaves `false, error` and returns 2. */
  const failed = (L: any): number => {
    if (opts.uncatchable(L, -1)) return lua.lua_error(L);
    lua.lua_pushboolean(L, false);
    lua.lua_insert(L, -2);
    return 2;
  };

  // pcall: [true, f, args...] -> [true, results...] (or false, err); a continuation keeps it yieldable, so a
  // blocking call (a sleep on the main chunk) can still wait inside a pcall.
  const finishPcall = (L: any, status: number): number => {
    if (status !== lua.LUA_OK && status !== lua.LUA_YIELD) return failed(L);
    return lua.lua_gettop(L);
  };

  // xpcall: [handler, true, f] -> [handler, true, results...]; on an error the handler runs on it afterwards.
  const finishXpcall = (L: any, status: number): number => {
    if (status === lua.LUA_OK || status === lua.LUA_YIELD) return lua.lua_gettop(L) - 1;
    if (opts.uncatchable(L, -1)) return lua.lua_error(L);
    lua.lua_pushvalue(L, 1);
    lua.lua_insert(L, -2);
    if (lua.lua_pcall(L, 1, 1, 0) !== lua.LUA_OK && opts.uncatchable(L, -1))
      return lua.lua_error(L);
    return failed(L);
  };

  /** A function, or a value whose metatable has a __call function (gopher-lua's test in pcall). */
  const callable = (L: any, idx: number): boolean => {
    if (lua.lua_type(L, idx) === lua.LUA_TFUNCTION) return true;
    const t = lauxlib.luaL_getmetafield(L, idx, str('__call'));
    if (t !== lua.LUA_TNIL) lua.lua_pop(L, 1);
    return t === lua.LUA_TFUNCTION;
  };

  /**
   * Compiles chunk text (bytes) named `name` as gopher-lua does: its parser decides, with its message; Fengari then
   * compiles the text with Lua 5.1's escapes. Leaves the function, or nil and the message; returns the count.
   */
  const loadChunk = (L: any, text: Uint8Array, name: Uint8Array): number => {
    const e = gopherSyntaxError(text);
    if (e) {
      lua.lua_pushnil(L);
      lua.lua_pushstring(L, gopherMessageBytes(e, name));
      return 2;
    }
    // the text as bytes in its own encoding: UTF-8, else one character per byte (a GBK plugin keeps its bytes)
    const src = sourceFromBytes(text);
    const code = src.bytes(rewriteLua51Escapes(src.text).text);
    const chunkname = new Uint8Array(name.length + 1);
    chunkname[0] = 64; // '@': Fengari shows the name as it is, as gopher-lua does
    chunkname.set(name, 1);
    if (lauxlib.luaL_loadbuffer(L, code, code.length, chunkname) === lua.LUA_OK) return 1;
    lua.lua_pushnil(L);
    lua.lua_insert(L, -2);
    return 2;
  };

  /** gopher-lua's OptString. */
  const optString = (L: any, idx: number, def: string): Uint8Array => {
    const t = lua.lua_type(L, idx);
    if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) return str(def);
    return lauxlib.luaL_checklstring(L, idx) as Uint8Array;
  };

  const ipairsAux: HostFn = (L) => {
    checkTable(L, 1);
    const i = Math.trunc(lauxlib.luaL_checknumber(L, 2) as number) + 1;
    if (lua.lua_rawgeti(L, 1, i) === lua.LUA_TNIL) return 0;
    lua.lua_pushinteger(L, i);
    lua.lua_insert(L, -2);
    return 2;
  };

  const pairsAux: HostFn = (L) => {
    checkTable(L, 1);
    lua.lua_settop(L, 2);
    return lua.lua_next(L, 1) ? 2 : 0;
  };

  return {
    /** For the runtime's own loaders (loadfile, require): (text, chunkname) -> function | nil, message. */
    load_chunk(L) {
      return loadChunk(L, lauxlib.luaL_checklstring(L, 1), lauxlib.luaL_checklstring(L, 2));
    },

    loadstring(L) {
      const text = lauxlib.luaL_checklstring(L, 1) as Uint8Array;
      return loadChunk(L, text, optString(L, 2, '<string>'));
    },

    load(L) {
      lauxlib.luaL_checktype(L, 1, lua.LUA_TFUNCTION);
      const name = optString(L, 2, '?');
      const parts: Uint8Array[] = [];
      for (;;) {
        lua.lua_pushvalue(L, 1);
        lua.lua_call(L, 0, 1);
        const t = lua.lua_type(L, -1);
        if (t === lua.LUA_TNIL) break;
        if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) {
          lua.lua_pushnil(L);
          lua.lua_pushstring(L, str('reader function must return a string'));
          return 2;
        }
        const piece = lua.lua_tolstring(L, -1) as Uint8Array;
        lua.lua_pop(L, 1);
        if (piece.length === 0) break;
        parts.push(piece);
      }
      const text = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        text.set(p, at);
        at += p.length;
      }
      return loadChunk(L, text, name);
    },

    error(L) {
      lauxlib.luaL_checkany(L, 1);
      const level = optInt(L, 2, 1);
      lua.lua_settop(L, 1);
      if (lua.lua_type(L, 1) === lua.LUA_TSTRING && level > 0) {
        // gopher-lua's Error(): where(level - 1) counted from error's own frame, then a space.
        lua.lua_pushstring(L, str(hooks.whereText(L, level - 1) + ' '));
        lua.lua_insert(L, 1);
        lua.lua_concat(L, 2);
      }
      return lua.lua_error(L);
    },

    assert(L) {
      if (lua.lua_toboolean(L, 1)) return lua.lua_gettop(L);
      const t = lua.lua_type(L, 2);
      if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) return hooks.raise(L, 'assertion failed!');
      if (t !== lua.LUA_TSTRING) typeError(L, 2, 'string');
      return hooks.raise(L, F.to_jsstring(lua.lua_tostring(L, 2)));
    },

    pcall(L) {
      lauxlib.luaL_checkany(L, 1);
      if (!callable(L, 1)) {
        lua.lua_pushboolean(L, false);
        lua.lua_pushstring(L, str(`attempt to call a ${typeName(L, 1)} value`));
        return 2;
      }
      lua.lua_settop(L, Math.max(lua.lua_gettop(L), 1));
      lua.lua_pushboolean(L, true);
      lua.lua_insert(L, 1);
      return finishPcall(
        L,
        lua.lua_pcallk(L, lua.lua_gettop(L) - 2, lua.LUA_MULTRET, 0, 0, finishPcall),
      );
    },

    xpcall(L) {
      lauxlib.luaL_checktype(L, 1, lua.LUA_TFUNCTION);
      lauxlib.luaL_checktype(L, 2, lua.LUA_TFUNCTION);
      lua.lua_settop(L, 2);
      lua.lua_rotate(L, 1, 1); // handler, f
      lua.lua_pushboolean(L, true);
      lua.lua_insert(L, 2); // handler, true, f
      return finishXpcall(L, lua.lua_pcallk(L, 0, lua.LUA_MULTRET, 0, 0, finishXpcall));
    },

    ipairs(L) {
      checkTable(L, 1);
      lua.lua_pushcfunction(L, ipairsAux);
      lua.lua_pushvalue(L, 1);
      lua.lua_pushinteger(L, 0);
      return 3;
    },

    pairs(L) {
      checkTable(L, 1);
      lua.lua_pushcfunction(L, pairsAux);
      lua.lua_pushvalue(L, 1);
      lua.lua_pushnil(L);
      return 3;
    },

    setmetatable(L) {
      const t = lua.lua_type(L, 2);
      if (t !== lua.LUA_TNIL && t !== lua.LUA_TTABLE && t !== lua.LUA_TNONE)
        lauxlib.luaL_argerror(L, 2, str(`nil or table expected, got ${typeName(L, 2)}`));
      const ot = lua.lua_type(L, 1);
      if (ot === lua.LUA_TNIL || ot === lua.LUA_TNONE)
        return hooks.raise(L, 'cannot set metatable to a nil object.');
      if (lua.lua_getmetatable(L, 1)) {
        lua.lua_pushstring(L, str('__metatable'));
        const protectedMt = lua.lua_rawget(L, -2) !== lua.LUA_TNIL;
        lua.lua_pop(L, 2);
        if (protectedMt) return hooks.raise(L, 'cannot change a protected metatable');
      }
      lua.lua_settop(L, 2);
      lua.lua_setmetatable(L, 1);
      return 1;
    },

    // tostring: what __tostring returns, as it is (nil, a number, a table); without one, the value's own text.
    tostring(L) {
      lauxlib.luaL_checkany(L, 1);
      const mt = lauxlib.luaL_getmetafield(L, 1, TOSTRING);
      if (mt === lua.LUA_TFUNCTION) {
        lua.lua_pushvalue(L, 1);
        lua.lua_call(L, 1, 1);
        return 1;
      }
      if (mt !== lua.LUA_TNIL) {
        lua.lua_pop(L, 1);
        lua.lua_pushvalue(L, 1);
        hooks.plainString(L);
        return 1;
      }
      // A string is its own text; anything else takes luaL_tolstring's (which looks for __tostring once more).
      if (lua.lua_type(L, 1) === lua.LUA_TSTRING) lua.lua_pushvalue(L, 1);
      else lauxlib.luaL_tolstring(L, 1);
      return 1;
    },

    select(L) {
      const n = lua.lua_gettop(L);
      const t = lua.lua_type(L, 1);
      if (t === lua.LUA_TSTRING) {
        const s = F.to_jsstring(lua.lua_tostring(L, 1));
        if (s !== '#') lauxlib.luaL_argerror(L, 1, str(`invalid string '${s}'`));
        lua.lua_pushinteger(L, n - 1);
        return 1;
      }
      if (t !== lua.LUA_TNUMBER)
        lauxlib.luaL_argerror(L, 1, str(`number or string expected, got ${typeName(L, 1)}`));
      let i = Math.trunc(lua.lua_tonumber(L, 1) as number);
      if (i < 0) i = n + i;
      else if (i > n) i = n;
      if (!(i >= 1)) lauxlib.luaL_argerror(L, 1, str('index out of range'));
      return n - i;
    },
  };
}
