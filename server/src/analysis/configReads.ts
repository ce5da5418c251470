/**
 * Reads of the plugin's config in Lua: `coromega.config.key`, `coromega.config["键"]`, nested keys
 * (`coromega.config.db.host`) and the same through a local (`local cfg = coromega.config` then `cfg.key`). For each
 * read: its keys and their tokens, whether it is a write, and what the code does with the value (arithmetic,
 * concatenation, indexing, a condition, a catalog parameter...) so a placeholder of that type can be proposed.
 * Locals holding a part of the config count too (`local db = coromega.config.db` then `db.host`).
 * Computed once per analysis, from the tokens, the bindings and the type pass (what `coromega` is).
 */
import { typeRefOf } from '../../../catalog';
import { K } from '../../../lua51/lexer';
import { skipSuffixed } from './exprs';
import type { Analysis } from './index';
import { findBinding, stringValue } from './structure';

/** What a config value is used as: the type of placeholder a missing key gets. */
export type ConfigUse = 'number' | 'string' | 'object' | 'array' | 'boolean' | 'unknown';

export interface ConfigRead {
  /** First token of the expression (`coromega`, `cfg`). */
  startTok: number;
  /** The token ending `coromega.config` (the `config` name, or the local holding it or a part of it). */
  baseTok: number;
  /** The whole key path: the keys a local stands for (`prefix` of them), then those written here. */
  keys: string[];
  prefix: number;
  /** One per key written here (`keys.slice(prefix)`): a Name after `.`, or the String inside `[...]`. */
  keyToks: number[];
  /** Last token of the read (the last key's Name, or its `]`). */
  endTok: number;
  /** `coromega.config.x = v`: the last key is assigned, not read. */
  write: boolean;
  use: ConfigUse;
  /** A default follows (`x or 10`) or the value is compared with nil: a missing key is expected. */
  optional: boolean;
}

const ARITH: ReadonlySet<K> = new Set([K.Plus, K.Minus, K.Star, K.Slash, K.Percent, K.Caret]);
const COMPARE: ReadonlySet<K> = new Set([K.Lt, K.Le, K.Gt, K.Ge]);
const MAX_HOPS = 4;

function text(a: Analysis, t: number): string {
  return a.toks.text.slice(a.toks.start[t], a.toks.end[t]);
}

/** `coromega.config` itself: the `config` field of a coromega value. */
function isConfigField(a: Analysis, t: number): boolean {
  const { kind } = a.toks;
  if (t < 2 || kind[t] !== K.Name || kind[t - 1] !== K.Dot || text(a, t) !== 'config') return false;
  const recv = a.sem.typeAt(t - 2);
  return recv !== null && recv.id === 'Coromega' && !recv.array;
}

/**
 * The keys of the config read ending at token `t` (`[]` for `coromega.config` itself), or null when the expression
 * is not one. Reads through locals too: after `local db = coromega.config.db`, `db.host` is `["db", "host"]`.
 */
export function configKeysAt(a: Analysis, t: number, depth = 0, hops = 0): string[] | null {
  const { kind } = a.toks;
  if (t < 0 || depth > 64 || t >= a.toks.count) return null;
  if (kind[t] === K.Name) {
    if (isConfigField(a, t)) return [];
    if (t >= 2 && kind[t - 1] === K.Dot) {
      const base = configKeysAt(a, t - 2, depth + 1, hops);
      return base ? [...base, text(a, t)] : null;
    }
    if (t >= 1 && kind[t - 1] === K.Colon) return null;
    // a local holding a config read (through a few locals at most: `local p = p` costs nothing)
    if (hops >= MAX_HOPS) return null;
    const b = findBinding(a.struct.bindingsByName, text(a, t), t);
    if (!b || (b.kind !== 'local' && b.kind !== 'assign') || b.valueIndex !== 0 || b.valueTok < 0)
      return null;
    const end = skipSuffixed(a.struct.exprs, b.valueTok);
    if (end <= b.valueTok || end > a.toks.count) return null;
    if (end !== b.valueEnd && kind[end] !== K.Or) return null;
    return configKeysAt(a, end - 1, depth + 1, hops + 1);
  }
  if (kind[t] === K.RBracket && t >= 3 && kind[t - 1] === K.String && kind[t - 2] === K.LBracket) {
    const base = configKeysAt(a, t - 3, depth + 1, hops);
    return base ? [...base, stringValue(a.toks, t - 1)] : null;
  }
  return null;
}

