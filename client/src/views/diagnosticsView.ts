import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import type { RunInfo, RunView } from './types';

/** Shows an uncaught Lua error of the last run as a diagnostic at the failing line. */
export class DiagnosticsView implements RunView, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('coromega-run');
  private info: RunInfo | undefined;
  private readonly onEdit: vscode.Disposable;

  constructor() {
    // The diagnostic describes the text that ran; once that text changes it would point at the wrong place.
    this.onEdit = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && this.collection.has(e.document.uri)) {
        this.collection.delete(e.document.uri);
      }
    });
  }

  runStarted(info: RunInfo): void {
    this.info = info;
    this.collection.clear();
  }

  event(ev: RunEvent): void {
    // Restart on save: the errors of the run before describe code that is gone.
    if (ev.type === 'reload') this.collection.clear();
    if (ev.type !== 'error' || !this.info || !ev.line) return;
    const uri = this.resolve(ev.file);
    if (!uri) return;
    const line = Math.max(0, ev.line - 1);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let range = new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER);
    if (doc && line < doc.lineCount) {
      const l = doc.lineAt(line);
      range = new vscode.Range(line, l.firstNonWhitespaceCharacterIndex, line, l.text.length);
    }
    const d = new vscode.Diagnostic(range, ev.message, vscode.DiagnosticSeverity.Error);
    d.source = 'coromega run';
    this.collection.set(uri, [...(this.collection.get(uri) ?? []), d]);
  }

  runEnded(_exit: ExitEvent): void {}

  private resolve(file: string | undefined): vscode.Uri | undefined {
    const info = this.info;
    if (!info) return undefined;
    if (!file || file === info.displayPath || file === info.file) return info.uri;
    if (path.isAbsolute(file)) return vscode.Uri.file(file);
    if (info.uri.scheme === 'file')
      return vscode.Uri.file(path.resolve(path.dirname(info.uri.fsPath), file));
    return undefined;
  }

  dispose(): void {
    this.onEdit.dispose();
    this.collection.dispose();
  }
}
