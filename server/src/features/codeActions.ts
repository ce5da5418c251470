/** Quick fixes: each of our diagnostics that has one obvious fix carries it in `data.fixes`. */
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
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: d.data.fixes.length === 1,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}
