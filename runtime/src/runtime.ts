/**
 * One run: the world, the plugins in it (one Lua VM each), and the scheduler between them.
 *
 * Scheduling: a plugin's main coroutine runs until it waits (see vm/plugin.ts); whenever something it waits for
 * arrives (an event on its mux poller, a timer, a stdin line...), `wake` resumes every plugin that can go on, in
 * turn, until none can. The run ends by itself when nothing can resume any plugin any more: no timer, request or
 * open connection, no script action left, and no entry point (menu, chat listener, API, input...) that stdin could
 * still reach.
 *
 * The world's side of what plugins share lives here too: the entry points plugins registered (menus, chat and
 * player listeners, APIs, topics), terminal input, players' next chat lines (ask), cross-plugin calls.
 *
 * Longer than most modules on purpose: the scheduler decides when the run ends from exactly this state (timers,
 * requests, entry points, waiting inputs and asks), so they are kept together.
 */
import type { ExitEvent, ExitReason, RunEvent, SayVia } from './events';
import { HttpClient } from './http';
import { message, type Lang } from './messages';
import type { RunOptions } from './host';
import { World, type Player } from './world/world';
import { CommandInterpreter } from './world/commands';
import { matchHttpRule } from './world/httpRules';
import { PluginVM, type Data, type Source } from './vm/plugin';
import { ActionEngine } from './script';

export const DEFAULT_MAX_BODY = 50 * 1024 * 1024;
export const DEFAULT_MAX_BODY_EVENT = 65536;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Entry points no action can reach: packets never arrive offline, and only plugins publish to topics. */
const UNREACHABLE = new Set(['packet', 'topic']);
/** Plugin resumptions in one go before the event loop gets a turn (stdin, timers, Stop). */
const STEPS_PER_TURN = 5000;

export interface Registered {
  vm: PluginVM;
  source: Source;
}

interface Timer {
  handle: NodeJS.Timeout;
  due: number;
  vm: PluginVM;
}

interface LineWaiter {
  vm: PluginVM;
  answer: (line: string) => void;
}

export class Runtime {
  readonly lang: Lang;
  readonly world: World;
  readonly commands: CommandInterpreter;
  readonly http: HttpClient;
  readonly plugins: PluginVM[] = [];
  readonly engine: ActionEngine;
  readonly options: RunOptions & { maxBodyEvent: number; mask: boolean };
  readonly done: Promise<ExitEvent>;
  private resolveDone!: (e: ExitEvent) => void;

  /** How deep in plugin code the JS stack is (a plugin resumed from inside another's host call). */
  depth = 0;
  finished = false;
  /** A Lua error was reported; the run ends with code 1. */
  failed = false;
  exitCode: number | undefined;
  nextRequestId = 1;
  private loading = true;
  private pumping = false;
  stdinOpen: boolean;
  private readonly lines: string[] = [];
  private readonly lineWaiters: LineWaiter[] = [];
  private readonly timers = new Set<Timer>();
  private readonly immediates = new Set<NodeJS.Immediate>();
  /** Requests and connects in flight (they keep the script from settling). */
  private netInFlight = 0;
  readonly listeners: Registered[] = [];
  private readonly intercepts = new Map<
    string,
    Array<{ vm: PluginVM; fn: (chat: Data) => void; prompt: string }>
  >();
  /** The last `ask` prompt shown to each player (by uuid), for the wait on their next chat line that follows it. */
  private readonly askPrompts = new Map<string, string>();
  /** The last `worldState` reported (its JSON), so an unchanged world is not reported again. */
  private lastWorldState = '';
  private readonly servers: Array<{ vm: PluginVM; where: string; close: () => void }> = [];
  private readonly calls = new Map<number, (result: string | null, err?: string) => void>();
  private nextCall = 1;

