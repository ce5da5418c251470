/** Where the cursor is, in terms of tokens: what completion, hover and signature help start from. */
import type { Analysis } from '../analysis';
import { K, inComment, tokenAtOrBefore } from '../../../lua51/lexer';
import type { Call, Table } from '../analysis/structure';
import type { TypeInfo } from '../analysis/types';

export interface Cursor {
  /** Offset in the analysed text. */
  off: number;
  /** Inside a comment: no help there. */
  comment: boolean;
  /** The string token the cursor is inside, or -1. */
  string: number;
  /** The name/keyword token being typed (cursor inside or at its end), or -1. */
  word: number;
  /** The last significant token before the word (or before the cursor). */
  prev: number;
  /** The innermost bracket enclosing the cursor, or -1. */
  enclosing: number;
}

function isWordKind(k: K): boolean {
  return k === K.Name || (k >= K.And && k <= K.While);
}

export function cursorAt(a: Analysis, offset: number): Cursor {
  const off = offset - a.base;
  const { toks, struct } = a;
  const { kind, start, end } = toks;
  const ti = tokenAtOrBefore(toks, off - 1);
  const res: Cursor = { off, comment: false, string: -1, word: -1, prev: ti, enclosing: -1 };
  if (inComment(toks, off) && !(ti >= 0 && start[ti] < off && off <= end[ti])) {
    res.comment = true;
    return res;
  }
  if (ti < 0) return res;
  const k = kind[ti] as K;
  const touching = off <= end[ti];
  if (k === K.String && touching && (off < end[ti] || toks.unterminated.has(ti))) {
    res.string = ti;
    res.prev = ti - 1;
    res.enclosing = struct.parent[ti];
    return res;
  }
  if (isWordKind(k) && touching) {
    res.word = ti;
    res.prev = ti - 1;
    res.enclosing = struct.parent[ti];
    return res;
  }
  res.prev = ti;
  if (k === K.LParen || k === K.LBrace || k === K.LBracket) res.enclosing = ti;
  else res.enclosing = struct.parent[ti];
  return res;
}

/** The table constructor directly enclosing the cursor, if any. */
export function enclosingTable(a: Analysis, c: Cursor): Table | undefined {
  if (c.enclosing < 0 || a.toks.kind[c.enclosing] !== K.LBrace) return undefined;
  return a.struct.tables.get(c.enclosing);
}

/** What the expression ending at token `t` holds (a player, a listener, a module...), when the catalog knows. */
export function typeBefore(a: Analysis, t: number): TypeInfo | null {
  return t >= 0 ? a.sem.typeAt(t) : null;
}

/** The innermost call to a catalog function whose parentheses hold the cursor, and the active argument. */
export function enclosingCall(a: Analysis, c: Cursor): { call: Call; active: number } | undefined {
  const { kind, start } = a.toks;
  const { parent, fnOf, callByOpen } = a.struct;
  let b = c.enclosing;
  const anchor = c.string >= 0 ? c.string : c.word >= 0 ? c.word : c.prev;
  const fn = anchor >= 0 ? fnOf[anchor] : -1;
  let guard = 0;
  while (b >= 0 && guard++ < 64) {
    // a cursor in a function body passed as an argument is not in the call's argument list
    if (fnOf[b] !== fn) return undefined;
    if (kind[b] === K.LParen) {
      const call = callByOpen.get(b);
      if (call && call.api) {
        let active = 0;
        for (let j = b + 1; j < a.toks.count && start[j] < c.off; j++) {
          if (kind[j] === K.Comma && parent[j] === b) active++;
        }
        return { call, active };
      }
    }
    b = parent[b];
  }
  return undefined;
}
