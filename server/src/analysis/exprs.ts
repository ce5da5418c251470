/**
 * Where a Lua expression ends, read from the tokens and the bracket and block matches alone (no parse tree), so it
 * works in half-typed code: the type pass uses it to find the values of `local a, b = x, y` and to tell a plain
 * suffixed expression (`coromega:get_player(n)`) from one with operators (`a .. b`).
 */
import { K } from '../../../lua51/lexer';

export interface ExprIndex {
  kind: Uint8Array;
  count: number;
  /** For each open bracket: its matching close, -1 when unclosed. */
  match: Int32Array;
  /** For each `function` keyword: its `end`, -1 when unclosed. */
  fnEnd: Map<number, number>;
}

const BINARY: ReadonlySet<K> = new Set([
  K.Plus,
  K.Minus,
  K.Star,
  K.Slash,
  K.Percent,
  K.Caret,
  K.Concat,
  K.Eq,
  K.Ne,
  K.Lt,
  K.Le,
  K.Gt,
  K.Ge,
  K.And,
  K.Or,
]);

/** One past a suffixed expression starting at `t` (`name`, `(e)`, then `.x`, `[e]`, `:m(args)`, `(args)`...). */
export function skipSuffixed(x: ExprIndex, t: number): number {
  const { kind, match, count } = x;
  if (kind[t] === K.Name) t++;
  else if (kind[t] === K.LParen) {
    if (match[t] < 0) return count;
    t = match[t] + 1;
  } else return t;
  for (;;) {
    const k = kind[t] as K;
    if (k === K.Dot) {
      if (kind[t + 1] !== K.Name) return t + 1;
      t += 2;
    } else if (k === K.Colon) {
      if (kind[t + 1] !== K.Name) return t + 1;
      t += 2;
      const a = kind[t] as K;
      if (a === K.String) t++;
      else if (a === K.LParen || a === K.LBrace) {
        if (match[t] < 0) return count;
        t = match[t] + 1;
      } else return t;
    } else if (k === K.LBracket || k === K.LParen || k === K.LBrace) {
      if (match[t] < 0) return count;
      t = match[t] + 1;
    } else if (k === K.String) {
      t++;
    } else {
      return t;
    }
  }
}

function skipSimple(x: ExprIndex, t: number): number {
  const k = x.kind[t] as K;
  switch (k) {
    case K.Number:
    case K.String:
    case K.Nil:
    case K.True:
    case K.False:
    case K.Dots:
      return t + 1;
    case K.LBrace:
      return x.match[t] >= 0 ? x.match[t] + 1 : x.count;
    case K.Function: {
      const e = x.fnEnd.get(t) ?? -1;
      return e >= 0 ? e + 1 : x.count;
    }
    default:
      return skipSuffixed(x, t);
  }
}

/** One past the expression starting at `t` (operators included); `t` itself when no expression starts there. */
export function skipExpr(x: ExprIndex, t: number): number {
  const { kind, count } = x;
  let guard = 0;
  for (;;) {
    while (kind[t] === K.Not || kind[t] === K.Minus || kind[t] === K.Hash) t++;
    const e = skipSimple(x, t);
    if (e === t || e >= count) return e;
    t = e;
    if (!BINARY.has(kind[t] as K) || guard++ > 100_000) return t;
    t++;
  }
}

/** The start tokens of the expression list starting at `t` (`a, f(b), {c}`), and one past its end. */
export function exprList(x: ExprIndex, t: number): { starts: number[]; end: number } {
  const starts: number[] = [];
  for (;;) {
    const e = skipExpr(x, t);
    if (e === t) break;
    starts.push(t);
    if (x.kind[e] !== K.Comma || e >= x.count) return { starts, end: e };
    t = e + 1;
  }
  return { starts, end: t };
}
