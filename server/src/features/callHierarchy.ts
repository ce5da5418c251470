/**
 * Call hierarchy for the plugin's own functions (in this file and the modules it requires): the function under the
 * cursor, the functions (or the main chunk) that call it, and the plugin functions it calls.
 */
import {
  SymbolKind,
  type CallHierarchyIncomingCall,
  type CallHierarchyItem,
  type CallHierarchyOutgoingCall,
  type Range,
} from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { tokenRange, type FeatureContext } from './common';
import { functionHead } from './pluginDocs';
import { occurrences, targetAt, targetOfToken, type Site } from './symbols';

interface ItemData {
  uri: string;
  /** The `function` keyword, or -1 for the main chunk. */
  fnTok: number;
}

/** The name token a function is known by: `f` in `local function f`, `function M.f`, `M.f = function`. */
export function functionNameTok(ctx: FeatureContext, fnTok: number): number {
  const { kind } = ctx.analysis.toks;
  let j = fnTok + 1;
  if (kind[j] === K.Name) {
    while ((kind[j + 1] === K.Dot || kind[j + 1] === K.Colon) && kind[j + 2] === K.Name) j += 2;
    return j;
  }
  if (fnTok >= 2 && kind[fnTok - 1] === K.Assign && kind[fnTok - 2] === K.Name) return fnTok - 2;
  return -1;
}

function wholeRange(ctx: FeatureContext, fnTok: number): Range {
  const end = ctx.analysis.struct.fnEnd.get(fnTok) ?? -1;
  return tokenRange(ctx, fnTok, end >= 0 ? end : fnTok);
}

function item(ctx: FeatureContext, fnTok: number): CallHierarchyItem {
  const uri = ctx.doc.uri;
  const data: ItemData = { uri, fnTok };
  if (fnTok < 0) {
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { name, kind: SymbolKind.File, uri, range: r, selectionRange: r, data };
  }
  const nameTok = functionNameTok(ctx, fnTok);
  const head = functionHead(ctx, fnTok).replace(/^(local )?function /, '');
  const line = ctx.doc.positionAt(ctx.analysis.base + ctx.analysis.toks.start[fnTok]).line + 1;
  const name = head.startsWith('(') ? `function${head} :${line}` : head.replace(/\(.*$/, '');
  return {
    name,
    detail: head.startsWith('(') ? undefined : head,
    kind: name.includes(':') && !head.startsWith('(') ? SymbolKind.Method : SymbolKind.Function,
    uri,
    range: wholeRange(ctx, fnTok),
    selectionRange: tokenRange(ctx, nameTok >= 0 ? nameTok : fnTok),
    data,
  };
}

/** The plugin function a site calls or names: its file and `function` keyword, or null. */
function functionAtSite(
  ctx: FeatureContext,
  tok: number,
): { home: FeatureContext; fnTok: number } | null {
  const a = ctx.analysis;
  const { kind } = a.toks;
  // the name in a function's own head
  let j = tok;
  while (j >= 2 && (kind[j - 1] === K.Dot || kind[j - 1] === K.Colon) && kind[j - 2] === K.Name)
    j -= 2;
  if (j >= 1 && kind[j - 1] === K.Function && functionNameTok(ctx, j - 1) === tok) {
    return { home: ctx, fnTok: j - 1 };
  }
  if (kind[tok + 1] === K.Assign && kind[tok + 2] === K.Function)
    return { home: ctx, fnTok: tok + 2 };
  const target = targetOfToken(ctx, tok);
  if (!target) return null;
  if (target.kind === 'local') {
    const d = target.decl;
    if (d.kind === 'function') return { home: ctx, fnTok: d.tok - 1 };
    if (kind[d.tok + 1] === K.Assign && kind[d.tok + 2] === K.Function) {
      return { home: ctx, fnTok: d.tok + 2 };
    }
    return null;
  }
  if (target.kind === 'global') {
    for (const u of a.scopes.globals.get(target.name) ?? []) {
      if (kind[u - 1] === K.Function && kind[u + 1] === K.LParen)
        return { home: ctx, fnTok: u - 1 };
      if (kind[u + 1] === K.Assign && kind[u + 2] === K.Function)
        return { home: ctx, fnTok: u + 2 };
    }
    return null;
  }
  if (target.kind === 'field') {
    const fn = target.home.analysis.sem.fieldFunction(target.key);
    return fn >= 0 ? { home: target.home, fnTok: fn } : null;
  }
  return null;
}

export function prepareCallHierarchy(
  ctx: FeatureContext,
  offset: number,
): CallHierarchyItem[] | null {
  const target = targetAt(ctx, offset);
  if (!target) return null;
  const f = functionAtSite(ctx, target.tok);
  return f ? [item(f.home, f.fnTok)] : null;
}

function isCall(s: Site): boolean {
  if (s.write) return false;
  const k = s.ctx.analysis.toks.kind[s.tok + 1];
  return k === K.LParen || k === K.String || k === K.LBrace;
}

function fromData(project: FeatureContext['project'], ctx: FeatureContext, data: unknown) {
  const d = data as Partial<ItemData> | undefined;
  if (!d || typeof d.uri !== 'string' || typeof d.fnTok !== 'number') return null;
  const home = d.uri === ctx.doc.uri ? ctx : project?.knownFiles().find((c) => c.doc.uri === d.uri);
  if (!home) return null;
  if (d.fnTok >= 0 && home.analysis.toks.kind[d.fnTok] !== K.Function) return null;
  return { home, fnTok: d.fnTok };
}

export function incomingCalls(
  ctx: FeatureContext,
  it: CallHierarchyItem,
): CallHierarchyIncomingCall[] {
  const f = fromData(ctx.project, ctx, it.data);
  if (!f || f.fnTok < 0) return [];
  const nameTok = functionNameTok(f.home, f.fnTok);
  const target = nameTok >= 0 ? targetOfToken(f.home, nameTok) : null;
  if (!target) return [];
  const groups = new Map<string, { from: CallHierarchyItem; ranges: Range[] }>();
  for (const s of occurrences(f.home, target)) {
    if (!isCall(s)) continue;
    const caller = s.ctx.analysis.struct.fnOf[s.tok];
    const key = `${s.ctx.doc.uri}#${caller}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { from: item(s.ctx, caller), ranges: [] }));
    g.ranges.push(tokenRange(s.ctx, s.tok));
  }
  return [...groups.values()].map((g) => ({ from: g.from, fromRanges: g.ranges }));
}

export function outgoingCalls(
  ctx: FeatureContext,
  it: CallHierarchyItem,
): CallHierarchyOutgoingCall[] {
  const f = fromData(ctx.project, ctx, it.data);
  if (!f) return [];
  const a = f.home.analysis;
  const groups = new Map<string, { to: CallHierarchyItem; ranges: Range[] }>();
  for (const c of a.struct.calls) {
    if (a.struct.fnOf[c.nameTok] !== f.fnTok || c.api) continue;
    const callee = functionAtSite(f.home, c.nameTok);
    if (!callee) continue;
    const key = `${callee.home.doc.uri}#${callee.fnTok}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { to: item(callee.home, callee.fnTok), ranges: [] }));
    g.ranges.push(tokenRange(f.home, c.nameTok));
  }
  return [...groups.values()].map((g) => ({ to: g.to, fromRanges: g.ranges }));
}
