import * as path from 'node:path';
import * as vscode from 'vscode';
import { findLuaLocations } from './links';

/** Makes `file.lua:line` in the Coromega Output channel clickable, also for files outside the workspace
 * (VS Code's own output links only cover workspace paths). Relative paths resolve against the last run's file. */
export class OutputLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly baseDir: () => string | undefined) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    const base = this.baseDir();
    const max = Math.min(document.lineCount, 20_000);
    for (let i = 0; i < max; i++) {
      const text = document.lineAt(i).text;
      if (!text.includes('.lua:')) continue;
      for (const m of findLuaLocations(text)) {
        const file = path.isAbsolute(m.file)
          ? m.file
          : base
            ? path.resolve(base, m.file)
            : undefined;
        if (!file) continue;
        const target = vscode.Uri.file(file).with({ fragment: `L${m.line}` });
        links.push(new vscode.DocumentLink(new vscode.Range(i, m.start, i, m.end), target));
      }
    }
    return links;
  }
}
