/**
 * Fields of the plugin's own tables. Each table the plugin builds gets a key from where it lives: a local (`L3`, by
 * declaration id), a global (`Gname`), a path below one (`L3.sub`), or the table a module file returns (`R`). Every
 * field occurrence — `t.x`, `t:x(...)`, `t["x"]`, `{ x = ... }` in the table's constructor, `function t.x()`, `self.x`
 * in a method of `t` — is listed under `owner.x`, which is also the key of `t.x`'s own fields.
 *
 * Rename, references, definition, completion of `t.` and the types of plugin tables read this.
 */
import { K, type Tokens } from '../../../lua51/lexer';
import { GLOBAL, type Scopes } from './scopes';
import { stringValue } from './strings';
import type { Structure } from './structure';

export interface FieldIndex {
  /** Field key (`owner.name`) of each field token (Name, or the String of `["name"]`). */
  keyOf: Map<number, string>;
  /** Tokens of each field key, in source order. */
  occurrences: Map<string, number[]>;
  /** The tokens that give a field a value (table keys, assignments, `function t.x()`), per field key. */
  defs: Map<string, number[]>;
  /** The key of the table the file returns (`return M` / `return { ... }` on the main chunk), if any. */
  exportKey: string | undefined;
  /** The key of the table a local/global/path expression ending at token `e` denotes (undefined when unknown). */
  ownerOfExpr(e: number): string | undefined;
  /** The key of the table constructor opening at `open`, when it is one of the plugin's named tables. */
  ownerOfTable(open: number): string | undefined;
}

