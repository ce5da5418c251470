/** Helpers the feature modules share: token ranges, value kinds, near-miss suggestions. */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkVersion, Locale, LuaType } from '../../../catalog';
import type { Analysis } from '../analysis';
import type { TypePass } from '../analysis/types';
import { K } from '../../../lua51/lexer';

/** Per-request context every feature receives. */
export interface FeatureContext {
  doc: TextDocument;
  analysis: Analysis;
  locale: Locale;
  /** The framework version the plugin targets (default: the bundled coromega.lua). */
  framework?: FrameworkVersion;
  /** The plugin's other files (modules it requires), when the server knows where the document is. */
  project?: Project;
}

/**
 * The plugin's files as the features see them: a module a document requires, the file a type pass belongs to (a
 * table a module returns), every file read so far.
 */
export interface Project {
  fileOf(pass: TypePass): FeatureContext | undefined;
  moduleFile(fromUri: string, name: string): FeatureContext | undefined;
  knownFiles(): FeatureContext[];
}

/** The document range from the start of token `a` to the end of token `b`. */
export function tokenRange(ctx: FeatureContext, a: number, b = a): Range {
  const { toks, base } = ctx.analysis;
  return {
    start: ctx.doc.positionAt(base + toks.start[a]),
    end: ctx.doc.positionAt(base + toks.end[b]),
  };
}

export function offsetRange(ctx: FeatureContext, s: number, e: number): Range {
  const base = ctx.analysis.base;
  return { start: ctx.doc.positionAt(base + s), end: ctx.doc.positionAt(base + e) };
}

export function tokenText(a: Analysis, t: number): string {
  return a.toks.text.slice(a.toks.start[t], a.toks.end[t]);
}

/** The Lua type of the value in tokens [s, e), when it is a literal; 'unknown' for other expressions. */
export function valueType(a: Analysis, s: number, e: number): LuaType | 'unknown' {
  const { kind } = a.toks;
  if (s >= e) return 'unknown';
  const k = kind[s] as K;
  if (e === s + 1) {
    switch (k) {
      case K.String:
        return 'string';
      case K.Number:
        return 'number';
      case K.True:
      case K.False:
        return 'boolean';
      case K.Nil:
        return 'nil';
    }
  }
  if (k === K.Minus && kind[s + 1] === K.Number && e === s + 2) return 'number';
  if (k === K.LBrace && a.struct.match[s] === e - 1) return 'table';
  if (k === K.Function) return 'function';
  if (k === K.String && kind[s + 1] === K.Concat) return 'string';
  return 'unknown';
}

/** Edit distance where swapping two neighbouring letters counts once (`nmae` -> `name`, `sya` -> `say`). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return 99;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, i) => i);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
      }
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** The closest candidate within a small edit distance (or equal ignoring case), if any. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = levenshtein(lower, c.toLowerCase());
    const limit = c.length <= 4 ? 1 : 2;
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
