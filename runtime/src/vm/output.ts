/**
 * What plugins print: Lua's print and io.write (stream `print`), omega.system.print (coromega:print, stream
 * `coromega`), the log family (stream `log` with a level) and coromega:sprint's terminal colours.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { LogLevel, PrintStream } from '../events';
import { colorCodesToAnsi } from '../colors';
import type { HostFn, PluginVM } from './plugin';

const TAB = new Uint8Array([9]);
const NL = new Uint8Array([10]);

export function outputHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
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
  return {
    print: (L) => {
      const n = lua.lua_gettop(L);
      const chunks: Uint8Array[] = [];
      for (let i = 1; i <= n; i++) {
        if (i > 1) chunks.push(TAB);
        chunks.push(vm.tostringBytes(L, i));
      }
      chunks.push(NL);
      const text = decoder.decode(Buffer.concat(chunks), { stream: true });
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
      const text = decoder.decode(Buffer.concat(chunks), { stream: true });
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
  };
}
