import * as vscode from 'vscode';
import { runLensLine } from './lens';

/** "▶ Run Lua plugin" above `coromega:run()` (or the first line when there is none). */
export class RunCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const line = runLensLine(document.getText());
    return [
      new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: `$(play) ${vscode.l10n.t('Run Lua plugin')}`,
        command: 'coromegaLua.run',
        arguments: [document.uri],
      }),
    ];
  }
}
