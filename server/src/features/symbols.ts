/**
 * What the name under the cursor is, for definition, references, highlight, rename and call hierarchy: a local (a
 * variable, function, parameter or loop variable, by declaration), a global, a field of one of the plugin's own
 * tables (in this file or in a module it requires), a `require("...")` of the plugin's own module, or a name that
 * belongs to neomega (a catalog method, field or table key, a host global), which is never renamed.
 */
import { K, tokenAtOrBefore } from '../../../lua51/lexer';
import { NEOMEGA_GLOBALS } from '../analysis/globals';
import { GLOBAL, type Decl } from '../analysis/scopes';
import { stringValue } from '../analysis/strings';
import type { TypePass } from '../analysis/types';
import { tokenText, type FeatureContext } from './common';

export type Target =
  | { kind: 'local'; tok: number; decl: Decl }
  | { kind: 'global'; tok: number; name: string }
  /** A field: `key` in the field index of `home` (this file, or the module that defines the table). */
  | { kind: 'field'; tok: number; key: string; name: string; home: FeatureContext }
  | { kind: 'module'; tok: number; name: string }
  | { kind: 'catalog'; tok: number; name: string; what: 'api' | 'global' | 'key' };

/** The Name or String token the offset is in or just after, or -1. */
export function tokenAt(ctx: FeatureContext, offset: number): number {
  const a = ctx.analysis;
  const off = offset - a.base;
  const { kind, start, end } = a.toks;
  let t = tokenAtOrBefore(a.toks, off);
  const ok = (i: number): boolean =>
    i >= 0 && (kind[i] === K.Name || kind[i] === K.String) && start[i] <= off && off <= end[i];
  if (!ok(t) && ok(t - 1)) t -= 1;
  return ok(t) ? t : -1;
}

function isRequireString(ctx: FeatureContext, t: number): boolean {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const callee = kind[t - 1] === K.LParen ? t - 2 : t - 1;
  return (
    callee >= 0 &&
    kind[callee] === K.Name &&
    tokenText(a, callee) === 'require' &&
    !(callee >= 1 && (kind[callee - 1] === K.Dot || kind[callee - 1] === K.Colon)) &&
    (kind[t - 1] !== K.LParen || kind[t + 1] === K.RParen)
  );
}

export function targetAt(ctx: FeatureContext, offset: number): Target | null {
  const t = tokenAt(ctx, offset);
  return t >= 0 ? targetOfToken(ctx, t) : null;
}

export function targetOfToken(ctx: FeatureContext, t: number): Target | null {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const { scopes, sem } = a;
  if (kind[t] === K.String) {
    if (isRequireString(ctx, t)) return { kind: 'module', tok: t, name: stringValue(a.toks, t) };
    const key = a.fields().keyOf.get(t);
    if (key !== undefined) return fieldTarget(ctx, t, key, stringValue(a.toks, t));
    return null;
  }
  const name = tokenText(a, t);
  const r = scopes.ref[t];
  if (r >= 0) return { kind: 'local', tok: t, decl: scopes.decls[r] };
  const prev = t > 0 ? (kind[t - 1] as K) : K.EOS;
  if (prev === K.Dot || prev === K.Colon) {
    const base = sem.typeAt(t - 2);
    if (base && !base.array && !base.table && sem.member(base, name)) {
      return { kind: 'catalog', tok: t, name, what: 'api' };
    }
    if (base?.table && base.table.pass !== sem) {
      const home = ctx.project?.fileOf(base.table.pass);
      if (home) return { kind: 'field', tok: t, key: `${base.table.key}.${name}`, name, home };
    }
    const key = a.fields().keyOf.get(t);
    return key !== undefined ? fieldTarget(ctx, t, key, name) : null;
  }
  if (r === GLOBAL) {
    const uses = scopes.globals.get(name) ?? [];
    const assigned = uses.some((u) => scopes.write[u]);
    if (!assigned && (NEOMEGA_GLOBALS.has(name) || sem.nameType(t))) {
      return { kind: 'catalog', tok: t, name, what: 'global' };
    }
    return { kind: 'global', tok: t, name };
  }
  // a table constructor key
  const key = a.fields().keyOf.get(t);
  if (key !== undefined) return fieldTarget(ctx, t, key, name);
  const p = a.struct.parent[t];
  if (p >= 0 && a.struct.tables.get(p)?.role) return { kind: 'catalog', tok: t, name, what: 'key' };
  return null;
}

function fieldTarget(ctx: FeatureContext, t: number, key: string, name: string): Target {
  return { kind: 'field', tok: t, key, name, home: ctx };
}

/** Where a target is given a value: a declaration, the assignments of a global, a field's definitions. */
export interface Site {
  ctx: FeatureContext;
  tok: number;
  write: boolean;
}

/** Every occurrence of a target in its file (and, for a module's field, in the files that reach it). */
export function occurrences(ctx: FeatureContext, target: Target): Site[] {
  const a = ctx.analysis;
  const { scopes } = a;
  switch (target.kind) {
    case 'local':
      return scopes.refs[target.decl.id].map((tok) => ({
        ctx,
        tok,
        write: scopes.write[tok] === 1,
      }));
    case 'global':
      return (scopes.globals.get(target.name) ?? []).map((tok) => ({
        ctx,
        tok,
        write: scopes.write[tok] === 1 || a.toks.kind[tok - 1] === K.Function,
      }));
    case 'field':
      return fieldSites(ctx, target.home, target.key);
    default:
      return [];
  }
}

function sitesIn(c: FeatureContext, key: string): Site[] {
  const f = c.analysis.fields();
  const defs = new Set(f.defs.get(key) ?? []);
  return (f.occurrences.get(key) ?? []).map((tok) => ({ ctx: c, tok, write: defs.has(tok) }));
}

/**
 * A field's occurrences in the file that owns its table, and, when that table is what a module returns, in every
 * known file that reaches it through `require`.
 */
function fieldSites(ctx: FeatureContext, home: FeatureContext, key: string): Site[] {
  const out = sitesIn(home, key);
  const exportKey = home.analysis.fields().exportKey;
  if (!ctx.project || exportKey === undefined || !key.startsWith(exportKey + '.')) return out;
  const rest = key.slice(exportKey.length);
  for (const other of ctx.project.knownFiles()) {
    if (other.doc.uri === home.doc.uri) continue;
    out.push(...foreignSites(other, home.analysis.sem, exportKey, rest));
  }
  return out;
}

/** Field tokens in `c` whose base is the table `exportKey` of `pass` (a required module) plus the path `rest`. */
function foreignSites(c: FeatureContext, pass: TypePass, exportKey: string, rest: string): Site[] {
  const a = c.analysis;
  const { kind } = a.toks;
  const out: Site[] = [];
  const fieldName = rest.slice(rest.lastIndexOf('.') + 1);
  const parentPath = rest.slice(0, rest.lastIndexOf('.'));
  for (const [tok, key] of a.fields().keyOf) {
    if (!key.endsWith('.' + fieldName) || kind[tok] !== K.Name) continue;
    const prev = kind[tok - 1];
    if (prev !== K.Dot && prev !== K.Colon) continue;
    const base = a.sem.typeAt(tok - 2);
    if (base?.table?.pass === pass && base.table.key === exportKey + parentPath) {
      out.push({ ctx: c, tok, write: a.scopes.write[tok] === 1 });
    }
  }
  return out;
}
