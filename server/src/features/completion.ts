/**
 * Completion: coromega methods after `coromega:`, option keys inside an HTTP call's option table (also one built
 * in a local and passed later), `user`/`pass` in `auth`, header names in `headers`, durations for `timeout`,
 * methods in `http_request("`, response fields after a local holding an HTTP result, modules in `require("`.
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
  COROMEGA_FIELDS,
  COROMEGA_METHODS,
  DURATION_EXAMPLES,
  HTTP_METHODS,
  JSON_FUNCTIONS,
  MENU_OPTION_KEYS,
  MODULES,
  OPTION_KEYS,
  RESPONSE_FIELDS,
  findFunction,
  localize,
  signatureLabel,
  type ApiFunction,
} from '../../../catalog';
import { K } from '../analysis/lexer';
import type { Table } from '../analysis/structure';
import { t } from '../messages';
import { tokenText, type FeatureContext } from './common';
import { cursorAt, enclosingTable, httpResultOf, isCoromega, type Cursor } from './cursor';
import { fieldDoc, functionDoc, moduleDoc, optionKeyDoc, responseFieldDoc } from './docs';

export const TRIGGER_CHARACTERS = [':', '.', '"', "'", '{', ',', ' ', '['];

export interface CompletionOptions {
  snippets: boolean;
}

function sort(i: number): string {
  return String(i).padStart(3, '0');
}

function callSnippet(f: ApiFunction): string {
  if (f.name === 'start_new') return 'start_new(function()\n\t$0\nend)';
  const required = f.params.filter((p) => !p.optional && !p.variadic);
  if (required.length === 0) {
    return f.params.some((p) => p.variadic) ? `${f.name}($1)` : `${f.name}()`;
  }
  const parts = required.map((p, i) => {
    if (p.type === 'function') return `function()\n\t$${i + 1}\nend`;
    if (p.type === 'string') return `"\${${i + 1}:${p.name}}"`;
    return `\${${i + 1}:${p.name}}`;
  });
  return `${f.name}(${parts.join(', ')})`;
}

function functionItem(
  ctx: FeatureContext,
  f: ApiFunction,
  i: number,
  opts: CompletionOptions,
): CompletionItem {
  const item: CompletionItem = {
    label: f.name,
    kind: f.call === ':' ? CompletionItemKind.Method : CompletionItemKind.Function,
    detail: signatureLabel(f),
    documentation: { kind: MarkupKind.Markdown, value: functionDoc(f, ctx.locale) },
    sortText: sort(i),
  };
  if (f.deprecated) item.tags = [1];
  if (opts.snippets) {
    item.insertText = callSnippet(f);
    item.insertTextFormat = InsertTextFormat.Snippet;
  }
  return item;
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
        detail: `${k.name}: ${k.typeLabel}${k.deprecated ? ' ' + t(ctx.locale, 'label-deprecated') : ''}`,
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
        detail: `${k.name}: ${k.typeLabel}`,
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
        detail: `${k.name}: string`,
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
  const { struct } = a;

  if (cur.string >= 0) return stringCompletion(ctx, cur);

  const prev = cur.prev;
  if (prev >= 0 && kind[prev] === K.Colon) {
    const recv = prev - 1;
    if (isCoromega(a, recv)) {
      return COROMEGA_METHODS.map((f, i) => functionItem(ctx, f, i, opts));
    }
    if (recv >= 0 && kind[recv] === K.RParen) {
      // coromega:when_called_by_...({...}):start_new(...)
      const open = struct.openOf[recv];
      const call = open >= 0 ? struct.callByOpen.get(open) : undefined;
      if (call?.api?.listener) {
        const sn = findFunction('coromega', 'start_new');
        return sn ? [functionItem(ctx, sn, 0, opts)] : [];
      }
    }
    return [];
  }
  if (prev >= 0 && kind[prev] === K.Dot) {
    const recv = prev - 1;
    if (isCoromega(a, recv)) {
      const items: CompletionItem[] = COROMEGA_FIELDS.map((f, i) => ({
        label: f.name,
        kind: CompletionItemKind.Field,
        detail: `${f.owner}.${f.name}: ${f.type}`,
        documentation: { kind: MarkupKind.Markdown, value: fieldDoc(f, ctx.locale) },
        sortText: sort(i),
      }));
      const from = findFunction('coromega', 'from');
      if (from) items.push(functionItem(ctx, from, items.length, opts));
      return items;
    }
    if (recv >= 0 && kind[recv] === K.Name && tokenText(a, recv) === 'json') {
      return JSON_FUNCTIONS.map((f, i) => functionItem(ctx, f, i, opts));
    }
    if (httpResultOf(a, recv)) {
      return RESPONSE_FIELDS.map((f, i) => ({
        label: f.name,
        kind: CompletionItemKind.Field,
        detail: `${f.name}: ${f.type}`,
        documentation: { kind: MarkupKind.Markdown, value: responseFieldDoc(f, ctx.locale) },
        sortText: sort(i),
      }));
    }
    return [];
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