const MAX_DEPTH = 16;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function buildFields(toks: Tokens, struct: Structure, scopes: Scopes): FieldIndex {
  const { kind, text, start, end } = toks;
  const n = toks.count;
  const { parent, fnOf, match, openOf } = struct;
  const { ref, decls } = scopes;
  const name = (t: number): string => text.slice(start[t], end[t]);
  const keyOf = new Map<number, string>();
  const occurrences = new Map<string, number[]>();
  const defs = new Map<string, number[]>();
  const declKey = new Map<number, string | undefined>();
  const tableKey = new Map<number, string | undefined>();
  let depth = 0;

  const add = (t: number, key: string, isDef: boolean): void => {
    keyOf.set(t, key);
    const list = occurrences.get(key);
    if (list) list.push(t);
    else occurrences.set(key, [t]);
    if (isDef) {
      const d = defs.get(key);
      if (d) d.push(t);
      else defs.set(key, [t]);
    }
  };

  /** The key of the table a variable holds: itself, or for `self` the method's table. */
  function keyOfDecl(id: number): string | undefined {
    if (declKey.has(id)) return declKey.get(id);
    declKey.set(id, undefined);
    const d = decls[id];
    let key: string | undefined = `L${id}`;
    if (d.kind === 'self' && d.method !== undefined) {
      // `function a.b:c()`: self is `a.b`
      let j = d.method + 1;
      while (kind[j] === K.Name || kind[j] === K.Dot) j++;
      key = kind[j] === K.Colon ? ownerOfExpr(j - 1) : undefined;
    }
    declKey.set(id, key);
    return key;
  }

  function ownerOfExpr(e: number): string | undefined {
    if (e < 0 || depth > MAX_DEPTH) return undefined;
    depth++;
    try {
      const k = kind[e] as K;
      if (k === K.Name) {
        const prev = e > 0 ? (kind[e - 1] as K) : K.EOS;
        if (prev === K.Dot) {
          const base = ownerOfExpr(e - 2);
          return base === undefined ? undefined : `${base}.${name(e)}`;
        }
        if (prev === K.Colon) return undefined;
        const r = ref[e];
        if (r >= 0) return keyOfDecl(r);
        if (r === GLOBAL) return `G${name(e)}`;
        return undefined;
      }
      if (k === K.RBracket) {
        const o = openOf[e];
        if (o >= 1 && kind[o + 1] === K.String && o + 2 === e) {
          const base = ownerOfExpr(o - 1);
          return base === undefined ? undefined : `${base}.${stringValue(toks, o + 1)}`;
        }
      }
      return undefined;
    } finally {
      depth--;
    }
  }

  function ownerOfTable(o: number): string | undefined {
    if (tableKey.has(o)) return tableKey.get(o);
    tableKey.set(o, undefined);
    let key: string | undefined;
    const prev = o - 1;
    if (prev >= 0 && kind[prev] === K.Assign) {
      const p = parent[prev];
      if (p >= 0 && kind[p] === K.LBrace && fnOf[p] === fnOf[prev]) {
        // `{ sub = { ... } }` / `{ ["sub"] = { ... } }`
        const outer = ownerOfTable(p);
        if (outer !== undefined) {
          if (kind[prev - 1] === K.Name) key = `${outer}.${name(prev - 1)}`;
          else if (kind[prev - 1] === K.RBracket && kind[prev - 2] === K.String) {
            key = `${outer}.${stringValue(toks, prev - 2)}`;
          }
        }
      } else if (prev >= 1 && kind[prev - 1] !== K.Comma) {
        const target = prev - 1;
        // a single target: `local t = {`, `t = {`, `a.b = {`
        const before = kind[target] === K.Name ? target - 1 : -1;
        if (before < 0 || kind[before] !== K.Comma) key = ownerOfExpr(target);
      }
    } else if (prev >= 0 && kind[prev] === K.Return && fnOf[o] === -1) {
      key = 'R';
    }
    tableKey.set(o, key);
    return key;
  }

  // field accesses, method names and `function t.x()` names
  for (let i = 1; i < n; i++) {
    const k = kind[i] as K;
    if (k === K.Name && (kind[i - 1] === K.Dot || kind[i - 1] === K.Colon)) {
      const base = ownerOfExpr(i - 2);
      if (base === undefined) continue;
      let isDef = scopes.write[i] === 1;
      // `function a.b:c(`: c (and b when it is followed by `(`) is defined here
      if (!isDef) {
        let j = i;
        while (
          j >= 2 &&
          (kind[j - 1] === K.Dot || kind[j - 1] === K.Colon) &&
          kind[j - 2] === K.Name
        )
          j -= 2;
        if (j >= 1 && kind[j - 1] === K.Function && kind[i + 1] === K.LParen) isDef = true;
      }
      add(i, `${base}.${name(i)}`, isDef);
    } else if (k === K.String && kind[i - 1] === K.LBracket && kind[i + 1] === K.RBracket) {
      const o = i - 1;
      // `t["x"]` (not a table-constructor key, handled below)
      const p = parent[o];
      if (p >= 0 && kind[p] === K.LBrace && kind[match[o] + 1] === K.Assign) {
        const pk = kind[o - 1] as K;
        if (pk === K.LBrace || pk === K.Comma || pk === K.Semi) continue;
      }
      const value = stringValue(toks, i);
      if (!IDENT.test(value)) continue;
      const base = ownerOfExpr(o - 1);
      if (base === undefined) continue;
      const isDef = kind[i + 2] === K.Assign;
      add(i, `${base}.${stringValue(toks, i)}`, isDef);
    }
  }
  // table constructor keys
  for (const [o, table] of struct.tables) {
    if (table.fields.length === 0) continue;
    const owner = ownerOfTable(o);
    if (owner === undefined) continue;
    for (const f of table.fields) {
      if (f.valueStart === f.valueEnd && !f.bracketKey) continue;
      if (f.bracketKey && !IDENT.test(f.key)) continue;
      add(f.keyTok, `${owner}.${f.key}`, true);
    }
  }
  for (const list of occurrences.values()) list.sort((a, b) => a - b);
  for (const list of defs.values()) list.sort((a, b) => a - b);

  // what the file returns
  let exportKey: string | undefined;
  for (let i = n - 1; i >= 0; i--) {
    if (kind[i] !== K.Return || fnOf[i] !== -1) continue;
    const v = i + 1;
    if (kind[v] === K.LBrace) exportKey = ownerOfTable(v);
    else if (kind[v] === K.Name) exportKey = ownerOfExpr(v);
    break;
  }
  return { keyOf, occurrences, defs, exportKey, ownerOfExpr, ownerOfTable };
}

/** The name of the field a key denotes (`L3.sub.x` -> `x`). */
export function fieldName(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/** The owner part of a field key (`L3.sub.x` -> `L3.sub`). */
export function fieldOwner(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}
