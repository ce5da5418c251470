/**
 * The entry points plugins registered, as the world reaches them: menus, chat, player, API and topic listeners,
 * WebSocket servers, players' pending asks (their next chat line), terminal inputs waiting for a line, and calls
 * between plugins. The scheduler (runtime.ts) asks `listening` whether stdin or the script can still reach one.
 */
import type { RunEvent, SayVia } from './events';
import type { MessageKey } from './messages';
import type { Player, World } from './world/world';
import type { Data, PluginVM, Source } from './vm/plugin';

/** What the entry points need from the run (runtime.ts is this host). */
export interface EntryHost {
  readonly world: World;
  /** Plugins are still loading: terminal lines wait until every main chunk has run. */
  readonly loading: boolean;
  emit(e: RunEvent): void;
  msg(key: MessageKey, ...a: string[]): string;
  timer(vm: PluginVM, ms: number, fn: () => void): () => void;
  later(fn: () => void): void;
  /** Applies the stdin lines received so far. */
  processLines(): void;
}

/** Entry points no action can reach: packets never arrive offline, and only plugins publish to topics. */
const UNREACHABLE = new Set(['packet', 'topic']);

export interface Registered {
  vm: PluginVM;
  source: Source;
}

interface LineWaiter {
  vm: PluginVM;
  answer: (line: string) => void;
}

export class EntryPoints {
  readonly listeners: Registered[] = [];
  /** Terminal inputs waiting for a line, oldest first. */
  readonly lineWaiters: LineWaiter[] = [];
  private readonly intercepts = new Map<
    string,
    Array<{ vm: PluginVM; fn: (chat: Data) => void; prompt: string }>
  >();
  /** The last `ask` prompt shown to each player (by uuid), for the wait on their next chat line that follows it. */
  private readonly askPrompts = new Map<string, string>();
  private readonly servers: Array<{ vm: PluginVM; where: string; close: () => void }> = [];
  private readonly calls = new Map<number, (result: string | null, err?: string) => void>();
  private nextCall = 1;

  constructor(private readonly rt: EntryHost) {}

  /** Whether stdin (or the script) could still reach one of this plugin's entry points (any plugin's, without vm). */
  listening(vm?: PluginVM): boolean {
    const mine = (x: { vm: PluginVM }): boolean => (vm ? x.vm === vm : !x.vm.halted);
    if (this.listeners.some((l) => mine(l) && !UNREACHABLE.has(l.source.listener!.kind)))
      return true;
    if (this.lineWaiters.some(mine) || this.servers.some(mine)) return true;
    for (const list of this.intercepts.values()) if (list.some(mine)) return true;
    return false;
  }

  /** Whether a plugin waits for a line: a terminal input, or a player's answer to an `ask`. */
  waitingForLine(): boolean {
    if (this.lineWaiters.length > 0) return true;
    for (const list of this.intercepts.values()) if (list.length > 0) return true;
    return false;
  }

  /** The prompts of the asks waiting for this player's next chat line. */
  asksOf(uuid: string): string[] {
    return (this.intercepts.get(uuid) ?? []).map((i) => i.prompt);
  }

  /** Warns about what still waits when the run ends by itself: terminal input, players' asks. */
  warnUnanswered(): void {
    if (this.lineWaiters.length > 0)
      this.rt.emit({ type: 'warning', message: this.rt.msg('stdin_closed') });
    for (const [uuid, list] of this.intercepts)
      if (list.length > 0)
        this.rt.emit({
          type: 'warning',
          message: this.rt.msg('ask_unanswered', this.rt.world.playerByUuid(uuid)?.name ?? uuid),
        });
  }

  /** Closes every WebSocket server (the run ended). */
  closeServers(): void {
    for (const s of this.servers) s.close();
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
      for (const p of this.rt.world.online())
        vm.deliver(source.id, { uuid: p.uuid, action: 'exist' });
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

  /**
   * A player is shown something (`say` event). The bot reads nothing; a player who is offline sees nothing (neomega
   * sends a tellraw that matches no one) and the event says so.
   */
  show(player: Player, text: string, via: SayVia, vm?: PluginVM): void {
    if (player.bot) return;
    if (via === 'ask' && player.online) this.askPrompts.set(player.uuid, text);
    const e: RunEvent = {
      type: 'say',
      player: player.name,
      text,
      via,
      ...(player.online ? {} : { offline: true as const }),
    };
    if (vm) vm.emit(e);
    else this.rt.emit(e);
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
    const canned = this.rt.world.apis.get(api);
    if (canned) {
      let cancelled = false;
      const reply = (): void => {
        if (!cancelled)
          answer(
            canned.result === undefined ? 'null' : JSON.stringify(canned.result),
            canned.error,
          );
      };
      // A timer even without a delay: the answer is work the caller waits for, so the run does not end before it.
      if (from) {
        const cancel = this.rt.timer(from, canned.delay ?? 0, reply);
        return () => {
          cancelled = true;
          cancel();
        };
      }
      this.rt.later(reply);
      return () => (cancelled = true);
    }
    const known = [
      ...this.listenersOf('api').map((r) => r.source.listener!.triggers[0]!),
      ...this.rt.world.apis.keys(),
    ];
    const text = this.rt.msg('api_unknown', api, known.join(', '));
    if (from) from.warn(text, api);
    else this.rt.emit({ type: 'warning', message: text, api });
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
      this.rt.world.apis.has(api) ||
      this.listenersOf('api').some((r) => r.source.listener!.triggers[0] === api)
    );
  }

  publish(topic: string, data: string): void {
    for (const r of this.listenersOf('topic'))
      if (r.source.listener!.triggers[0] === topic) r.vm.deliver(r.source.id, data);
  }

  // --------------------------------------------------------------------------------------------------------------
  // The terminal: inputs waiting for a line, and where a terminal line goes (stdin or a script `terminal` action)

  /** Waits for the next terminal line; returns the cancel function. */
  waitForLine(vm: PluginVM, prompt: string, answer: (line: string) => void): () => void {
    vm.emit({ type: 'input', prompt });
    const w: LineWaiter = { vm, answer };
    this.lineWaiters.push(w);
    if (!this.rt.loading) this.rt.later(() => this.rt.processLines());
    return () => {
      const i = this.lineWaiters.indexOf(w);
      if (i >= 0) this.lineWaiters.splice(i, 1);
    };
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
      this.rt.emit({
        type: 'warning',
        message: this.rt.msg(
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
