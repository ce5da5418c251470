import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent, WorldAction } from '../../../runtime/src/events';
import { exitText } from '../format';
import { interpretClick } from '../game/clicks';
import { GameModel } from '../game/model';
import { GamePresence, type PresenceChange } from '../game/presence';
import type { WorldEdit } from '../game/worldFile';
import type { FromGameView, GameInitial, ToGameView } from '../game/protocol';
import { gameStrings } from '../game/strings';
import type { Messages } from '../i18n';
import type { RunInfo, RunView } from './types';
import { pageHtml, WEBVIEW_DIR } from './webviewPage';
import { WorldFiles } from './worldFiles';

/** The view's id in `contributes.views` (panel container "Coromega"). */
export const GAME_VIEW_ID = 'coromegaLua.game';

/** How often at most the webview gets a batch while events flood in. */
const BATCH_MS = 100;

/** What the view needs from the run controller: the only way anything reaches the plugin is a stdin line. */
export interface GameRunner {
  send(line: string): boolean;
  run(target: vscode.Uri, send: string[]): Promise<void>;
  isRunning(uri: vscode.Uri): boolean;
  worldFileFor(uri: vscode.Uri): string | undefined;
  /** Whether player edits made while playing `uri` go to its world file at once (a setting). */
  alwaysSaveWorldEdits(uri: vscode.Uri): boolean;
}

/** The Game view: the world of the running plugin, played with clicks. It renders the run's events (through
 * GameModel) and turns every click into a world action on the runner's stdin. Player edits made while playing change
 * the run only and wait to be saved to the plugin's world file on request (or at once, by a setting), so trying
 * things never changes a file unasked; with no run, an edit is an edit of the world file. */
