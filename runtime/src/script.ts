/**
 * The action engine: applies world actions (the world file's `script`, JSON lines on stdin) to a run.
 *
 * Small API, also driven by the plugin-test runner: `apply(action)` does one action now; `whenSettled()` resolves
 * once no plugin can run and no request or timer is due within 100 ms (or after 2 s); `advance(ms)` lets the run's
 * clock pass ms, firing the timers on the way in order; events are observed through the run's event stream. A
 * script applies its actions in order, each once the previous one has settled.
 *
 * Time is the run's clock (clock.ts). With virtual time the engine moves it itself: settling fires the timers due
 * within 100 ms at once, and `{"wait": ms}` and `{"advance": ...}` step through the timers up to their end. A script
 * holds the clock while it has actions left, so nothing jumps past the moment its next action is due. Waiting for
 * plugins that are busy (or for real I/O, which a virtual clock follows at real speed) is a short real-time poll.
 *
 * An action naming an unknown player, trigger or API is reported on its `action` event (`problem`) and the run
 * goes on.
 */
import type { RunEvent, WorldAction } from './events';
import { parseDuration, REAL_TIME } from './clock';
import { checkAction } from './world/file';
import type { Data } from './vm/plugin';
import type { Runtime } from './runtime';

/** How long a script waits at most for the previous action to settle (on the run's clock, and in real time). */
export const SETTLE_CAP_MS = 2000;
/** How often a driver looks again while plugins are busy: real time, never seen by a plugin. */
const POLL_MS = 10;

