/**
 * One plugin's Lua VM: a Fengari state, the host functions its Lua files call, its main coroutine, and its event
 * sources and mux pollers.
 *
 * The plugin's main chunk runs as a coroutine. When the plugin blocks (a mux poller's block_get_next, a sleep on
 * the main chunk, a blocking input, a WebSocket connect...), the Lua side yields BLOCK up to this coroutine and the
 * VM waits; the runtime resumes it when what it waits for is there. Everything else (sessions, callbacks) runs
 * inside the main coroutine, called by the plugin's own event loop (coromega:run or a raw mux poller loop), as in
 * neomega.
 *
 * The Lua value helpers live on the class too (a little over 400 lines): every host module calls them as vm.x().
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ListenerKind, RunEvent } from '../events';
import { fengari, type Fengari } from '../lua';
import { decodeGoJson, JsonSyntaxError, pushJsonValue, type JsonValue } from '../gojson';
import { loadPlugin } from './load';
import { installGopherLibs } from './gopherLibs';
import type { CoroutineHooks } from '../gopherlua/coroutines';
import { openLib51 } from './lib51';
import { message, type MessageKey } from '../messages';
import { resolveConfigPath, resolveStorageDir } from '../config';
import type { AreaModule, VmHost } from './host';
import type { FrameworkVersion } from '../../../catalog/versions';

export type HostFn = (L: any) => number;

/** Data handed to Lua: JSON-like values, and byte strings (response bodies) that must not be re-encoded. */
export type Data = null | boolean | number | string | Uint8Array | Data[] | { [k: string]: Data };

const UTF8 = new TextDecoder('utf-8');
/** What the framework puts before an error raised inside a session (coromega.lua). */
const SESSION_ERROR = 'lua 协程内函数错误:\n';

export interface ListenerInfo {
  kind: ListenerKind;
  triggers: string[];
  usage?: string;
  argument_hint?: string;
}

/** Something that delivers events: a listener, a module's `resp`, a timer, a WebSocket connection... */
export interface Source {
  id: number;
  kind: string;
  listener?: ListenerInfo;
  /** The mux pollers that poll it: each gets every event, as in neomega (a plugin's own poller and coromega's). */
  muxes: Mux[];
  /** Events that came before any mux polled it (the first mux to poll it gets them). */
  buffer: Data[];
  /** Called when the last mux polling it stops (timers clear themselves). */
  dispose?: () => void;
  /** Called each time a mux starts polling it. */
  onPolled?: () => void;
}

export interface Mux {
  id: number;
  queue: Array<[number, Data]>;
  stopped: boolean;
  sources: Set<number>;
}

/** What the main coroutine waits for. */
export type Block =
  | { kind: 'mux'; mux: Mux }
  /** A timer, a stdin line, a connect...: `values` is set when it is there. */
  | { kind: 'wait'; values?: Data[] };

export interface PluginOptions {
  pluginPath: string;
  /** The framework version its coromega follows (default: the bundled coromega.lua). */
  framework?: FrameworkVersion;
  displayPath?: string;
  source?: string;
  configPath?: string;
  storageDir?: string;
}

