/**
 * Rename of locals, upvalues, functions, parameters, globals the plugin assigns and fields of the plugin's own tables
 * (across the files that reach a module's table). Names neomega provides are refused with a message, and so is a
 * rename that would change what a name refers to: a use that another declaration of the new name would shadow, or
 * an existing use of the new name that the renamed local would capture.
 */
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { GLOBAL, type Decl, type Scopes } from '../analysis/scopes';
import { t } from '../messages';
import { tokenRange, tokenText, type FeatureContext } from './common';
import { occurrences, targetAt, type Target } from './symbols';

const KEYWORDS = new Set([
  'and',
  'break',
  'do',
  'else',
  'elseif',
  'end',
  'false',
  'for',
  'function',
  'goto',
  'if',
  'in',
  'local',
  'nil',
  'not',
  'or',
  'repeat',
  'return',
  'then',
  'true',
  'until',
  'while',
]);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type RenameRefusal = { error: string };

function refusal(ctx: FeatureContext, target: Target | null): RenameRefusal | null {
  if (!target || target.kind === 'module') return { error: t(ctx.locale, 'rename-not-symbol') };
  if (target.kind === 'catalog') {
    const what =
      target.what === 'api'
        ? 'rename-catalog-api'
        : target.what === 'global'
          ? 'rename-catalog-global'
          : 'rename-catalog-key';
    return { error: t(ctx.locale, 'rename-catalog', target.name, t(ctx.locale, what)) };
  }
  if (target.kind === 'local' && target.decl.kind === 'self') {
    return { error: t(ctx.locale, 'rename-self') };
  }
  return null;
}

/** The range and current name to rename, or why this cannot be renamed. */
export function prepareRename(
  ctx: FeatureContext,
  offset: number,
): { range: Range; placeholder: string } | RenameRefusal {
  const target = targetAt(ctx, offset);
  const no = refusal(ctx, target);
  if (no || !target) return no ?? { error: t(ctx.locale, 'rename-not-symbol') };
  const range = nameRange(ctx, target.tok);
  const name = target.kind === 'local' ? target.decl.name : 'name' in target ? target.name : '';
  return { range, placeholder: name };
}

/** The range of a name token; for a string key (`t["x"]`) the text inside the quotes. */
function nameRange(ctx: FeatureContext, tok: number): Range {
  const r = tokenRange(ctx, tok);
  if (ctx.analysis.toks.kind[tok] === K.String) {
    const raw = tokenText(ctx.analysis, tok);
    const open = raw.startsWith('[') ? raw.indexOf('[', 1) + 1 : 1;
    const close = raw.startsWith('[') ? open : 1;
    r.start = { line: r.start.line, character: r.start.character + open };
    r.end = { line: r.end.line, character: r.end.character - close };
  }
  return r;
}

function line(ctx: FeatureContext, tok: number): number {
  return ctx.doc.positionAt(ctx.analysis.base + ctx.analysis.toks.start[tok]).line + 1;
}

/** Whether renaming `d` to `newName` keeps every name pointing where it did, or the reason it would not. */
function localConflict(ctx: FeatureContext, s: Scopes, d: Decl, newName: string): string | null {
  const same = s.decls.filter((x) => x.name === newName);
  // a use of d inside the range of a later (inner) declaration of newName would be shadowed by it
  for (const r of s.refs[d.id]) {
    for (const e of same) {
      if (e.from > d.from && e.from <= r && r < e.to) {
        return t(ctx.locale, 'rename-shadowed', newName, line(ctx, r), line(ctx, e.tok));
      }
    }
  }
  // an existing use of newName that d's range holds, which resolves to something declared before d (or a global)
  const uses: number[] = [...(s.globals.get(newName) ?? [])];
  for (const e of same) uses.push(...s.refs[e.id].filter((u) => u !== e.tok));
  for (const u of uses) {
    if (u < d.from || u >= d.to) continue;
    const r = s.ref[u];
    if (r === GLOBAL || (r >= 0 && s.decls[r].from < d.from)) {
      return t(ctx.locale, 'rename-captures', newName, line(ctx, u));
    }
  }
  return null;
}

export function computeRename(
  ctx: FeatureContext,
  offset: number,
  newName: string,
): WorkspaceEdit | RenameRefusal {
  const target = targetAt(ctx, offset);
  const no = refusal(ctx, target);
  if (no || !target) return no ?? { error: t(ctx.locale, 'rename-not-symbol') };
  if (!IDENT.test(newName)) return { error: t(ctx.locale, 'rename-invalid', newName) };
  if (KEYWORDS.has(newName)) return { error: t(ctx.locale, 'rename-keyword', newName) };
  const s = ctx.analysis.scopes;
  if (target.kind === 'local') {
    const c = localConflict(ctx, s, target.decl, newName);
    if (c) return { error: c };
  } else if (target.kind === 'global') {
    for (const u of s.globals.get(newName) ?? []) {
      return { error: t(ctx.locale, 'rename-global-exists', newName, line(ctx, u)) };
    }
    for (const site of s.globals.get(target.name) ?? []) {
      const shadow = s.decls.find((e) => e.name === newName && e.from <= site && site < e.to);
      if (shadow) {
        return {
          error: t(ctx.locale, 'rename-shadowed', newName, line(ctx, site), line(ctx, shadow.tok)),
        };
      }
    }
  } else if (target.kind === 'field') {
    const owner = target.key.slice(0, target.key.lastIndexOf('.'));
    const home = target.home;
    const existing = home.analysis.fields().occurrences.get(`${owner}.${newName}`);
    if (existing?.length) {
      return { error: t(ctx.locale, 'rename-field-exists', newName, line(home, existing[0])) };
    }
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const site of occurrences(ctx, target)) {
    const list = (changes[site.ctx.doc.uri] ??= []);
    list.push({ range: nameRange(site.ctx, site.tok), newText: newName });
  }
  return { changes };
}
