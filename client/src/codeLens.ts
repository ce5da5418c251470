import * as vscode from 'vscode';
import type { Localize } from './i18n';
import { findEntryPoints, RUN_LENS_LINE, type EntryPoint } from './lens';

/** What the lenses need to know about the current run. */
export interface LensState {
  /** Whether this document is the one running now. */
  isRunning(uri: vscode.Uri): boolean;
}

/** "▶ Run Lua plugin" on the first line; on each terminal-menu listener "▶ Run and send <trigger>" (or, while this
 * plugin runs, "Send <trigger>" to the live run); on each game-menu listener "▶ Run and open menu <trigger>" (or
 * "Open menu <trigger>"), which a player of the world opens, with the Game view showing what follows. */
export class RunCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly t: Localize,
    private readonly state: LensState,
  ) {}

  /** Asks VS Code for new lenses (the language or the running plugin changed). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const at = (line: number): vscode.Range => new vscode.Range(line, 0, line, 0);
    const lenses = [
      new vscode.CodeLens(at(RUN_LENS_LINE), {
        title: `$(play) ${this.t('Run Lua plugin')}`,
        command: 'coromegaLua.run',
        arguments: [document.uri],
      }),
    ];
    const running = this.state.isRunning(document.uri);
    for (const entry of findEntryPoints(document.getText())) {
      const lens = this.entryLens(entry, document.uri, running);
      if (lens) lenses.push(new vscode.CodeLens(at(entry.line), lens));
    }
    return lenses;
  }

  private entryLens(
    entry: EntryPoint,
    uri: vscode.Uri,
    running: boolean,
  ): vscode.Command | undefined {
    switch (entry.kind) {
      case 'terminal_menu': {
        const trigger = entry.triggers[0];
        if (!trigger) return undefined;
        return running
          ? {
              title: `$(keyboard) ${this.t('Send "{0}"', trigger)}`,
              tooltip: this.t('Type "{0}" into the running plugin\'s terminal menu', trigger),
              command: 'coromegaLua.runMenu',
              arguments: [uri, trigger],
            }
          : {
              title: `$(play) ${this.t('Run and send "{0}"', trigger)}`,
              tooltip: this.t('Run the plugin, then type "{0}" into its terminal menu', trigger),
              command: 'coromegaLua.runMenu',
              arguments: [uri, trigger],
            };
      }
      case 'game_menu': {
        const trigger = entry.triggers[0];
        if (!trigger) return undefined;
        return running
          ? {
              title: `$(game) ${this.t('Open menu "{0}"', trigger)}`,
              tooltip: this.t('A player of the running world opens the game menu "{0}"', trigger),
              command: 'coromegaLua.openGameMenu',
              arguments: [uri, trigger],
            }
          : {
              title: `$(play) ${this.t('Run and open menu "{0}"', trigger)}`,
              tooltip: this.t(
                'Run the plugin in its world, then a player opens the game menu "{0}"',
                trigger,
              ),
              command: 'coromegaLua.openGameMenu',
              arguments: [uri, trigger],
            };
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
