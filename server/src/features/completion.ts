/**
 * Completion: the methods of whatever the receiver holds after `x:` (coromega, a player, a listener, a database, a
 * connection...), its fields and functions after `x.` (a response, a chat message, `json`, `omega.storage_path`),
 * the keys of a table passed where the catalog expects a shape (HTTP options with `auth`/`headers`, menu options,
 * positions, command block settings...), durations for `timeout`, methods in `http_request("`, modules in
 * `require("`.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
} from 'vscode-languageserver';
import {
  AUTH_KEYS,
  COMMON_HEADERS,
  DURATION_EXAMPLES,
  HTTP_METHODS,
  MENU_OPTION_KEYS,
  MODULES,
  OPTION_KEYS,
  fieldOf,
  localize,
  methodOf,
  typeById,
  type ApiField,
  type ApiFunction,
  type ApiType,
  type Locale,
} from '../../../catalog';
import { K } from '../../../lua51/lexer';
import type { Table } from '../analysis/structure';
import { t } from '../messages';
import { pluginMemberItems } from './pluginDocs';
import { tokenText, type FeatureContext } from './common';
import { cursorAt, enclosingTable, typeBefore, type Cursor } from './cursor';
import { fieldDoc, functionDoc, moduleDoc, optionKeyDoc, shortParams } from './docs';

export const TRIGGER_CHARACTERS = [':', '.', '"', "'", '{', ',', ' ', '['];

export interface CompletionOptions {
  snippets: boolean;
}

function sort(i: number): string {
  return String(i).padStart(3, '0');
}

/** `function(a, b)` for a callback parameter of type `fun(a: A, b: B)`. */
function callbackSnippet(type: string): string {
  const m = /^fun\((.*?)\)/.exec(type);
  const names = m
    ? m[1]
        .split(',')
        .map((p) => p.trim().split(/[?:]/)[0])
        .filter((n) => n && n !== '...')
    : [];
  return `function(${names.join(', ')})`;
}

function callSnippet(f: ApiFunction): string {
  const required = f.params.filter((p) => !p.optional && !p.variadic);
  if (required.length === 1 && required[0].type.startsWith('fun(') && f.params.length === 1) {
    return `${f.name}(${callbackSnippet(required[0].type)}\n\t$0\nend)`;
  }
  if (required.length === 0) {
    return f.params.some((p) => p.variadic) ? `${f.name}($1)` : `${f.name}()`;
  }
  const parts = required.map((p, i) => {
    if (p.type.startsWith('fun(')) return `${callbackSnippet(p.type)}\n\t$${i + 1}\nend`;
    if (p.type === 'string') return `"\${${i + 1}:${p.name}}"`;
    return `\${${i + 1}:${p.name}}`;
  });
  return `${f.name}(${parts.join(', ')})`;
}

/** What `resolveCompletion` needs to add the documentation of a member item. */
interface MemberData {
  of: string;
  name: string;
}

function functionItem(f: ApiFunction, i: number, opts: CompletionOptions): CompletionItem {
  // the row shows the parameters; the signature is shown once, at the top of the documentation (on resolve)
  const ret = f.returns.map((r) => r.type).join(', ');
  const item: CompletionItem = {
    label: f.name,
    labelDetails: { detail: shortParams(f), ...(ret ? { description: ret } : {}) },
    kind: f.call === ':' ? CompletionItemKind.Method : CompletionItemKind.Function,
    sortText: sort(i),
    data: { of: f.of, name: f.name } satisfies MemberData,
  };
  if (f.deprecated) item.tags = [1];
  if (opts.snippets) {
    item.insertText = callSnippet(f);
    item.insertTextFormat = InsertTextFormat.Snippet;
  }
  return item;
}

function fieldItem(f: ApiField, i: number): CompletionItem {
  return {
    label: f.name,
    labelDetails: { description: f.type },
    kind: CompletionItemKind.Field,
    sortText: sort(i),
    data: { of: f.of, name: f.name } satisfies MemberData,
  };
}

/** The members of a type after `x:` or `x.`, built once per type, separator and snippet support. */
const memberCache = new Map<string, CompletionItem[]>();

function memberItems(type: ApiType, sep: ':' | '.', opts: CompletionOptions): CompletionItem[] {
  const key = `${type.id}${sep}${opts.snippets ? 's' : ''}`;
  let items = memberCache.get(key);
  if (!items) {
    if (sep === ':') {
      items = type.methods
        .filter((m) => !m.internal && m.call === ':')
        .map((f, i) => functionItem(f, i, opts));
    } else {
      // after `.`: fields, and the functions of modules (`json.`, `omega.storage_path.`)
      const fields = type.fields.filter((f) => !f.internal).map((f, i) => fieldItem(f, i));
      const fns = type.methods
        .filter((m) => !m.internal && m.call === '.')
        .map((f, i) => functionItem(f, fields.length + i, opts));
      items = [...fields, ...fns];
    }
    memberCache.set(key, items);
  }
  return items;
}