  constructor(
    options: RunOptions,
    private readonly emitFn: (e: RunEvent) => void,
  ) {
    this.options = {
      ...options,
      maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
      maxBodyEvent: options.maxBodyEvent ?? DEFAULT_MAX_BODY_EVENT,
      mask: options.mask ?? true,
    };
    this.lang = options.lang ?? 'zh-cn';
    this.stdinOpen = options.stdin ?? false;
    this.world = new World(options.world);
    this.commands = new CommandInterpreter(this.world, {
      show: (p, text, via) => this.show(p, text, via),
      playerChanged: (p, action) => this.playerChanged(p, action),
      unknown: (name) =>
        this.emit({ type: 'warning', message: message(this.lang, 'cmd_unknown', name), api: name }),
    });
    const rules = this.world.httpRules;
    this.http = new HttpClient({
      maxBody: this.options.maxBody!,
      ...(options.timeoutCapSeconds ? { timeoutCapMs: options.timeoutCapSeconds * 1000 } : {}),
      ...(options.resolve ? { resolve: options.resolve } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      lang: this.lang,
      ...(rules.length > 0 ? { stub: (m: string, u: string) => matchHttpRule(rules, m, u) } : {}),
    });
    this.engine = new ActionEngine(this);
    this.done = new Promise((r) => (this.resolveDone = r));
    const files = options.plugins ?? [
      {
        pluginPath: options.pluginPath,
        ...(options.displayPath !== undefined ? { displayPath: options.displayPath } : {}),
        ...(options.source !== undefined ? { source: options.source } : {}),
      },
    ];
    for (const f of files)
      this.plugins.push(
        new PluginVM(this, {
          ...f,
          ...(options.configPath !== undefined && files.length === 1
            ? { configPath: options.configPath }
            : {}),
          ...(options.storageDir !== undefined ? { storageDir: options.storageDir } : {}),
        }),
      );
  }

  private readonly observers = new Set<(e: RunEvent) => void>();

  emit(e: RunEvent): void {
    this.emitFn(e);
    for (const o of this.observers) o(e);
  }

  /** Calls fn with every event from now on; returns the function that stops it. */
  observe(fn: (e: RunEvent) => void): () => void {
    this.observers.add(fn);
    return () => this.observers.delete(fn);
  }

  msg(key: Parameters<typeof message>[1], ...a: string[]): string {
    return message(this.lang, key, ...a);
  }

  // --------------------------------------------------------------------------------------------------------------
  // Starting, scheduling, ending

  start(): Promise<ExitEvent> {
    try {
      for (const vm of this.plugins) {
        this.emit({
          type: 'start',
          plugin: vm.display,
          config: vm.configPath,
          storage: vm.storage,
          time: Date.now(),
        });
        if (!vm.load()) {
          this.failed = true;
          this.finish(1, 'error');
          return this.done;
        }
      }
      for (const vm of this.plugins) {
        if (this.finished) break;
        vm.start();
        this.pump(false);
      }
      this.loading = false;
      if (!this.finished) {
        this.engine.startScript(this.options.world?.script ?? []);
        this.processLines();
        this.pump();
      }
    } catch (e) {
      this.internalError(e);
    }
    return this.done;
  }

  /** Something a plugin waits for may have arrived: resume whatever can go on. */
  wake(): void {
    if (this.depth > 0 || this.pumping || this.finished) return;
    this.pump();
  }

  private pump(check = true): void {
    if (this.finished) return;
    this.pumping = true;
    let steps = 0;
    try {
      let progress = true;
      while (progress && !this.finished && !this.failed) {
        progress = false;
        for (const vm of this.plugins) {
          while (vm.runnable() && !this.finished && !this.failed) {
            vm.step();
            progress = true;
            if (++steps >= STEPS_PER_TURN) {
              this.later(() => this.wake());
              return;
            }
          }
        }
      }
    } catch (e) {
      this.internalError(e);
    } finally {
      this.pumping = false;
      this.reportWorldState();
    }
    if (check) this.check();
  }

  /** With `worldState`: a `worldState` event when the players or objectives differ from the last one reported. */
  private reportWorldState(): void {
    if (!this.options.worldState || this.finished) return;
    const players = this.world.players.map((p) => ({
      name: p.name,
      online: p.online,
      op: p.op,
      tags: [...p.tags],
      scores: Object.fromEntries(p.scores),
      asks: (this.intercepts.get(p.uuid) ?? []).map((i) => i.prompt),
    }));
    const objectives = [...this.world.objectives.keys()];
    const text = JSON.stringify([players, objectives]);
    if (text === this.lastWorldState) return;
    this.lastWorldState = text;
    this.emit({ type: 'worldState', players, objectives });
  }

  /** Whether no plugin can run right now and no request or timer is due within 100 ms. */
  settled(): boolean {
    if (this.plugins.some((vm) => vm.runnable()) || this.netInFlight > 0) return false;
    const soon = Date.now() + 100;
    for (const t of this.timers) if (t.due <= soon) return false;
    return true;
  }

  /** Whether stdin (or the script) could still reach one of this plugin's entry points. */
  listening(vm?: PluginVM): boolean {
    const mine = (x: { vm: PluginVM }): boolean => (vm ? x.vm === vm : !x.vm.halted);
    if (this.listeners.some((l) => mine(l) && !UNREACHABLE.has(l.source.listener!.kind)))
      return true;
    if (this.lineWaiters.some(mine) || this.servers.some(mine)) return true;
    for (const list of this.intercepts.values()) if (list.some(mine)) return true;
    return false;
  }

  /** Ends the run when nothing can resume any plugin any more. */
  private check(): void {
    if (this.finished || this.loading) return;
    if (this.exitCode !== undefined) return this.finish(this.exitCode, 'exit');
    if (this.failed) return this.finish(1, 'error');
    const live = this.plugins.filter((vm) => vm.state === 'blocked' && !vm.halted);
    if (live.length === 0) return this.finish(0, 'finished');
    if (this.plugins.some((vm) => vm.runnable())) return;
    const wakers = live.reduce((n, vm) => n + vm.wakers, 0);
    if (wakers > 0 || this.engine.pending()) return;
    if (this.stdinOpen && this.listening()) return;
    if (this.lineWaiters.length > 0)
      this.emit({ type: 'warning', message: this.msg('stdin_closed') });
    for (const [uuid, list] of this.intercepts)
      if (list.length > 0)
        this.emit({
          type: 'warning',
          message: this.msg('ask_unanswered', this.world.playerByUuid(uuid)?.name ?? uuid),
        });
    this.finish(0, 'finished');
  }

  /** A Lua error was reported by a plugin. */
  fail(): void {
    this.failed = true;
    if (this.depth === 0 && !this.pumping) this.finish(1, 'error');
  }

  internalError(e: unknown): void {
    const err = e as Error;
    let m = String(err?.message ?? e);
    if (err instanceof RangeError && /call stack/i.test(m))
      m = `stack overflow (${this.msg('stack')})`;
    this.emit({ type: 'error', message: m });
    this.failed = true;
    this.finish(1, 'error');
  }

  stop(reason: ExitReason = 'stopped', text?: string): void {
    this.finish(1, reason, text ?? this.msg('stopped'));
  }

  finish(code: number, reason: ExitReason, text?: string): void {
    if (this.finished) return;
    this.finished = true;
    this.engine.cancel();
    for (const t of this.timers) clearTimeout(t.handle);
    this.timers.clear();
    for (const i of this.immediates) clearImmediate(i);
    this.immediates.clear();
    for (const s of this.servers) s.close();
    for (const vm of this.plugins) vm.dispose();
    const exit: ExitEvent = { type: 'exit', code, reason, ...(text ? { message: text } : {}) };
    void this.http.close().then(() => {
      this.emit(exit);
      this.resolveDone(exit);
    });
  }

  // --------------------------------------------------------------------------------------------------------------
  // Timers and work in flight

  /** A timer that keeps the plugin alive until it fires; returns its cancel function. */
  timer(vm: PluginVM, ms: number, fn: () => void): () => void {
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, ms));
    vm.wakers++;
    const t: Timer = {
      vm,
      due: Date.now() + wait,
      handle: setTimeout(() => {
        if (!this.timers.delete(t)) return;
        vm.wakers--;
        fn();
        this.wake();
      }, wait),
    };
    this.timers.add(t);
    return () => {
      if (this.timers.delete(t)) {
        clearTimeout(t.handle);
        vm.wakers--;
        this.wake();
      }
    };
  }

  /** Work that will wake the plugin (a request, a connect, an open connection); call the result when done. */
  track(vm: PluginVM, kind: 'net' | 'conn'): () => void {
    vm.wakers++;
    if (kind === 'net') this.netInFlight++;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      vm.wakers--;
      if (kind === 'net') this.netInFlight--;
      this.wake();
    };
  }

  /** Runs fn on the next turn of the event loop (unless the run ended). */
  later(fn: () => void): void {
    const im = setImmediate(() => {
      this.immediates.delete(im);
      if (!this.finished) fn();
    });
    this.immediates.add(im);
  }

  // --------------------------------------------------------------------------------------------------------------
  // Entry points plugins registered

  addListener(vm: PluginVM, source: Source): void {
    const l = source.listener!;
    this.listeners.push({ vm, source });
    vm.emit({
      type: 'listener',
      kind: l.kind,
      triggers: l.triggers,
      ...(l.usage !== undefined ? { usage: l.usage } : {}),
      ...(l.argument_hint !== undefined ? { argument_hint: l.argument_hint } : {}),
    });
    if (l.kind === 'player_change')
      for (const p of this.world.online()) vm.deliver(source.id, { uuid: p.uuid, action: 'exist' });
  }

  removeListener(vm: PluginVM, source: Source): void {
    const i = this.listeners.findIndex((r) => r.vm === vm && r.source === source);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  /** Live entry points of a kind (of plugins not halted). */
  listenersOf(kind: string): Registered[] {
    return this.listeners.filter(
      (r) => r.source.listener?.kind === kind && !r.vm.halted && r.vm.state !== 'dead',
    );
  }

  addServer(vm: PluginVM, where: string, close: () => void): void {
    this.servers.push({ vm, where, close });
    vm.emit({ type: 'listener', kind: 'websocket_server', triggers: [where] });
  }

  removeServer(vm: PluginVM): void {
    const i = this.servers.findIndex((s) => s.vm === vm);
    if (i >= 0) this.servers.splice(i, 1);
  }

  // --------------------------------------------------------------------------------------------------------------
  // Players

  /** A player is shown something (`say` event). */
  show(player: Player, text: string, via: SayVia, vm?: PluginVM): void {
    if (via === 'ask') this.askPrompts.set(player.uuid, text);
    const e: RunEvent = { type: 'say', player: player.name, text, via };
    if (vm) vm.emit(e);
    else this.emit(e);
  }

  playerChanged(player: Player, action: 'online' | 'offline'): void {
    for (const r of this.listenersOf('player_change'))
      r.vm.deliver(r.source.id, { uuid: player.uuid, action });
  }

  /** The player's next chat line goes to fn (player:ask); returns the cancel function. */
  intercept(player: Player, vm: PluginVM, fn: (chat: Data) => void): () => void {
    const list = this.intercepts.get(player.uuid) ?? [];
    const entry = { vm, fn, prompt: this.askPrompts.get(player.uuid) ?? '' };
    this.askPrompts.delete(player.uuid);
    list.push(entry);
    this.intercepts.set(player.uuid, list);
    return () => {
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Hands a chat line to the player's pending ask; true when one took it. */
  takeIntercept(player: Player, chat: Data): boolean {
    const entry = this.intercepts.get(player.uuid)?.shift();
    if (!entry) return false;
    entry.fn(chat);
    return true;
  }

  // --------------------------------------------------------------------------------------------------------------
  // Cross-plugin calls and topics

  /** Calls an API another plugin exposes (or the world file answers); returns the cancel function. */
  callApi(
    from: PluginVM | undefined,
    api: string,
    args: string,
    answer: (result: string | null, err?: string) => void,
  ): () => void {
    const provider = this.listenersOf('api').find((r) => r.source.listener!.triggers[0] === api);
    const call = this.nextCall++;
    if (provider) {
      this.calls.set(call, answer);
      provider.vm.deliver(provider.source.id, { args, call });
      return () => this.calls.delete(call);
    }
    const canned = this.world.apis.get(api);
    if (canned) {
      let cancelled = false;
      const reply = (): void => {
        if (!cancelled)
          answer(
            canned.result === undefined ? 'null' : JSON.stringify(canned.result),
            canned.error,
          );
      };
      if (from && canned.delay) {
        const cancel = this.timer(from, canned.delay, reply);
        return () => {
          cancelled = true;
          cancel();
        };
      }
      this.later(reply);
      return () => (cancelled = true);
    }
    const known = [
      ...this.listenersOf('api').map((r) => r.source.listener!.triggers[0]!),
      ...this.world.apis.keys(),
    ];
    const text = this.msg('api_unknown', api, known.join(', '));
    if (from) from.warn(text, api);
    else this.emit({ type: 'warning', message: text, api });
    return () => undefined;
  }

  answerApi(call: number, result: string | null, err?: string): void {
    const answer = this.calls.get(call);
    if (!answer) return;
    this.calls.delete(call);
    answer(result, err);
  }

  /** Whether some plugin exposes this API (or the world file answers it). */
  hasApi(api: string): boolean {
    return (
      this.world.apis.has(api) ||
      this.listenersOf('api').some((r) => r.source.listener!.triggers[0] === api)
    );
  }

  publish(topic: string, data: string): void {
    for (const r of this.listenersOf('topic'))
      if (r.source.listener!.triggers[0] === topic) r.vm.deliver(r.source.id, data);
  }

  // --------------------------------------------------------------------------------------------------------------
  // The terminal: stdin lines and script `terminal` actions

  /** Waits for the next terminal line; returns the cancel function. */
  waitForLine(vm: PluginVM, prompt: string, answer: (line: string) => void): () => void {
    vm.emit({ type: 'input', prompt });
    const w: LineWaiter = { vm, answer };
    this.lineWaiters.push(w);
    if (!this.loading) this.later(() => this.processLines());
    return () => {
      const i = this.lineWaiters.indexOf(w);
      if (i >= 0) this.lineWaiters.splice(i, 1);
    };
  }

  /** One stdin line: a JSON object is an action, anything else a terminal line. */
  pushInput(line: string): void {
    if (this.finished) return;
    this.lines.push(line);
    if (!this.loading) this.processLines();
  }

  /** stdin reached its end. */
  endInput(): void {
    if (this.finished || !this.stdinOpen) return;
    this.stdinOpen = false;
    if (!this.loading) {
      this.processLines();
      this.check();
    }
  }

  private processLines(): void {
    while (this.lines.length > 0 && !this.finished) {
      const line = this.lines.shift()!;
      if (/^\s*\{/.test(line)) {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          this.engine.applyLine(value);
          this.pump();
          continue;
        }
      }
      // A plain line is a terminal action: the event stream then holds everything that drove the run.
      this.engine.apply({ terminal: line }, 'stdin');
      this.pump();
    }
  }

  /** A terminal line: the answer to a waiting input, else a terminal-menu call. */
  terminalLine(line: string): void {
    const w = this.lineWaiters.shift();
    if (w) {
      w.answer(line);
      return;
    }
    const words = line
      .trim()
      .split(/\s+/)
      .filter((x) => x !== '');
    if (words.length === 0) return;
    const menus = this.listenersOf('terminal_menu');
    const menu = menus.find((r) => r.source.listener!.triggers.includes(words[0]!));
    if (!menu) {
      this.emit({
        type: 'warning',
        message: this.msg(
          'no_trigger',
          words[0]!,
          menus.map((m) => m.source.listener!.triggers.join('/')).join(', '),
        ),
      });
      return;
    }
    menu.vm.deliver(menu.source.id, words.slice(1));
  }
}
