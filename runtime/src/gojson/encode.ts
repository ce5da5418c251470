/**
 * Encoding as neomega's `require("json")` (layeh/gopher-json over Go's encoding/json) does it, from Fengari values:
 * a table whose keys are 1..n encodes as an array, string keys as an object (keys sorted, as Go sorts maps), an
 * empty table as `[]`; Go's string escaping (`<`, `>`, `&` as \u003c...); Go's error texts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fengari } from '../lua';

const WRAP = 'json: error calling MarshalJSON for type json.jsonValue: ';

export class JsonEncodeError extends Error {}

const utf8 = new TextDecoder('utf-8');

/** Go's encoding/json string encoding (HTML-safe, invalid UTF-8 as \ufffd). */
export function goJsonString(bytes: Uint8Array | string): string {
  const s = typeof bytes === 'string' ? bytes : utf8.decode(bytes);
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '<':
        out += '\\u003c';
        break;
      case '>':
        out += '\\u003e';
        break;
      case '&':
        out += '\\u0026';
        break;
      default:
        if (c < 0x20) out += '\\u00' + c.toString(16).padStart(2, '0');
        else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16);
        else out += ch;
    }
  }
  return out + '"';
}

function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new JsonEncodeError(`json: unsupported value: ${goNum(n)}`);
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

function goNum(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
}

export interface EncodeOptions {
  /** coromega:print style: values JSON cannot hold become strings instead of errors. */
  loose?: boolean;
}

/** Encodes the Lua value at `idx`. Throws JsonEncodeError with gopher-json's message. */
export function encodeLuaValue(L: any, idx: number, opts: EncodeOptions = {}): string {
  const { lua, lauxlib } = fengari();
  const visited = new Set<unknown>();
  const abs = lua.lua_absindex(L, idx);

  const tostr = (i: number): string => {
    lauxlib.luaL_tolstring(L, i);
    const s = lua.lua_tojsstring(L, -1) as string;
    lua.lua_pop(L, 1);
    return s;
  };

  const enc = (i: number): string => {
    const t = lua.lua_type(L, i);
    switch (t) {
      case lua.LUA_TNIL:
        return 'null';
      case lua.LUA_TBOOLEAN:
        return lua.lua_toboolean(L, i) ? 'true' : 'false';
      case lua.LUA_TNUMBER: {
        const n = lua.lua_tonumber(L, i) as number;
        if (opts.loose && !Number.isFinite(n)) return goJsonString(goNum(n));
        return goJsonNumber(n);
      }
      case lua.LUA_TSTRING:
        return goJsonString(lua.lua_tostring(L, i) as Uint8Array);
      case lua.LUA_TTABLE:
        return encTable(i);
      default:
        if (opts.loose) return goJsonString(tostr(i));
        throw new JsonEncodeError(
          `cannot encode ${lua.lua_typename(L, t) ? typeName(L, t) : 'value'} to JSON`,
        );
    }
  };

  const typeName = (L2: any, t: number): string => {
    const name = lua.lua_typename(L2, t);
    return typeof name === 'string' ? name : fengari().to_jsstring(name as Uint8Array);
  };

  const encTable = (i: number): string => {
    const ptr = lua.lua_topointer(L, i);
    if (visited.has(ptr)) {
      if (opts.loose) return goJsonString(tostr(i));
      throw new JsonEncodeError('cannot encode recursively nested tables to JSON');
    }
    visited.add(ptr);
    lauxlib.luaL_checkstack(L, 4, null);
    const numKeys: number[] = [];
    const strKeys: string[] = [];
    let other = false;
    lua.lua_pushnil(L);
    while (lua.lua_next(L, i) !== 0) {
      const kt = lua.lua_type(L, -2);
      if (kt === lua.LUA_TNUMBER) numKeys.push(lua.lua_tonumber(L, -2) as number);
      else if (kt === lua.LUA_TSTRING) strKeys.push(lua.lua_tojsstring(L, -2) as string);
      else other = true;
      lua.lua_pop(L, 1);
    }
    const count = numKeys.length + strKeys.length + (other ? 1 : 0);
    let result: string;
    if (count === 0) {
      result = '[]';
    } else if (numKeys.length > 0 && strKeys.length === 0 && !other) {
      numKeys.sort((a, b) => a - b);
      const contiguous = numKeys.every((k, j) => k === j + 1);
      if (!contiguous && !opts.loose) throw new JsonEncodeError('cannot encode sparse array');
      if (contiguous) {
        const parts: string[] = [];
        for (let k = 1; k <= numKeys.length; k++) {
          lua.lua_rawgeti(L, i, k);
          parts.push(enc(lua.lua_gettop(L)));
          lua.lua_pop(L, 1);
        }
        result = '[' + parts.join(',') + ']';
      } else {
        result = encObjectLoose(i);
      }
    } else if (strKeys.length > 0 && numKeys.length === 0 && !other) {
      strKeys.sort(byUtf8);
      const parts: string[] = [];
      for (const k of strKeys) {
        lua.lua_getfield(L, i, fengari().to_luastring(k));
        parts.push(goJsonString(k) + ':' + enc(lua.lua_gettop(L)));
        lua.lua_pop(L, 1);
      }
      result = '{' + parts.join(',') + '}';
    } else {
      if (!opts.loose) throw new JsonEncodeError('cannot encode mixed or invalid key types');
      result = encObjectLoose(i);
    }
    return result;
  };

  const encObjectLoose = (i: number): string => {
    const entries: Array<[string, string]> = [];
    lua.lua_pushnil(L);
    while (lua.lua_next(L, i) !== 0) {
      lua.lua_pushvalue(L, -2);
      const key = tostr(lua.lua_gettop(L));
      lua.lua_pop(L, 1);
      entries.push([key, enc(lua.lua_gettop(L))]);
      lua.lua_pop(L, 1);
    }
    entries.sort((a, b) => byUtf8(a[0], b[0]));
    return '{' + entries.map(([k, v]) => goJsonString(k) + ':' + v).join(',') + '}';
  };

  try {
    return enc(abs);
  } catch (e) {
    if (e instanceof JsonEncodeError && !opts.loose) throw new JsonEncodeError(WRAP + e.message);
    throw e;
  }
}

function byUtf8(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}