/** `completionItem/resolve`: the documentation of a member item, in the locale. */
export function resolveCompletion(item: CompletionItem, locale: Locale): CompletionItem {
  const data = item.data as Partial<MemberData> | undefined;
  if (!data || typeof data.of !== 'string' || typeof data.name !== 'string') return item;
  const m = methodOf(data.of, data.name);
  const f = m ? undefined : fieldOf(data.of, data.name);
  const value = m ? functionDoc(m, locale) : f ? fieldDoc(f, locale) : undefined;
  return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
}

const OPTION_SNIPPETS: Record<string, string> = {
  query: 'query = "$1"',
  headers: 'headers = { $1 }',
  cookies: 'cookies = { $1 }',
  body: 'body = $1',
  form: 'form = "$1"',
  timeout: 'timeout = "${1:30s}"',
  auth: 'auth = { user = "$1", pass = "$2" }',
};

function isIdentifier(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}

function existingKeys(table: Table, except: number): Set<string> {
  return new Set(table.fields.filter((f) => f.keyTok !== except).map((f) => f.key));
}

function keyItems(
  ctx: FeatureContext,
  table: Table,
  cur: Cursor,
  opts: CompletionOptions,
): CompletionItem[] {
  const have = existingKeys(table, cur.word);
  const items: CompletionItem[] = [];
  const snippet = (label: string, text: string, plain: string, item: CompletionItem): void => {
    if (opts.snippets) {
      item.insertText = text;
      item.insertTextFormat = InsertTextFormat.Snippet;
    } else {
      item.insertText = plain;
    }
    item.filterText = label;
    items.push(item);
  };
  if (table.role === 'option') {
    OPTION_KEYS.forEach((k, i) => {
      if (have.has(k.name)) return;
      snippet(k.name, OPTION_SNIPPETS[k.name] ?? `${k.name} = $1`, `${k.name} = `, {
        label: k.name,
        kind: CompletionItemKind.Property,
        labelDetails: {
          description: `${k.typeLabel}${k.deprecated ? ' ' + t(ctx.locale, 'label-deprecated') : ''}`,
        },
        documentation: { kind: MarkupKind.Markdown, value: optionKeyDoc(k, ctx.locale) },
        sortText: sort(i),
        tags: k.deprecated ? [1] : undefined,
      });
    });
  } else if (table.role === 'menu') {
    MENU_OPTION_KEYS.forEach((k, i) => {
      if (have.has(k.name)) return;
      const text = k.name === 'triggers' ? 'triggers = { "$1" }' : `${k.name} = "$1"`;
      snippet(k.name, text, `${k.name} = `, {
        label: k.name,
        kind: CompletionItemKind.Property,
        labelDetails: { description: k.typeLabel },
        documentation: { kind: MarkupKind.Markdown, value: optionKeyDoc(k, ctx.locale, true) },
        sortText: sort(i),
      });
    });
  } else if (table.role === 'auth') {
    AUTH_KEYS.forEach((k, i) => {
      if (have.has(k.name)) return;
      snippet(k.name, `${k.name} = "$1"`, `${k.name} = `, {
        label: k.name,
        kind: CompletionItemKind.Property,
        labelDetails: { description: 'string' },
        documentation: localize(k.summary, ctx.locale),
        sortText: sort(i),
      });
    });
  } else if (table.role === 'headers') {
    COMMON_HEADERS.forEach((h, i) => {
      if (have.has(h.name)) return;
      const key = isIdentifier(h.name) ? h.name : `["${h.name}"]`;
      snippet(h.name, `${key} = "\${1:${h.examples[0] ?? ''}}"`, `${key} = `, {
        label: h.name,
        kind: CompletionItemKind.Property,
        detail: t(ctx.locale, 'label-header'),
        documentation: {
          kind: MarkupKind.Markdown,
          value: `${localize(h.summary, ctx.locale)}\n\n${h.examples.map((e) => '`' + e + '`').join(' · ')}`,
        },
        sortText: sort(i),
      });
    });
  } else if (table.role === 'shape' && table.shape) {
    typeById(table.shape)?.fields.forEach((f, i) => {
      if (have.has(f.name) || f.internal) return;
      const value = f.type === 'string' ? '"$1"' : f.type === 'boolean' ? '${1|true,false|}' : '$1';
      snippet(f.name, `${f.name} = ${value}`, `${f.name} = `, {
        label: f.name,
        labelDetails: { description: f.type },
        kind: CompletionItemKind.Property,
        documentation: { kind: MarkupKind.Markdown, value: fieldDoc(f, ctx.locale) },
        sortText: sort(i),
      });
    });
  }
  return items;
}

function durationItems(ctx: FeatureContext, quoted: boolean): CompletionItem[] {
  return DURATION_EXAMPLES.map((d, i) => ({
    label: quoted ? `"${d.value}"` : d.value,
    kind: CompletionItemKind.Value,
    detail: `${t(ctx.locale, 'label-duration')} · ${localize(d.summary, ctx.locale)}`,
    sortText: sort(i),
  }));
}

