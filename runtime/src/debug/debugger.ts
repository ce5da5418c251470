/**
 * The debugger beside the VM: a line hook on every plugin's Lua state (inherited by each coroutine it makes, so
 * breakpoints bind in sessions started before they were set), Fengari's error path (errors stop where they are
 * raised, before they unwind), and the coroutine library's hooks (to name threads and to follow resumes). When it stops,
 * it waits in the hook, in the error path or in the idle event loop, answering requests until told to go on; the
 * world waits with it.
 *
 * Speed: the hook answers most lines from a per-function record (whether the function is the runtime's, and which
 * of its lines have breakpoints, computed again only when breakpoints change), plus one atomic read for requests.
 * An ordinary run never gets here: no hook is installed.
 *
 * Longer than most modules: the hook, the error path and the waiting loop share one stop state, so they stay in one
 * file; what a stop shows is in inspect.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { PluginVM } from '../vm/plugin';
import { tr, type Lang } from '../messages';
import { Breakpoints, fileKey, type Breakpoint } from './breakpoints';
import type { RequestReader } from './channel';
import { onLuaError } from './errors';
import { Evaluator } from './evaluate';
import { Inspector, isRuntimeSource, type FrameHandle, type VmSide } from './inspect';
import type { DebugMessage, DebugRequest } from './protocol';
import { isDead, Threads } from './threads';

const UTF8 = new TextDecoder('utf-8');
const CIST_YPCALL = 1 << 4;
const OP_CLOSURE = 44;

interface ProtoInfo {
  v: number;
  visible: boolean;
  file: string | undefined;
  bp: Map<number, Breakpoint> | null;
}

interface Step {
  kind: 'in' | 'over' | 'out';
  thread: any;
  depth: number;
  /** Threads with an id from here on were made after the step began (`in` stops in them). */
  newFrom: number;
  /** Stop at the next plugin line anywhere. */
  anywhere: boolean;
  /** The stop at the plugin's first line (`stopOnEntry`). */
  entry?: boolean;
}

interface Stopped {
  threadId: number;
  thread: any;
  exception?: { message: string; uncaught: boolean; traceback?: string };
  /** A thread of frames that are not Lua's: a test's failing step. */
  extra?: { id: number; name: string; frames: DebugProtocol.StackFrame[] };
}

export interface DebugLink {
  send(m: DebugMessage): void;
  requests: RequestReader;
}

export interface DebuggerOptions {
  lang: Lang;
  link: DebugLink;
  showRuntimeFrames?: boolean;
  stopOnEntry?: boolean;
}

/** What the run lends the debugger: the world's clock to stop while paused, and players' names. */
export interface DebugWorld {
  pause(): void;
  resume(): void;
  playerName(uuid: string): string | undefined;
}

export class Debugger {
  readonly breakpoints: Breakpoints;
  readonly threads: Threads;
  readonly evaluator: Evaluator;
  readonly inspector: Inspector;
  private readonly vms: PluginVM[] = [];
  private readonly sides = new Map<any, VmSide>();
  private readonly protos = new WeakMap<any, ProtoInfo>();
  private readonly resumer = new WeakMap<any, any>();
  private readonly untie: Array<() => void> = [];
  private version = 0;
  private exceptions = { uncaught: true, all: false };
  private pauseRequested = false;
  private step: Step | undefined;
  private stopped: Stopped | undefined;
  /** Lines need a closer look (a pause, a step, a plugin's first line). */
  private active = false;
  private inHook = false;
  /** The coroutines being resumed now, innermost last (the one running is the last, or a plugin's main one). */
  private readonly running: any[] = [];
  /** The last line looked at closely: its thread, frame, line and instruction. */
  private last: { L: any; ci: any; line: number; pc: number } = {
    L: null,
    ci: null,
    line: 0,
    pc: 0,
  };
  private lastError: unknown;
  private pcalls = new Set<unknown>();
  world: DebugWorld | undefined;
  /** Requests the debugger does not answer itself (the agent's: launch...). */
  onOther: ((r: DebugRequest) => void) | undefined;

