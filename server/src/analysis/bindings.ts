/**
 * Bindings: every name a statement gives a value (assignments, `local x`, parameters, loop variables) together
 * with the expression it gets, in source order, so the latest binding of a name before a use says what the name
 * holds there (the type pass reads the expression). Also the member names a plugin defines itself
 * (`function x:helper()`, `x.helper = ...`), which are never reported as typos.
 */
import { exprList, type ExprIndex } from './exprs';
import { K, type Tokens } from '../../../lua51/lexer';
import { stringValue } from './strings';
import type { Table } from './structure';

/** A name given a value at token `tok` (assignment, `local`, parameter, loop variable). */
export interface LocalBinding {
  name: string;
  tok: number;
  kind: 'assign' | 'local' | 'param' | 'for';
  /** First token of the expression the name is bound to, -1 when none. */
  valueTok: number;
  /** One past that expression. */
  valueEnd: number;
  /** Which value of that expression the name takes (`local a, b = f()`: b takes value 1). */
  valueIndex: number;
  /** For `local`/assignment statements: one past the statement's whole expression list. */
  listEnd?: number;
  /** The table constructor assigned, when the value is `{...}`. */
  table?: Table;
  /** A parameter: the `function` keyword and its position among the parameters. */
  fnTok?: number;
  paramIndex?: number;
  /** A generic `for` variable: the first token after `in`, and its position among the variables. */
  inTok?: number;
  varIndex?: number;
}

export interface Bindings {
  bindings: LocalBinding[];
  bindingsByName: Map<string, LocalBinding[]>;
  definedMembers: Set<string>;
}

export function collectBindings(
  toks: Tokens,
  parent: Int32Array,
  exprs: ExprIndex,
  tables: Map<number, Table>,
  /** The `=`, `local`, `function` and `for` tokens, in order (the structure pass gathers them). */
  binders: readonly number[],
): Bindings {
  const { kind, text, start, end } = toks;
  const n = toks.count;
  const name = (t: number): string => text.slice(start[t], end[t]);
  // bindings: every name a statement gives a value (assignments, `local x`, parameters, loop variables) with the
  // expression it gets, so the latest binding of a name before a use says what the name holds there
  const bindings: LocalBinding[] = [];
  const definedMembers = new Set<string>();
  const bind = (t: number, kind_: LocalBinding['kind'], more: Partial<LocalBinding> = {}): void => {
    bindings.push({
      name: name(t),
      tok: t,
      kind: kind_,
      valueTok: -1,
      valueEnd: -1,
      valueIndex: 0,
      ...more,
    });
  };
  for (let b = 0; b < binders.length; b++) {
    const i = binders[b];
    const k = kind[i] as K;
    if (k === K.Assign) {
      // inside a table constructor, `k = v` is a field, not an assignment
      if (parent[i] >= 0 && kind[parent[i]] === K.LBrace) continue;
      // names before '='
      const names: number[] = [];
      let j = i - 1;
      while (j >= 0 && kind[j] === K.Name) {
        names.unshift(j);
        if (j >= 1 && kind[j - 1] === K.Comma) j -= 2;
        else break;
      }
      if (names.length === 0) {
        // `x.helper = ...`, `x["helper"] = ...`: a member the plugin defines itself
        if (i >= 2 && kind[i - 1] === K.Name && kind[i - 2] === K.Dot)
          definedMembers.add(name(i - 1));
        else if (i >= 3 && kind[i - 1] === K.RBracket && kind[i - 2] === K.String) {
          definedMembers.add(stringValue(toks, i - 2));
        }
        continue;
      }
      const before = names[0] - 1;
      if (before >= 0 && (kind[before] === K.Dot || kind[before] === K.Colon)) {
        definedMembers.add(name(names[0]));
        continue;
      }
      const isLocal = before >= 0 && kind[before] === K.Local;
      const { starts, end: listEnd } = exprList(exprs, i + 1);
      names.forEach((t, idx) => {
        const last = starts.length - 1;
        const e = idx <= last ? starts[idx] : last >= 0 ? starts[last] : -1;
        const valueIndex = idx <= last ? 0 : idx - last;
        const more: Partial<LocalBinding> = { valueTok: e, valueIndex, listEnd };
        if (e >= 0) {
          const at = idx <= last ? idx : last;
          more.valueEnd = at < last ? starts[at + 1] - 1 : listEnd;
          if (kind[e] === K.LBrace && valueIndex === 0) more.table = tables.get(e);
        }
        bind(t, isLocal ? 'local' : 'assign', more);
      });
    } else if (k === K.Local && kind[i + 1] === K.Name) {
      // `local a, b` with no value (with a value, the '=' case above records them)
      let j = i + 1;
      const names: number[] = [];
      while (kind[j] === K.Name) {
        names.push(j);
        if (kind[j + 1] === K.Comma) j += 2;
        else break;
      }
      if (kind[names[names.length - 1] + 1] !== K.Assign) {
        for (const t of names) bind(t, 'local');
      }
    } else if (k === K.Function) {
      // `function a.b:c(` defines member c; then the parameters
      let j = i + 1;
      while (j < n && (kind[j] === K.Name || kind[j] === K.Dot || kind[j] === K.Colon)) j++;
      if (j - 1 > i + 1 && kind[j - 1] === K.Name && kind[j - 2] !== K.Name) {
        definedMembers.add(name(j - 1));
      }
      if (kind[j] !== K.LParen) continue;
      let idx = 0;
      for (j++; j < n && kind[j] !== K.RParen; j++) {
        if (kind[j] === K.Name) bind(j, 'param', { fnTok: i, paramIndex: idx++ });
        else if (kind[j] !== K.Comma && kind[j] !== K.Dots) break;
      }
    } else if (k === K.For) {
      const vars: number[] = [];
      let j = i + 1;
      for (; j < n && (kind[j] === K.Name || kind[j] === K.Comma); j++) {
        if (kind[j] === K.Name) vars.push(j);
      }
      const inTok = kind[j] === K.In ? j + 1 : -1;
      vars.forEach((t, varIndex) => bind(t, 'for', inTok >= 0 ? { inTok, varIndex } : {}));
    }
  }
  // made in token order but for rare shapes; the sort is stable, so a sorted list stays as it is
  let sorted = true;
  for (let b = 1; b < bindings.length && sorted; b++)
    sorted = bindings[b - 1].tok <= bindings[b].tok;
  if (!sorted) bindings.sort((x, y) => x.tok - y.tok);
  const bindingsByName = new Map<string, LocalBinding[]>();
  for (let q = 0; q < bindings.length; q++) {
    const b = bindings[q];
    const list = bindingsByName.get(b.name);
    if (list) list.push(b);
    else bindingsByName.set(b.name, [b]);
  }

  return { bindings, bindingsByName, definedMembers };
}

/** The latest binding of `name` made before token `before` (binary search). */
export function findBinding(
  byName: Map<string, LocalBinding[]>,
  name: string,
  before: number,
): LocalBinding | undefined {
  const list = byName.get(name);
  if (!list) return undefined;
  const i = latestBefore(list, before);
  return i >= 0 ? list[i] : undefined;
}

/** The index in `list` (sorted by token) of the latest binding made before token `before`, or -1. */
export function latestBefore(list: readonly LocalBinding[], before: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].tok < before) {
      ans = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return ans;
}
