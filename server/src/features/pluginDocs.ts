/**
 * What the plugin says about its own functions and tables, for hover and completion: a function's signature as
 * written (`function M.find(name, online)`), the comment lines above it, what it returns when the type flow knows,
 * and the file it is in when that is another module; the fields of a plugin table (`M.`, a required module's
 * `util.`).
 */
import * as path from 'node:path';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { localize, typeById } from '../../../catalog';
import { K } from '../../../lua51/lexer';
import type { TypeInfo, TypePass } from '../analysis/types';
import { PLUGIN_TABLE } from '../analysis/types';
import { t } from '../messages';
import { tokenText, type FeatureContext } from './common';

/** The name a type has for a reader (`玩家` / `player`, with `[]` for arrays), or undefined for plugin tables. */
export function typeLabel(info: TypeInfo, locale: FeatureContext['locale']): string | undefined {
  if (info.id === PLUGIN_TABLE) return undefined;
  const type = typeById(info.id);
  if (!type) return undefined;
  return localize(type.name, locale) + (info.array ? '[]' : '');
}

/** The text of the function's head: `function M.find(name, online)` / `local function f(a)`. */
export function functionHead(ctx: FeatureContext, fnTok: number): string {
  const a = ctx.analysis;
  const { kind } = a.toks;
  let name = '';
  let j = fnTok + 1;
  while (kind[j] === K.Name || kind[j] === K.Dot || kind[j] === K.Colon) name += tokenText(a, j++);
  if (!name && fnTok >= 2 && kind[fnTok - 1] === K.Assign) {
    // `M.f = function(` / `local f = function(` / `{ f = function(`
    let s = fnTok - 2;
    while (s >= 2 && kind[s - 1] === K.Dot && kind[s - 2] === K.Name) s -= 2;
    for (let q = s; q < fnTok - 1; q++) name += tokenText(a, q);
  }
  const params: string[] = [];
  if (kind[j] === K.LParen) {
    for (j++; j < a.toks.count && kind[j] !== K.RParen; j++) {
      if (kind[j] === K.Name || kind[j] === K.Dots) params.push(tokenText(a, j));
      else if (kind[j] !== K.Comma) break;
    }
  }
  const local = fnTok >= 1 && kind[fnTok - 1] === K.Local ? 'local ' : '';
  return `${local}function ${name}(${params.join(', ')})`;
}

/** The comment lines right above the statement that starts at token `stmt` (`--` markers removed). */
export function leadingComment(ctx: FeatureContext, stmt: number): string {
  const { toks } = ctx.analysis;
  const text = toks.text;
  let pos = toks.start[stmt];
  // back to the start of the line
  while (pos > 0 && text[pos - 1] !== '\n') pos--;
  const out: string[] = [];
  const cs = toks.commentStart;
  let i = cs.length - 1;
  while (i >= 0 && cs[i] >= pos) i--;
  for (; i >= 0; i--) {
    const end = toks.commentEnd[i];
    const between = text.slice(end, pos);
    if (!/^[ \t]*\r?\n?[ \t]*$/.test(between)) break;
    const body = text
      .slice(cs[i], end)
      .replace(/^--\[(=*)\[([\s\S]*?)\]\1\]$/, '$2')
      .replace(/^-+ ?/, '')
      .trimEnd();
    out.unshift(body);
    pos = cs[i];
    while (pos > 0 && text[pos - 1] !== '\n') pos--;
    if (pos < cs[i] && !/^[ \t]*$/.test(text.slice(pos, cs[i]))) break;
  }
  return out.join('\n').trim();
}

/** The first token of the statement a function definition is part of (`local`, `function`, or the assigned name). */
function statementStart(ctx: FeatureContext, fnTok: number): number {
  const { kind } = ctx.analysis.toks;
  if (fnTok >= 1 && kind[fnTok - 1] === K.Local) return fnTok - 1;
  if (fnTok >= 1 && kind[fnTok - 1] === K.Assign) {
    let s = fnTok - 2;
    while (s >= 2 && kind[s - 1] === K.Dot && kind[s - 2] === K.Name) s -= 2;
    if (s >= 1 && kind[s - 1] === K.Local) s--;
    return Math.max(0, s);
  }
  return fnTok;
}

/** Hover text for the plugin's own function starting at `fnTok` in `home` (maybe another file than `from`). */
export function functionHover(from: FeatureContext, home: FeatureContext, fnTok: number): string {
  const head = functionHead(home, fnTok);
  const ret = home.analysis.sem.returnType(fnTok, 0);
  const label = ret ? typeLabel(ret, from.locale) : undefined;
  let md = '```lua\n' + head + (label ? `: ${label}` : '') + '\n```';
  const doc = leadingComment(home, statementStart(home, fnTok));
  if (doc) md += '\n\n' + doc;
  if (home.doc.uri !== from.doc.uri) {
    md += `\n\n*${t(from.locale, 'label-defined-in', path.basename(decodeURIComponent(home.doc.uri)))}*`;
  }
  return md;
}

/** The direct fields of the plugin table `key` in `pass`: name -> first defining token. */
export function tableFields(pass: TypePass, key: string): Map<string, number> {
  const out = new Map<string, number>();
  const prefix = key + '.';
  const f = pass.fields();
  for (const [k, defs] of f.defs) {
    if (!k.startsWith(prefix) || k.indexOf('.', prefix.length) >= 0 || defs.length === 0) continue;
    out.set(k.slice(prefix.length), defs[0]);
  }
  return out;
}

/** Completion items for `M.` / `M:` on a plugin table (its functions and fields). */
export function pluginMemberItems(
  ctx: FeatureContext,
  info: TypeInfo,
  sep: ':' | '.',
): CompletionItem[] {
  const table = info.table;
  if (!table) return [];
  const home =
    ctx.project?.fileOf(table.pass) ?? (table.pass === ctx.analysis.sem ? ctx : undefined);
  if (!home) return [];
  const items: CompletionItem[] = [];
  for (const [name] of tableFields(table.pass, table.key)) {
    const fn = table.pass.fieldFunction(`${table.key}.${name}`);
    if (sep === ':' && fn < 0) continue;
    const item: CompletionItem = {
      label: name,
      kind:
        fn >= 0
          ? sep === ':'
            ? CompletionItemKind.Method
            : CompletionItemKind.Function
          : CompletionItemKind.Field,
    };
    if (fn >= 0) {
      item.detail = functionHead(home, fn).replace(/^(local )?function /, '');
      item.documentation = { kind: 'markdown', value: functionHover(ctx, home, fn) };
    } else {
      const v = table.pass.fieldValueType(`${table.key}.${name}`);
      const label = v ? typeLabel(v, ctx.locale) : undefined;
      if (label) item.detail = label;
    }
    items.push(item);
  }
  return items;
}