  constructor(private readonly opts: DebuggerOptions) {
    this.breakpoints = new Breakpoints(opts.lang);
    this.threads = new Threads(opts.lang);
    this.evaluator = new Evaluator(opts.lang);
    this.inspector = new Inspector(
      opts.lang,
      (uuid) => this.world?.playerName(uuid),
      () => !!this.opts.showRuntimeFrames,
    );
    if (opts.stopOnEntry) {
      this.step = {
        kind: 'in',
        thread: undefined,
        depth: 0,
        newFrom: 0,
        anywhere: true,
        entry: true,
      };
      this.active = true;
    }
  }

  private t(zh: string, en: string): string {
    return tr(this.opts.lang, zh, en);
  }

  private send(m: DebugMessage): void {
    this.opts.link.send(m);
  }

  private reply(r: DebugRequest, body?: unknown): void {
    this.send({ type: 'debug', reply: r.seq, ...(body !== undefined ? { body } : {}) });
  }

  private fail(r: DebugRequest, error: string): void {
    this.send({ type: 'debug', reply: r.seq, error });
  }

  // ---- Attaching to a plugin's VM (before it loads) ----------------------------------------------------------------

  attach(vm: PluginVM): void {
    const { lua, lauxlib, to_luastring } = vm.F;
    const L = vm.L;
    const helper = lua.lua_newthread(L);
    lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    lua.lua_sethook(helper, null, 0, 0);
    this.sides.set(L.l_G, { vm, helper, storeRef: 0, nextKey: 1, stdGlobals: undefined });
    this.vms.push(vm);
    this.active = true;
    for (const name of ['pcall', 'xpcall']) {
      lua.lua_getglobal(L, to_luastring(name));
      this.pcalls.add(L.stack[L.top - 1].value);
      lua.lua_pop(L, 1);
    }
    // Coroutines as the coroutine library makes and resumes them (runtime/src/gopherlua/coroutines.ts).
    vm.coroutineHooks = {
      created: (L1, co, wrapped) => {
        const name = this.nameNew(vm, L1);
        const e = this.threads.add(co, vm, name, wrapped);
        this.send({
          type: 'debug',
          event: 'thread',
          body: { reason: 'started', threadId: e.id, name },
        });
      },
      resuming: (L1, co) => {
        if (this.evaluator.active) vm.raise(L1, this.evaluator.refusal('coroutine.resume'));
        if (this.pluginResumes(vm, L1)) this.resumer.set(co, L1);
        else this.resumer.delete(co);
        this.running.push(co);
      },
      resumed: (_L1, co) => {
        this.running.pop();
        if (isDead(co)) {
          const id = this.threads.drop(co);
          if (id !== undefined)
            this.send({ type: 'debug', event: 'thread', body: { reason: 'exited', threadId: id } });
        }
      },
    };
    for (const name of ['remove', 'rename']) {
      lua.lua_getglobal(L, to_luastring('os'));
      lua.lua_getfield(L, -1, to_luastring(name));
      const fn = L.stack[L.top - 1].value as (L: any) => number;
      lua.lua_pop(L, 1);
      lua.lua_pushcfunction(L, (L1: any) => {
        if (this.evaluator.active) vm.raise(L1, this.evaluator.refusal(`os.${name}`));
        return fn(L1);
      });
      lua.lua_setfield(L, -2, to_luastring(name));
      lua.lua_pop(L, 1);
    }
    vm.hostWrapper = (name, fn) => this.evaluator.guardHost(vm, name, fn);
    lua.lua_sethook(L, this.hook, lua.LUA_MASKLINE, 0);
    this.untie.push(onLuaError(L.l_G, (T) => this.onError(T)));
  }

  /** Lets go of every VM (the run ended). */
  detach(): void {
    for (const u of this.untie.splice(0)) u();
  }

