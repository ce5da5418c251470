import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../runtime/src/events';
import { worldFilePath } from './game/worldFile';
import type { Messages } from './i18n';
import { RunProcess } from './runProcess';
import { WarmRuntime } from './warmRuntime';
import { readSettings, runtimeArgs, SECTION } from './settings';
import type { SessionRun } from './debug/sessionFeeds';
import type { RunInfo, RunView } from './views/types';

/** What the controller needs of a run in progress: a child process, or a debug session. */
interface RunHandle {
  writeLine(text: string): void;
  stop(): Promise<unknown>;
}

interface ActiveRun {
  proc: RunHandle;
  info: RunInfo;
  tempDir?: string;
  /** Prompts the plugin is waiting on, oldest first. */
  inputs: string[];
  inputBox?: vscode.InputBox;
}

/** The `resourcePath` context key's value for a URI (menus compare it with `coromegaLua.runningFiles`). */
function resourcePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** Run / stop / rerun. Starts the runtime as a child process and fans its events out to the views.
 *
 * "Run" always means the file in front of the user (the argument, else the active editor); "rerun" is only offered
 * where the plugin it repeats is named or is the file at hand (status bar, inspector, the running file's editor
 * title), never in the command palette, where it would sort above "Run" and run the wrong file. */
export class RunController implements vscode.Disposable {
  private active: ActiveRun | undefined;
  private lastUri: vscode.Uri | undefined;
  private readonly changed = new vscode.EventEmitter<boolean>();
  /** Fires with `true` when a run starts and `false` when it ends. */
  readonly onDidChangeRunning = this.changed.event;

