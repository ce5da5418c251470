/**
 * The string library as gopher-lua has it (stringlib.go): byte semantics, integer arguments truncated, its
 * pattern matcher (pm.ts), Go's fmt for string.format (goFmt.ts), Unicode case mapping for upper/lower, and its
 * quirks — string.match returns no value at all when nothing matches, string.byte with no range returns every
 * byte from the start, string.find with an empty pattern is always 1, 0, a gsub replacement keeps `%x` as it is,
 * string.rep takes no separator.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Args } from './args';
import { countVerbs, goSprintf, runeAt, runeWidth, type FmtArg } from './goFmt';
import { find, PatternError, type Match } from './pm';

type Fn = (L: any) => number;

const EMPTY = new Uint8Array(0);

/** gopher-lua's luaIndex2StringIndex. */
function strIndex(len: number, i: number, start: boolean): number {
  // Go's int64: -2^63 - 1 wraps around to 2^63 - 1
  if (start && i !== 0) i = i === -9223372036854775808 ? 2 ** 63 : i - 1;
  if (i < 0) i = len + i + 1;
  if (i < 0) i = 0;
  if (!start && i > len) i = len;
  return i;
}

/** Go's uint8(int): the low byte. */
function lowByte(n: number): number {
  return Number(BigInt.asUintN(8, BigInt(n)));
}

