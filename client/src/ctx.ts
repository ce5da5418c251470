import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RunCodeLensProvider } from './codeLens';
import { registerDebugger } from './debug/debugger';
import { SessionFeeds } from './debug/sessionFeeds';
import { RunController } from './controller';
import { Messages, resolveLang } from './i18n';
import { OutputLinkProvider } from './outputLinks';
import { createLanguageClient } from './languageClient';
import { readSettings, SECTION } from './settings';
import { DEFAULT_FRAMEWORK_VERSION } from '../../catalog/versions';
import { LastRun } from './testing/createTest';
import { TestExplorer } from './testing/testExplorer';
import { DiagnosticsView } from './views/diagnosticsView';
import { GameView } from './views/gameView';
import { InspectorView } from './views/inspectorView';
import { OutputView } from './views/outputView';
import { StatusView } from './views/statusView';

/** The language of the extension's own words, the runtime and the language server, from the settings. */
function currentLang(): ReturnType<typeof resolveLang> {
  const settings = readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key));
  return resolveLang(vscode.env.language, settings.language);
}

/** Owns every long-lived piece of the extension and disposes them together. */
export class Ctx implements vscode.Disposable {
  readonly messages: Messages;
  readonly output: OutputView;
  readonly inspector: InspectorView;
  readonly game: GameView;
  readonly controller: RunController;
  /** The last run's events, for "Create a test from this run". */
  readonly lastRun = new LastRun();
  readonly tests: TestExplorer;
  private readonly status: StatusView;
  private readonly lenses: RunCodeLensProvider;
  private client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.messages = new Messages(
      vscode.Uri.joinPath(extension.extensionUri, 'l10n').fsPath,
      currentLang(),
    );
    const t = this.messages.t;
    this.output = new OutputView(t);
    this.inspector = new InspectorView(extension.extensionUri, this.messages);
    const diagnostics = new DiagnosticsView();
    this.status = new StatusView(t);
    // The Game view sends its clicks through the controller, which is made after the views it fans events out to.
    this.game = new GameView(extension.extensionUri, this.messages, {
      send: (line) => this.controller.send(line),
      run: (uri, send) => this.controller.run(uri, send),
      isRunning: (uri) => this.controller.isRunning(uri),
      worldFileFor: (uri) => this.controller.worldFileFor(uri),
      alwaysSaveWorldEdits: (uri) =>
        readSettings((key) => vscode.workspace.getConfiguration(SECTION, uri).get(key)).run
          .alwaysSaveWorldEdits,
    });
    this.controller = new RunController(
      extension.extensionUri,
      [this.output, this.inspector, this.game, diagnostics, this.status, this.lastRun],
      (line) => this.output.note(line),
      this.messages,
    );
    this.tests = new TestExplorer({
      extensionUri: extension.extensionUri,
      t,
      lang: () => this.messages.lang,
      framework: () => {
        const v = readSettings((key) =>
          vscode.workspace.getConfiguration(SECTION).get(key),
        ).frameworkVersion;
        return v === DEFAULT_FRAMEWORK_VERSION ? undefined : v;
      },
    });
    // Debug sessions of plugins feed the same views as runs, each in its order (sessionFeeds.ts).
    const sessions = new SessionFeeds();
    this.disposables.push(
      ...registerDebugger({
        extensionUri: extension.extensionUri,
        t,
        lang: () => this.messages.lang,
        worldFileFor: (uri) => this.controller.worldFileFor(uri),
        started: (session, program, world) =>
          sessions.started(
            session.id,
            this.controller.debugStarted(program, world, {
              writeLine: (line) => void session.customRequest('coromega/input', { line }),
              stop: () => Promise.resolve(vscode.debug.stopDebugging(session)),
            }),
          ),
        events: (session, events) => sessions.events(session.id, events),
        paused: (session, paused) => sessions.paused(session.id, paused),
        ended: (session, exit) => sessions.ended(session.id, exit),
        testResult: (session, result) => this.tests.debugResult(session, result),
      }),
    );
    this.lenses = new RunCodeLensProvider(t, {
      isRunning: (uri) => this.controller.isRunning(uri),
    });
    this.disposables.push(
      this.controller,
      this.tests,
      this.output,
      this.inspector,
      this.game,
      diagnostics,
      this.status,
      this.lenses,
      vscode.languages.registerCodeLensProvider({ language: 'lua' }, this.lenses),
      this.controller.onDidChangeRunning(() => this.lenses.refresh()),
      vscode.languages.registerDocumentLinkProvider(
        { language: 'coromega-output' },
        new OutputLinkProvider(() => this.controller.lastDir),
      ),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.language`)) this.languageChanged();
      }),
    );
  }

  /** One language everywhere: the views draw again in it, the next run gets it as `--lang`, and the server (which
   * takes its locale at start) restarts. */
  private languageChanged(): void {
    if (!this.messages.setLang(currentLang())) return;
    this.status.refresh();
    this.inspector.refresh();
    this.game.refresh();
    this.lenses.refresh();
    this.tests.refresh();
    void this.restartLanguageClient();
  }

  async startLanguageClient(): Promise<void> {
    if (this.client) return;
    this.client = createLanguageClient(this.extension.extensionUri, this.messages);
    try {
      await this.client.start();
    } catch (e) {
      this.output.note(
        this.messages.t(
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
