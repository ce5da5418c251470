import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent, WorldAction } from '../../../runtime/src/events';
import { exitText } from '../format';
import { interpretClick, type FromGameView } from '../game/clicks';
import { GameModel, type WorldInfo } from '../game/model';
import { gameStrings } from '../game/strings';
import { applyWorldEdit, readWorld, replacement, type WorldEdit } from '../game/worldFile';
import type { Messages } from '../i18n';
import { paletteCss } from '../mcColours';
import type { RunInfo, RunView } from './types';

/** The view's id in `contributes.views` (panel container "Coromega"). */
export const GAME_VIEW_ID = 'coromegaLua.game';

/** Entry points a player, a QQ user or another plugin reaches: a plugin with one of them has a world to play. */
const GAME_KINDS = new Set([
  'game_menu',
  'chat',
  'player_change',
  'sender',
  'command_block',
  'cqhttp',
  'cqhttp_default',
  'api',
]);

/** How often at most the webview gets a batch while events flood in. */
const BATCH_MS = 100;

/** What the view needs from the run controller: the only way anything reaches the plugin is a stdin line. */
export interface GameRunner {
  send(line: string): boolean;
  run(target: vscode.Uri, send: string[]): Promise<void>;
  isRunning(uri: vscode.Uri): boolean;
  worldFileFor(uri: vscode.Uri): string | undefined;
}

/** The Game view: the world of the running plugin, played with clicks. It renders the run's events (through
 * GameModel) and turns every click into a world action on the runner's stdin, and player edits into edits of the
 * plugin's world file as well. */