  /** Whether the resume in progress on `L` comes from the plugin's own code (not from a coromega wait). */
  private pluginResumes(vm: PluginVM, L: any): boolean {
    const { lua, to_luastring } = vm.F;
    const ar = new lua.lua_Debug();
    for (let level = 1; lua.lua_getstack(L, level, ar); level++) {
      lua.lua_getinfo(L, to_luastring('S', true), ar);
      const src = ar.source ? UTF8.decode(ar.source) : '';
      if (src === '=[compat.lua]' || src === '=[JS]' || src === '=[C]') continue;
      return !isRuntimeSource(src);
    }
    return false;
  }

  /** A new coroutine's name, from the frames that made it. */
  private nameNew(vm: PluginVM, L: any): string {
    const { lua, to_luastring } = vm.F;
    const ar = new lua.lua_Debug();
    const names = new Set<string>();
    let where = '';
    for (let level = 1; lua.lua_getstack(L, level, ar); level++) {
      lua.lua_getinfo(L, to_luastring('Snl', true), ar);
      const src = ar.source ? UTF8.decode(ar.source) : '';
      if (isRuntimeSource(src)) {
        if (ar.name) names.add(UTF8.decode(ar.name));
        continue;
      }
      where = `${src.replace(/^@/, '').split(/[\\/]/).pop()}:${ar.currentline}`;
      break;
    }
    if (names.has('on_new_session'))
      return this.threads.sessionName(vm) ?? this.t('会话', 'session');
    if (names.has('start_new')) return `start_new · ${where}`;
    return where ? `coroutine · ${where}` : 'coroutine';
  }

  // ---- The hook ----------------------------------------------------------------------------------------------------

  private readonly hook = (L: any, ar: any): void => {
    if (this.opts.link.requests.pending()) this.poll(L);
    const p = ar.i_ci.func.value.p;
    let info = this.protos.get(p);
    if (info === undefined || info.v !== this.version) info = this.protoInfo(p);
    if (info.bp === null && !this.active) return;
    if (info.visible) this.line(L, ar, info);
  };

  private protoInfo(p: any): ProtoInfo {
    let info = this.protos.get(p);
    if (!info) {
      const src = p.source ? UTF8.decode(p.source.getstr()) : '';
      info = {
        v: -1,
        visible: !isRuntimeSource(src),
        file: src.startsWith('@') ? fileKey(src.slice(1)) : undefined,
        bp: null,
      };
      this.protos.set(p, info);
    }
    info.v = this.version;
    info.bp = null;
    const list = info.file ? this.breakpoints.of(info.file) : undefined;
    if (list)
      for (const b of list)
        if (b.verified && (p.lineinfo as number[]).includes(b.line))
          (info.bp ??= new Map()).set(b.line, b);
    return info;
  }

  /** Requests that came while Lua runs: breakpoints, pause, threads. */
  private poll(L: any): void {
    this.inHook = true;
    try {
      for (let r = this.opts.link.requests.next(); r; r = this.opts.link.requests.next())
        this.handle(r, L);
    } finally {
      this.inHook = false;
    }
  }

  private line(L: any, ar: any, info: ProtoInfo): void {
    const line = ar.currentline as number;
    const ci = ar.i_ci;
    const pc = ci.l_savedpc as number;
    // The value of a function is made on its `end` line, in the middle of the statement that holds it
    // (`start_new(function() ... end)`): neither a step nor a breakpoint stops there, nor again on the statement's
    // own line when it goes on after it.
    if (ci.l_code[pc - 1]?.opcode === OP_CLOSURE) return;
    if (ci === this.last.ci && L === this.last.L && line === this.last.line && pc > this.last.pc) {
      this.last.pc = pc;
      return;
    }
    this.last = { L, ci, line, pc };
    const side = this.sides.get(L.l_G);
    if (side && side.stdGlobals === undefined) {
      // The plugin's first line: its globals from here on are its own, and its main coroutine is thread one.
      side.stdGlobals = this.globalNames(side);
      // the framework's global, which appears when the plugin requires coromega (as in neomega)
      side.stdGlobals.add('from');
      if (side.vm.mainCo) this.threads.idOf(side.vm.mainCo, side.vm);
      this.updateActive();
    }
    const b = info.bp?.get(line);
    if (b && this.breakHere(L, b)) return this.stop(L, 'breakpoint', { hitBreakpointIds: [b.id] });
    if (this.pauseRequested) return this.stop(L, 'pause');
    const s = this.step;
    if (s && this.stepDone(L, s)) this.stop(L, s.entry ? 'entry' : 'step');
  }