export function stringLib(a: Args): Record<string, Fn> {
  const { lua } = a;
  const pushBytes = (L: any, b: Uint8Array): void => {
    lua.lua_pushstring(L, b);
  };
  const matchesOf = (L: any, pat: Uint8Array, src: Uint8Array, offset: number, limit: number) => {
    try {
      return find(pat, src, offset, limit);
    } catch (e) {
      if (e instanceof PatternError) a.raise(L, e.message);
      throw e;
    }
  };
  /** Pushes capture i (slot 2i) of a match: its position, or its text. */
  const pushCapture = (L: any, src: Uint8Array, m: Match, slot: number): void => {
    if (m.pos[slot]) lua.lua_pushnumber(L, m.caps[slot]!);
    else pushBytes(L, src.subarray(m.caps[slot]!, m.caps[slot + 1]!));
  };

  const gmatchIter: Fn = (L) => {
    const st = lua.lua_touserdata(L, 1) as { src: Uint8Array; matches: Match[]; i: number } | null;
    if (!st || !('matches' in st)) a.typeError(L, 1, lua.LUA_TUSERDATA);
    if (st.i === st.matches.length) return 0;
    const m = st.matches[st.i++]!;
    if (m.length === 2) {
      pushBytes(L, st.src.subarray(m.caps[0]!, m.caps[1]!));
      return 1;
    }
    for (let s = 2; s < m.length; s += 2) pushCapture(L, st.src, m, s);
    return m.length / 2 - 1;
  };
  const gmatch: Fn = (L) => {
    const src = a.checkString(L, 1).slice();
    const pat = a.checkString(L, 2);
    const matches = matchesOf(L, pat, src, 0, -1);
    lua.lua_pushcfunction(L, gmatchIter);
    lua.lua_pushlightuserdata(L, { src, matches, i: 0 });
    return 2;
  };

  /** The text a gsub replacement (function result or table value) stands for: gopher-lua's LVAsString. */
  const replacementText = (L: any, idx: number): Uint8Array | undefined => {
    const t = lua.lua_type(L, idx);
    if (t === lua.LUA_TNIL || (t === lua.LUA_TBOOLEAN && !lua.lua_toboolean(L, idx)))
      return undefined;
    if (t === lua.LUA_TSTRING || t === lua.LUA_TNUMBER) return lua.lua_tolstring(L, idx).slice();
    return EMPTY;
  };

  /** Capture `idx` (a slot) as text for a gsub replacement string (gopher-lua's capturedString). */
  const capturedText = (L: any, src: Uint8Array, m: Match, idx: number): Uint8Array => {
    if (idx > 2 && idx >= m.length) a.raise(L, 'invalid capture index');
    if (idx >= m.length && idx === 2) idx = 0;
    if (m.pos[idx]) return Buffer.from(String(m.caps[idx]!));
    return src.subarray(m.caps[idx]!, m.caps[idx + 1]!);
  };

  const gsub: Fn = (L) => {
    const src = a.checkString(L, 1).slice();
    const pat = a.checkString(L, 2);
    const rt = lua.lua_type(L, 3);
    if (rt !== lua.LUA_TSTRING && rt !== lua.LUA_TTABLE && rt !== lua.LUA_TFUNCTION)
      a.argError(L, 3, `string or table or function expected, got ${typeNameOf(a, L, 3)}`);
    const limit = a.optInt(L, 4, -1);
    const matches = matchesOf(L, pat, src, 0, limit);
    if (matches.length === 0) {
      lua.lua_settop(L, 1);
      lua.lua_pushnumber(L, 0);
      return 2;
    }
    const parts: Uint8Array[] = [];
    let last = 0;
    const replaceWith = (m: Match, text: Uint8Array | undefined): void => {
      if (text === undefined) return;
      parts.push(src.subarray(last, m.caps[0]!), text);
      last = m.caps[1]!;
    };
    if (rt === lua.LUA_TSTRING) {
      const repl = lua.lua_tolstring(L, 3) as Uint8Array;
      for (const m of matches) replaceWith(m, expandReplacement(L, repl, src, m));
    } else if (rt === lua.LUA_TTABLE) {
      for (const m of matches) {
        const slot = m.length > 2 ? 2 : 0;
        if (m.pos[slot]) lua.lua_pushnumber(L, m.caps[slot]!);
        else pushBytes(L, src.subarray(m.caps[slot]!, m.caps[slot + 1]!));
        lua.lua_gettable(L, 3);
        replaceWith(m, replacementText(L, -1));
        lua.lua_pop(L, 1);
      }
    } else {
      for (const m of matches) {
        lua.lua_pushvalue(L, 3);
        let n = 0;
        if (m.length > 2) {
          for (let s = 2; s < m.length; s += 2) {
            if (m.pos[s]) lua.lua_pushnumber(L, m.caps[s]!);
            else pushBytes(L, capturedText(L, src, m, s));
            n++;
          }
        } else {
          pushBytes(L, capturedText(L, src, m, 0));
          n = 1;
        }
        lua.lua_call(L, n, 1);
        replaceWith(m, replacementText(L, -1));
        lua.lua_pop(L, 1);
      }
    }
    parts.push(src.subarray(last));
    pushBytes(L, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    lua.lua_pushnumber(L, matches.length);
    return 2;
  };

  /** A replacement string with %0-%9 filled in; any other `%c` stays as it is, `%%` is one `%`. */
  const expandReplacement = (L: any, repl: Uint8Array, src: Uint8Array, m: Match): Uint8Array => {
    if (!repl.includes(0x25)) return repl;
    const out: Uint8Array[] = [];
    let run = 0;
    for (let i = 0; i < repl.length; i++) {
      if (repl[i] !== 0x25) continue;
      if (i === repl.length - 1) break; // a lone % at the end stays
      out.push(repl.subarray(run, i));
      const c = repl[i + 1]!;
      if (c === 0x25) out.push(PERCENT);
      else if (c >= 0x30 && c <= 0x39) out.push(capturedText(L, src, m, 2 * (c - 0x30)));
      else out.push(repl.subarray(i, i + 2));
      i++;
      run = i + 1;
    }
    out.push(repl.subarray(run));
    return Buffer.concat(out);
  };

  const format: Fn = (L) => {
    const fmt = a.checkString(L, 1);
    const top = lua.lua_gettop(L);
    const n = Math.min(countVerbs(fmt), top - 1);
    const args: FmtArg[] = [];
    for (let i = 2; i < n + 2; i++) args.push(fmtArg(a, L, i));
    pushBytes(L, goSprintf(fmt, args));
    return 1;
  };

  const fns: Record<string, Fn> = {
    byte: (L) => {
      const s = a.checkString(L, 1);
      let start = a.optInt(L, 2, 1) - 1;
      let end = a.optInt(L, 3, -1);
      const l = s.length;
      if (start < 0) start = l + start + 1;
      if (end < 0) end = l + end + 1;
      if (lua.lua_gettop(L) === 2) {
        if (start < 0 || start >= l) return 0;
        lua.lua_pushnumber(L, s[start]!);
        return 1;
      }
      start = Math.max(start, 0);
      end = Math.min(end, l);
      if (end < 0 || end <= start || start >= l) return 0;
      a.lauxlib.luaL_checkstack(L, end - start, a.F.to_luastring('string slice too long'));
      for (let i = start; i < end; i++) lua.lua_pushnumber(L, s[i]!);
      return end - start;
    },
    char: (L) => {
      const top = lua.lua_gettop(L);
      const b = new Uint8Array(top);
      for (let i = 1; i <= top; i++) b[i - 1] = lowByte(a.checkInt(L, i));
      pushBytes(L, b);
      return 1;
    },
    dump: (L) => a.raise(L, 'GopherLua does not support the string.dump'),
    find: (L) => {
      const s = a.checkString(L, 1);
      const pat = a.checkString(L, 2);
      if (pat.length === 0) {
        lua.lua_pushnumber(L, 1);
        lua.lua_pushnumber(L, 0);
        return 2;
      }
      const init = strIndex(s.length, a.optInt(L, 3, 1), true);
      const plain = lua.lua_gettop(L) === 4 && lua.lua_toboolean(L, 4);
      if (plain) {
        if (init > s.length)
          a.panic(L, `runtime error: slice bounds out of range [${init}:${s.length}]`);
        const pos = indexOfBytes(s, pat, init);
        if (pos < 0) {
          lua.lua_pushnil(L);
          return 1;
        }
        lua.lua_pushnumber(L, pos + 1);
        lua.lua_pushnumber(L, pos + pat.length);
        return 2;
      }
      const src = s.slice();
      const mds = matchesOf(L, pat, src, init, 1);
      if (mds.length === 0) {
        lua.lua_pushnil(L);
        return 1;
      }
      const m = mds[0]!;
      lua.lua_pushnumber(L, m.caps[0]! + 1);
      lua.lua_pushnumber(L, m.caps[1]!);
      for (let i = 2; i < m.length; i += 2) pushCapture(L, src, m, i);
      return m.length / 2 + 1;
    },
    format,
    gsub,
    len: (L) => {
      lua.lua_pushnumber(L, a.checkString(L, 1).length);
      return 1;
    },
    lower: (L) => {
      pushBytes(L, mapCase(a.checkString(L, 1), false));
      return 1;
    },
    match: (L) => {
      const s = a.checkString(L, 1).slice();
      const pat = a.checkString(L, 2);
      let offset = a.optInt(L, 3, 1);
      if (offset < 0) offset = s.length + offset + 1;
      offset--;
      if (offset < 0) offset = 0;
      const mds = matchesOf(L, pat, s, offset, 1);
      if (mds.length === 0) return 0;
      const m = mds[0]!;
      if (m.length / 2 === 1) {
        pushBytes(L, s.subarray(m.caps[0]!, m.caps[1]!));
        return 1;
      }
      for (let i = 2; i < m.length; i += 2) pushCapture(L, s, m, i);
      return m.length / 2 - 1;
    },
    rep: (L) => {
      const s = a.checkString(L, 1);
      const n = a.checkInt(L, 2);
      if (n <= 0 || s.length === 0) {
        pushBytes(L, EMPTY);
        return 1;
      }
      // gopher-lua runs out of memory (neomega stops); here it is a Lua error.
      if (s.length * n > 0x7fffffff) a.raise(L, 'resulting string too large');
      const out = new Uint8Array(s.length * n);
      for (let i = 0; i < n; i++) out.set(s, i * s.length);
      pushBytes(L, out);
      return 1;
    },
    reverse: (L) => {
      pushBytes(L, a.checkString(L, 1).slice().reverse());
      return 1;
    },
    sub: (L) => {
      const s = a.checkString(L, 1);
      const start = strIndex(s.length, a.checkInt(L, 2), true);
      const end = strIndex(s.length, a.optInt(L, 3, -1), false);
      if (start >= s.length || end < start) pushBytes(L, EMPTY);
      else pushBytes(L, s.subarray(start, end));
      return 1;
    },
    upper: (L) => {
      pushBytes(L, mapCase(a.checkString(L, 1), true));
      return 1;
    },
    gmatch,
  };
  return fns;
}

const PERCENT = new Uint8Array([0x25]);
const ENC = new TextEncoder();

/** Go's strings.ToUpper / ToLower: ASCII bytes alone, else rune by rune (invalid bytes become U+FFFD). */
function mapCase(s: Uint8Array, upper: boolean): Uint8Array {
  let ascii = true;
  let change = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (upper ? c >= 0x61 && c <= 0x7a : c >= 0x41 && c <= 0x5a) change = true;
  }
  if (ascii) {
    if (!change) return s;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      out[i] = upper ? (c >= 0x61 && c <= 0x7a ? c - 32 : c) : c >= 0x41 && c <= 0x5a ? c + 32 : c;
    }
    return out;
  }
  // Rune by rune with Unicode's simple case mapping (one code point to one); each invalid byte is U+FFFD.
  let out = '';
  for (let i = 0; i < s.length;) {
    const w = runeWidth(s, i, s.length);
    const r = w === 1 && s[i]! >= 0x80 ? 0xfffd : runeAt(s, i, w);
    const ch = String.fromCodePoint(r);
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += m.length === ch.length || [...m].length === 1 ? m : ch;
    i += w;
  }
  return ENC.encode(out);
}

