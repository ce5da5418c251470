/**
 * Breakpoints as the user set them and as they bind: by file (absolute path) and line. A line without code moves to
 * the next line that has some (the lines Lua's compiler gives instructions to, read from the file's compiled
 * functions), and the reply says where. Conditions and logpoint expressions are compiled when set, so one that does
 * not compile is a message at the breakpoint (verified: false), never a failure later. Hit conditions take
 * `N` (break from the N-th hit on), `>N`, `>=N`, `==N`, `<N`, `<=N`, `%N`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { rewriteLua51Escapes } from '../../../lua51/escapes';
import { fengari } from '../lua';
import { tr, type Lang } from '../messages';

export interface Breakpoint {
  id: number;
  file: string;
  line: number;
  condition?: string;
  hit?: (n: number) => boolean;
  /** Logpoint: literal text and `{expression}` parts. */
  log?: Array<string | { expr: string }>;
  hits: number;
  verified: boolean;
  message?: string;
}

/** A file's key: its absolute, normalised path (lower case where file names ignore case). */
export function fileKey(p: string): string {
  const abs = path.resolve(p);
  return process.platform === 'win32' || process.platform === 'darwin' ? abs.toLowerCase() : abs;
}

/** The lines of a Lua text that hold code, or the compiler's message. */
export function codeLines(text: string): Set<number> | string {
  const { lua, lauxlib } = fengari();
  const L = lauxlib.luaL_newstate();
  const bytes = fengari().to_luastring(rewriteLua51Escapes(text.replace(/^\uFEFF/, '')).text);
  if (lauxlib.luaL_loadbuffer(L, bytes, bytes.length, fengari().to_luastring('=check')) !== 0)
    return lua.lua_tojsstring(L, -1) as string;
  const lines = new Set<number>();
  const walk = (p: any): void => {
    for (const l of p.lineinfo as number[]) lines.add(l);
    for (const c of p.p as any[]) walk(c);
  };
  walk(L.stack[L.top - 1].value.p);
  return lines;
}

/** Whether an expression compiles (as Lua sees `return (expr)`); the compiler's message when not. */
export function checkExpression(expr: string): string | undefined {
  const { lua, lauxlib, to_luastring } = fengari();
  const L = lauxlib.luaL_newstate();
  const bytes = to_luastring(`return (${expr})`);
  if (lauxlib.luaL_loadbuffer(L, bytes, bytes.length, to_luastring('=expr')) === 0)
    return undefined;
  return (lua.lua_tojsstring(L, -1) as string).replace(/^expr:\d+:\s*/, '');
}

function parseHit(text: string): ((n: number) => boolean) | undefined {
  const m = /^\s*(>=|<=|={1,3}|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const v = Number(m[2]);
  switch (m[1] ?? '>=') {
    case '>':
      return (n) => n > v;
    case '>=':
      return (n) => n >= v;
    case '<':
      return (n) => n < v;
    case '<=':
      return (n) => n <= v;
    case '%':
      return (n) => v > 0 && n % v === 0;
    default:
      return (n) => n === v;
  }
}

/** `x = {x}, y = {t.y}` as text and expressions; `{{` and `}}` stand for braces. */
export function parseLogMessage(text: string): Array<string | { expr: string }> {
  const out: Array<string | { expr: string }> = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      lit += c;
      i++;
    } else if (c === '{') {
      const end = text.indexOf('}', i + 1);
      if (end < 0) {
        lit += text.slice(i);
        break;
      }
      if (lit) out.push(lit);
      lit = '';
      out.push({ expr: text.slice(i + 1, end) });
      i = end;
    } else lit += c;
  }
  if (lit) out.push(lit);
  return out;
}

export class Breakpoints {
  /** Bumped on every change: the hook's per-function answers are computed again. */
  version = 1;
  private readonly byFile = new Map<string, Breakpoint[]>();
  private readonly lines = new Map<string, { mtime: number; lines: Set<number> | string }>();
  private nextId = 1;

  constructor(private readonly lang: Lang) {}

  of(file: string): Breakpoint[] | undefined {
    return this.byFile.get(file);
  }

  get any(): boolean {
    return this.byFile.size > 0;
  }

  /** Replaces a file's breakpoints (a DAP setBreakpoints) and says how each one bound. */
  set(source: string, wanted: DebugProtocol.SourceBreakpoint[]): DebugProtocol.Breakpoint[] {
    const t = (zh: string, en: string): string => tr(this.lang, zh, en);
    const file = fileKey(source);
    const old = this.byFile.get(file) ?? [];
    const code = this.codeLinesOf(source);
    const list: Breakpoint[] = [];
    const replies: DebugProtocol.Breakpoint[] = [];
    for (const w of wanted) {
      let line = w.line;
      let message: string | undefined;
      let verified = true;
      if (typeof code === 'string') {
        verified = false;
        message = t(`文件无法编译：${code}`, `the file does not compile: ${code}`);
      } else {
        let next = line;
        const last = Math.max(0, ...code);
        while (next <= last && !code.has(next)) next++;
        if (next > last) {
          verified = false;
          message = t('这一行之后没有代码', 'no code at or after this line');
        } else line = next;
      }
      const bp: Breakpoint = { id: 0, file, line, hits: 0, verified };
      if (w.condition?.trim()) {
        const bad = checkExpression(w.condition);
        if (bad) {
          bp.verified = verified = false;
          message = t(`条件无法编译：${bad}`, `the condition does not compile: ${bad}`);
        } else bp.condition = w.condition;
      }
      if (w.hitCondition?.trim()) {
        const hit = parseHit(w.hitCondition);
        if (!hit) {
          bp.verified = verified = false;
          message = t(
            `命中次数应写成 N、>N、>=N、==N、<N、<=N 或 %N：${w.hitCondition}`,
            `a hit count is N, >N, >=N, ==N, <N, <=N or %N: ${w.hitCondition}`,
          );
        } else bp.hit = hit;
      }
      if (w.logMessage !== undefined) {
        bp.log = parseLogMessage(w.logMessage);
        for (const part of bp.log) {
          if (typeof part === 'string') continue;
          const bad = checkExpression(part.expr);
          if (bad) {
            bp.verified = verified = false;
            message = t(
              `{${part.expr}} 无法编译：${bad}`,
              `{${part.expr}} does not compile: ${bad}`,
            );
          }
        }
      }
      // The same breakpoint set again keeps its id and its hits.
      const same = old.find(
        (o) =>
          o.line === line &&
          o.condition === bp.condition &&
          JSON.stringify(o.log) === JSON.stringify(bp.log),
      );
      bp.id = same?.id ?? this.nextId++;
      bp.hits = same?.hits ?? 0;
      if (message) bp.message = message;
      list.push(bp);
      replies.push({
        id: bp.id,
        verified,
        line,
        source: { path: source },
        ...(message ? { message } : {}),
      });
    }
    if (list.length > 0) this.byFile.set(file, list);
    else this.byFile.delete(file);
    this.version++;
    return replies;
  }

  private codeLinesOf(source: string): Set<number> | string {
    let st: fs.Stats;
    try {
      st = fs.statSync(source);
    } catch {
      return tr(this.lang, `找不到文件 ${source}`, `file not found: ${source}`);
    }
    const known = this.lines.get(source);
    if (known && known.mtime === st.mtimeMs) return known.lines;
    const lines = codeLines(fs.readFileSync(source, 'utf8'));
    this.lines.set(source, { mtime: st.mtimeMs, lines });
    return lines;
  }
}
