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

function format(vm: PluginVM, rawFormatRef: number, L: any): number {
  const { lua } = vm.F;
  const n = lua.lua_gettop(L);
  let needs = false;
  for (let i = 2; i <= n && !needs; i++) {
    const t = lua.lua_type(L, i);
    if (t === lua.LUA_TNUMBER) {
      if (!lua.lua_isinteger(L, i)) {
        const v = lua.lua_tonumber(L, i) as number;
        needs = Number.isFinite(v) && v !== Math.trunc(v);
      }
    } else if (t === lua.LUA_TSTRING) {
      const b = lua.lua_tolstring(L, i) as Uint8Array;
      needs = b.length < 64 && b.includes(0x2e) && Number.isFinite(Number(UTF8.decode(b)));
    }
  }
  if (needs && lua.lua_type(L, 1) === lua.LUA_TSTRING) {
    const fmt = vm.jsstr(L, 1);
    const re = /%[-+ #0]*\d*(?:\.\d*)?([a-zA-Z%])/g;
    let m: RegExpExecArray | null;
    let arg = 1;
    while ((m = re.exec(fmt)) !== null) {
      const conv = m[1]!;
      if (conv === '%') continue;
      arg++;
      if (arg > n) break;
      if (!'dixXoc'.includes(conv)) continue;
      const t = lua.lua_type(L, arg);
      if (t !== lua.LUA_TNUMBER && t !== lua.LUA_TSTRING) continue;
      const v =
        t === lua.LUA_TNUMBER ? (lua.lua_tonumber(L, arg) as number) : Number(vm.jsstr(L, arg));
      if (Number.isFinite(v) && v !== Math.trunc(v)) {
        lua.lua_pushnumber(L, Math.trunc(v));
        lua.lua_replace(L, arg);
      }
    }
  }
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, rawFormatRef);
  lua.lua_insert(L, 1);
  lua.lua_call(L, n, 1);
  return 1;
}
