/**
 * Quick fixes: each of our diagnostics that has one obvious fix carries it in `data.fixes`; a fix may edit another
 * file (the plugin's config) or create it.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { SOURCE, type DiagnosticData } from './diagnostics';

function isData(x: unknown): x is DiagnosticData {
  return typeof x === 'object' && x !== null && Array.isArray((x as DiagnosticData).fixes);
}

export function computeCodeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || !isData(d.data)) continue;
    for (const fix of d.data.fixes) {
      const target = fix.uri ?? uri;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.preferred ?? d.data.fixes.length === 1,
        edit: fix.create
          ? {
              documentChanges: [
                { kind: 'create', uri: target, options: { ignoreIfExists: true } },
                { textDocument: { uri: target, version: null }, edits: fix.edits },
              ],
            }
          : { changes: { [target]: fix.edits } },
      });
    }
  }
  return actions;
}
