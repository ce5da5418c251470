/**
 * The entry points a plugin names, found statically in its Lua: the menu triggers, API names, topics, senders and
 * command blocks it registers, and the APIs and topics it calls. Which call does what comes from the catalog
 * (`ApiFunction.entry`). Names are read where they are literal strings, locals holding one, or config reads (the
 * config's value is used); anything else marks that kind "open": the plugin may register names no one can see
 * without running it, so a name not found is not an error then.
 */
import type { EntryKind } from '../../../catalog';
import { K } from '../../../lua51/lexer';
import { configKeysAt } from '../analysis/configReads';
import { skipSuffixed } from '../analysis/exprs';
import type { Analysis } from '../analysis';
import { findBinding, stringValue, type Table } from '../analysis/structure';

export interface EntryName {
  kind: EntryKind;
  role: 'provides' | 'uses';
  name: string;
  /** Where it is written in the analysed text: the string token (quotes included) or the config read. */
  start: number;
  end: number;
  /** The name of the call that names it (`when_called_by_game_menu`): its offsets. */
  callStart: number;
  callEnd: number;
  /** A menu's `usage` and `argument_hint`, when literal. */
  usage?: string;
  argumentHint?: string;
}

export interface PluginEntries {
  names: EntryName[];
  /** Kinds with a registration whose names cannot be read statically. */
  open: Set<EntryKind>;
  /** The plugin reads terminal lines (`coromega:input`, `backend_input`): a line may answer it, not a menu. */
  readsTerminal: boolean;
  /** Modules it requires that the host does not provide (its own files, presumably). */
  requires: string[];
}

/** Modules neomega preloads (runtime/src/vm/load.ts): not files of the plugin. */
const HOST_MODULES: ReadonlySet<string> = new Set([
  'omega',
  'coromega',
  'lua.coromega',
  'json',
  'crypto',
]);

/** The value of a config key path (from the plugin's config file), or undefined. */
export type ConfigLookup = (keys: readonly string[]) => unknown;

interface Found {
  names: { name: string; start: number; end: number }[];
  open: boolean;
}

const memo = new WeakMap<Analysis, PluginEntries>();

export function entriesOf(a: Analysis, config: ConfigLookup): PluginEntries {
  const hit = memo.get(a);
  if (hit) return hit;
  const out: PluginEntries = { names: [], open: new Set(), readsTerminal: false, requires: [] };
  const { kind } = a.toks;
  for (const call of a.struct.calls) {
    if (call.name === 'require' && call.sep === '' && !call.api) {
      const arg = call.args[0];
      if (arg && arg.end === arg.start + 1 && kind[arg.start] === K.String) {
        const mod = stringValue(a.toks, arg.start);
        if (!HOST_MODULES.has(mod)) out.requires.push(mod);
      }
      continue;
    }
    const api = a.sem.apiOf(call);
    if (!api) continue;
    if (api.category === 'input' && api.of === 'Coromega') out.readsTerminal = true;
    const entry = api.entry;
    if (!entry) continue;
    const arg = call.args[entry.arg];
    if (!arg || arg.start >= arg.end) {
      if (entry.role === 'provides') out.open.add(entry.kind);
      continue;
    }
    let found: Found;
    let table: Table | undefined;
    if (entry.field) {
      table = tableOf(a, arg.start, arg.end);
      const f = table?.fields.find((x) => x.key === entry.field);
      found = !table
        ? { names: [], open: true }
        : !f
          ? { names: [], open: false }
          : listOf(a, f.valueStart, f.valueEnd, config);
    } else {
      found = stringsOf(a, arg.start, arg.end, config);
    }
    if (found.open && entry.role === 'provides') out.open.add(entry.kind);
    const usage = table ? literalField(a, table, 'usage') : undefined;
    const hint = table ? literalField(a, table, 'argument_hint') : undefined;
    for (const n of found.names) {
      out.names.push({
        kind: entry.kind,
        role: entry.role,
        ...n,
        callStart: a.base + a.toks.start[call.nameTok],
        callEnd: a.base + a.toks.end[call.nameTok],
        ...(usage !== undefined ? { usage } : {}),
        ...(hint !== undefined ? { argumentHint: hint } : {}),
      });
    }
  }
  memo.set(a, out);
  return out;
}

