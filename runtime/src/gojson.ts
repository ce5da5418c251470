/**
 * JSON as neomega's `require("json")` (layeh/gopher-json over Go's encoding/json) does it, on Fengari values:
 * a table whose keys are 1..n encodes as an array, string keys as an object (keys sorted, as Go sorts maps), an
 * empty table as `[]`; Go's string escaping (`<`, `>`, `&` as \u003c...); Go's error texts. Decoding gives tables,
 * floats, strings, booleans; `null` becomes nil; invalid text returns `nil, message` with Go's syntax messages.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fengari } from './lua';

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

// ---------------------------------------------------------------------------------------------------------------
// Decoding

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export class JsonSyntaxError extends Error {}

function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  if (c < 0x20 || c === 0x7f) {
    const map: Record<number, string> = {
      7: '\\a',
      8: '\\b',
      9: '\\t',
      10: '\\n',
      11: '\\v',
      12: '\\f',
      13: '\\r',
    };
    return "'" + (map[c] ?? '\\x' + c.toString(16).padStart(2, '0')) + "'";
  }
  if (c === 0x5c) return "'\\\\'";
  return "'" + String.fromCharCode(c) + "'";
}

/** Go's json.Unmarshal into interface{}: same accepted text, same syntax error messages. */
export function decodeGoJson(bytes: Uint8Array): JsonValue {
  let i = 0;
  const n = bytes.length;
  const eof = (): never => {
    throw new JsonSyntaxError('unexpected end of JSON input');
  };
  const bad = (ctx: string): never => {
    throw new JsonSyntaxError(`invalid character ${quoteChar(bytes[i]!)} ${ctx}`);
  };
  const ws = (): void => {
    while (
      i < n &&
      (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
    )
      i++;
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    for (let k = 0; k < word.length; k++) {
      if (i >= n) eof();
      if (bytes[i] !== word.charCodeAt(k)) bad(`in literal ${word} (expecting '${word[k]}')`);
      i++;
    }
    return value;
  };
  const number = (): number => {
    const start = i;
    if (bytes[i] === 0x2d) {
      i++;
      if (i >= n) eof();
      if (!(bytes[i]! >= 0x30 && bytes[i]! <= 0x39)) bad('in numeric literal');
    }
    if (bytes[i] === 0x30) i++;
    else while (i < n && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++;
    if (i < n && bytes[i] === 0x2e) {
      i++;
      if (i >= n) eof();
      if (!(bytes[i]! >= 0x30 && bytes[i]! <= 0x39)) bad('after decimal point in numeric literal');
      while (i < n && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++;
    }
    if (i < n && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
      i++;
      if (i < n && (bytes[i] === 0x2b || bytes[i] === 0x2d)) i++;
      if (i >= n) eof();
      if (!(bytes[i]! >= 0x30 && bytes[i]! <= 0x39)) bad('in exponent of numeric literal');
      while (i < n && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++;
    }
    return Number(Buffer.from(bytes.subarray(start, i)).toString('latin1'));
  };
  const string = (): string => {
    i++; // opening quote
    const parts: number[] = [];
    let out = '';
    const flush = (): void => {
      if (parts.length) {
        out += utf8.decode(Uint8Array.from(parts));
        parts.length = 0;
      }
    };
    for (;;) {
      if (i >= n) eof();
      const c = bytes[i]!;
      if (c === 0x22) {
        i++;
        break;
      }
      if (c < 0x20) bad('in string literal');
      if (c === 0x5c) {
        i++;
        if (i >= n) eof();
        const e = bytes[i]!;
        const simple: Record<number, string> = {
          0x22: '"',
          0x5c: '\\',
          0x2f: '/',
          0x62: '\b',
          0x66: '\f',
          0x6e: '\n',
          0x72: '\r',
          0x74: '\t',
        };
        if (simple[e] !== undefined) {
          flush();
          out += simple[e];
          i++;
          continue;
        }
        if (e === 0x75) {
          i++;
          let code = 0;
          for (let k = 0; k < 4; k++) {
            if (i >= n) eof();
            const h = bytes[i]!;
            const v =
              h >= 0x30 && h <= 0x39
                ? h - 0x30
                : h >= 0x61 && h <= 0x66
                  ? h - 87
                  : h >= 0x41 && h <= 0x46
                    ? h - 55
                    : -1;
            if (v < 0) bad('in \\u hexadecimal character escape');
            code = code * 16 + v;
            i++;
          }
          flush();
          out += String.fromCharCode(code);
          continue;
        }
        bad('in string escape code');
      }
      parts.push(c);
      i++;
    }
    flush();
    // Lone surrogates become U+FFFD, as Go does.
    return out.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    );
  };
  const value = (ctx: string): JsonValue => {
    ws();
    if (i >= n) eof();
    const c = bytes[i]!;
    if (c === 0x7b) {
      i++;
      const obj = Object.create(null) as { [k: string]: JsonValue };
      ws();
      if (i >= n) eof();
      if (bytes[i] === 0x7d) {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (i >= n) eof();
        if (bytes[i] !== 0x22) bad('looking for beginning of object key string');
        const k = string();
        ws();
        if (i >= n) eof();
        if (bytes[i] !== 0x3a) bad('after object key');
        i++;
        obj[k] = value('looking for beginning of value');
        ws();
        if (i >= n) eof();
        if (bytes[i] === 0x2c) {
          i++;
          continue;
        }
        if (bytes[i] === 0x7d) {
          i++;
          return obj;
        }
        bad('after object key:value pair');
      }
    }
    if (c === 0x5b) {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (i >= n) eof();
      if (bytes[i] === 0x5d) {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value('looking for beginning of value'));
        ws();
        if (i >= n) eof();
        if (bytes[i] === 0x2c) {
          i++;
          continue;
        }
        if (bytes[i] === 0x5d) {
          i++;
          return arr;
        }
        bad('after array element');
      }
    }
    if (c === 0x22) return string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number();
    if (c === 0x74) return literal('true', true);
    if (c === 0x66) return literal('false', false);
    if (c === 0x6e) return literal('null', null);
    return bad(ctx);
  };
  const v = value('looking for beginning of value');
  ws();
  if (i < n) bad('after top-level value');
  return v;
}

/** Pushes a decoded JSON value as gopher-json does (numbers as floats, null as nil). */
export function pushJsonValue(L: any, v: JsonValue): void {
  const { lua, lauxlib, to_luastring } = fengari();
  lauxlib.luaL_checkstack(L, 3, null);
  if (v === null) lua.lua_pushnil(L);
  else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
  else if (typeof v === 'number') lua.lua_pushnumber(L, v);
  else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
  else if (Array.isArray(v)) {
    lua.lua_createtable(L, v.length, 0);
    v.forEach((item, k) => {
      if (item === null) return;
      pushJsonValue(L, item);
      lua.lua_rawseti(L, -2, k + 1);
    });
  } else {
    lua.lua_createtable(L, 0, 0);
    for (const [k, item] of Object.entries(v)) {
      if (item === null) continue;
      lua.lua_pushstring(L, to_luastring(k));
      pushJsonValue(L, item);
      lua.lua_rawset(L, -3);
    }
  }
}
