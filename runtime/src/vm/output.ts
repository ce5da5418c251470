/**
 * What plugins print: Lua's print and io.write (stream `print`; io itself is lib51/io.ts), omega.system.print (coromega:print, stream
 * `coromega`), the log family (stream `log` with a level) and coromega:sprint's terminal colours.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { LogLevel, PrintStream } from '../events';
import { TextDecoder } from 'node:util';
import { colorCodesToAnsi } from '../colors';
import type { HostFn, PluginVM } from './plugin';

const TAB = new Uint8Array([9]);
const NL = new Uint8Array([10]);

/** One UTF-8 decoder per plugin for print and io.write, so a character split between two writes stays whole. */
const decoders = new WeakMap<PluginVM, TextDecoder>();
function decoderOf(vm: PluginVM): TextDecoder {
  let d = decoders.get(vm);
  if (!d) decoders.set(vm, (d = new TextDecoder('utf-8')));
  return d;
}

/** Bytes written to io.stdout / io.stderr (io.write): a partial `print` event. */
export function writeOutput(vm: PluginVM, bytes: Uint8Array): void {
  const text = decoderOf(vm).decode(bytes, { stream: true });
  if (text !== '') vm.emit({ type: 'print', text, stream: 'print', partial: true });
}

export function outputHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const decoder = decoderOf(vm);
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