function text(a: Analysis, t: number): string {
  return a.toks.text.slice(a.toks.start[t], a.toks.end[t]);
}

/** The table constructor the tokens [s, e) are, directly or through a local bound to one. */
function tableOf(a: Analysis, s: number, e: number): Table | undefined {
  const { kind } = a.toks;
  if (kind[s] === K.LBrace && a.struct.match[s] === e - 1) return a.struct.tables.get(s);
  if (e === s + 1 && kind[s] === K.Name)
    return findBinding(a.struct.bindingsByName, text(a, s), s)?.table;
  return undefined;
}

/** A literal string field of a table (`usage = "..."`). */
function literalField(a: Analysis, t: Table, key: string): string | undefined {
  const f = t.fields.find((x) => x.key === key);
  if (!f || f.valueEnd !== f.valueStart + 1 || a.toks.kind[f.valueStart] !== K.String)
    return undefined;
  return stringValue(a.toks, f.valueStart);
}

/** The strings of a config value: a string, or a list of strings. */
function configStrings(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/** The expression [s, e) as a config read: the config's strings, placed at the read. */
function fromConfig(a: Analysis, s: number, e: number, config: ConfigLookup): Found | null {
  if (skipSuffixed(a.struct.exprs, s) !== e) return null;
  const keys = configKeysAt(a, e - 1);
  if (!keys || keys.length === 0) return null;
  const strings = configStrings(config(keys));
  if (!strings) return { names: [], open: true };
  const start = a.base + a.toks.start[s];
  const end = a.base + a.toks.end[e - 1];
  return { names: strings.map((name) => ({ name, start, end })), open: false };
}

/** One name: a string literal, a local holding one, or a config read. */
function stringsOf(a: Analysis, s: number, e: number, config: ConfigLookup, depth = 0): Found {
  const { kind } = a.toks;
  if (e === s + 1 && kind[s] === K.String) {
    return {
      names: [
        {
          name: stringValue(a.toks, s),
          start: a.base + a.toks.start[s],
          end: a.base + a.toks.end[s],
        },
      ],
      open: false,
    };
  }
  if (e === s + 1 && kind[s] === K.Name && depth < 4) {
    const b = findBinding(a.struct.bindingsByName, text(a, s), s);
    if (b && (b.kind === 'local' || b.kind === 'assign') && b.valueTok >= 0 && b.valueIndex === 0)
      return stringsOf(a, b.valueTok, b.valueEnd, config, depth + 1);
  }
  return fromConfig(a, s, e, config) ?? { names: [], open: true };
}

/** A list of names: `{ "a", "b" }`, a local holding one, or a config read. */
function listOf(a: Analysis, s: number, e: number, config: ConfigLookup): Found {
  const { kind } = a.toks;
  const table = tableOf(a, s, e);
  if (!table) return fromConfig(a, s, e, config) ?? { names: [], open: true };
  const found: Found = { names: [], open: false };
  const close = table.closeTok >= 0 ? table.closeTok : a.toks.count - 1;
  // positional elements directly inside the constructor, between its separators
  let elem = table.openTok + 1;
  for (let t = table.openTok + 1; t <= close; t++) {
    const sep =
      t === close ||
      ((kind[t] === K.Comma || kind[t] === K.Semi) && a.struct.parent[t] === table.openTok);
    if (!sep) continue;
    if (t > elem) {
      const one = stringsOf(a, elem, t, config);
      if (kind[elem + 1] === K.Assign) found.open = true;
      else {
        found.names.push(...one.names);
        if (one.open) found.open = true;
      }
    }
    elem = t + 1;
  }
  return found;
}