function typeNameOf(a: Args, L: any, i: number): string {
  const t = a.lua.lua_type(L, i);
  return t <= 0 ? 'nil' : a.F.to_jsstring(a.lua.lua_typename(L, t));
}

const GO_TYPES: Record<string, string> = {
  table: '*lua.LTable',
  function: '*lua.LFunction',
  userdata: '*lua.LUserData',
  thread: '*lua.LState',
};

/** A Lua value as string.format's Go formatting sees it. */
function fmtArg(a: Args, L: any, i: number): FmtArg {
  const { lua } = a;
  switch (lua.lua_type(L, i)) {
    case lua.LUA_TNUMBER:
      return { kind: 'number', n: lua.lua_tonumber(L, i) };
    case lua.LUA_TSTRING:
      return { kind: 'string', b: lua.lua_tolstring(L, i) };
    case lua.LUA_TBOOLEAN:
      return { kind: 'bool', v: lua.lua_toboolean(L, i) };
    case lua.LUA_TNIL:
    case lua.LUA_TNONE:
      return { kind: 'nil' };
    default: {
      const type = typeNameOf(a, L, i);
      // The value's own text, never its __tostring (Go's String() of the value).
      lua.lua_pushfstring(
        L,
        a.F.to_luastring('%s: %p'),
        a.F.to_luastring(type),
        lua.lua_topointer(L, i),
      );
      const text = a.F.to_jsstring(lua.lua_tolstring(L, -1));
      lua.lua_pop(L, 1);
      return { kind: 'other', type: GO_TYPES[type] ?? type, text };
    }
  }
}

/** Where `pat` (not empty) first occurs in `s` at or after `from`, or -1. */
function indexOfBytes(s: Uint8Array, pat: Uint8Array, from: number): number {
  const first = pat[0]!;
  const last = s.length - pat.length;
  for (let i = s.indexOf(first, from); i >= 0 && i <= last; i = s.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pat.length && s[i + j] === pat[j]) j++;
    if (j === pat.length) return i;
  }
  return -1;
}
