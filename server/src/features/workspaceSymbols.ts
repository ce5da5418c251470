/**
 * Workspace symbols: the functions, methods and listeners of every Lua file of the workspace the server has read
 * (the workspace is read lazily, the first time symbols are asked for), matched by the letters of the query in
 * order, case-insensitively.
 */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver';
import type { FeatureContext } from './common';
import { computeDocumentSymbols } from './outline';

const MAX_RESULTS = 500;

/** Whether the letters of `query` appear in `name` in order (`gp` matches `get_player`). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

export function computeWorkspaceSymbols(
  files: FeatureContext[],
  query: string,
): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (ctx: FeatureContext, syms: DocumentSymbol[], container?: string): void => {
    for (const s of syms) {
      if (out.length >= MAX_RESULTS) return;
      if (fuzzyMatch(query, s.name)) {
        out.push({
          name: s.name,
          kind: s.kind,
          location: { uri: ctx.doc.uri, range: s.selectionRange },
          containerName: container,
        });
      }
      if (s.children?.length) walk(ctx, s.children, s.name);
    }
  };
  for (const ctx of files) {
    if (out.length >= MAX_RESULTS) break;
    walk(ctx, computeDocumentSymbols(ctx));
  }
  return out;
}
