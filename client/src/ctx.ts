import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RunCodeLensProvider } from './codeLens';
import { RunController } from './controller';
import { OutputLinkProvider } from './outputLinks';
import { createLanguageClient } from './languageClient';
import { readSettings, runtimeLang, SECTION } from './settings';
import { LastRun } from './testing/createTest';
import { TestExplorer } from './testing/testExplorer';
import { DiagnosticsView } from './views/diagnosticsView';
import { InspectorView } from './views/inspectorView';
import { OutputView } from './views/outputView';
import { StatusView } from './views/statusView';

/** Owns every long-lived piece of the extension and disposes them together. */
export class Ctx implements vscode.Disposable {
  readonly output: OutputView;
  readonly inspector: InspectorView;
  readonly controller: RunController;
  /** The last run's events, for "Create a test from this run". */
  readonly lastRun = new LastRun();
  readonly tests: TestExplorer;
  private client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = new OutputView();
    this.inspector = new InspectorView(extension.extensionUri, {
      stop: () => void this.controller.stop(),
      rerun: () => void this.controller.rerun(),
    });
    const diagnostics = new DiagnosticsView();
    const status = new StatusView();
    this.controller = new RunController(
      extension.extensionUri,
      [this.output, this.inspector, diagnostics, status, this.lastRun],
      (line) => this.output.note(line),
    );
    this.tests = new TestExplorer({
      extensionUri: extension.extensionUri,
      t: vscode.l10n.t,
      lang: () =>
        runtimeLang(
          vscode.env.language,
          readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key)).language,
        ),
    });
    this.disposables.push(
      this.controller,
      this.tests,
      this.output,
      this.inspector,
      diagnostics,
      status,
      vscode.languages.registerCodeLensProvider({ language: 'lua' }, new RunCodeLensProvider()),
      vscode.languages.registerDocumentLinkProvider(
        { language: 'coromega-output' },
        new OutputLinkProvider(() => this.controller.lastDir),
      ),
      // The server takes its locale at start; other settings reach it through didChangeConfiguration.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.language`)) void this.restartLanguageClient();
      }),
    );
  }

  async startLanguageClient(): Promise<void> {
    if (this.client) return;
    this.client = createLanguageClient(this.extension.extensionUri);
    try {
      await this.client.start();
    } catch (e) {
      this.output.note(
        vscode.l10n.t(
          'The language server did not start: {0}',
          e instanceof Error ? e.message : String(e),
        ),
      );
    }
  }

  async restartLanguageClient(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    if (old) await old.dispose().catch(() => undefined);
    await this.startLanguageClient();
  }

  async dispose(): Promise<void> {
    for (const d of this.disposables.reverse()) d.dispose();
    const client = this.client;
    this.client = undefined;
    if (client) await client.dispose().catch(() => undefined);
  }
}
