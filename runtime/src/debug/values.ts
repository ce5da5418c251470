/**
 * How a Lua value reads in the Variables view, the hover and the Debug Console: numbers as gopher-lua prints them,
 * strings quoted (with a readable copy when they carry `§` colour codes), tables as a short preview, and the
 * runtime's objects (coromega, players, databases...) by their class with what tells them apart.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { stripColorCodes } from '../colors';
import { goNumberString, type Fengari } from '../lua';

const UTF8 = new TextDecoder('utf-8', { fatal: false });
const MAX_TEXT = 2000;

export interface ValueText {
  text: string;
  type: string;
  /** Whether the value has children (a table, or a function's upvalues). */
  expandable: boolean;
}

/** A Lua string literal for `s` (UTF-8 shown as it is, control bytes escaped). */
export function quote(bytes: Uint8Array): string {
  const s = UTF8.decode(bytes.length > MAX_TEXT ? bytes.subarray(0, MAX_TEXT) : bytes);
  // eslint-disable-next-line no-control-regex
  const body = s.replace(/[\\"\n\r\t\0-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\${c.charCodeAt(0)}`;
    }
  });
  return `"${body}${bytes.length > MAX_TEXT ? '…' : ''}"`;
}

export class ValueFormatter {
  constructor(
    private readonly F: Fengari,
    /** A player's name from their uuid (the world's), for player objects. */
    private readonly playerName: (uuid: string) => string | undefined,
  ) {}

  private str(L: any, idx: number): string {
    const b = this.F.lua.lua_tolstring(L, idx) as Uint8Array | null;
    return b ? UTF8.decode(b) : '';
  }

  /** The value at `idx` of `L` (the stack is left as it was). */
  describe(L: any, idx: number, depth = 0): ValueText {
    const { lua } = this.F;
    const t = lua.lua_type(L, idx);
    switch (t) {
      case lua.LUA_TNIL:
      case lua.LUA_TNONE:
        return { text: 'nil', type: 'nil', expandable: false };
      case lua.LUA_TBOOLEAN:
        return {
          text: lua.lua_toboolean(L, idx) ? 'true' : 'false',
          type: 'boolean',
          expandable: false,
        };
      case lua.LUA_TNUMBER:
        return {
          text: goNumberString(lua.lua_tonumber(L, idx) as number),
          type: 'number',
          expandable: false,
        };
      case lua.LUA_TSTRING: {
        const b = lua.lua_tolstring(L, idx) as Uint8Array;
        let text = quote(b);
        if (text.includes('§')) {
          const plain = stripColorCodes(UTF8.decode(b));
          text += `  ‹${plain.length > 200 ? plain.slice(0, 200) + '…' : plain}›`;
        }
        return { text, type: 'string', expandable: false };
      }
      case lua.LUA_TTABLE:
        return { text: this.table(L, idx, depth), type: 'table', expandable: true };
      case lua.LUA_TFUNCTION:
        return { text: this.fn(L, idx), type: 'function', expandable: false };
      case lua.LUA_TTHREAD:
        return { text: 'thread', type: 'thread', expandable: false };
      default:
        return {
          text: lua.lua_typename(L, t) ? this.F.to_jsstring(lua.lua_typename(L, t)) : '?',
          type: 'userdata',
          expandable: false,
        };
    }
  }

  private fn(L: any, idx: number): string {
    const { lua } = this.F;
    const ar = new lua.lua_Debug();
    lua.lua_pushvalue(L, idx);
    lua.lua_getinfo(L, this.F.to_luastring('>S', true), ar);
    const src = ar.source ? UTF8.decode(ar.source) : '';
    if (ar.what === this.F.to_luastring('C', true) || src === '=[JS]' || src === '=[C]')
      return 'function: builtin';
    const name = src.startsWith('@') ? src.slice(1).split(/[\\/]/).pop() : src.replace(/^=/, '');
    return `function: ${name}:${ar.linedefined}`;
  }

  /** The class of a runtime object (its metatable's `_cname`), or undefined for a plain table. */
  className(L: any, idx: number): string | undefined {
    const { lua } = this.F;
    if (!lua.lua_getmetatable(L, idx)) return undefined;
    lua.lua_pushstring(L, this.F.to_luastring('_cname', true));
    lua.lua_rawget(L, -2);
    const name = lua.lua_type(L, -1) === lua.LUA_TSTRING ? this.str(L, -1) : undefined;
    lua.lua_pop(L, 2);
    return name;
  }

  private table(L: any, idx: number, depth: number): string {
    const { lua } = this.F;
    const abs = lua.lua_absindex(L, idx);
    const cls = this.className(L, abs);
    if (cls) return this.object(L, abs, cls);
    if (depth > 0) return '{…}';
    const n = lua.lua_rawlen(L, abs) as number;
    const parts: string[] = [];
    let count = 0;
    lua.lua_checkstack(L, 6);
    lua.lua_pushnil(L);
    while (lua.lua_next(L, abs) !== 0) {
      count++;
      if (parts.length < 5) {
        const isIndex =
          lua.lua_type(L, -2) === lua.LUA_TNUMBER &&
          Number.isInteger(lua.lua_tonumber(L, -2)) &&
          (lua.lua_tonumber(L, -2) as number) >= 1 &&
          (lua.lua_tonumber(L, -2) as number) <= n;
        const v = this.describe(L, -1, depth + 1).text;
        parts.push(isIndex ? v : `${this.keyText(L, -2)}=${v}`);
      }
      lua.lua_pop(L, 1);
    }
    if (count === 0) return '{}';
    return `{${parts.join(', ')}${count > parts.length ? ', …' : ''}}${count > 5 ? ` (${count})` : ''}`;
  }

  /** A key as it is written in Lua: `name`, `[1]`, `["with space"]`. */
  keyText(L: any, idx: number): string {
    const { lua } = this.F;
    if (lua.lua_type(L, idx) === lua.LUA_TSTRING) {
      const s = this.str(L, idx);
      return /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(s)
        ? s
        : `[${quote(lua.lua_tolstring(L, idx))}]`;
    }
    return `[${this.describe(L, idx, 1).text}]`;
  }

  private field(L: any, idx: number, name: string): string | undefined {
    const { lua } = this.F;
    lua.lua_pushstring(L, this.F.to_luastring(name, true));
    lua.lua_rawget(L, idx < 0 ? idx - 1 : idx);
    const t = lua.lua_type(L, -1);
    const v = t === lua.LUA_TSTRING || t === lua.LUA_TNUMBER ? this.str(L, -1) : undefined;
    lua.lua_pop(L, 1);
    return v;
  }

  private object(L: any, idx: number, cls: string): string {
    const { lua } = this.F;
    if (cls === 'CoroPlayer') {
      lua.lua_pushstring(L, this.F.to_luastring('player_kit', true));
      lua.lua_rawget(L, idx);
      const uuid = lua.lua_type(L, -1) === lua.LUA_TTABLE ? this.field(L, -1, 'uuid') : undefined;
      lua.lua_pop(L, 1);
      const name = uuid ? this.playerName(uuid) : undefined;
      return `CoroPlayer ${name ?? uuid ?? ''}`.trim();
    }
    const label =
      this.field(L, idx, 'name') ?? this.field(L, idx, 'id') ?? this.field(L, idx, 'uuid');
    return label ? `${cls} ${label}` : cls;
  }
}