/** One turn of the event loop: promise callbacks and I/O land (a stubbed answer resolves on one). */
function nextTurn(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

export class ActionEngine {
  private running = false;
  private cancelled = false;
  private readonly polls = new Set<() => void>();
  private readonly clockTimers = new Set<number>();

  constructor(private readonly rt: Runtime) {}

  /** Calls fn with every event of the run from now on (e.g. to check what an action caused); returns the stop. */
  observe(fn: (e: RunEvent) => void): () => void {
    return this.rt.observe(fn);
  }

  /** Whether script actions are still to come. */
  pending(): boolean {
    return this.running;
  }

  cancel(): void {
    this.cancelled = true;
    this.running = false;
    for (const stop of this.polls) stop();
    this.polls.clear();
    for (const id of this.clockTimers) this.rt.clock.clearTimer(id);
    this.clockTimers.clear();
  }

  /** A short real-time pause while plugins are busy (the driver's own pacing; plugins never see it). */
  private poll(): Promise<void> {
    return new Promise((resolve) => {
      const stop = REAL_TIME.after(POLL_MS, () => {
        this.polls.delete(stop);
        resolve();
      });
      this.polls.add(stop);
    });
  }

  private get over(): boolean {
    return this.cancelled || this.rt.finished;
  }

  /**
   * Resolves when the run has settled: no plugin can run, no request in flight, no timer due within 100 ms (with
   * virtual time those fire at once). At most capMs of the run's clock, and of real time for a busy plugin.
   */
  async whenSettled(capMs = SETTLE_CAP_MS): Promise<void> {
    const clock = this.rt.clock;
    const until = clock.now() + capMs;
    const realUntil = REAL_TIME.monotonic() + capMs;
    while (!this.over && clock.now() < until && REAL_TIME.monotonic() < realUntil) {
      if (this.rt.settled()) return;
      if (clock.mode === 'virtual' && !this.rt.busy()) {
        // Let promise callbacks land first (a stubbed answer resolves on one), then, still idle, only timers are
        // left: the next is due soon, or a request waits on it.
        await nextTurn();
        if (this.over || this.rt.settled() || this.rt.busy()) continue;
        if (clock.step()) continue;
      }
      await this.poll();
    }
  }

  /**
   * Lets ms of the run's clock pass, firing the timers due on the way in order (plugins react to each before the
   * next). With virtual time the clock steps from timer to timer; in real time it waits, or with `jump` (the
   * `advance` action) moves the clock ahead of real time.
   */
  async advance(ms: number, jump: boolean): Promise<void> {
    const clock = this.rt.clock;
    if (clock.mode === 'real' && !jump) {
      await new Promise<void>((resolve) => {
        const id = clock.setTimer(ms, () => {
          this.clockTimers.delete(id);
          resolve();
        });
        this.clockTimers.add(id);
      });
      return;
    }
    const target = clock.now() + ms;
    while (!this.over && clock.now() < target) {
      await nextTurn();
      if (this.rt.busy() || clock.paused) {
        await this.poll();
        continue;
      }
      if (!clock.step(target)) clock.moveTo(target);
    }
  }

  startScript(actions: WorldAction[]): void {
    if (actions.length === 0) return;
    this.running = true;
    void this.runScript(actions);
  }

  private async runScript(actions: WorldAction[]): Promise<void> {
    // Nothing jumps past the moment the next action is due.
    const release = this.rt.clock.hold();
    try {
      for (const a of actions) {
        await this.whenSettled();
        if (this.over) return;
        if ('wait' in a || 'advance' in a) {
          this.rt.emit({ type: 'action', action: a, source: 'script' });
          await this.pass(a);
          continue;
        }
        this.apply(a, 'script');
      }
      await this.whenSettled();
    } finally {
      this.running = false;
      release();
    }
    if (!this.cancelled) this.rt.wake();
  }

  /** A `wait` or `advance` action's time passing. */
  pass(a: { wait: number } | { advance: string | number }): Promise<void> {
    if ('wait' in a) return this.advance(a.wait, false);
    return this.advance(parseDuration(a.advance) ?? 0, true);
  }

  /** A JSON object from stdin: checked against the schema, then applied (`wait` / `advance`: the clock passes). */
  applyLine(value: unknown): void {
    const problem = checkAction(value, this.rt.lang);
    if (problem) {
      this.rt.emit({ type: 'warning', message: this.rt.msg('action_invalid', problem) });
      return;
    }
    const a = value as WorldAction;
    if ('advance' in a || 'wait' in a) {
      this.rt.emit({ type: 'action', action: a, source: 'stdin' });
      void this.pass(a).then(() => this.rt.wake());
      return;
    }
    this.apply(a, 'stdin');
  }

  /** Applies one action now. */
  apply(action: WorldAction, source: 'script' | 'stdin' = 'script'): void {
    // Plugins react once the action event is out, so the stream reads cause before effect.
    let problem: string | undefined;
    this.rt.depth++;
    try {
      problem = this.perform(action);
    } finally {
      this.rt.depth--;
    }
    this.rt.emit({ type: 'action', action, source, ...(problem ? { problem } : {}) });
    this.rt.wake();
  }

  /** Does the action; returns the problem when it names something unknown. */
  private perform(a: WorldAction): string | undefined {
    const rt = this.rt;
    const world = rt.world;
    const msg = rt.msg.bind(rt);
    if ('terminal' in a) {
      rt.entries.terminalLine(a.terminal);
      return undefined;
    }
    if ('wait' in a || 'advance' in a) return undefined;
    if ('join' in a) {
      const p = world.player(a.join) ?? world.addPlayer({ name: a.join, online: false });
      if (p.online) return msg('action_already_online', a.join);
      p.online = true;
      p.loginTime = Math.floor(rt.clock.now() / 1000);
      rt.entries.playerChanged(p, 'online');
      return undefined;
    }
    if ('leave' in a) {
      const p = world.player(a.leave);
      if (!p) return msg('action_unknown_player', a.leave, names(rt));
      if (!p.online) return msg('action_offline', a.leave);
      p.online = false;
      rt.entries.playerChanged(p, 'offline');
      return undefined;
    }
    if ('api' in a) {
      if (!rt.entries.hasApi(a.api)) {
        const known = [
          ...rt.entries.listenersOf('api').map((r) => r.source.listener!.triggers[0]!),
          ...world.apis.keys(),
        ];
        return msg('api_unknown', a.api, known.join(', '));
      }
      rt.entries.callApi(undefined, a.api, JSON.stringify(a.args ?? null), (result, err) => {
        let value: unknown = result;
        try {
          value = result === null ? null : JSON.parse(result);
        } catch {
          value = result;
        }
        rt.emit({ type: 'apiResult', api: a.api, result: value, ...(err ? { error: err } : {}) });
      });
      return undefined;
    }
    if ('qq' in a) {
      const { source, heard } = rt.qq.receive(a.qq);
      return heard ? undefined : msg('action_no_qq_listener', source);
    }
    if ('player' in a) {
      const p = world.player(a.player);
      if (!p) return msg('action_unknown_player', a.player, names(rt));
      if (a.op !== undefined) {
        p.op = a.op;
        p.abilities['operator_command'] = a.op;
      }
      if (a.tags) {
        p.tags.clear();
        for (const tag of a.tags) p.tags.add(tag);
      }
      for (const [objective, score] of Object.entries(a.scores ?? {})) {
        if (score === null) {
          p.scores.delete(objective);
          continue;
        }
        if (!world.objectives.has(objective))
          world.objectives.set(objective, {
            name: objective,
            displayName: objective,
            criteria: 'dummy',
          });
        p.scores.set(objective, Math.trunc(score));
      }
      return undefined;
    }
    // menu / chat: as a player
    const p = world.player(a.as);
    if ('menu' in a) {
      if (!p) return msg('action_unknown_player', a.as, names(rt));
      if (!p.online) return msg('action_offline', a.as);
      const menus = rt.entries.listenersOf('game_menu');
      const menu = menus.find((r) => r.source.listener!.triggers.includes(a.menu));
      if (!menu)
        return msg(
          'action_unknown_menu',
          a.menu,
          menus.map((r) => r.source.listener!.triggers.join('/')).join(', '),
        );
      const args = (Array.isArray(a.args) ? a.args : a.args === undefined ? [] : [a.args]).map(
        String,
      );
      menu.vm.deliver(menu.source.id, chat(p.name, [a.menu, ...args].join(' '), args));
      return undefined;
    }
    const text = a.chat;
    const words = text.split(/\s+/).filter((w) => w !== '');
    if (!p) {
      // Not a player: a named item or command block telling the bot something.
      const senders = [
        ...rt.entries.listenersOf('sender'),
        ...rt.entries.listenersOf('command_block'),
      ].filter((r) => r.source.listener!.triggers[0] === a.as);
      if (senders.length === 0) return msg('action_unknown_player', a.as, names(rt));
      for (const r of senders) r.vm.deliver(r.source.id, chat(a.as, text, words));
      return undefined;
    }
    if (!p.online) return msg('action_offline', a.as);
    rt.entries.takeIntercept(p, chat(p.name, text, words));
    for (const r of rt.entries.listenersOf('chat'))
      r.vm.deliver(r.source.id, chat(p.name, text, words));
    return undefined;
  }
}

/** A chat as neomega hands it to Lua. */
function chat(name: string, raw: string, msg: string[]): Data {
  return { name, msg, type: 1, raw_msg: raw, raw_name: name, raw_parameters: [] };
}

function names(rt: Runtime): string {
  return rt.world
    .people()
    .map((p) => p.name)
    .join(', ');
}