export function computeCompletion(
  ctx: FeatureContext,
  offset: number,
  opts: CompletionOptions,
): CompletionItem[] {
  const a = ctx.analysis;
  const cur = cursorAt(a, offset);
  if (cur.comment) return [];
  const { kind } = a.toks;

  if (cur.string >= 0) return stringCompletion(ctx, cur);

  const prev = cur.prev;
  if (prev >= 0 && (kind[prev] === K.Colon || kind[prev] === K.Dot)) {
    const recv = typeBefore(a, prev - 1);
    const sep = kind[prev] === K.Colon ? ':' : '.';
    if (recv?.table) return pluginMemberItems(ctx, recv, sep);
    const type = recv && !recv.array ? typeById(recv.id) : undefined;
    return type ? memberItems(type, sep, opts) : [];
  }

  const table = enclosingTable(a, cur);
  if (table && table.role) {
    if (prev >= 0 && (kind[prev] === K.LBrace || kind[prev] === K.Comma || kind[prev] === K.Semi)) {
      return keyItems(ctx, table, cur, opts);
    }
    if (
      table.role === 'option' &&
      prev >= 1 &&
      kind[prev] === K.Assign &&
      kind[prev - 1] === K.Name &&
      tokenText(a, prev - 1) === 'timeout'
    ) {
      return durationItems(ctx, true);
    }
  }
  return [];
}

function stringCompletion(ctx: FeatureContext, cur: Cursor): CompletionItem[] {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const { struct } = a;
  const s = cur.string;
  const before = s - 1;
  // require("...")
  if (
    (before >= 0 && kind[before] === K.Name && tokenText(a, before) === 'require') ||
    (before >= 1 &&
      kind[before] === K.LParen &&
      kind[before - 1] === K.Name &&
      tokenText(a, before - 1) === 'require')
  ) {
    return MODULES.map((m, i) => ({
      label: m.name,
      kind: CompletionItemKind.Module,
      detail: t(ctx.locale, 'label-module'),
      documentation: { kind: MarkupKind.Markdown, value: moduleDoc(m, ctx.locale) },
      sortText: sort(i),
    }));
  }
  if (before >= 0 && kind[before] === K.LParen) {
    const call = struct.callByOpen.get(before);
    if (call && call.api && call.name === 'http_request' && call.args[0]?.start === s) {
      return HTTP_METHODS.map((m, i) => ({
        label: m.name,
        kind: CompletionItemKind.EnumMember,
        detail: t(ctx.locale, 'label-http-method'),
        documentation: localize(m.summary, ctx.locale),
        sortText: sort(i),
      }));
    }
  }
  const parent = struct.parent[s];
  const table = parent >= 0 ? struct.tables.get(parent) : undefined;
  if (
    table?.role === 'option' &&
    before >= 1 &&
    kind[before] === K.Assign &&
    kind[before - 1] === K.Name &&
    tokenText(a, before - 1) === 'timeout'
  ) {
    return durationItems(ctx, false);
  }
  // headers = { ["Content-Type"] = "..." }: header values
  if (
    before >= 3 &&
    kind[before] === K.Assign &&
    kind[before - 1] === K.RBracket &&
    kind[before - 2] === K.String
  ) {
    const p = struct.parent[before];
    if (p >= 0 && struct.tables.get(p)?.role === 'headers') {
      return headerValues(ctx, before - 2);
    }
  }
  if (before >= 1 && kind[before] === K.Assign && kind[before - 1] === K.Name) {
    const p = struct.parent[before];
    if (p >= 0 && struct.tables.get(p)?.role === 'headers') return headerValues(ctx, before - 1);
  }
  // headers = { ["Con|"] }
  if (before >= 0 && kind[before] === K.LBracket) {
    const p = struct.parent[before];
    const tb = p >= 0 ? struct.tables.get(p) : undefined;
    if (tb?.role === 'headers') {
      const have = existingKeys(tb, s);
      return COMMON_HEADERS.filter((h) => !have.has(h.name)).map((h, i) => ({
        label: h.name,
        kind: CompletionItemKind.Property,
        detail: t(ctx.locale, 'label-header'),
        documentation: localize(h.summary, ctx.locale),
        sortText: sort(i),
      }));
    }
  }
  return [];
}

function headerValues(ctx: FeatureContext, keyTok: number): CompletionItem[] {
  const a = ctx.analysis;
  const raw = tokenText(a, keyTok).replace(/^["']|["']$/g, '');
  const h = COMMON_HEADERS.find((x) => x.name.toLowerCase() === raw.toLowerCase());
  if (!h) return [];
  return h.examples.map((e, i) => ({
    label: e,
    kind: CompletionItemKind.Value,
    detail: h.name,
    sortText: sort(i),
  }));
}
