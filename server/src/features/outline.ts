/** Document symbols (functions, menu listeners, coroutines) and folding ranges (blocks, tables, long comments). */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
} from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { stringValue, type Call } from '../analysis/structure';
import { tokenRange, tokenText, type FeatureContext } from './common';

const MAX_SYMBOLS = 5000;
const MAX_FOLDS = 5000;

/** The name a `function` keyword's function is known by: `function a.b:c()`, `local function f()`, `x = function()`. */
function functionName(ctx: FeatureContext, fnTok: number): string | null {
  const a = ctx.analysis;
  const { kind } = a.toks;
  if (kind[fnTok + 1] === K.Name) {
    let j = fnTok + 1;
    let name = tokenText(a, j);
    while ((kind[j + 1] === K.Dot || kind[j + 1] === K.Colon) && kind[j + 2] === K.Name) {
      name += tokenText(a, j + 1) + tokenText(a, j + 2);
      j += 2;
    }
    return name;
  }
  if (fnTok >= 2 && kind[fnTok - 1] === K.Assign && kind[fnTok - 2] === K.Name) {
    return tokenText(a, fnTok - 2);
  }
  return null;
}

function listenerLabel(ctx: FeatureContext, c: Call): string {
  const a = ctx.analysis;
  const arg = c.args[0];
  if (arg && a.toks.kind[arg.start] === K.LBrace) {
    const table = a.struct.tables.get(arg.start);
    const triggers = table?.fields.find((f) => f.key === 'triggers');
    if (
      triggers &&
      a.toks.kind[triggers.valueStart] === K.LBrace &&
      a.toks.kind[triggers.valueStart + 1] === K.String
    ) {
      return `${c.name} "${stringValue(a.toks, triggers.valueStart + 1)}"`;
    }
  }
  return c.name;
}

export function computeDocumentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  const a = ctx.analysis;
  const { struct } = a;
  const roots: DocumentSymbol[] = [];
  const stack: { sym: DocumentSymbol; end: number }[] = [];
  const add = (sym: DocumentSymbol, startTok: number, endTok: number): void => {
    while (stack.length && stack[stack.length - 1].end < startTok) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) (parent.sym.children ??= []).push(sym);
    else roots.push(sym);
    stack.push({ sym, end: endTok });
  };
  // functions and listeners in source order
  const items: { start: number; end: number; make: () => DocumentSymbol | null }[] = [];
  for (const b of struct.blocks) {
    if (b.kind !== K.Function) continue;
    items.push({
      start: b.openTok,
      end: b.closeTok,
      make: () => {
        const name = functionName(ctx, b.openTok);
        if (!name) return null;
        const isMethod = name.includes(':');
        return {
          name,
          kind: isMethod ? SymbolKind.Method : SymbolKind.Function,
          range: tokenRange(ctx, b.openTok, b.closeTok),
          selectionRange: tokenRange(ctx, b.openTok + 1 < a.toks.count ? b.openTok + 1 : b.openTok),
          children: [],
        };
      },
    });
  }
  for (const c of struct.calls) {
    if (!c.api?.listener || c.receiverTok < 0) continue;
    const end = c.closeTok >= 0 ? c.closeTok : c.nameTok;
    items.push({
      start: c.receiverTok,
      end,
      make: () => ({
        name: listenerLabel(ctx, c),
        kind: SymbolKind.Event,
        range: tokenRange(ctx, c.receiverTok, end),
        selectionRange: tokenRange(ctx, c.nameTok),
        children: [],
      }),
    });
  }
  items.sort((x, y) => x.start - y.start);
  let count = 0;
  for (const it of items) {
    if (count >= MAX_SYMBOLS) break;
    const sym = it.make();
    if (!sym) continue;
    count++;
    add(sym, it.start, it.end);
  }
  return roots;
}

export function computeFoldingRanges(ctx: FeatureContext): FoldingRange[] {
  const a = ctx.analysis;
  const { toks, struct } = a;
  const out: FoldingRange[] = [];
  const line = (offset: number): number => ctx.doc.positionAt(a.base + offset).line;
  const addRange = (startOffset: number, endOffset: number, kind?: FoldingRangeKind): void => {
    if (out.length >= MAX_FOLDS) return;
    const s = line(startOffset);
    const e = line(endOffset) - 1;
    if (e > s) out.push(kind ? { startLine: s, endLine: e, kind } : { startLine: s, endLine: e });
  };
  for (const b of struct.blocks) {
    if (b.closed) addRange(toks.start[b.openTok], toks.start[b.closeTok]);
  }
  for (const t of struct.tables.values()) {
    if (t.closeTok >= 0) addRange(toks.start[t.openTok], toks.start[t.closeTok]);
  }
  for (let i = 0; i < toks.commentStart.length; i++) {
    const s = toks.commentStart[i];
    const e = toks.commentEnd[i];
    if (toks.text.startsWith('--[', s)) addRange(s, e, FoldingRangeKind.Comment);
  }
  return out;
}