export class GameView implements RunView, vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly model: GameModel;
  private selected: string | undefined;
  /** The plugin of the last run (whose world file edits are saved to). */
  private plugin: vscode.Uri | undefined;
  /** Player edits made while playing, in order, not in the world file yet. */
  private unsaved: WorldEdit[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly worlds: WorldFiles;
  /** Whether the view is in the panel now (the `coromegaLua.gameView` context key), as last set. */
  private available: Thenable<unknown> | undefined;
  private availableNow = false;
  /** Whether the run now has a world to play (presence.ts). */
  private readonly presence = new GamePresence();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly messages: Messages,
    private readonly runner: GameRunner,
  ) {
    this.model = new GameModel(messages.t, () => messages.lang);
    // The world file changed on disk or was saved: what the view says about it, and the players when no run is live.
    this.worlds = new WorldFiles(messages.t, () => {
      this.model.worldChanged(this.worlds.info());
      this.flush();
    });
    this.disposables.push(
      this.worlds,
      vscode.window.registerWebviewViewProvider(GAME_VIEW_ID, this, {
        webviewOptions: { retainContextWhenHidden: true },
      }),
    );
  }

  /** The view joins the "Coromega" panel beside the inspector while there is a world to play (presence.ts). */
  private makeAvailable(): Thenable<unknown> {
    if (!this.availableNow || !this.available) {
      this.availableNow = true;
      this.available = vscode.commands.executeCommand('setContext', 'coromegaLua.gameView', true);
    }
    return this.available;
  }

  /** A run with nothing to play: the view leaves the panel (it comes back with the next run that has a world). */
  private makeUnavailable(): void {
    if (!this.availableNow) return;
    this.availableNow = false;
    this.available = vscode.commands.executeCommand('setContext', 'coromegaLua.gameView', false);
  }

  private apply(change: PresenceChange): void {
    if (change === 'show') void this.makeAvailable();
    else if (change === 'hide') this.makeUnavailable();
  }

  /** Reveals the view (resolving it on first use); it stays in the panel for the run now, or for the run about to
   * start when `forNextRun`. */
  show(preserveFocus = true, forNextRun = false): void {
    this.presence.request(forNextRun || !this.model.running);
    if (this.view && this.availableNow) {
      this.view.show(preserveFocus);
      return;
    }
    void this.makeAvailable().then(() =>
      vscode.commands.executeCommand(`${GAME_VIEW_ID}.focus`, { preserveFocus }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    const root = vscode.Uri.joinPath(this.extensionUri, WEBVIEW_DIR);
    view.webview.options = { enableScripts: true, localResourceRoots: [root] };
    view.webview.html = this.html(view.webview, root);
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
    // The new run starts from the world file: edits of the last run that were not saved stay with it.
    this.plugin = info.uri;
    this.setUnsaved([]);
    this.apply(this.presence.runStarted(!!info.world));
    this.worlds.follow(info.worldFile, info.uri);
    // The world file as this run reads it: the QQ groups and users to speak as, and whether edits can be saved.
    this.model.runStarted(
      path.basename(info.displayPath),
      this.worlds.info(info.world ?? info.worldFile),
    );
    this.post({
      type: 'reset',
      strings: gameStrings(this.messages.t),
      state: this.model.snapshot(),
    });
    this.updateHeader();
  }

  event(ev: RunEvent): void {
    this.apply(this.presence.event(ev));
    this.model.event(ev);
    this.schedule();
  }

  /** The debugger paused the plugin (or let it go on): the header says so, and clicks queue meanwhile. */
  paused(paused: boolean): void {
    this.model.setPaused(paused);
    this.flush();
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

  private post(message: ToGameView): void {
    void this.view?.webview.postMessage(message);
  }

  private updateHeader(): void {
    const view = this.view;
    if (!view) return;
    const t = this.messages.t;
    view.title = t('Game');
    const header = this.model.headerState();
    view.description = header.title
      ? `${header.title} · ${header.running ? (header.paused ? t('Paused') : t('Running')) : header.ended ? exitText(header.ended, t) : t('Ended')}`
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
        await this.worlds.open();
        return;
      case 'dismiss':
        this.model.dismissNotice();
        this.flush();
        return;
      case 'saveWorld':
        await this.saveEdits();
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
    if (!click.edit) return;
    if (this.model.running && !(this.plugin && this.runner.alwaysSaveWorldEdits(this.plugin))) {
      // Played in the run only: saved when asked.
      this.setUnsaved([...this.unsaved, click.edit]);
      this.flush();
      return;
    }
    const problem = await this.worlds.save(click.edit);
    if (problem) this.model.setProblem(problem);
    else this.model.editedOffline(click.edit);
    this.model.worldChanged(this.worlds.info());
    this.flush();
  }

  /** Saves the edits made while playing to the world file, in order; those a problem stops stay unsaved. */
  async saveEdits(): Promise<void> {
    while (this.unsaved.length > 0) {
      const problem = await this.worlds.save(this.unsaved[0]!);
      if (problem) {
        this.model.setProblem(problem);
        break;
      }
      this.setUnsaved(this.unsaved.slice(1));
    }
    this.model.worldChanged(this.worlds.info());
    this.flush();
  }

  private setUnsaved(edits: WorldEdit[]): void {
    this.unsaved = edits;
    this.model.setUnsaved(edits.length);
    void vscode.commands.executeCommand('setContext', 'coromegaLua.gameUnsaved', edits.length > 0);
  }

  /** Opens the world file of the plugin shown (created with the default world when missing). */
  openWorldFile(): Promise<void> {
    return this.worlds.open();
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
    const world = this.worlds.info(this.runner.worldFileFor(uri));
    const player = world.players.find((p) => p.online)?.name ?? world.players[0]?.name ?? 'Steve';
    this.show(true, true);
    await this.runner.run(uri, [JSON.stringify({ as: player, menu: trigger })]);
    this.choose(player);
  }

  /** Shows `player`'s screen: the one who just acted. */
  private choose(player: string): void {
    this.selected = player;
    this.post({ type: 'select', player });
  }

  // ---- The page --------------------------------------------------------------------------------------------------

  private html(webview: vscode.Webview, root: vscode.Uri): string {
    const initial: GameInitial = {
      strings: gameStrings(this.messages.t),
      state: this.model.snapshot(),
    };
    return pageHtml({
      lang: this.messages.lang,
      cspSource: webview.cspSource,
      script: webview.asWebviewUri(vscode.Uri.joinPath(root, 'game.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(root, 'game.css')).toString(),
      rootId: 'game',
      initial,
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
