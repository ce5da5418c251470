/**
 * The Game view's model: the run's events in, rows for the webview out. It keeps what the view shows — the live
 * players (from `worldState`), what each player was shown and said, the entry points the plugin registered, commands
 * with their results, QQ messages both ways, cross-plugin calls, and a log of actions and problems — each history
 * capped, and hands the webview only what changed since the last batch. It never interprets commands or guesses the
 * world: players come from the runtime's own reports. No `vscode` import.
 */
import type {
  ListenerEvent,
  PlayerState,
  RunEvent,
  WorldAction,
} from '../../../runtime/src/events';
import { langFormat } from '../../../runtime/src/world/lang';
import { minecraftSegments, stripMinecraftCodes } from '../format';
import type { Lang, Localize } from '../i18n';
import {
  CappedLog,
  CAPS,
  describe,
  kindLabel,
  type ApiRow,
  type CommandRow,
  type Entries,
  type Line,
  type LineKind,
  type LogRow,
  type MenuEntry,
  type QqRow,
  type RunHeader,
  type Update,
  type WebLine,
  type WebPlayer,
  type WorldInfo,
} from './rows';
import type { WorldEdit } from './worldFile';

export * from './rows';

export class GameModel {
  private seq = 0;
  private sent = 0;
  private header: RunHeader = emptyHeader();
  private players: WebPlayer[] = [];
  private objectives: string[] = [];
  private readonly listeners: ListenerEvent[] = [];
  private lines = new Map<string, CappedLog<Line>>();
  private commands = new CappedLog<CommandRow>(CAPS.commands);
  private qq = new CappedLog<QqRow>(CAPS.qq);
  private apis = new CappedLog<ApiRow>(CAPS.apis);
  private log = new CappedLog<LogRow>(CAPS.log);
  private notice: string | undefined;
  private strays: string[] = [];
  private started = false;
  private live = false;
  private dirty = { header: false, players: false, entries: false, notice: false, rows: false };

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
    this.players = world.players.map((p) => ({ ...p, asks: [], prompt: [] }));
    this.objectives = [];
    this.listeners.length = 0;
    this.lines = new Map();
    this.commands = new CappedLog(CAPS.commands);
    this.qq = new CappedLog(CAPS.qq);
    this.apis = new CappedLog(CAPS.apis);
    this.log = new CappedLog(CAPS.log);
    this.notice = world.worldProblem || undefined;
    this.strays = [];
    this.started = false;
    this.live = false;
    this.markAll();
  }

  /** The world file changed outside a run, or was found unusable: header and, when not live, the players. */
  worldChanged(world: WorldInfo): void {
    Object.assign(this.header, headerWorld(world));
    this.dirty.header = true;
    if (!this.live && !this.header.running && !world.worldProblem) {
      this.players = world.players.map((p) => ({ ...p, asks: [], prompt: [] }));
      this.dirty.players = true;
    }
  }

  /** The run as the view's title bar shows it. */
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
        this.players = ev.players.map(webPlayer);
        this.objectives = ev.objectives;
        this.dirty.players = true;
        break;
      case 'listener':
        this.listeners.push(ev);
        this.dirty.entries = true;
        break;
      case 'say':
        this.line(ev.player, ev.via, ev.text);
        break;
      case 'action':
        this.action(ev.action, ev.problem);
        break;
      case 'command': {
        const r = ev.result;
        this.commands.push({
          seq: ++this.seq,
          command: ev.command,
          via: ev.via,
          ok: r ? r.SuccessCount > 0 : null,
          messages: (r?.OutputMessages ?? []).map((m) => ({
            key: m.Message,
            params: m.Parameters,
          })),
          stubbed: ev.stubbed === true,
        });
        this.dirty.rows = true;
        break;
      }
      case 'qq':
        this.qq.push({ seq: ++this.seq, dir: 'out', where: ev.target, text: ev.text });
        this.dirty.rows = true;
        break;
      case 'apiResult':
        this.apis.push({
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
      case 'exit':
        this.header.running = false;
        this.header.ended = ev.reason;
        this.dirty.header = true;
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
      this.qq.push({
        seq: ++this.seq,
        dir: 'in',
        where: group !== undefined ? `群聊:${group}` : `私聊:${user}`,
        who: nickname ? `${nickname} (${user})` : String(user),
        text,
      });
    } else if ('api' in a)
      this.apis.push({ seq: ++this.seq, dir: 'call', api: a.api, value: a.args ?? null });
  }

  private line(player: string, kind: LineKind, text: string): void {
    let log = this.lines.get(player);
    if (!log) {
      log = new CappedLog<Line>(CAPS.linesPerPlayer);
      this.lines.set(player, log);
    }
    log.push({ seq: ++this.seq, player, kind, text });
    this.dirty.rows = true;
  }

  private logRow(level: LogRow['level'], text: string): void {
    this.log.push({ seq: ++this.seq, level, text });
    this.dirty.rows = true;
  }

  private setNotice(text: string): void {
    this.notice = text;
    this.dirty.notice = true;
  }

  dismissNotice(): void {
    this.notice = undefined;
    this.dirty.notice = true;
  }

  /** Shows an edit made while no run is live (the file changed; the next run starts from it). */
  editedOffline(edit: WorldEdit): void {
    if (this.live && this.header.running) return;
    const i = this.players.findIndex((p) => p.name === edit.name);
    const p = this.players[i];
    switch (edit.kind) {
      case 'addPlayer':
        if (!p)
          this.players.push({
            name: edit.name,
            online: true,
            op: false,
            tags: [],
            scores: {},
            asks: [],
            prompt: [],
          });
        break;
      case 'removePlayer':
        if (p) this.players.splice(i, 1);
        break;
      case 'setOp':
        if (p) p.op = edit.op;
        break;
      case 'setTags':
        if (p) p.tags = [...edit.tags];
        break;
      case 'setScore':
        if (p && edit.score === null) delete p.scores[edit.objective];
        else if (p) p.scores[edit.objective] = edit.score!;
        break;
    }
    this.dirty.players = true;
  }

  setProblem(text: string): void {
    this.setNotice(text);
  }

  // ---- Queries ---------------------------------------------------------------------------------------------

  player(name: string): WebPlayer | undefined {
    return this.players.find((p) => p.name === name);
  }

  /** Who calls a menu when nobody was chosen: `preferred` when online, else the first online player. */
  defaultPlayer(preferred?: string): string | undefined {
    const online = this.players.filter((p) => p.online);
    return (online.find((p) => p.name === preferred) ?? online[0])?.name;
  }

  entries(): Entries {
    const menus: MenuEntry[] = [];
    const apis: string[] = [];
    const others: Entries['others'] = [];
    let qq = false;
    for (const l of this.listeners) {
      if (l.kind === 'game_menu' || l.kind === 'terminal_menu')
        menus.push({
          kind: l.kind,
          triggers: l.triggers,
          usage: l.usage ?? '',
          hint: l.argument_hint ?? '',
        });
      else if (l.kind === 'api') apis.push(...l.triggers);
      else {
        if (l.kind === 'cqhttp' || l.kind === 'cqhttp_default') qq = true;
        others.push({ kind: l.kind, triggers: l.triggers });
      }
    }
    return { menus, apis, qq, others };
  }

  // ---- Batches for the webview --------------------------------------------------------------------------------

  /** What changed since the last batch, or undefined when nothing did. */
  takeUpdate(): Update | undefined {
    const d = this.dirty;
    if (!d.header && !d.players && !d.entries && !d.notice && !d.rows) return undefined;
    const u = this.rows(this.sent);
    if (d.header) u.header = this.webHeader();
    if (d.players) {
      u.players = this.players.map(copyPlayer);
      u.objectives = [...this.objectives];
    }
    if (d.entries) u.entries = this.entries();
    if (d.notice) u.notice = this.notice ?? '';
    this.dirty = { header: false, players: false, entries: false, notice: false, rows: false };
    return u;
  }

  /** Everything kept, for a webview that (re)loads or a change of language. */
  snapshot(): Update {
    const u = this.rows(0);
    u.header = this.webHeader();
    u.players = this.players.map(copyPlayer);
    u.objectives = [...this.objectives];
    u.entries = this.entries();
    u.notice = this.notice ?? '';
    this.dirty = { header: false, players: false, entries: false, notice: false, rows: false };
    return u;
  }

  private rows(after: number): Update {
    const t = this.t;
    const code = this.lang() === 'en' ? 1 : 0;
    const lines: WebLine[] = [];
    let dropped = 0;
    for (const log of this.lines.values()) {
      dropped += log.dropped;
      for (const l of log.since(after))
        lines.push({
          seq: l.seq,
          player: l.player,
          kind: l.kind,
          label: kindLabel(l.kind, t),
          segments: minecraftSegments(l.text),
        });
    }
    lines.sort((a, b) => a.seq - b.seq);
    const u: Update = {
      lines,
      commands: this.commands.since(after).map((c) => ({
        seq: c.seq,
        command: c.command,
        via: c.via,
        ok: c.ok,
        stubbed: c.stubbed,
        text: c.messages.map((m) => langFormat(code, m.key, m.params)).join(' '),
      })),
      qq: this.qq.since(after).map((q) => ({ ...q, segments: minecraftSegments(q.text) })),
      apis: this.apis.since(after).map((a) => ({
        seq: a.seq,
        dir: a.dir,
        api: a.api,
        text: a.value === undefined ? '' : JSON.stringify(a.value),
        ...(a.error ? { error: a.error } : {}),
      })),
      log: this.log.since(after),
      dropped:
        dropped + this.commands.dropped + this.qq.dropped + this.apis.dropped + this.log.dropped,
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

  private markAll(): void {
    this.dirty = { header: true, players: true, entries: true, notice: true, rows: true };
  }
}

function emptyHeader(): RunHeader {
  return {
    title: '',
    running: false,
    ended: '',
    worldFile: '',
    worldExists: false,
    worldProblem: '',
    qqGroups: [],
    qqUsers: [],
  };
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

function webPlayer(p: PlayerState): WebPlayer {
  return {
    name: p.name,
    online: p.online,
    op: p.op,
    tags: [...p.tags],
    scores: { ...p.scores },
    asks: [...(p.asks ?? [])],
    prompt: [],
  };
}

function copyPlayer(p: WebPlayer): WebPlayer {
  return {
    ...p,
    tags: [...p.tags],
    scores: { ...p.scores },
    asks: [...p.asks],
    prompt: minecraftSegments(p.asks[0] ?? ''),
  };
}