export class PluginVM {
  readonly F: Fengari = fengari();
  readonly L: any;
  readonly display: string;
  readonly storage: string;
  readonly configPath: string | null;
  configDoc: Record<string, unknown> | null = null;
  /** Config keys the plugin read that its config lacks, warned about once each. */
  readonly configKeysWarned = new Set<string>();
  /** Methods of another framework version the plugin looked up, warned about once each. */
  readonly versionWarned = new Set<string>();
  configTable: JsonValue = {};
  /** The config file as this plugin last wrote it (`coromega:update_config`): a watched run does not restart on it. */
  configWritten: { file: string; bytes: Buffer } | undefined;
  state: 'new' | 'running' | 'blocked' | 'done' | 'dead' = 'new';
  block: Block | undefined;
  runCalled = false;
  halted = false;
  /** Things that will wake this plugin without outside input: requests, timers, open connections. */
  wakers = 0;
  /** Registry refs. */
  mainRef = 0;
  blockRef = 0;
  sentinelRef = 0;
  /** The host functions of gopher-lua's layer the runtime's Lua files use (yield_check, load_chunk). */
  readonly gopherHost: Record<string, HostFn>;
  /** Set by a debugger to follow coroutines (gopherlua/coroutines.ts). */
  coroutineHooks: CoroutineHooks | undefined;
  private coromegaRef = 0;
  mainCo: any;
  readonly sources = new Map<number, Source>();
  readonly muxes = new Map<number, Mux>();
  /** The `resp` source of each omega module (system, cmds, players, flex, ...). */
  readonly respSources = new Map<string, number>();
  /** The event the plugin's loop took last (its source and data): what a session started now is handling. */
  lastEvent: { source: number; data: Data } | undefined;
  /** Wraps each host function as the Lua side gets it (a debugger's guard while it evaluates); none in a run. */
  hostWrapper: ((name: string, fn: HostFn) => HostFn) | undefined;
  private readonly disposers: Array<() => void> = [];
  /** Events delivered while the plugin's code ran (see deliver). */
  private deferred: Array<[number, Data]> = [];
  /** Tracebacks of sessions that failed, by the error they raised (see coromega.lua), the latest last. */
  private readonly sessionTracebacks = new Map<string, string>();
  private nextId = 1;
  /** The run's clock when this VM was made (os.clock and `since_start` count from here). */
  readonly startTime: number;

  constructor(
    readonly rt: VmHost,
    readonly opts: PluginOptions,
    /** The omega areas' host functions, handed in by the run (see host.ts). */
    readonly areas: readonly AreaModule[] = [],
  ) {
    this.startTime = rt.clock.now();
    this.display = opts.displayPath ?? opts.pluginPath;
    this.storage = resolveStorageDir(this.display, opts.storageDir);
    this.configPath = resolveConfigPath(this.display, opts.configPath);
    const { lauxlib, lualib } = this.F;
    this.L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(this.L);
    // gopher-lua's library, then its base and coroutine functions: all in place before a debugger attaches and
    // before the runtime's Lua files take their copies (os.time/date/clock: vm/time.ts, on the run's clock).
    openLib51(this.F, this.L);
    this.gopherHost = installGopherLibs(this);
  }

  get lang(): 'zh-cn' | 'en' {
    return this.rt.lang;
  }

  // --------------------------------------------------------------------------------------------------------------
  // Events and messages

  emit(e: RunEvent): void {
    if (this.rt.plugins.length > 1 && e.type !== 'exit' && e.type !== 'start')
      (e as { plugin?: string }).plugin = this.display;
    this.rt.emit(e);
  }

  msg(key: MessageKey, ...a: string[]): string {
    return message(this.lang, key, ...a);
  }

  warn(text: string, api?: string): void {
    this.emit({ type: 'warning', message: text, ...(api ? { api } : {}) });
  }

  // --------------------------------------------------------------------------------------------------------------
  // Lua helpers

  str(s: string): Uint8Array {
    return this.F.to_luastring(s);
  }

  /** For fixed names (fields, keys): Fengari caches the conversion. */
  key(s: string): Uint8Array {
    return this.F.to_luastring(s, true);
  }

  jsstr(L: any, idx: number): string {
    const b = this.F.lua.lua_tolstring(L, idx) as Uint8Array | null;
    return b ? UTF8.decode(b) : '';
  }

  /** tostring() of any value, as bytes. */
  tostringBytes(L: any, idx: number): Uint8Array {
    const { lauxlib, lua } = this.F;
    lauxlib.luaL_tolstring(L, idx);
    const b = lua.lua_tolstring(L, -1) as Uint8Array;
    lua.lua_pop(L, 1);
    return b;
  }

  tostring(L: any, idx: number): string {
    return UTF8.decode(this.tostringBytes(L, idx));
  }

  /** A string argument, or undefined for nil / none. */
  optString(L: any, idx: number): string | undefined {
    return this.F.lua.lua_isnoneornil(L, idx) ? undefined : this.tostring(L, idx);
  }