/** Whether the expression ending at token `t` is `coromega.config` (directly or through a local holding it). */
export function isConfigBase(a: Analysis, t: number): boolean {
  const keys = configKeysAt(a, t);
  return keys !== null && keys.length === 0;
}

const memo = new WeakMap<Analysis, ConfigRead[]>();

/** Every read (and write) of a config key in the analysed text, in source order. */
export function configReads(a: Analysis): ConfigRead[] {
  const hit = memo.get(a);
  if (hit) return hit;
  const { kind, count, start, end: tokEnd } = a.toks;
  const isConfigName = (t: number): boolean =>
    tokEnd[t] - start[t] === 6 && text(a, t) === 'config';
  // locals that may hold coromega.config or a part of it (in source order, so locals of locals are found): their
  // uses are checked as bases too. Only a value that names `config` or such a local can be one.
  const aliases = new Set<string>();
  for (const b of a.struct.bindings) {
    if (b.valueTok < 0 || b.valueIndex !== 0) continue;
    const end = skipSuffixed(a.struct.exprs, b.valueTok);
    if (end - 1 <= b.valueTok || end > count) continue;
    let named = aliases.has(text(a, b.valueTok));
    for (let t = b.valueTok + 2; !named && t < end; t++)
      named = kind[t] === K.Name && isConfigName(t);
    if (named && configKeysAt(a, end - 1) !== null) aliases.add(b.name);
  }
  const out: ConfigRead[] = [];
  for (let i = 2; i < count; i++) {
    if (kind[i] !== K.Name) continue;
    let prefix: string[] | null = null;
    if (kind[i - 1] === K.Dot) {
      if (isConfigName(i) && isConfigField(a, i)) prefix = [];
    } else if (aliases.size > 0 && kind[i - 1] !== K.Colon && aliases.has(text(a, i))) {
      prefix = configKeysAt(a, i);
    }
    if (prefix === null) continue;
    const keys = [...prefix];
    const keyToks: number[] = [];
    let j = i + 1;
    for (;;) {
      if (kind[j] === K.Dot && kind[j + 1] === K.Name) {
        keys.push(text(a, j + 1));
        keyToks.push(j + 1);
        j += 2;
      } else if (kind[j] === K.LBracket && kind[j + 1] === K.String && kind[j + 2] === K.RBracket) {
        keys.push(stringValue(a.toks, j + 1));
        keyToks.push(j + 1);
        j += 3;
      } else break;
    }
    if (keyToks.length === 0) continue;
    let startTok = i;
    while (startTok >= 2 && kind[startTok - 1] === K.Dot && kind[startTok - 2] === K.Name)
      startTok -= 2;
    const endTok = j - 1;
    out.push({
      startTok,
      baseTok: i,
      keys,
      prefix: prefix.length,
      keyToks,
      endTok,
      write: kind[j] === K.Assign,
      ...useOf(a, startTok, endTok),
    });
    i = endTok;
  }
  memo.set(a, out);
  return out;
}

/**
 * The key paths the plugin assigns itself (`coromega.config["触发词"] = {...}`, as plugins upgrading their config
 * do): a read of one of them, or below one, may find the value the plugin put there.
 */
export function writtenKeys(reads: readonly ConfigRead[]): Set<string> {
  const out = new Set<string>();
  for (const r of reads) if (r.write) out.add(r.keys.join('\u0000'));
  return out;
}