export class GameView implements RunView, vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly model: GameModel;
  private info: RunInfo | undefined;
  private selected: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly messages: Messages,
    private readonly runner: GameRunner,
  ) {
    this.model = new GameModel(messages.t, () => messages.lang);
    this.disposables.push(
      vscode.window.registerWebviewViewProvider(GAME_VIEW_ID, this, {
        webviewOptions: { retainContextWhenHidden: true },
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.info?.worldFile && d.uri.fsPath === this.info.worldFile) void this.reloadWorld();
      }),
    );
  }

  /** The view joins the "Coromega" panel beside the inspector once there is a world to play: a run with a world
   * file, a plugin with entry points in the game, or when asked for. A plugin that only makes requests does not
   * get an empty game beside its requests. */
  private makeAvailable(): Thenable<unknown> {
    this.available ??= vscode.commands.executeCommand('setContext', 'coromegaLua.gameView', true);
    return this.available;
  }

  private available: Thenable<unknown> | undefined;

  /** Reveals the view (resolving it on first use). */
  show(preserveFocus = true): void {
    if (this.view) {
      this.view.show(preserveFocus);
      return;
    }
    void this.makeAvailable().then(() =>
      vscode.commands.executeCommand(`${GAME_VIEW_ID}.focus`, { preserveFocus }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'client', 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    view.webview.onDidReceiveMessage((m: FromGameView) => void this.onMessage(m));
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
    this.view = view;
    this.updateHeader();
  }

  // ---- The run's events ----------------------------------------------------------------------------------------

  runStarted(info: RunInfo): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.info = info;
    if (info.world) void this.makeAvailable();
    this.watchWorld(info.worldFile);
    // The world file as this run reads it: the QQ groups and users to speak as, and whether edits can be saved.
    this.model.runStarted(
      path.basename(info.displayPath),
      this.worldInfo(info.world ?? info.worldFile),
    );
    this.post({
      type: 'reset',
      strings: gameStrings(this.messages.t),
      state: this.model.snapshot(),
    });
    this.updateHeader();
  }

  event(ev: RunEvent): void {
    if (ev.type === 'listener' && GAME_KINDS.has(ev.kind)) void this.makeAvailable();
    this.model.event(ev);
    this.schedule();
  }

  stray(line: string): void {
    this.model.stray(line);
  }

  runEnded(_exit: ExitEvent): void {
    this.flush();
    this.updateHeader();
  }

  /** The language changed: the view is drawn again with the new words. */
  refresh(): void {
    this.post({
      type: 'reset',
      strings: gameStrings(this.messages.t),
      state: this.model.snapshot(),
    });
    this.updateHeader();
  }

  private schedule(): void {
    if (!this.timer) this.timer = setTimeout(() => this.flush(), BATCH_MS);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const update = this.model.takeUpdate();
    if (update) this.post({ type: 'update', state: update });
    if (update?.header) this.updateHeader();
  }

  private post(message: unknown): void {
    void this.view?.webview.postMessage(message);
  }

  private updateHeader(): void {
    const view = this.view;
    if (!view) return;
    const t = this.messages.t;
    view.title = t('Game');
    const header = this.model.headerState();
    view.description = header.title
      ? `${header.title} · ${header.running ? t('Running') : header.ended ? exitText(header.ended, t) : t('Ended')}`
      : undefined;
  }

  // ---- Clicks --------------------------------------------------------------------------------------------------

  private async onMessage(m: FromGameView): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.post({
          type: 'reset',
          strings: gameStrings(this.messages.t),
          state: this.model.snapshot(),
        });
        return;
      case 'select':
        this.selected = m.player;
        return;
      case 'openWorld':
        await this.openWorldFile();
        return;
      case 'dismiss':
        this.model.dismissNotice();
        this.flush();
        return;
    }
    const click = interpretClick(m, this.messages.t);
    if (click.problem) {
      this.model.setProblem(click.problem);
      this.flush();
      return;
    }
    if (click.action) {
      if (this.model.running) {
        if (this.wanted(click.action)) this.sendAction(click.action);
      } else if (!click.edit) {
        this.model.setProblem(
          this.messages.t('The plugin is not running: run it to play its world.'),
        );
        this.flush();
      }
    }
    if (click.edit) await this.saveEdit(click.edit);
  }

  /** Joins of players already online and leaves of players already offline would only be reported back as
   * problems: adding or removing them is a world-file edit alone. */
  private wanted(a: WorldAction): boolean {
    if ('join' in a) return !this.model.player(a.join)?.online;
    if ('leave' in a) return this.model.player(a.leave)?.online === true;
    return true;
  }

  private sendAction(a: WorldAction): void {
    if (!this.runner.send(JSON.stringify(a))) {
      this.model.setProblem(
        this.messages.t('The plugin is not running: run it to play its world.'),
      );
      this.flush();
    }
  }

  /** The game-menu lens: calls `trigger` as the chosen (else first online) player in the running plugin, or runs
   * the plugin and calls it as the first online player of its world. */
  async openGameMenu(uri: vscode.Uri, trigger: string): Promise<void> {
    if (this.runner.isRunning(uri)) {
      this.show(true);
      const player = this.model.defaultPlayer(this.selected);
      if (!player) {
        this.model.setProblem(this.messages.t('No player is online to open the menu.'));
        this.flush();
        return;
      }
      this.choose(player);
      this.sendAction({ as: player, menu: trigger });
      return;
    }
    const world = this.worldInfo(this.runner.worldFileFor(uri));
    const player = world.players.find((p) => p.online)?.name ?? world.players[0]?.name ?? 'Steve';
    this.show(true);
    await this.runner.run(uri, [JSON.stringify({ as: player, menu: trigger })]);
    this.choose(player);
  }

  /** Shows `player`'s screen: the one who just acted. */
  private choose(player: string): void {
    this.selected = player;
    this.post({ type: 'select', player });
  }

  // ---- The world file ------------------------------------------------------------------------------------------

  /** The text of the world file: the open editor's (saved or not), else the file's; undefined when it is missing.
   * A world file is small: read at once, so the run's first events already meet it. */
  private worldText(file: string): string | undefined {
    const open = vscode.workspace.textDocuments.find(
      (d) => d.uri.scheme === 'file' && d.uri.fsPath === file,
    );
    if (open) return open.getText();
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  private worldInfo(file: string | undefined): WorldInfo {
    const shown = this.info?.worldFile ?? file ?? '';
    const text = file ? this.worldText(file) : undefined;
    const read = readWorld(text, this.messages.t);
    const base = {
      worldFile: shown ? this.shownPath(shown) : '',
      worldExists: text !== undefined,
    };
    if (!read.ok)
      return { ...base, worldProblem: read.problem, players: [], qqGroups: [], qqUsers: [] };
    return {
      ...base,
      worldProblem: '',
      players: read.world.players,
      qqGroups: read.world.qqGroups,
      qqUsers: read.world.qqUsers,
    };
  }

  private shownPath(file: string): string {
    const dir = this.info?.uri.scheme === 'file' ? path.dirname(this.info.uri.fsPath) : undefined;
    const rel = dir ? path.relative(dir, file) : file;
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  }

  private async reloadWorld(): Promise<void> {
    const file = this.info?.worldFile;
    if (!file) return;
    this.model.worldChanged(this.worldInfo(file));
    this.flush();
  }

  private watchWorld(file: string | undefined): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!file) return;
    const w = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)),
    );
    const reload = (): void => void this.reloadWorld();
    w.onDidChange(reload);
    w.onDidCreate(reload);
    w.onDidDelete(reload);
    this.watcher = w;
  }

  /** Saves one edit to the world file: through its editor when it is open (saved again only if it was saved
   * before), else straight to the file. A file that cannot be read as a world is left exactly as it is. */
  private async saveEdit(edit: WorldEdit): Promise<void> {
    const t = this.messages.t;
    const file = this.info?.worldFile;
    if (!file) {
      this.model.setProblem(
        t('An unsaved plugin has no world file: save the plugin to keep a world.'),
      );
      this.flush();
      return;
    }
    const open = vscode.workspace.textDocuments.find(
      (d) => d.uri.scheme === 'file' && d.uri.fsPath === file,
    );
    const before = this.worldText(file);
    const result = applyWorldEdit(before, edit, t);
    if (!result.ok) {
      this.model.setProblem(t('Not saved to {0}: {1}', path.basename(file), result.problem));
      this.model.worldChanged({ ...this.worldInfo(file), worldProblem: result.problem });
      this.flush();
      return;
    }
    if (result.changed) {
      let saved = true;
      try {
        if (open) {
          const wasDirty = open.isDirty;
          const r = replacement(open.getText(), result.text);
          const we = new vscode.WorkspaceEdit();
          we.replace(
            open.uri,
            new vscode.Range(open.positionAt(r.start), open.positionAt(r.end)),
            r.text,
          );
          await vscode.workspace.applyEdit(we);
          if (!wasDirty) await open.save();
        } else {
          await fs.promises.mkdir(path.dirname(file), { recursive: true });
          await fs.promises.writeFile(file, result.text, 'utf8');
        }
      } catch (e) {
        saved = false;
        this.model.setProblem(
          t(
            'Not saved to {0}: {1}',
            path.basename(file),
            e instanceof Error ? e.message : String(e),
          ),
        );
      }
      if (saved) this.model.editedOffline(edit);
    }
    this.model.worldChanged(this.worldInfo(file));
    this.flush();
  }

  /** Opens the world file in an editor; a missing one is created with the runtime's default world first. */
  async openWorldFile(): Promise<void> {
    const file = this.info?.worldFile;
    if (!file) {
      void vscode.window.showInformationMessage(
        this.messages.t('Run a saved Lua plugin first: its world file sits beside it.'),
      );
      return;
    }
    if (this.worldText(file) === undefined) {
      const created = applyWorldEdit(
        undefined,
        { kind: 'addPlayer', name: 'Steve' },
        this.messages.t,
      );
      if (created.ok) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises
          .writeFile(file, created.text, { encoding: 'utf8', flag: 'wx' })
          .catch(() => undefined);
      }
    }
    await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
  }

  // ---- The page --------------------------------------------------------------------------------------------------

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = Array.from({ length: 32 }, () =>
      Math.floor(Math.random() * 36).toString(36),
    ).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'game.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'game.css'));
    // Inside <script type="application/json">: no "<" may close the element early.
    const initial = JSON.stringify({
      strings: gameStrings(this.messages.t),
      state: this.model.snapshot(),
    }).replace(/</g, '\\u003c');
    return `<!DOCTYPE html>
<html lang="${this.messages.lang === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<style nonce="${nonce}">
${paletteCss()}
</style>
<title>Coromega</title>
</head>
<body>
<div id="game"></div>
<script id="initial-state" type="application/json">${initial}</script>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
