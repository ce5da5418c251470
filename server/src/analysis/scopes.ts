/**
 * Scopes: which declaration every name refers to, as Lua 5.1 resolves it. One pass over the tokens with a stack of
 * scopes, driven by the blocks the structure pass found (so it tolerates the same broken text): a function's
 * parameters and implicit `self`, `local` (visible after its whole statement: `local x = x` reads the outer `x`),
 * `local function` (visible in its own body), loop variables (visible after `do`), and the branches of an `if`,
 * each a block of its own. A `repeat` body's locals are visible in its `until` condition.
 *
 * Every Name token gets one answer: the declaration it resolves to, a global, or "not a variable" (a field after
 * `.`/`:`, a table key, a label). Definition, references, highlight, rename, the type pass and semantic tokens all
 * read this.
 */
import { exprList, skipExpr } from './exprs';
import { K, type Tokens } from '../../../lua51/lexer';
import type { Block, Structure } from './structure';

export type DeclKind = 'local' | 'function' | 'param' | 'for' | 'self';

export interface Decl {
  id: number;
  name: string;
  /** The declaring name token (for `self`: the method's name token). */
  tok: number;
  kind: DeclKind;
  /** The first token where the name is visible. */
  from: number;
  /** The token that closes the scope it lives in (the name is visible before it). */
  to: number;
  /** The `function` keyword of the function whose body declares it (its own for parameters), -1 on the main chunk. */
  fnTok: number;
  /** `self`: the `function` keyword of the method. */
  method?: number;
}

/** `ref` values that are not declarations. */
export const GLOBAL = -1;
export const NOT_VARIABLE = -2;

export interface Scopes {
  decls: Decl[];
  /** For each token: the id of the declaration a Name resolves to, GLOBAL, or NOT_VARIABLE (also non-Name tokens). */
  ref: Int32Array;
  /** 1 where a Name token is written: declared, assigned, or the name of `function x()`. */
  write: Uint8Array;
  /** The tokens that refer to each declaration (its own token first when it has one), by declaration id. */
  readonly refs: number[][];
  /** Tokens of each global name, in source order. */
  readonly globals: Map<string, number[]>;
}

interface Scope {
  /** Declarations made in this scope (to set their `to` and hide them when it closes). */
  own: number[];
  closed: boolean;
}

interface Pending {
  names: number[];
  scope: Scope;
  at: number;
  fnTok: number;
}

