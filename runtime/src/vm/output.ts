/**
 * What plugins print: Lua's print and io.write (stream `print`), omega.system.print (coromega:print, stream
 * `coromega`), the log family (stream `log` with a level), coromega:sprint's terminal colours, and string.format
 * as gopher-lua does it (%d/%i/%x/%X/%o/%c truncate non-integral numbers).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { LogLevel, PrintStream } from '../events';
import { colorCodesToAnsi } from '../colors';
import type { HostFn, PluginVM } from './plugin';

const UTF8 = new TextDecoder('utf-8');
const TRUNCATING = 'dixXoc';
const TAB = new Uint8Array([9]);
const NL = new Uint8Array([10]);

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function outputHost(vm: PluginVM): Record<string, HostFn> {
  const { lua, lauxlib } = vm.F;
  const decoder = new TextDecoder('utf-8');
  const emitPrint = (
    text: string,
    stream: PrintStream,
    level?: LogLevel,
    partial?: boolean,
  ): void => {
    vm.emit({
      type: 'print',
      text,
      stream,
      ...(level ? { level } : {}),
      ...(partial ? { partial: true } : {}),
    });
  };
  /** The arguments tostring'ed and joined (omega's print and log take one string; extra values are kept). */
  const joined = (L: any, from: number): string => {
    const parts: string[] = [];
    for (let i = from; i <= lua.lua_gettop(L); i++) parts.push(vm.tostring(L, i));
    return parts.join(' ');
  };
  // string.format as Fengari has it, before compat.lua replaces it
  lua.lua_getglobal(vm.L, vm.str('string'));
  lua.lua_getfield(vm.L, -1, vm.str('format'));
  const rawFormatRef = lauxlib.luaL_ref(vm.L, lua.LUA_REGISTRYINDEX);
  lua.lua_pop(vm.L, 1);
  return {
    print: (L) => {
      const n = lua.lua_gettop(L);
      const chunks: Uint8Array[] = [];
      for (let i = 1; i <= n; i++) {
        if (i > 1) chunks.push(TAB);
        chunks.push(vm.tostringBytes(L, i));
      }
      chunks.push(NL);
      const text = decoder.decode(concatBytes(chunks), { stream: true });
      emitPrint(text.endsWith('\n') ? text.slice(0, -1) : text, 'print');
      return 0;
    },
    write: (L) => {
      const n = lua.lua_gettop(L);
      const chunks: Uint8Array[] = [];
      for (let i = 1; i <= n; i++) {
        const t = lua.lua_type(L, i);
        if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER)
          vm.raise(L, `bad argument #${i} to 'write' (string expected, got ${vm.typeName(L, i)})`);
        chunks.push(vm.tostringBytes(L, i));
      }
      const text = decoder.decode(concatBytes(chunks), { stream: true });
      if (text !== '') emitPrint(text, 'print', undefined, true);
      return 0;
    },
    omega_print: (L) => {
      const text = joined(L, 1);
      emitPrint(text.endsWith('\n') ? text.slice(0, -1) : text, 'coromega');
      return 0;
    },
    log: (L) => {
      emitPrint(joined(L, 2), 'log', vm.jsstr(L, 1) as LogLevel);
      return 0;
    },
    sprint: (L) => {
      lua.lua_pushstring(L, vm.str(colorCodesToAnsi(joined(L, 1))));
      return 1;
    },
    format: (L) => format(vm, rawFormatRef, L),
  };
}

/** The conversion letters of a format string, in argument order (`%%` takes none), by the format's own bytes. */
const conversionsOf = new WeakMap<Uint8Array, string>();

function conversions(fmt: Uint8Array): string {
  let convs = conversionsOf.get(fmt);
  if (convs === undefined) {
    convs = '';
    const re = /%[-+ #0]*\d*(?:\.\d*)?([a-zA-Z%])/g;
    let m: RegExpExecArray | null;
    const text = UTF8.decode(fmt);
    while ((m = re.exec(text)) !== null) if (m[1] !== '%') convs += m[1];
    conversionsOf.set(fmt, convs);
  }
  return convs;
}

/** The value of a number or numeric string argument (NaN for anything else). */
function numberArg(vm: PluginVM, L: any, i: number): number {
  const { lua } = vm.F;
  const t = lua.lua_type(L, i);
  if (t === lua.LUA_TNUMBER) return lua.lua_tonumber(L, i) as number;
  if (t === lua.LUA_TSTRING) return Number(vm.jsstr(L, i));
  return NaN;
}

const hasFraction = (v: number): boolean => Number.isFinite(v) && v !== Math.trunc(v);

/**
 * gopher-lua's string.format: %d/%i/%x/%X/%o/%c take the integer part of a number with a fraction (when some
 * argument is such a number, or a short decimal string). Only the arguments of those conversions are looked at
 * first, so a format without one costs nothing more than Fengari's own.
 */
function format(vm: PluginVM, rawFormatRef: number, L: any): number {
  const { lua } = vm.F;
  const n = lua.lua_gettop(L);
  if (n > 1 && lua.lua_type(L, 1) === lua.LUA_TSTRING) {
    const convs = conversions(lua.lua_tolstring(L, 1) as Uint8Array);
    let truncate: number[] | undefined;
    for (let k = 0; k < convs.length && k + 2 <= n; k++) {
      if (!TRUNCATING.includes(convs[k]!)) continue;
      if (lua.lua_type(L, k + 2) === lua.LUA_TNUMBER && lua.lua_isinteger(L, k + 2)) continue;
      if (hasFraction(numberArg(vm, L, k + 2))) (truncate ??= []).push(k + 2);
    }
    if (truncate && needsTruncation(vm, L, n)) {
      for (const arg of truncate) {
        lua.lua_pushnumber(L, Math.trunc(numberArg(vm, L, arg)));
        lua.lua_replace(L, arg);
      }
    }
  }
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, rawFormatRef);
  lua.lua_insert(L, 1);
  lua.lua_call(L, n, 1);
  return 1;
}

/** Whether some argument is a number with a fraction or a short decimal string. */
function needsTruncation(vm: PluginVM, L: any, n: number): boolean {
  const { lua } = vm.F;
  for (let i = 2; i <= n; i++) {
    const t = lua.lua_type(L, i);
    if (t === lua.LUA_TNUMBER) {
      if (!lua.lua_isinteger(L, i) && hasFraction(lua.lua_tonumber(L, i) as number)) return true;
    } else if (t === lua.LUA_TSTRING) {
      const b = lua.lua_tolstring(L, i) as Uint8Array;
      if (b.length < 64 && b.includes(0x2e) && Number.isFinite(Number(UTF8.decode(b)))) return true;
    }
  }
  return false;
}
