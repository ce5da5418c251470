/**
 * The Game view's model: the run's events in, rows for the webview out. It keeps what the view shows — the live
 * players (players.ts, from `worldState`), what each player was shown and said (chats.ts), the entry points the
 * plugin registered (entries.ts), commands with their results, QQ messages both ways, cross-plugin calls and a log
 * of actions and problems (histories.ts) — each history capped, and hands the webview only what changed since the
 * last batch. It never interprets commands or guesses the world: players come from the runtime's own reports. No
 * `vscode` import.
 */
import type { RunEvent, WorldAction } from '../../../runtime/src/events';
import { stripMinecraftCodes } from '../format';
import type { Lang, Localize } from '../i18n';
import { Chats } from './chats';
import { EntryPoints } from './entries';
import { Histories } from './histories';
import { Roster } from './players';
import {
  emptyHeader,
  type Entries,
  type LineKind,
  type LogRow,
  type RunHeader,
  type Update,
  type WebPlayer,
} from './protocol';
import { describe, type WorldInfo } from './rows';
import type { WorldEdit } from './worldFile';

export * from './protocol';
export * from './rows';

/** Which parts of the view changed since the last batch. */
interface Dirty {
  header: boolean;
  players: boolean;
  entries: boolean;
  notice: boolean;
  rows: boolean;
}

const CLEAN: Readonly<Dirty> = {
  header: false,
  players: false,
  entries: false,
  notice: false,
  rows: false,
};

export class GameModel {
  /** One sequence for every row of every history, so a batch holds the rows after the last one sent. */
  private seq = 0;
  private sent = 0;
  private header: RunHeader = emptyHeader();
  private roster = new Roster();
  private entryPoints = new EntryPoints();
  private chats = new Chats();
  private histories = new Histories();
  private notice: string | undefined;
  private strays: string[] = [];
  private started = false;
  private live = false;
  private dirty: Dirty = { ...CLEAN };

  constructor(
    private readonly t: Localize,
    private readonly lang: () => Lang,
  ) {}

  // ---- Run lifecycle and events ------------------------------------------------------------------------------

  /** A new run: everything of the last one goes; the world file as read at Run. */
  runStarted(title: string, world: WorldInfo): void {
    this.seq = 0;
    this.sent = 0;
    this.header = { ...emptyHeader(), title, running: true, ...headerWorld(world) };
    this.roster = new Roster(world.players);
    this.entryPoints = new EntryPoints();
    this.chats = new Chats();
    this.histories = new Histories();
    this.notice = world.worldProblem || undefined;
    this.strays = [];
    this.started = false;
    this.live = false;
    this.dirty = { header: true, players: true, entries: true, notice: true, rows: true };
  }

  /** The world file changed outside a run, or was found unusable: header and, when not live, the players. */
  worldChanged(world: WorldInfo): void {
    Object.assign(this.header, headerWorld(world));
    this.dirty.header = true;
    if (!this.live && !this.header.running && !world.worldProblem) {
      this.roster.fromWorldFile(world.players);
      this.dirty.players = true;
    }
  }

  /** The run as the view's title bar shows it. */
  /** The debugger paused the plugin, or let it go on. */
  setPaused(paused: boolean): void {
    if (this.header.paused === paused) return;
    this.header.paused = paused;
    this.dirty.header = true;
  }

  headerState(): RunHeader {
    return this.webHeader();
  }

  get running(): boolean {
    return this.header.running;
  }

  get hasRun(): boolean {
    return this.header.title !== '';
  }

  /** Lines the runtime wrote outside the event stream (a world file it refused is one of them). */
  stray(line: string): void {
    if (this.strays.length < 20) this.strays.push(line.replace(/^coromega-run:\s*/, ''));
  }

  event(ev: RunEvent): void {
    switch (ev.type) {
      case 'start':
        this.started = true;
        break;
      case 'worldState':
        this.live = true;
        this.roster.fromRuntime(ev.players, ev.objectives);
        this.dirty.players = true;
        break;
      case 'listener':
        this.entryPoints.add(ev);
        this.dirty.entries = true;
        break;
      case 'say':
        if (!ev.offline) this.line(ev.player, ev.via, ev.text);
        break;
      case 'action':
        this.action(ev.action, ev.problem);
        break;
      case 'command':
        this.histories.command(++this.seq, ev);
        this.dirty.rows = true;
        break;
      case 'qq':
        this.histories.qqMessage({ seq: ++this.seq, dir: 'out', where: ev.target, text: ev.text });
        this.dirty.rows = true;
        break;
      case 'apiResult':
        this.histories.api({
          seq: ++this.seq,
          dir: 'result',
          api: ev.api,
          value: ev.result,
          ...(ev.error ? { error: ev.error } : {}),
        });
        this.dirty.rows = true;
        break;
      case 'warning':
        this.logRow('warning', stripMinecraftCodes(ev.message));
        break;
      case 'error':
        this.logRow('error', stripMinecraftCodes(ev.message));
        break;
      case 'world':
        this.logRow(
          'world',
          this.t('Not simulated: {0}', `${ev.api}${ev.args ? ' ' + JSON.stringify(ev.args) : ''}`),
        );
        break;
      case 'reload':
        // Restart on save: the same world goes on; the plugins register their entry points again.
        this.header.running = true;
        this.header.ended = '';
        this.header.watching = false;
        this.header.reloads++;
        this.dirty.header = true;
        this.entryPoints = new EntryPoints();
        this.dirty.entries = true;
        this.logRow(
          'action',
          this.t('Reloaded {0}: the world is as it was', ev.files.map(baseName).join(', ')),
        );
        break;
      case 'watching':
        this.header.running = false;
        this.header.ended = ev.reason;
        this.header.watching = true;
        this.dirty.header = true;
        break;
      case 'exit':
        this.header.running = false;
        this.header.paused = false;
        this.header.ended = ev.reason;
        this.header.watching = false;
        this.dirty.header = true;
        // Nothing waits for an answer any more: the questions and the chat box's answer hint go.
        if (this.roster.clearAsks()) this.dirty.players = true;
        if (ev.code === 2 && !this.started && this.strays.length > 0) {
          // The runtime refused to start: with a world file, almost always the file itself.
          const text = this.strays.join(' ');
          if (this.header.worldExists) this.header.worldProblem = text;
          this.setNotice(text);
        }
        break;
      default:
        break;
    }
  }