  optNumber(L: any, idx: number): number | undefined {
    const { lua } = this.F;
    if (lua.lua_type(L, idx) === lua.LUA_TNUMBER) return lua.lua_tonumber(L, idx) as number;
    if (lua.lua_type(L, idx) === lua.LUA_TSTRING) {
      const n = Number(this.jsstr(L, idx));
      return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
  }

  typeName(L: any, idx: number): string {
    const n = this.F.lauxlib.luaL_typename(L, idx);
    return typeof n === 'string' ? n : this.F.to_jsstring(n);
  }

  raise(L: any, text: string): never {
    const { lua } = this.F;
    lua.lua_pushstring(L, this.str(text));
    lua.lua_error(L);
    throw new Error('unreachable');
  }

  push(L: any, v: Data | undefined): void {
    const { lua, lauxlib } = this.F;
    lauxlib.luaL_checkstack(L, 3, null);
    if (v === undefined || v === null) lua.lua_pushnil(L);
    else if (v instanceof Uint8Array) lua.lua_pushstring(L, v);
    else if (typeof v !== 'object') pushJsonValue(L, v);
    else if (Array.isArray(v)) {
      lua.lua_createtable(L, v.length, 0);
      v.forEach((item, k) => {
        if (item === null) return;
        this.push(L, item);
        lua.lua_rawseti(L, -2, k + 1);
      });
    } else {
      lua.lua_createtable(L, 0, 0);
      for (const [k, item] of Object.entries(v)) {
        if (item === null || item === undefined) continue;
        lua.lua_pushstring(L, k.length <= 32 ? this.key(k) : this.str(k));
        this.push(L, item);
        lua.lua_rawset(L, -3);
      }
    }
  }

  /** Returns BLOCK to the Lua side, which then waits (see compat.lua). */
  pushBlock(L: any, block: Block): number {
    this.block = block;
    this.F.lua.lua_rawgeti(L, this.F.lua.LUA_REGISTRYINDEX, this.blockRef);
    return 1;
  }

  private isRef(L: any, idx: number, ref: number): boolean {
    const { lua } = this.F;
    lua.lua_checkstack(L, 4);
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
    const same = lua.lua_rawequal(L, idx < 0 ? idx - 1 : idx, -1);
    lua.lua_pop(L, 1);
    return same;
  }

  isSentinel(L: any, idx: number): boolean {
    return this.isRef(L, idx, this.sentinelRef);
  }

  isBlock(L: any, idx: number): boolean {
    return this.isRef(L, idx, this.blockRef);
  }

  pushSentinel(L: any): void {
    this.F.lua.lua_rawgeti(L, this.F.lua.LUA_REGISTRYINDEX, this.sentinelRef);
  }

  /** Decodes a JSON string argument (nil / none / bad JSON: undefined). */
  jsonArg(L: any, idx: number): JsonValue | undefined {
    const { lua } = this.F;
    if (lua.lua_type(L, idx) !== lua.LUA_TSTRING) return undefined;
    try {
      return decodeGoJson(lua.lua_tolstring(L, idx) as Uint8Array);
    } catch (e) {
      if (e instanceof JsonSyntaxError) return undefined;
      throw e;
    }
  }

  // --------------------------------------------------------------------------------------------------------------
  // Sources and mux pollers

  newSource(kind: string, listener?: ListenerInfo): Source {
    const s: Source = {
      id: this.nextId++,
      kind,
      muxes: [],
      buffer: [],
      ...(listener ? { listener } : {}),
    };
    this.sources.set(s.id, s);
    return s;
  }

  newMux(): Mux {
    const m: Mux = { id: this.nextId++, queue: [], stopped: false, sources: new Set() };
    this.muxes.set(m.id, m);
    return m;
  }

  /**
   * Delivers one event to a source (queued on each mux polling it, or kept until one does) and wakes the run.
   * While the plugin's own code runs, its events wait until it stops: in neomega an answer comes back from Go
   * later, so a mux the plugin makes right after asking still gets it.
   */
  deliver(sourceId: number, data: Data): void {
    if (this.state === 'running') this.deferred.push([sourceId, data]);
    else if (this.enqueue(sourceId, data)) this.rt.wake();
  }

  /**
   * The plugin's main thread asks an empty mux for its next event. Were it to block now, the events held back
   * while it ran would be queued as it blocked and the pump would resume it at once with its mux's first one
   * (`rt.resumesAtOnce`): that event is taken here instead, without the round trip through BLOCK.
   */
  nextWithoutBlocking(L: any, mux: Mux): [number, Data] | undefined {
    if (this.deferred.length === 0 || L !== this.mainCo || this.halted) return undefined;
    if (!this.F.lua.lua_isyieldable(L)) return undefined;
    this.flushDeferred();
    if (mux.queue.length === 0 || !this.rt.resumesAtOnce()) return undefined;
    return mux.queue.shift();
  }

  private flushDeferred(): void {
    if (this.deferred.length === 0) return;
    for (const [id, data] of this.deferred) this.enqueue(id, data);
    this.deferred = [];
  }

  private enqueue(sourceId: number, data: Data): boolean {
    const s = this.sources.get(sourceId);
    if (!s || this.state === 'dead') return false;
    if (s.muxes.length === 0) s.buffer.push(data);
    else for (const m of s.muxes) if (!m.stopped) m.queue.push([sourceId, data]);
    return true;
  }

  /** A mux starts polling a source: it gets the source's events from now on (the first also gets those kept). */
  poll(mux: Mux, s: Source): void {
    if (s.muxes.includes(mux)) return;
    s.muxes.push(mux);
    mux.sources.add(s.id);
    for (const d of s.buffer) mux.queue.push([s.id, d]);
    s.buffer.length = 0;
    s.onPolled?.();
  }

  /** A mux stops: the sources only it polled end (timers are cleared, listeners leave the world). */
  stopMux(mux: Mux): Source[] {
    mux.stopped = true;
    mux.queue.length = 0;
    const ended: Source[] = [];
    for (const id of mux.sources) {
      const s = this.sources.get(id);
      if (!s) continue;
      s.muxes = s.muxes.filter((m) => m !== mux);
      if (s.muxes.length > 0) continue;
      s.dispose?.();
      ended.push(s);
    }
    return ended;
  }

  /** An answer to a callback-style call: an event on the module's `resp` source ({id, output, err, ...}). */
  resp(area: string, data: { [k: string]: Data | undefined }): void {
    const id = this.respSources.get(area);
    if (id === undefined || data.id === 0) return;
    const clean: { [k: string]: Data } = {};
    for (const [k, v] of Object.entries(data)) if (v !== undefined) clean[k] = v;
    this.deliver(id, clean);
  }

  onDispose(fn: () => void): void {
    this.disposers.push(fn);
  }

  /** Answers the main coroutine's wait with these values. */
  answer(values: Data[]): void {
    if (this.block?.kind === 'wait' && this.block.values === undefined) {
      this.block.values = values;
      this.rt.wake();
    }
  }

  /** Whether resuming the main coroutine now would do something. */
  runnable(): boolean {
    if (this.state !== 'blocked' || !this.block || this.halted) return false;
    if (this.block.kind === 'mux') return this.block.mux.queue.length > 0;
    return this.block.values !== undefined;
  }

  /** Resumes the main coroutine with what it waited for. */
  step(): void {
    const { lua } = this.F;
    const co = this.mainCo;
    const b = this.block!;
    let n = 0;
    if (b.kind === 'mux') {
      const [id, data] = b.mux.queue.shift()!;
      this.lastEvent = { source: id, data };
      lua.lua_pushinteger(co, id);
      this.push(co, data);
      n = 2;
    } else {
      for (const v of b.values ?? []) this.push(co, v);
      n = b.values?.length ?? 0;
    }
    this.resume(n);
  }

  // --------------------------------------------------------------------------------------------------------------
  // Loading and running

  /** Sets up the state and loads the plugin; false when it cannot run (the problem was reported). */
  load(): boolean {
    return loadPlugin(this);
  }

  /** Keeps the first Coromega made, to run its loop when the plugin forgets coromega:run(). */
  setCoromega(L: any, idx: number): void {
    if (this.coromegaRef) return;
    const { lua, lauxlib } = this.F;
    lua.lua_pushvalue(L, idx);
    this.coromegaRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  }

  /** Runs the main chunk until it first waits or ends. */
  start(): void {
    this.resume(0);
  }

  /**
   * The main chunk ended without coromega:run(): in neomega nothing would resume its coroutines. Here its
   * Coromega's loop runs anyway (with a warning when something is waiting), so the plugin can be tried.
   */
  private runForgottenLoop(): boolean {
    if (this.runCalled || !this.coromegaRef || this.halted) return false;
    const { lua, lauxlib } = this.F;
    const co = lua.lua_newthread(this.L);
    lauxlib.luaL_unref(this.L, lua.LUA_REGISTRYINDEX, this.mainRef);
    this.mainRef = lauxlib.luaL_ref(this.L, lua.LUA_REGISTRYINDEX);
    this.mainCo = co;
    if (this.wakers > 0 || this.rt.entries.listening(this)) this.warn(this.msg('no_run'));
    lua.lua_rawgeti(co, lua.LUA_REGISTRYINDEX, this.coromegaRef);
    lua.lua_getfield(co, -1, this.str('run'));
    lua.lua_insert(co, -2);
    this.runCalled = true;
    this.resume(1);
    return true;
  }

  private resume(nargs: number): void {
    if (this.rt.finished || this.state === 'dead') return;
    const { lua } = this.F;
    const co = this.mainCo;
    this.state = 'running';
    this.block = undefined;
    let status: number;
    this.rt.depth++;
    try {
      status = lua.lua_resume(co, null, nargs);
    } catch (e) {
      this.rt.depth--;
      this.state = 'dead';
      this.rt.internalError(e);
      return;
    }
    this.rt.depth--;
    this.flushDeferred();
    if (status === lua.LUA_YIELD) {
      const blocked = lua.lua_gettop(co) > 0 && this.isRef(co, -1, this.blockRef);
      lua.lua_settop(co, 0);
      if (blocked && this.block) {
        this.state = 'blocked';
      } else {
        this.state = 'dead';
        this.reportError(`${this.display}: attempt to yield from outside a coroutine`, undefined);
        this.rt.fail();
      }
    } else if (status === lua.LUA_OK) {
      lua.lua_settop(co, 0);
      this.state = 'done';
      if (!this.runForgottenLoop()) this.rt.wake();
    } else {
      this.state = 'dead';
      if (!this.isSentinel(co, -1) && !this.rt.failed) {
        const m =
          lua.lua_type(co, -1) === lua.LUA_TSTRING ? this.jsstr(co, -1) : this.tostring(co, -1);
        this.F.lauxlib.luaL_traceback(this.L, co, null, 0);
        const tb = this.jsstr(this.L, -1);
        lua.lua_pop(this.L, 1);
        this.reportError(m, tb);
      }
      lua.lua_settop(co, 0);
      if (this.rt.exitCode === undefined) this.rt.fail();
      else this.rt.wake();
    }
  }

  /** A session failed with this (wrapped) error; its traceback explains the error if nothing catches it. */
  sessionFailed(text: string, traceback: string): void {
    this.sessionTracebacks.delete(text);
    this.sessionTracebacks.set(text, traceback);
    if (this.sessionTracebacks.size > 16)
      this.sessionTracebacks.delete(this.sessionTracebacks.keys().next().value!);
  }

  reportError(m: string, traceback: string | undefined, hint?: string): void {
    let file: string | undefined;
    let line: number | undefined;
    const d = this.display;
    // A session's error is wrapped once per session it crossed: its place and traceback are the innermost one's.
    let inner = m;
    while (inner.startsWith(SESSION_ERROR)) {
      const tb = this.sessionTracebacks.get(inner);
      if (tb !== undefined) {
        const idx = tb.indexOf('stack traceback:');
        if (idx >= 0) traceback = tb.slice(idx);
      }
      inner = inner.slice(SESSION_ERROR.length);
    }
    if (inner.startsWith(d + ':')) {
      const mm = /^:(\d+):/.exec(inner.slice(d.length));
      if (mm) {
        file = d;
        line = Number(mm[1]);
      }
    } else {
      const mm = /^(.+?\.lua):(\d+):/.exec(inner);
      if (mm) {
        file = mm[1];
        line = Number(mm[2]);
      }
    }
    if (hint === undefined && /stack overflow/.test(m)) hint = this.msg('stack');
    if (!file && traceback) {
      const tm = new RegExp(`${escapeRe(d)}:(\\d+):`).exec(traceback);
      if (tm) {
        file = d;
        line = Number(tm[1]);
      }
    }
    this.emit({
      type: 'error',
      message: m,
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(traceback ? { traceback: traceback.replace(/\[JS\]:/g, '[C]:') } : {}),
      ...(hint ? { hint } : {}),
    });
  }

  /** Ends this plugin's part in the run: timers and sources are dropped. */
  dispose(): void {
    for (const s of this.sources.values()) s.dispose?.();
    for (const fn of this.disposers) fn();
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