  private updateActive(): void {
    this.active =
      this.pauseRequested ||
      this.step !== undefined ||
      [...this.sides.values()].some((s) => s.stdGlobals === undefined);
  }

  private depth(L: any): number {
    let d = 0;
    for (let ci = L.ci; ci && ci !== L.base_ci; ci = ci.previous) d++;
    return d;
  }

  private stepDone(L: any, s: Step): boolean {
    if (s.anywhere || s.thread === undefined) return true;
    if (L === s.thread) {
      if (s.kind === 'in') return true;
      const d = this.depth(L);
      return s.kind === 'over' ? d <= s.depth : d < s.depth;
    }
    if (s.kind === 'in' && (this.threads.entryOf(L)?.id ?? 0) >= s.newFrom) return true;
    // The stepped coroutine gave control back to the plugin code that resumed it (a yield, or its end).
    if (this.resumer.get(s.thread) === L) return true;
    if (isDead(s.thread)) {
      s.anywhere = true;
      return true;
    }
    return false;
  }

  private breakHere(L: any, b: Breakpoint): boolean {
    const side = this.sides.get(L.l_G)!;
    const frame: FrameHandle = { side, co: L, level: 0, hidden: false };
    if (b.condition !== undefined) {
      const r = this.evaluator.run(side, frame, b.condition, false);
      const { lua } = side.vm.F;
      const yes = r.ok && r.n! > 0 && lua.lua_toboolean(r.thread, 1);
      lua.lua_pop(side.helper, 1);
      if (!r.ok) {
        const message = this.t(`条件出错：${r.message}`, `the condition failed: ${r.message}`);
        if (b.message !== message) {
          b.message = message;
          this.send({
            type: 'debug',
            event: 'breakpoint',
            body: {
              reason: 'changed',
              breakpoint: { id: b.id, verified: true, line: b.line, message },
            },
          });
          this.output(`${message}\n`, 'console', b.file, b.line);
        }
        return false;
      }
      if (!yes) return false;
    }
    b.hits++;
    if (b.hit && !b.hit(b.hits)) return false;
    if (b.log) {
      this.output(this.logText(side, frame, b.log) + '\n', 'console', b.file, b.line);
      return false;
    }
    return true;
  }

