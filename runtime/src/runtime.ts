/**
 * One run: the world, the plugins in it (one Lua VM each), and the scheduler between them.
 *
 * Scheduling: a plugin's main coroutine runs until it waits (see vm/plugin.ts); whenever something it waits for
 * arrives (an event on its mux poller, a timer, a stdin line...), `wake` resumes every plugin that can go on, in
 * turn, until none can. The run ends by itself when nothing can resume any plugin any more: no timer, request or
 * open connection, no script action left, and no entry point (menu, chat listener, API, input...) that stdin could
 * still reach.
 *
 * Time is the run's clock (clock.ts): every timer is one of its timers. With virtual time, whenever no plugin can
 * run, no real I/O is in flight, nobody is reading a real stdin for a plugin and no driver holds the clock, the
 * scheduler jumps it to the next timer.
 *
 * Also here: the plugin set (one PluginVM per file), events and their observers, timers and work in flight, and
 * stdin lines. What plugins registered that the world can reach (listeners, servers, asks, inputs, API calls) is
 * entryPoints.ts; the scheduler asks it whether anything is still reachable.
 *
 * Longer than most modules: the scheduler and the state it decides on (plugins, timers, work in flight) belong
 * together.
 */
import type { ExitEvent, ExitReason, RunEvent } from './events';
import { Clock, parseStart } from './clock';
import { EntryPoints } from './entryPoints';
import { HttpClient } from './http';
import { message, tr, type Lang } from './messages';
import type { RunOptions } from './host';
import { World } from './world/world';
import { worldConfigFor } from './world/file';
import { CommandInterpreter } from './world/commands';
import { matchHttpRule } from './world/httpRules';
import { jsonSyntaxError } from './world/jsonSyntax';
import { PluginVM } from './vm/plugin';
import type { VmHost } from './vm/host';
import { omegaAreas, type OmegaHost } from './omega';
import { QqRoutes } from './omega/qq';
import { ActionEngine } from './script';

export const DEFAULT_MAX_BODY = 50 * 1024 * 1024;
export const DEFAULT_MAX_BODY_EVENT = 65536;
/** Plugin resumptions in one go before the event loop gets a turn (stdin, timers, Stop). */
const STEPS_PER_TURN = 5000;
/** A timer due within this is still part of what the last action caused (the run has not settled before it). */
export const SETTLE_WINDOW_MS = 100;

interface Timer {
  id: number;
  vm: PluginVM;
}

/** What a restarted run takes over from the one before it: the same world and the same clock. */
export interface Carried {
  world: World;
  clock: Clock;
}

/** The clock a run's options ask for: virtual or real, from the world's `start` (and in its zone) when given. */
export function clockFor(options: Pick<RunOptions, 'virtualTime' | 'world'>): Clock {
  const start = options.world?.start !== undefined ? parseStart(options.world.start) : undefined;
  return new Clock({
    mode: options.virtualTime ? 'virtual' : 'real',
    ...(start ? { start: start.ms } : {}),
    ...(start?.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: start.utcOffsetMinutes } : {}),
  });
}

export class Runtime implements VmHost, OmegaHost {
  readonly lang: Lang;
  /** The run's one clock (plugin-visible time and every timer). */
  readonly clock: Clock;
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
  /** Plugins are still loading: stdin lines wait until every main chunk has run. */
  loading = true;
  private pumping = false;
  /** The steps taken in this turn of the pump (see STEPS_PER_TURN). */
  private pumpSteps = 0;
  stdinOpen: boolean;
  private readonly lines: string[] = [];
  private readonly timers = new Set<Timer>();
  private readonly immediates = new Set<NodeJS.Immediate>();
  /** Requests and connects in flight (they keep the script from settling). */
  private netInFlight = 0;
  /** What plugins registered that the world can reach (listeners, servers, asks, inputs, API calls). */
  readonly entries = new EntryPoints(this);
  /** QQ messages in and out, the default list and the bridge plugin (omega/qq.ts). */
  readonly qq: QqRoutes;
  /** The last `worldState` reported (its JSON), so an unchanged world is not reported again. */
  private lastWorldState = '';
  /** Set while a plugin reads a line from a real stdin (a virtual clock then runs at real speed). */
  private endReadingStdin: (() => void) | undefined;
  private jumpQueued = false;
  private readonly stopJumpWatch: () => void;