export function buildScopes(toks: Tokens, struct: Structure): Scopes {
  const { kind, text, start, end } = toks;
  const n = toks.count;
  const { parent, fnOf, exprs } = struct;
  const ref = new Int32Array(n).fill(NOT_VARIABLE);
  const write = new Uint8Array(n);
  const resolved = new Uint8Array(n);
  const decls: Decl[] = [];

  const name = (t: number): string => text.slice(start[t], end[t]);

  // blocks are in source order: the next one to open is `blocks[nb]`
  const blocks = struct.blocks;
  let nb = 0;
  let nextOpen = blocks.length ? blocks[0].openTok : n;
  /** The declarations in force, per name (innermost last). */
  const active = new Map<string, number[]>();

  const scopes: Scope[] = [{ own: [], closed: false }];
  /** Open blocks: the block and the scope it pushed (null until its body starts). */
  const open: { b: Block; scope: Scope | null; forVars?: number[] }[] = [];
  /** Where the innermost open block closes (-1: none open). */
  let topClose = -1;
  const pending: Pending[] = [];
  /** The earliest `at` among `pending`. */
  let pendingAt = n;
  const bindings = struct.bindings;
  let bi = 0;

  const declare = (
    t: number,
    kind_: DeclKind,
    scope: Scope,
    from: number,
    fnTok: number,
    method?: number,
  ): number => {
    const id = decls.length;
    const nm = kind_ === 'self' ? 'self' : name(t);
    decls.push({ id, name: nm, tok: t, kind: kind_, from, to: n - 1, fnTok, method });
    scope.own.push(id);
    if (!scope.closed) {
      const stack = active.get(nm);
      if (stack) stack.push(id);
      else active.set(nm, [id]);
    }
    if (kind_ !== 'self') {
      ref[t] = id;
      write[t] = 1;
      resolved[t] = 1;
    }
    return id;
  };
  const pushScope = (): Scope => {
    const s: Scope = { own: [], closed: false };
    scopes.push(s);
    return s;
  };
  const popScope = (s: Scope | null, closeTok: number): void => {
    if (!s) return;
    const idx = scopes.lastIndexOf(s);
    if (idx <= 0) return;
    for (let j = scopes.length - 1; j >= idx; j--) {
      const sc = scopes[j];
      sc.closed = true;
      for (let q = sc.own.length - 1; q >= 0; q--) {
        const d = decls[sc.own[q]];
        d.to = closeTok;
        active.get(d.name)?.pop();
      }
    }
    scopes.length = idx;
  };
  const top = (): Scope => scopes[scopes.length - 1];
  /** Where a `repeat` scope closes: after its `until` condition. */
  const repeatClose = new Map<number, Scope>();
  let repeats = 0;

  for (let i = 0; i < n; i++) {
    // locals whose statement has ended become visible
    if (pendingAt <= i) {
      for (let p = pending.length - 1; p >= 0; p--) {
        const pd = pending[p];
        if (pd.at > i) continue;
        pending.splice(p, 1);
        for (const t of pd.names) declare(t, 'local', pd.scope, pd.at, pd.fnTok);
      }
      pendingAt = n;
      for (const pd of pending) if (pd.at < pendingAt) pendingAt = pd.at;
    }
    if (repeats) {
      const rs = repeatClose.get(i);
      if (rs) {
        popScope(rs, i);
        repeatClose.delete(i);
        repeats = repeatClose.size;
      }
    }
    const k = kind[i] as K;
    let b: Block | undefined;
    if (i === nextOpen) {
      b = blocks[nb++];
      nextOpen = nb < blocks.length ? blocks[nb].openTok : n;
    }
    if (b) {
      open.push({ b, scope: null });
      topClose = b.closeTok;
      if (k === K.Do || k === K.Repeat) open[open.length - 1].scope = pushScope();
      if (k === K.Function) {
        const entry = open[open.length - 1];
        // `function a.b:c(` : `a` is read, `b`, `c` are fields; `self` and the parameters live in the body
        let j = i + 1;
        let colon = -1;
        while (j < n && (kind[j] === K.Name || kind[j] === K.Dot || kind[j] === K.Colon)) {
          if (kind[j] === K.Colon) colon = j;
          j++;
        }
        const lp = kind[j] === K.LParen ? j : -1;
        // resolve the name part now, before the parameters are visible
        if (j > i + 1 && kind[i + 1] === K.Name && !(i >= 1 && kind[i - 1] === K.Local)) {
          resolveName(i + 1);
          if (kind[i + 2] !== K.Dot && kind[i + 2] !== K.Colon) write[i + 1] = 1;
        }
        const s = pushScope();
        entry.scope = s;
        if (colon >= 0 && kind[colon + 1] === K.Name)
          declare(colon + 1, 'self', s, lp >= 0 ? lp : i, i, i);
        if (lp >= 0) {
          for (let q = lp + 1; q < n && kind[q] !== K.RParen; q++) {
            if (kind[q] === K.Name) declare(q, 'param', s, lp, i);
            else if (kind[q] !== K.Comma && kind[q] !== K.Dots) break;
          }
        }
      } else if (k === K.For) {
        const vars: number[] = [];
        for (let j = i + 1; j < n && (kind[j] === K.Name || kind[j] === K.Comma); j++) {
          if (kind[j] === K.Name) {
            vars.push(j);
            resolved[j] = 1;
            write[j] = 1;
          }
        }
        open[open.length - 1].forVars = vars;
      }
    } else if ((k === K.Do || k === K.Then || k === K.Else || k === K.Elseif) && open.length) {
      const o = open[open.length - 1];
      const ok = o.b.kind as K;
      if (k === K.Do && o.scope === null && (ok === K.While || ok === K.For)) {
        o.scope = pushScope();
        for (const t of o.forVars ?? []) declare(t, 'for', o.scope, i, fnOf[i]);
      } else if (ok === K.If && (k === K.Then || k === K.Else || k === K.Elseif)) {
        popScope(o.scope, i);
        o.scope = k === K.Elseif ? null : pushScope();
      }
    }

    if (k === K.Local) {
      if (kind[i + 1] === K.Function && kind[i + 2] === K.Name) {
        declare(i + 2, 'function', top(), i + 2, fnOf[i]);
      } else {
        const names: number[] = [];
        let j = i + 1;
        while (kind[j] === K.Name) {
          names.push(j);
          resolved[j] = 1;
          write[j] = 1;
          if (kind[j + 1] === K.Comma) j += 2;
          else break;
        }
        if (names.length) {
          const after = names[names.length - 1] + 1;
          let at = after;
          if (kind[after] === K.Assign) {
            // where the statement ends: the bindings pass measured it already
            while (bi < bindings.length && bindings[bi].tok < names[0]) bi++;
            const b = bindings[bi];
            at =
              b && b.tok === names[0] && b.listEnd !== undefined
                ? b.listEnd
                : exprList(exprs, after + 1).end;
          }
          const pd = { names, scope: top(), at: Math.min(at, n - 1), fnTok: fnOf[i] };
          pending.push(pd);
          if (pd.at < pendingAt) pendingAt = pd.at;
        }
      }
    } else if (k === K.Name && !resolved[i]) {
      resolveName(i);
    } else if (k === K.Assign && !(parent[i] >= 0 && kind[parent[i]] === K.LBrace)) {
      // assignment targets: `a, b.c, d = ...`
      for (let j = i - 1; j >= 0 && kind[j] === K.Name;) {
        write[j] = 1;
        if (j >= 2 && (kind[j - 1] === K.Dot || kind[j - 1] === K.Colon)) break;
        if (j >= 1 && kind[j - 1] === K.Comma) j -= 2;
        else break;
      }
    }

    // blocks that end here (several when a bracket or the end of the text closes unclosed ones)
    while (topClose === i) {
      const o = open.pop()!;
      topClose = open.length ? open[open.length - 1].b.closeTok : -1;
      if (o.b.kind === K.Repeat && kind[i] === K.Until) {
        // the condition still sees the body's locals
        const condEnd = skipExpr(exprs, i + 1);
        if (o.scope && condEnd > i + 1 && condEnd < n) {
          repeatClose.set(condEnd, o.scope);
          repeats = repeatClose.size;
        } else {
          popScope(o.scope, i);
        }
      } else {
        popScope(o.scope, i);
      }
    }
  }
  for (const sc of scopes) for (const id of sc.own) decls[id].to = n - 1;

  function resolveName(i: number): void {
    resolved[i] = 1;
    const prev = i > 0 ? (kind[i - 1] as K) : K.EOS;
    if (prev === K.Dot || prev === K.Colon || prev === K.Goto || prev === K.DoubleColon) return;
    // a key in a table constructor: `{ name = ... }`
    if (kind[i + 1] === K.Assign) {
      const p = parent[i];
      if (
        p >= 0 &&
        kind[p] === K.LBrace &&
        fnOf[p] === fnOf[i] &&
        (prev === K.LBrace || prev === K.Comma || prev === K.Semi)
      ) {
        return;
      }
    }
    const stack = active.get(text.slice(start[i], end[i]));
    ref[i] = stack && stack.length ? stack[stack.length - 1] : GLOBAL;
  }

  // who refers to what, grouped on first use (most analyses never need it)
  let refs: number[][] | undefined;
  let globals: Map<string, number[]> | undefined;
  const group = (): void => {
    refs = decls.map(() => []);
    globals = new Map();
    for (let i = 0; i < n; i++) {
      const r = ref[i];
      if (r >= 0) refs[r].push(i);
      else if (r === GLOBAL) {
        const nm = name(i);
        const list = globals.get(nm);
        if (list) list.push(i);
        else globals.set(nm, [i]);
      }
    }
  };
  return {
    decls,
    ref,
    write,
    get refs() {
      if (!refs) group();
      return refs!;
    },
    get globals() {
      if (!globals) group();
      return globals!;
    },
  };
}

/** The declaration of `name` visible at token `t` (the latest-starting one whose range holds it), or undefined. */
export function visibleAt(s: Scopes, name: string, t: number, byName?: Decl[]): Decl | undefined {
  let best: Decl | undefined;
  for (const d of byName ?? s.decls) {
    if (d.name !== name || d.from > t || t >= d.to) continue;
    if (!best || d.from > best.from) best = d;
  }
  return best;
}