  /** A runtime process kept ready for the next run, so Run does not wait for one to start. */
  private readonly warm: WarmRuntime;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly views: RunView[],
    private readonly note: (line: string) => void,
    private readonly messages: Messages,
  ) {
    this.warm = new WarmRuntime({ cliPath: this.cliPath });
    this.prepareNextRun(2000);
  }

  private get cliPath(): string {
    return vscode.Uri.joinPath(this.extensionUri, 'dist', 'runtime', 'cli.js').fsPath;
  }

  /** Starts the ready process for the next run (never in Restricted Mode, where runs are refused). */
  private prepareNextRun(delayMs: number): void {
    if (!vscode.workspace.isTrusted) return;
    const memory = readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key)).run
      .memoryLimitMb;
    this.warm.prepare(memory, delayMs);
  }

  /** Folder of the last run's file (for relative locations in its output). */
  get lastDir(): string | undefined {
    return this.lastUri?.scheme === 'file' ? path.dirname(this.lastUri.fsPath) : undefined;
  }

  get running(): boolean {
    return this.active !== undefined;
  }

  /** Whether `uri` is the plugin running now. */
  isRunning(uri: vscode.Uri): boolean {
    return this.active?.info.uri.toString() === uri.toString();
  }

  /** Runs `target` (else the active editor's Lua file); `send` lines go to its stdin at once (the runtime keeps them
   * until the main chunk has registered its menus). */
  async run(target?: vscode.Uri, send: string[] = []): Promise<void> {
    const t = this.messages.t;
    if (!vscode.workspace.isTrusted) {
      const manage = t('Manage Workspace Trust');
      const message = t(
        'Running Lua plugins is disabled in Restricted Mode: a plugin runs code and makes network requests on this machine. Trust this workspace to run it; completion, hover and diagnostics keep working meanwhile.',
      );
      this.note(message);
      const pick = await vscode.window.showWarningMessage(message, manage);
      if (pick === manage) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const doc = await this.documentFor(target);
    if (!doc) {
      void vscode.window.showWarningMessage(t('Open a Lua plugin file to run it.'));
      return;
    }
    if (this.active) await this.stop();

    const settings = readSettings((key) =>
      vscode.workspace.getConfiguration(SECTION, doc.uri).get(key),
    );
    const displayPath =
      doc.uri.scheme === 'file' ? doc.uri.fsPath : path.basename(doc.uri.path) || 'untitled.lua';
    let file = displayPath;
    let tempDir: string | undefined;
    if (doc.isUntitled || doc.isDirty || doc.uri.scheme !== 'file') {
      tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'coromega-run-'));
      const base = path.basename(displayPath).replace(/\.lua$/i, '') + '.lua';
      file = path.join(tempDir, base);
      await fs.writeFile(file, doc.getText(), 'utf8');
    }
    // The plugin's world file, when it has one: its unsaved text too, like the plugin's own.
    const worldFile = this.worldFileFor(doc.uri);
    let world: string | undefined;
    if (worldFile) {
      const open = vscode.workspace.textDocuments.find(
        (d) => d.uri.scheme === 'file' && d.uri.fsPath === worldFile,
      );
      if (open?.isDirty) {
        tempDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'coromega-run-'));
        world = path.join(tempDir, path.basename(worldFile));
        await fs.writeFile(world, open.getText(), 'utf8');
      } else if (
        await fs.stat(worldFile).then(
          (st) => st.isFile(),
          () => false,
        )
      )
        world = worldFile;
    }
    const info: RunInfo = {
      uri: doc.uri,
      displayPath,
      file,
      settings,
      startedAt: Date.now(),
      ...(worldFile ? { worldFile } : {}),
      ...(world ? { world } : {}),
    };
    const args = runtimeArgs(settings.run, {
      file,
      displayPath: file !== displayPath ? displayPath : undefined,
      lang: this.messages.lang,
      world,
      worldState: true,
      // A run with a world is the one to keep playing: saving the plugin restarts it in that world.
      watch: settings.run.restartOnSave && world !== undefined,
      framework: settings.frameworkVersion,
    });
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const cwd =
      folder?.uri.scheme === 'file'
        ? folder.uri.fsPath
        : doc.uri.scheme === 'file'
          ? path.dirname(doc.uri.fsPath)
          : os.tmpdir();

    this.lastUri = doc.uri;
    for (const v of this.views) v.runStarted(info);
    const run: ActiveRun = { info, tempDir, inputs: [], proc: undefined as unknown as RunHandle };
    this.active = run;
    this.setContext(run);
    this.changed.fire(true);
    run.proc = new RunProcess(
      { cliPath: this.cliPath, args, cwd, warm: this.warm.take(settings.run.memoryLimitMb) },
      {
        onEvent: (ev) => this.onEvent(run, ev),
        onStderr: (line) => this.views.forEach((v) => v.stray?.(line)),
        onClose: (exit) => void this.onClose(run, exit),
      },
    );
    for (const line of send) run.proc.writeLine(line);
  }

  /** A debug session of a plugin began: the views follow it as they follow a run, and the Game view's clicks go to
   * it. Resolves, once the views show the run, with what feeds it the session's events and pauses and ends it. */
  async debugStarted(
    program: vscode.Uri,
    world: string | undefined,
    handle: RunHandle,
  ): Promise<SessionRun> {
    if (this.active) await this.stop();
    const settings = readSettings((key) =>
      vscode.workspace.getConfiguration(SECTION, program).get(key),
    );
    const worldFile = this.worldFileFor(program);
    const info: RunInfo = {
      uri: program,
      displayPath: program.fsPath,
      file: program.fsPath,
      settings,
      startedAt: Date.now(),
      ...(worldFile ? { worldFile } : {}),
      ...(world ? { world } : {}),
    };
    this.lastUri = program;
    for (const v of this.views) v.runStarted(info);
    const run: ActiveRun = { info, inputs: [], proc: handle };
    this.active = run;
    this.setContext(run);
    this.changed.fire(true);
    let ended = false;
    return {
      event: (ev) => {
        if (!ended && ev.type !== 'exit') this.onEvent(run, ev);
      },
      paused: (paused) => {
        if (!ended && this.active === run) for (const v of this.views) v.paused?.(paused);
      },
      ended: (exit) => {
        if (ended) return;
        ended = true;
        void this.onClose(run, exit);
      },
    };
  }

  /** A terminal-menu lens: types `trigger` into `uri`'s run when that plugin is running, else runs it and types it. */
  async runMenu(uri: vscode.Uri, trigger: string): Promise<void> {
    if (this.active && this.isRunning(uri)) {
      this.active.proc.writeLine(trigger);
      return;
    }
    await this.run(uri, [trigger]);
  }

  /** Writes one line to the running plugin's stdin (a JSON object is a world action); false when none runs. */
  send(line: string): boolean {
    if (!this.active) return false;
    this.active.proc.writeLine(line);
    return true;
  }

  /** The world file of a plugin saved on disk (from `coromegaLua.run.worldFile`), whether or not it exists. */
  worldFileFor(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    const setting = readSettings((key) => vscode.workspace.getConfiguration(SECTION, uri).get(key))
      .run.worldFile;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return worldFilePath(
      uri.fsPath,
      setting,
      folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined,
    );
  }

  async stop(): Promise<void> {
    const run = this.active;
    if (!run) return;
    await run.proc.stop();
  }

  /** Runs the plugin of the current (or last) run again. */
  async rerun(): Promise<void> {
    const uri = this.active?.info.uri ?? this.lastUri;
    await this.run(uri);
  }

  /** Asks for a line for the plugin: the answer to `coromega:input`, or (when `fromUser` and nothing is being asked)
   * a terminal-menu trigger with its arguments. */
  promptInput(fromUser = false): void {
    const t = this.messages.t;
    const run = this.active;
    if (!run) {
      if (fromUser) void vscode.window.showInformationMessage(t('No plugin is running.'));
      return;
    }
    if (run.inputBox) {
      run.inputBox.show();
      return;
    }
    if (run.inputs.length === 0 && !fromUser) return;
    const box = vscode.window.createInputBox();
    run.inputBox = box;
    box.title = t('Input for {0}', path.basename(run.info.displayPath));
    box.prompt =
      run.inputs.length > 0
        ? run.inputs[0] || t('The plugin is waiting for a line of input')
        : t('A terminal-menu trigger and its arguments, or a line for the plugin');
    box.placeholder = t('Type a line and press Enter');
    box.ignoreFocusOut = true;
    let accepted = false;
    box.onDidAccept(() => {
      accepted = true;
      if (run.inputs.length > 0) run.inputs.shift();
      run.proc.writeLine(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      if (run.inputBox === box) run.inputBox = undefined;
      // Dismissed: the status bar and the "Send input" command bring it back. Answered: ask for the next one.
      if (accepted && this.active === run && run.inputs.length > 0) this.promptInput();
    });
    box.show();
  }

  private onEvent(run: ActiveRun, ev: RunEvent): void {
    for (const v of this.views) v.event(ev);
    if (ev.type === 'input' && this.active === run) {
      run.inputs.push(ev.prompt);
      this.promptInput();
    }
  }

  private async onClose(run: ActiveRun, exit: ExitEvent): Promise<void> {
    run.inputBox?.dispose();
    for (const v of this.views) v.runEnded(exit);
    if (this.active === run) {
      this.active = undefined;
      this.setContext(undefined);
      this.changed.fire(false);
    }
    this.prepareNextRun(0);
    if (run.tempDir)
      await fs.rm(run.tempDir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Context keys for menus: whether a plugin runs, which file (`resourcePath in coromegaLua.runningFiles`), and
   * whether there is a last run to repeat. */
  private setContext(run: ActiveRun | undefined): void {
    const set = (key: string, value: unknown): void =>
      void vscode.commands.executeCommand('setContext', key, value);
    set('coromegaLua.running', run !== undefined);
    set('coromegaLua.runningFiles', run ? [resourcePath(run.info.uri)] : []);
    if (run) set('coromegaLua.hasRun', true);
  }

  private async documentFor(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (target instanceof vscode.Uri) {
      const open = vscode.workspace.textDocuments.find(
        (d) => d.uri.toString() === target.toString(),
      );
      return open ?? (await vscode.workspace.openTextDocument(target));
    }
    const isLua = (d: vscode.TextDocument): boolean =>
      d.languageId === 'lua' || d.fileName.endsWith('.lua');
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isLua(doc)) return doc;
    // Focus may be in a panel (the Output view is a text editor too): use the active editor tab instead.
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputText) {
      const d = await vscode.workspace.openTextDocument(input.uri);
      if (isLua(d)) return d;
    }
    return vscode.window.visibleTextEditors.map((e) => e.document).find(isLua);
  }

  dispose(): void {
    void this.active?.proc.stop();
    this.warm.dispose();
    this.changed.dispose();
  }
}