  constructor(
    options: RunOptions,
    private readonly emitFn: (e: RunEvent) => void,
    carried?: Carried,
  ) {
    this.options = {
      ...options,
      maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
      maxBodyEvent: options.maxBodyEvent ?? DEFAULT_MAX_BODY_EVENT,
      mask: options.mask ?? true,
    };
    this.lang = options.lang ?? 'zh-cn';
    this.stdinOpen = options.stdin ?? false;
    this.clock = carried?.clock ?? clockFor(options);
    this.world = carried?.world ?? new World(options.world, this.clock);
    this.stopJumpWatch = this.clock.onCanJump(() => this.jumpSoon());
    this.qq = new QqRoutes(this.world, this.entries);
    this.commands = new CommandInterpreter(this.world, {
      show: (p, text, via) => this.entries.show(p, text, via),
      playerChanged: (p, action) => this.entries.playerChanged(p, action),
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
      clock: this.clock,
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
    const areas = omegaAreas(this);
    for (const f of files) {
      // The plugin's own config, else --config (one plugin), else the world file's configs.
      const configPath =
        f.configPath ??
        (files.length === 1 ? options.configPath : undefined) ??
        worldConfigFor(options.world, f.displayPath ?? f.pluginPath);
      const vm = new PluginVM(
        this,
        {
          ...f,
          ...(configPath !== undefined ? { configPath } : {}),
          ...(options.storageDir !== undefined ? { storageDir: options.storageDir } : {}),
          ...(options.framework !== undefined ? { framework: options.framework } : {}),
        },
        areas,
      );
      options.debug?.attach(vm);
      this.plugins.push(vm);
    }
    if (options.debug)
      // While the debugger holds the plugins the world waits: no timer fires and no deadline counts down.
      options.debug.world = {
        pause: () => this.clock.pause(),
        resume: () => this.clock.resume(),
        playerName: (uuid) => this.world.playerByUuid(uuid)?.name,
      };
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
          ...(this.options.worldPath !== undefined ? { world: this.options.worldPath } : {}),
          time: Math.round(this.clock.now()),
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

  /**
   * The pump steps each plugin for as long as it can go on, so a plugin it resumed (depth 1) that blocks with an
   * event already queued is resumed next with that event, unless the turn's steps run out or the run ends.
   */
  resumesAtOnce(): boolean {
    if (!this.pumping || this.depth !== 1 || this.finished || this.failed) return false;
    if (this.pumpSteps + 1 >= STEPS_PER_TURN) return false;
    this.pumpSteps++;
    return true;
  }

  /** Something a plugin waits for may have arrived: resume whatever can go on. */
  wake(): void {
    if (this.depth > 0 || this.pumping || this.finished) return;
    this.pump();
  }

  private pump(check = true): void {
    if (this.finished) return;
    this.pumping = true;
    this.pumpSteps = 0;
    try {
      let progress = true;
      while (progress && !this.finished && !this.failed) {
        progress = false;
        for (const vm of this.plugins) {
          while (vm.runnable() && !this.finished && !this.failed) {
            vm.step();
            progress = true;
            if (++this.pumpSteps >= STEPS_PER_TURN) {
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
      this.watchStdinReads();
    }
    if (check) this.check();
  }

  /** With `worldState`: a `worldState` event when the players or objectives differ from the last one reported. */
  private reportWorldState(): void {
    if (!this.options.worldState || this.finished) return;
    const players = this.world.people().map((p) => ({
      name: p.name,
      online: p.online,
      op: p.op,
      tags: [...p.tags],
      scores: Object.fromEntries(p.scores),
      asks: this.entries.asksOf(p.uuid),
    }));
    const objectives = [...this.world.objectives.keys()];
    const text = JSON.stringify([players, objectives]);
    if (text === this.lastWorldState) return;
    this.lastWorldState = text;
    this.emit({ type: 'worldState', players, objectives });
  }

  /** Whether no plugin can run right now and no request or timer is due within SETTLE_WINDOW_MS. */
  settled(): boolean {
    // Not busy(): a person reading a plugin's question on stdin is no work in progress.
    if (this.plugins.some((vm) => vm.runnable()) || this.netInFlight > 0) return false;
    const due = this.clock.nextDue();
    return due === undefined || due > this.clock.now() + SETTLE_WINDOW_MS;
  }

  /** Requests and connects in flight, stubbed ones included. */
  get requestsInFlight(): number {
    return this.netInFlight;
  }

  /** Whether something goes on that only real time finishes: a plugin can run, or real I/O is in flight. */
  busy(): boolean {
    return this.plugins.some((vm) => vm.runnable()) || this.clock.realTimeBusy;
  }

  // --------------------------------------------------------------------------------------------------------------
  // Virtual time

  /** With virtual time: jump the clock to the next timer on the next turn, when nothing else is pending then. */
  private jumpSoon(): void {
    if (this.jumpQueued || this.finished || this.clock.mode !== 'virtual') return;
    this.jumpQueued = true;
    this.later(() => {
      this.jumpQueued = false;
      if (this.loading || this.depth > 0 || this.pumping || !this.clock.canJump) return;
      if (this.busy()) return;
      // The timer's callback wakes the plugins; the pump that follows asks for the next jump.
      if (!this.clock.step()) return;
      this.jumpSoon();
    });
  }

  /** A virtual clock runs at real speed while a plugin waits for a line from a person (a real stdin). */
  private watchStdinReads(): void {
    if (this.clock.mode !== 'virtual' || !this.options.realStdin) return;
    const reading = this.stdinOpen && !this.finished && this.entries.waitingForLine();
    if (reading && !this.endReadingStdin) this.endReadingStdin = this.clock.beginRealTime();
    else if (!reading && this.endReadingStdin) {
      this.endReadingStdin();
      this.endReadingStdin = undefined;
    }
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
    if (wakers > 0 || this.engine.pending()) {
      this.jumpSoon();
      return;
    }
    if (this.stdinOpen && this.entries.listening()) {
      this.jumpSoon();
      return;
    }
    this.entries.warnUnanswered();
    this.finish(0, 'finished');
  }

  /** A Lua error was reported by a plugin. */
  fail(): void {
    this.failed = true;
    if (this.depth === 0 && !this.pumping) this.finish(1, 'error');
  }

  internalError(e: unknown): void {
    const err = e as Error;
    const m = String(err?.message ?? e);
    if (err instanceof RangeError && /call stack/i.test(m))
      this.emit({ type: 'error', message: 'stack overflow', hint: this.msg('stack') });
    else this.emit({ type: 'error', message: m });
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
    for (const t of this.timers) this.clock.clearTimer(t.id);
    this.timers.clear();
    this.stopJumpWatch();
    this.endReadingStdin?.();
    this.endReadingStdin = undefined;
    for (const i of this.immediates) clearImmediate(i);
    this.immediates.clear();
    this.entries.closeServers();
    for (const vm of this.plugins) vm.dispose();
    this.options.debug?.detach();
    const exit: ExitEvent = { type: 'exit', code, reason, ...(text ? { message: text } : {}) };
    void this.http.close().then(() => {
      this.emit(exit);
      this.resolveDone(exit);
    });
  }

  // --------------------------------------------------------------------------------------------------------------
  // Timers and work in flight

  /** A timer of the run's clock that keeps the plugin alive until it fires; returns its cancel function. */
  timer(vm: PluginVM, ms: number, fn: () => void): () => void {
    vm.wakers++;
    const t: Timer = {
      vm,
      id: this.clock.setTimer(ms, () => {
        if (!this.timers.delete(t)) return;
        vm.wakers--;
        fn();
        this.wake();
      }),
    };
    this.timers.add(t);
    return () => {
      if (this.timers.delete(t)) {
        this.clock.clearTimer(t.id);
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
  // stdin: each line is an action (a JSON object) or a terminal line

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

  /** Applies the stdin lines received so far: a line starting with `{` is an action (reported when it is not valid
   * JSON), any other line a terminal line. */
  processLines(): void {
    while (this.lines.length > 0 && !this.finished) {
      const line = this.lines.shift()!;
      if (/^\s*\{/.test(line)) {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          const p = jsonSyntaxError(line, this.lang);
          const why = p
            ? tr(
                this.lang,
                `不是有效的 JSON（第 ${p.column} 列）：${p.message}`,
                `not valid JSON (column ${p.column}): ${p.message}`,
              )
            : tr(this.lang, '不是有效的 JSON', 'not valid JSON');
          this.emit({ type: 'warning', message: this.msg('action_invalid', why) });
          continue;
        }
        this.engine.applyLine(value);
        this.pump();
        continue;
      }
      // A plain line is a terminal action: the event stream then holds everything that drove the run.
      this.engine.apply({ terminal: line }, 'stdin');
      this.pump();
    }
  }
}
