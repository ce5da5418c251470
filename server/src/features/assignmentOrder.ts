/**
 * Multiple assignments that do something else on neomega. gopher-lua stores each value of `a, b = x, y` into a local
 * target as soon as it is computed (the runtime does the same: runtime/src/gopherlua/assignment.ts), so a later value
 * that reads that local reads its new value: `a, b = b, a` does not swap and `a, b = b, a + b` doubles `b`. Fields
 * are set at the end, so a field whose value or whose table is such a local is set with the local's new value.
 *
 * Each such read gets a warning, with a quick fix that keeps the old value in a local declared just before the
 * statement (`local old_a = a; a, b = b, old_a`): what the author meant, on neomega too.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { exprList } from '../analysis/exprs';
import { t } from '../messages';
import { tokenRange, tokenText, type FeatureContext } from './common';
import type { Push } from './diagnostics';

interface Target {
  start: number;
  end: number;
  /** The declaration a bare local name assigns (a local of the statement's own function), else -1. */
  local: number;
  /** For a field `x.k` / `x[k]` of a bare local `x`: that name's token, else -1. */
  object: number;
  field: boolean;
}

export function checkAssignmentOrder(ctx: FeatureContext, push: Push): void {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const { parent, fnOf, openOf, match, exprs } = a.struct;
  const { ref, decls } = a.scopes;
  const n = a.toks.count;
  /** The names the document uses, gathered when a quick fix first needs a name of its own. */
  let used: Set<string> | undefined;
  /** `base`, or `base_2`, `base_3`... : the first that no name in the document uses. */
  const freeName = (base: string): string => {
    if (!used) {
      used = new Set<string>();
      for (let q = 0; q < n; q++) if (kind[q] === K.Name) used.add(tokenText(a, q));
    }
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    return name;
  };

  /** The suffixed expression that ends at `e` as an assignment target, or null. */
  const targetEndingAt = (e: number, fn: number): Target | null => {
    let s = e;
    for (;;) {
      const k = kind[s] as K;
      if (k === K.Name) {
        if (s >= 2 && (kind[s - 1] === K.Dot || kind[s - 1] === K.Colon)) s -= 2;
        else break;
      } else if (k === K.RBracket || k === K.RParen || k === K.RBrace) {
        const o = openOf[s];
        if (o < 0) return null;
        // a bracket after the end of a prefix is an index or a call; otherwise `(expr)` starts the target
        const p = kind[o - 1];
        if (
          o > 0 &&
          (p === K.Name || p === K.RBracket || p === K.RParen || p === K.String || p === K.RBrace)
        )
          s = o - 1;
        else {
          s = o;
          break;
        }
      } else if (k === K.String && s > 0 && kind[s - 1] === K.Name) {
        s -= 1;
      } else {
        return null;
      }
    }
    const bare = s === e && kind[s] === K.Name;
    const r = bare ? ref[s] : -1;
    const local = r >= 0 && decls[r].fnTok === fn ? r : -1;
    const field = !bare && (kind[e] === K.Name || kind[e] === K.RBracket);
    // `x.k` or `x[k]` of a bare name x
    const simple =
      field &&
      kind[s] === K.Name &&
      ((kind[s + 1] === K.Dot && e === s + 2) ||
        (kind[s + 1] === K.LBracket && match[s + 1] === e));
    return { start: s, end: e, local, object: simple ? s : -1, field };
  };

  for (let eq = 0; eq < n; eq++) {
    if (kind[eq] !== K.Assign) continue;
    if (parent[eq] >= 0 && kind[parent[eq]] === K.LBrace) continue; // a table constructor's `k = v`
    const fn = fnOf[eq];
    const targets: Target[] = [];
    let e = eq - 1;
    for (;;) {
      const tg = e >= 0 ? targetEndingAt(e, fn) : null;
      if (!tg) break;
      targets.unshift(tg);
      if (tg.start >= 2 && kind[tg.start - 1] === K.Comma) e = tg.start - 2;
      else break;
    }
    if (targets.length === 0) continue;
    const before = targets[0].start - 1;
    if (before >= 0 && (kind[before] === K.Local || kind[before] === K.For)) continue;
    const { starts, end } = exprList(exprs, eq + 1);
    if (targets.length + starts.length < 3) continue; // `a = x`: nothing is read after a store

    /** One past the last token of value j. */
    const valueEnd = (j: number): number => (j + 1 < starts.length ? starts[j + 1] - 1 : end);
    /** The index of the first target that assigns declaration d, or -1. */
    const targetOf = (d: number): number => targets.findIndex((x) => x.local === d);
    const reads: number[] = [];
    // values read after an earlier local target took its value
    for (let j = 1; j < starts.length; j++) {
      for (let q = starts[j]; q < valueEnd(j); q++) {
        if (kind[q] !== K.Name || fnOf[q] !== fn || ref[q] < 0) continue;
        const i = targetOf(ref[q]);
        if (i >= 0 && i < j) reads.push(q);
      }
    }
    // fields set at the end: their value, or their table, a local that a target assigns
    for (let k = 0; k < targets.length; k++) {
      const tg = targets[k];
      if (!tg.field) continue;
      if (k < starts.length) {
        const v = starts[k];
        if (valueEnd(k) === v + 1 && kind[v] === K.Name && ref[v] >= 0 && targetOf(ref[v]) >= 0)
          reads.push(v);
      }
      if (tg.object >= 0 && ref[tg.object] >= 0 && targetOf(ref[tg.object]) >= 0)
        reads.push(tg.object);
    }
    if (reads.length === 0) continue;

    for (const q of reads) {
      const name = tokenText(a, q);
      const temp = freeName(`old_${name}`);
      const at = tokenRange(ctx, targets[0].start).start;
      push(
        tokenRange(ctx, q),
        DiagnosticSeverity.Warning,
        'assignment-order',
        t(ctx.locale, 'assignment-order', name),
        [
          {
            title: t(ctx.locale, 'fix-keep-old-value', name, temp),
            edits: [
              { range: { start: at, end: at }, newText: `local ${temp} = ${name}; ` },
              ...reads
                .filter((r) => ref[r] === ref[q])
                .map((r) => ({ range: tokenRange(ctx, r), newText: temp })),
            ],
          },
        ],
      );
    }
  }
}
