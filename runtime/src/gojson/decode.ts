/**
 * Decoding as neomega's `require("json")` does it (Go's json.Unmarshal into interface{}): tables, floats, strings,
 * booleans; `null` becomes nil; invalid text fails with Go's syntax messages.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fengari } from '../lua';

const utf8 = new TextDecoder('utf-8');

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
