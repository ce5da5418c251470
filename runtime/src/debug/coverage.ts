/**
 * Line coverage of plugin tests (`coromega-run --test --coverage`): the debugger's line hook, reduced to counting.
 * Lines that can be covered are those Lua gives instructions to (the main chunk's closing return, which a plugin
 * running `coromega:run()` never reaches, aside). Results merge across tests and become lcov (`lcov.info`) and a
 * summary per file.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rewriteLua51Escapes } from '../../../lua51/escapes';
import type { VmAttachment } from '../host';
import { fengari } from '../lua';
import type { PluginVM } from '../vm/plugin';

const UTF8 = new TextDecoder('utf-8');
const OP_RETURN = 38;

/** Hits per line of one file (absolute path). */
export type FileHits = Record<number, number>;
export interface CoverageData {
  [file: string]: FileHits;
}

/** The lines of a Lua text a test can cover. */
export function coverableLines(text: string): Set<number> {
  const { lua, lauxlib, to_luastring } = fengari();
  const L = lauxlib.luaL_newstate();
  const bytes = to_luastring(rewriteLua51Escapes(text.replace(/^\uFEFF/, '')).text);
  const lines = new Set<number>();
  if (lauxlib.luaL_loadbuffer(L, bytes, bytes.length, to_luastring('=cover')) !== lua.LUA_OK)
    return lines;
  const walk = (p: any, main: boolean): void => {
    const info = p.lineinfo as number[];
    info.forEach((l, i) => {
      const last = i === info.length - 1;
      // The main chunk's implicit `return` at the end of the file: never reached by a plugin that runs its loop.
      if (main && last && p.code[i]?.opcode === OP_RETURN && info.indexOf(l) === i) return;
      lines.add(l);
    });
    for (const c of p.p as any[]) walk(c, false);
  };
  walk(L.stack[L.top - 1].value.p, true);
  return lines;
}

/** Counts the lines plugins run (attached to a run like a debugger). */
export class Coverage implements VmAttachment {
  private readonly files = new Map<string, Map<number, number>>();
  private readonly protos = new WeakMap<any, Map<number, number> | null>();

  attach(vm: PluginVM): void {
    const { lua } = vm.F;
    lua.lua_sethook(
      vm.L,
      (_L: any, ar: any) => {
        const p = ar.i_ci.func.value.p;
        let m = this.protos.get(p);
        if (m === undefined) m = this.fileOf(p);
        if (m !== null) m.set(ar.currentline, (m.get(ar.currentline) ?? 0) + 1);
      },
      lua.LUA_MASKLINE,
      0,
    );
  }

  detach(): void {}

  private fileOf(p: any): Map<number, number> | null {
    const src = p.source ? UTF8.decode(p.source.getstr()) : '';
    let m: Map<number, number> | null = null;
    if (src.startsWith('@')) {
      const file = path.resolve(src.slice(1));
      m = this.files.get(file) ?? new Map();
      this.files.set(file, m);
    }
    this.protos.set(p, m);
    return m;
  }

  data(): CoverageData {
    const out: CoverageData = {};
    for (const [file, m] of this.files) out[file] = Object.fromEntries(m);
    return out;
  }
}

/** Adds `more` into `into`. */
export function mergeCoverage(into: CoverageData, more: CoverageData): void {
  for (const [file, hits] of Object.entries(more)) {
    const t = (into[file] ??= {});
    for (const [line, n] of Object.entries(hits)) t[Number(line)] = (t[Number(line)] ?? 0) + n;
  }
}

export interface FileCoverage {
  file: string;
  /** Every coverable line and its hits (0: missed). */
  lines: Array<[number, number]>;
  covered: number;
  total: number;
}

/** Per file: the coverable lines with their hits (files that are not on disk, or under node_modules, left out). */
export function summarize(data: CoverageData): FileCoverage[] {
  const out: FileCoverage[] = [];
  for (const file of Object.keys(data).sort()) {
    if (/[\\/]node_modules[\\/]/.test(file) || !fs.existsSync(file)) continue;
    const hits = data[file]!;
    const coverable = coverableLines(fs.readFileSync(file, 'utf8'));
    for (const l of Object.keys(hits)) coverable.add(Number(l));
    const lines = [...coverable]
      .sort((a, b) => a - b)
      .map((l): [number, number] => [l, hits[l] ?? 0]);
    out.push({ file, lines, covered: lines.filter(([, n]) => n > 0).length, total: lines.length });
  }
  return out;
}

/** The lcov text of these files. */
export function lcov(files: FileCoverage[]): string {
  let s = '';
  for (const f of files) {
    s += `TN:\nSF:${f.file}\n`;
    for (const [l, n] of f.lines) s += `DA:${l},${n}\n`;
    s += `LF:${f.total}\nLH:${f.covered}\nend_of_record\n`;
  }
  return s;
}