  private logText(
    side: VmSide,
    frame: FrameHandle,
    parts: Array<string | { expr: string }>,
  ): string {
    const { lua } = side.vm.F;
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const r = this.evaluator.run(side, frame, p.expr, false);
      if (!r.ok) out += `{${r.message}}`;
      else if (r.n === 0) out += 'nil';
      else if (lua.lua_type(r.thread, 1) === lua.LUA_TSTRING)
        out += UTF8.decode(lua.lua_tolstring(r.thread, 1));
      else out += this.inspector.fmt.describe(r.thread, 1).text;
      lua.lua_pop(side.helper, 1);
    }
    return out;
  }

  private output(text: string, category: string, file?: string, line?: number): void {
    this.send({
      type: 'debug',
      event: 'output',
      body: { category, output: text, ...(file ? { source: { path: file }, line } : {}) },
    });
  }

  private globalNames(side: VmSide): Set<string> {
    const { lua } = side.vm.F;
    const h = side.helper;
    const names = new Set<string>();
    lua.lua_rawgeti(h, lua.LUA_REGISTRYINDEX, lua.LUA_RIDX_GLOBALS);
    lua.lua_pushnil(h);
    while (lua.lua_next(h, -2) !== 0) {
      lua.lua_pop(h, 1);
      if (lua.lua_type(h, -1) === lua.LUA_TSTRING) names.add(UTF8.decode(lua.lua_tolstring(h, -1)));
    }
    lua.lua_pop(h, 1);
    return names;
  }

  // ---- Errors ------------------------------------------------------------------------------------------------------

  private onError(L: any): void {
    if (this.evaluator.active || this.stopped) return;
    const side = this.sides.get(L.l_G);
    if (!side) return;
    const { lua } = side.vm.F;
    const err = L.stack[L.top - 1];
    if (side.vm.isSentinel(L, -1)) return;
    if (err?.value !== undefined && err.value === this.lastError) return;
    const uncaught = !this.caught(L);
    if (uncaught ? !(this.exceptions.uncaught || this.exceptions.all) : !this.exceptions.all)
      return;
    this.lastError = err?.value;
    lua.lua_checkstack(L, 4);
    const message =
      lua.lua_type(L, -1) === lua.LUA_TSTRING
        ? UTF8.decode(lua.lua_tolstring(L, -1))
        : this.inspector.fmt.describe(L, -1).text;
    side.vm.F.lauxlib.luaL_traceback(side.helper, L, null, 0);
    const traceback = UTF8.decode(lua.lua_tolstring(side.helper, -1));
    lua.lua_pop(side.helper, 1);
    this.stop(L, 'exception', {
      description: uncaught ? this.t('未捕获的错误', 'Uncaught error') : this.t('错误', 'Error'),
      text: message,
      exception: { message, uncaught, traceback },
    });
  }

  /** Whether a pcall catches an error raised now on `L` (in its own frames, or in those of its resumers). */
  private caught(L: any): boolean {
    for (let T = L; T;) {
      for (let ci = T.ci; ci && ci !== T.base_ci; ci = ci.previous) {
        if (ci.callstatus & CIST_YPCALL) return true;
        if (this.pcalls.has(ci.func?.value)) return true;
      }
      // A coroutine.wrap function raises its coroutine's error again in whoever called it.
      if (!this.threads.entryOf(T)?.wrapped) return false;
      T = this.resumer.get(T);
    }
    return false;
  }

  // ---- Stopping ----------------------------------------------------------------------------------------------------

  private stop(
    L: any,
    reason: string,
    more: {
      description?: string;
      text?: string;
      hitBreakpointIds?: number[];
      exception?: Stopped['exception'];
      extra?: Stopped['extra'];
    } = {},
  ): void {
    if (this.stopped) return;
    const side = L ? this.sides.get(L.l_G) : undefined;
    const threadId =
      L && side
        ? (this.threads.idOf(L, side.vm) ?? this.threads.add(L, side.vm, 'coroutine', false).id)
        : (more.extra?.id ?? this.firstThread());
    this.stopped = {
      threadId,
      thread: L,
      ...(more.exception ? { exception: more.exception } : {}),
      ...(more.extra ? { extra: more.extra } : {}),
    };
    this.step = undefined;
    this.pauseRequested = false;
    this.updateActive();
    this.world?.pause();
    this.send({
      type: 'debug',
      event: 'stopped',
      body: {
        reason,
        threadId,
        allThreadsStopped: true,
        ...(more.description ? { description: more.description } : {}),
        ...(more.text ? { text: more.text } : {}),
        ...(more.hitBreakpointIds ? { hitBreakpointIds: more.hitBreakpointIds } : {}),
      },
    });
    try {
      while (this.stopped) {
        const r = this.opts.link.requests.wait(1000);
        if (r) this.handle(r);
      }
    } finally {
      this.inspector.reset(this.sides.values());
      this.world?.resume();
    }
  }

  private firstThread(): number {
    for (const vm of this.vms) if (vm.mainCo) return this.threads.idOf(vm.mainCo, vm)!;
    return 1;
  }

  /**
   * Stops in the plugin code running now (a host call made the event that failed a test's step), or, when no Lua
   * runs, with nothing running.
   */
  stopHere(reason: string, more: Parameters<Debugger['stop']>[2] = {}): void {
    const L =
      this.running[this.running.length - 1] ??
      this.vms.find((vm) => vm.state === 'running')?.mainCo;
    this.stop(L, reason, more);
  }

  /** Stops with nothing running (a pause while the plugin waits, a test's failing step). */
  stopIdle(reason: string, more: Parameters<Debugger['stop']>[2] = {}): void {
    this.stop(undefined, reason, more);
  }

  // ---- Requests ----------------------------------------------------------------------------------------------------

  /** Answers one request; `L` is the running thread when it came while Lua runs. */
  handle(r: DebugRequest, _L?: unknown): void {
    const a = (r.arguments ?? {}) as Record<string, any>;
    try {
      switch (r.command) {
        case 'setBreakpoints': {
          const breakpoints = this.breakpoints.set(a.source?.path ?? '', a.breakpoints ?? []);
          this.version = this.breakpoints.version;
          return this.reply(r, { breakpoints });
        }
        case 'setExceptionBreakpoints': {
          const f = (a.filters ?? []) as string[];
          this.exceptions = { uncaught: f.includes('uncaught'), all: f.includes('all') };
          return this.reply(r, {});
        }
        case 'threads':
          return this.reply(r, { threads: this.threadList() });
        case 'pause':
          this.reply(r, {});
          if (this.stopped) return;
          if (this.inHook) {
            // At the next plugin line; or, when Lua returns first, as soon as the worker is idle.
            this.pauseRequested = true;
            this.updateActive();
            setImmediate(() => {
              if (this.pauseRequested && !this.stopped) this.stopIdle('pause');
            });
          } else this.stopIdle('pause');
          return;
        case 'continue':
        case 'next':
        case 'stepIn':
        case 'stepOut':
          return this.go(r, a.threadId as number);
        case 'stackTrace':
          return this.reply(
            r,
            this.stackTrace(a.threadId as number, a.startFrame ?? 0, a.levels ?? 0),
          );
        case 'scopes':
          return this.reply(r, { scopes: this.inspector.scopes(a.frameId as number) });
        case 'variables':
          return this.reply(r, {
            variables: this.inspector.variables(
              a.variablesReference,
              a.filter,
              a.start ?? 0,
              a.count ?? 0,
            ),
          });
        case 'setVariable':
          return this.setVariable(r, a as DebugProtocol.SetVariableArguments);
        case 'evaluate':
          return this.evaluate(r, a as DebugProtocol.EvaluateArguments);
        case 'exceptionInfo': {
          const e = this.stopped?.exception;
          if (!e) return this.fail(r, this.t('没有停在错误上', 'not stopped on an error'));
          return this.reply(r, {
            exceptionId: e.uncaught ? 'uncaught' : 'error',
            description: e.message,
            breakMode: e.uncaught ? 'unhandled' : 'always',
            details: { message: e.message, stackTrace: e.traceback },
          });
        }
        default:
          if (this.onOther) return this.onOther(r);
          return this.fail(r, `unknown request ${r.command}`);
      }
    } catch (e) {
      this.fail(r, String((e as Error)?.message ?? e));
    }
  }

  private threadList(): DebugProtocol.Thread[] {
    const list = this.threads.live(this.vms).map((t) => ({ id: t.id, name: t.name }));
    const extra = this.stopped?.extra;
    if (extra) list.unshift({ id: extra.id, name: extra.name });
    if (list.length === 0) list.push({ id: 1, name: 'main' });
    return list;
  }

  private coOf(threadId: number): { co: any; side: VmSide } | undefined {
    for (const t of this.threads.live(this.vms))
      if (t.id === threadId) return { co: t.co, side: this.sides.get(t.vm.L.l_G)! };
    return undefined;
  }

  private stackTrace(
    threadId: number,
    start: number,
    levels: number,
  ): DebugProtocol.StackTraceResponse['body'] {
    const extra = this.stopped?.extra;
    if (extra && extra.id === threadId)
      return { stackFrames: extra.frames, totalFrames: extra.frames.length };
    const t = this.coOf(threadId);
    if (!t) return { stackFrames: [], totalFrames: 0 };
    const all = this.inspector.stackTrace(t.side, t.co);
    const frames = levels > 0 ? all.slice(start, start + levels) : all.slice(start);
    return { stackFrames: frames, totalFrames: all.length };
  }

  private go(r: DebugRequest, threadId: number): void {
    if (!this.stopped) return this.reply(r, { allThreadsContinued: true });
    const t =
      this.coOf(threadId) ?? (this.stopped.thread ? { co: this.stopped.thread } : undefined);
    const co = t?.co;
    if (r.command !== 'continue') {
      const kind = r.command === 'next' ? 'over' : r.command === 'stepIn' ? 'in' : 'out';
      this.step = {
        kind,
        thread: co,
        depth: co ? this.depth(co) : 0,
        newFrom: this.threads.nextIdValue(),
        anywhere: !co || isDead(co),
      };
    }
    this.stopped = undefined;
    this.updateActive();
    this.reply(r, { allThreadsContinued: true });
  }

  private evaluate(r: DebugRequest, a: DebugProtocol.EvaluateArguments): void {
    const frame = a.frameId !== undefined ? this.inspector.frame(a.frameId) : undefined;
    const side = frame?.side ?? this.sides.get(this.vms[0]?.L.l_G);
    if (!side) return this.fail(r, this.t('插件还没有开始运行', 'the plugin has not started'));
    const { lua } = side.vm.F;
    const res = this.evaluator.run(side, frame, a.expression, a.context === 'repl');
    try {
      if (!res.ok) return this.fail(r, res.message ?? 'error');
      if (res.n === 0)
        return this.reply(r, { result: a.context === 'repl' ? '' : 'nil', variablesReference: 0 });
      if (a.context === 'clipboard' && lua.lua_type(res.thread, 1) === lua.LUA_TSTRING)
        return this.reply(r, {
          result: UTF8.decode(lua.lua_tolstring(res.thread, 1)),
          variablesReference: 0,
        });
      const texts: string[] = [];
      let first: DebugProtocol.Variable | undefined;
      for (let i = 1; i <= res.n!; i++) {
        lua.lua_pushvalue(res.thread, i);
        lua.lua_xmove(res.thread, side.helper, 1);
        const v = this.inspector.variable(side, '', i === 1 ? a.expression : undefined);
        if (i === 1) first = v;
        texts.push(v.value);
      }
      return this.reply(r, {
        result: texts.join(', '),
        type: first?.type,
        variablesReference: res.n === 1 ? (first?.variablesReference ?? 0) : 0,
        ...(first?.indexedVariables ? { indexedVariables: first.indexedVariables } : {}),
        ...(first?.namedVariables ? { namedVariables: first.namedVariables } : {}),
      });
    } finally {
      lua.lua_pop(side.helper, 1);
    }
  }

  private setVariable(r: DebugRequest, a: DebugProtocol.SetVariableArguments): void {
    const side = this.inspector.sideOf(a.variablesReference);
    if (!side) return this.fail(r, this.t('变量已不存在', 'the variable is gone'));
    const { lua } = side.vm.F;
    const frame = this.inspector.scopeFrame(a.variablesReference);
    const res = this.evaluator.run(side, frame, a.value, false);
    try {
      if (!res.ok) return this.fail(r, res.message ?? 'error');
      if (res.n === 0) lua.lua_pushnil(res.thread);
      lua.lua_settop(res.thread, 1);
      lua.lua_pushvalue(res.thread, 1);
      if (!this.inspector.assign(a.variablesReference, a.name, res.thread))
        return this.fail(r, this.t(`找不到变量 ${a.name}`, `no variable ${a.name}`));
      lua.lua_xmove(res.thread, side.helper, 1);
      const v = this.inspector.variable(side, a.name, undefined);
      return this.reply(r, {
        value: v.value,
        type: v.type,
        variablesReference: v.variablesReference,
      });
    } finally {
      lua.lua_pop(side.helper, 1);
    }
  }
}