  /** An action the runtime applied (or could not): a log row, and what it did on a player's screen or a side tab. */
  private action(a: WorldAction, problem: string | undefined): void {
    if (problem) {
      this.logRow('problem', `${describe(a, this.t)} — ${problem}`);
      this.setNotice(problem);
    } else this.logRow('action', describe(a, this.t));
    if (problem) return;
    if ('as' in a && 'chat' in a) this.line(a.as, 'said', a.chat);
    else if ('as' in a && 'menu' in a)
      this.line(a.as, 'menu', [a.menu, ...(a.args ?? [])].join(' '));
    else if ('join' in a) this.line(a.join, 'joined', '');
    else if ('leave' in a) this.line(a.leave, 'left', '');
    else if ('qq' in a) {
      const { group, user, text } = a.qq;
      // The name the world file gives this QQ user, as the plugin sees it.
      const nickname =
        a.qq.nickname ??
        [...this.header.qqGroups.flatMap((g) => g.members), ...this.header.qqUsers].find(
          (u) => u.id === user,
        )?.name;
      this.histories.qqMessage({
        seq: ++this.seq,
        dir: 'in',
        where: group !== undefined ? `群聊:${group}` : `好友:${user}`,
        who: nickname ? `${nickname} (${user})` : String(user),
        text,
      });
    } else if ('api' in a)
      this.histories.api({ seq: ++this.seq, dir: 'call', api: a.api, value: a.args ?? null });
  }

  private line(player: string, kind: LineKind, text: string): void {
    this.chats.push(++this.seq, player, kind, text);
    this.dirty.rows = true;
  }

  private logRow(level: LogRow['level'], text: string): void {
    this.histories.logRow({ seq: ++this.seq, level, text });
    this.dirty.rows = true;
  }

  private setNotice(text: string): void {
    this.notice = text;
    this.dirty.notice = true;
  }

  /** How many player edits made while playing wait to be saved to the world file. */
  setUnsaved(count: number): void {
    if (this.header.unsaved === count) return;
    this.header.unsaved = count;
    this.dirty.header = true;
  }

  dismissNotice(): void {
    this.notice = undefined;
    this.dirty.notice = true;
  }

  /** Shows an edit made while no run is live (the file changed; the next run starts from it). */
  editedOffline(edit: WorldEdit): void {
    if (this.live && this.header.running) return;
    this.roster.edited(edit);
    this.dirty.players = true;
  }

  setProblem(text: string): void {
    this.setNotice(text);
  }

  // ---- Queries ---------------------------------------------------------------------------------------------

  player(name: string): WebPlayer | undefined {
    return this.roster.find(name);
  }

  /** Who calls a menu when nobody was chosen: `preferred` when online, else the first online player. */
  defaultPlayer(preferred?: string): string | undefined {
    return this.roster.defaultPlayer(preferred);
  }

  entries(): Entries {
    return this.entryPoints.entries();
  }

  // ---- Batches for the webview --------------------------------------------------------------------------------

  /** What changed since the last batch, or undefined when nothing did. */
  takeUpdate(): Update | undefined {
    const d = this.dirty;
    if (!d.header && !d.players && !d.entries && !d.notice && !d.rows) return undefined;
    const u = this.rows(this.sent);
    if (d.header) u.header = this.webHeader();
    if (d.players) Object.assign(u, this.roster.web());
    if (d.entries) u.entries = this.entries();
    if (d.notice) u.notice = this.notice ?? '';
    this.dirty = { ...CLEAN };
    return u;
  }

  /** Everything kept, for a webview that (re)loads or a change of language. */
  snapshot(): Update {
    const u = this.rows(0);
    u.header = this.webHeader();
    Object.assign(u, this.roster.web());
    u.entries = this.entries();
    u.notice = this.notice ?? '';
    this.dirty = { ...CLEAN };
    return u;
  }

  private rows(after: number): Update {
    const u: Update = {
      lines: this.chats.since(after, this.t),
      ...this.histories.since(after, this.lang()),
      dropped: this.chats.dropped + this.histories.dropped,
    };
    this.sent = this.seq;
    return u;
  }

  private webHeader(): RunHeader {
    return {
      ...this.header,
      qqGroups: [...this.header.qqGroups],
      qqUsers: [...this.header.qqUsers],
    };
  }
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function headerWorld(
  w: WorldInfo,
): Pick<RunHeader, 'worldFile' | 'worldExists' | 'worldProblem' | 'qqGroups' | 'qqUsers'> {
  return {
    worldFile: w.worldFile,
    worldExists: w.worldExists,
    worldProblem: w.worldProblem,
    qqGroups: w.qqGroups,
    qqUsers: w.qqUsers,
  };
}