function literalUse(k: K): ConfigUse {
  if (k === K.String) return 'string';
  if (k === K.Number) return 'number';
  if (k === K.True || k === K.False) return 'boolean';
  return 'unknown';
}

/** The use of a catalog parameter type (`string`, `number?`, `string[]`, `table`...). */
function paramUse(type: string): ConfigUse {
  const t = type.replace(/\?$/, '');
  if (t === 'string') return 'string';
  if (t === 'number' || t === 'integer') return 'number';
  if (t === 'boolean') return 'boolean';
  if (t.endsWith('[]')) return 'array';
  if (t === 'table' || t.startsWith('table<') || typeRefOf(t)) return 'object';
  return 'unknown';
}

/** What the code does with the value of the expression [s, e]. */
function useOf(a: Analysis, s: number, e: number): { use: ConfigUse; optional: boolean } {
  const { kind } = a.toks;
  const next = kind[e + 1] as K;
  const prev = s > 0 ? (kind[s - 1] as K) : K.EOS;
  const nilCompare =
    ((next === K.Eq || next === K.Ne) && kind[e + 2] === K.Nil) ||
    ((prev === K.Eq || prev === K.Ne) && s >= 2 && kind[s - 2] === K.Nil);
  if (next === K.Or || nilCompare) return { use: 'unknown', optional: true };
  const use = (u: ConfigUse): { use: ConfigUse; optional: boolean } => ({
    use: u,
    optional: false,
  });
  if (next === K.LBracket) return use(kind[e + 2] === K.Number ? 'array' : 'object');
  if (next === K.Dot) return use('object');
  if (next === K.Colon) return use('string');
  if (ARITH.has(next) || ARITH.has(prev) || COMPARE.has(next) || COMPARE.has(prev))
    return use('number');
  if (next === K.Concat || prev === K.Concat) return use('string');
  if (prev === K.Hash) return use('array');
  if (next === K.Eq || next === K.Ne) return use(literalUse(kind[e + 2] as K));
  if ((prev === K.Eq || prev === K.Ne) && s >= 2) return use(literalUse(kind[s - 2] as K));
  // the whole argument of a call: ipairs/pairs/tonumber, or a catalog parameter's type
  const open = a.struct.parent[s];
  if (open >= 0 && kind[open] === K.LParen) {
    const call = a.struct.callByOpen.get(open);
    const index = call ? call.args.findIndex((x) => x.start === s && x.end === e + 1) : -1;
    if (call && index >= 0) {
      if (call.sep === '' && call.name === 'ipairs') return use('array');
      if (call.sep === '' && call.name === 'pairs') return use('object');
      if (call.sep === '' && call.name === 'tonumber') return use('number');
      const api = call.api;
      const last = api?.params[api.params.length - 1];
      const p = api?.params[index] ?? (last?.variadic ? last : undefined);
      if (p) return use(paramUse(p.type));
    }
  }
  if (next === K.Do) return use(loopUse(a, s));
  if (
    prev === K.If ||
    prev === K.Elseif ||
    prev === K.While ||
    prev === K.Not ||
    prev === K.Until ||
    prev === K.And ||
    next === K.Then ||
    next === K.And
  )
    return use('boolean');
  return use('unknown');
}

/** `for i = 1, cfg.n do` reads a number; `while cfg.on do` a boolean. */
function loopUse(a: Analysis, s: number): ConfigUse {
  const { kind } = a.toks;
  for (let t = s - 1, n = 0; t >= 0 && n < 64; t--, n++) {
    const k = kind[t] as K;
    if (k === K.While) return 'boolean';
    if (k === K.For) return kind[t + 2] === K.Assign ? 'number' : 'unknown';
    if (k === K.Do || k === K.End || k === K.Then || k === K.In) return 'unknown';
  }
  return 'unknown';
}
