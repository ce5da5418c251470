/**
 * The coroutine library as gopher-lua has it (coroutinelib.go, vm.go): create, resume, running, status, wrap and
 * yield, without isyieldable.
 *
 * - The plugin's main chunk runs on gopher-lua's main state, not in a coroutine: there `coroutine.running()` is nil
 *   and a yield is "can not yield from outside of a coroutine" (here the chunk runs in a coroutine of the runtime's
 *   own, which these functions do not count as one).
 * - "can not resume a dead thread" / "can not resume a running thread" come back as `false, message`; a wrapped
 *   coroutine raises them, at the caller's line, and raises its errors as they are.
 * - status: "normal" only for the coroutine that resumed the caller directly.
 * - gopher-lua can suspend a coroutine only where Lua called Lua. A yield in a function run by pcall / xpcall, a
 *   metamethod or a for-in iterator returns at once there, and the plugin crashes when the coroutine is resumed;
 *   a yield in a callback of a Go function (string.gsub, table.sort, ...) raises "can not yield from outside of a
 *   coroutine" in the resumer and leaves the coroutine "suspended". The first kind stops the plugin here with an
 *   error that names the call; the second is reproduced. `return coroutine.yield(...)` at the end of the
 *   coroutine's own function suspends, and its next resume fails as it does in gopher-lua.
 *
 * BLOCK (a blocking host call: omega.system.block_sleep, a mux poller's block_get_next...) is not a yield a plugin
 * makes. It is never checked, and every resume that sees it come out of its coroutine yields it on, so it travels
 * up to the plugin's main thread and out to the host; the host's answer travels back down the same chain. To the
 * plugin the call simply blocks, as it does in neomega.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Fengari } from '../lua';
import type { HostFn } from './baselib';
import type { GopherHooks } from './errorText';

/** Where a yield would have to cross something gopher-lua cannot suspend across. */
export interface YieldBoundary {
  kind: 'pcall' | 'xpcall' | 'metamethod' | 'iterator' | 'callback';
  /** For `callback`: the Go function that called the Lua function (`gsub`, `sort`, ...). */
  fn?: string;
}

/** What a debugger follows: each coroutine made, and each resume (the resumer runs `co` between the two calls). */
export interface CoroutineHooks {
  created(L: any, co: any, wrapped: boolean): void;
  resuming(L: any, co: any): void;
  resumed(L: any, co: any): void;
}

export interface CoroutineOptions {
  /** The hooks now (a debugger attaches after the library is made), or none. */
  hooks(): CoroutineHooks | undefined;
  /** The thread the plugin's main chunk runs on: no coroutine to gopher-lua. */
  isMain(L: any): boolean;
  /** The runtime's BLOCK value at `idx`: a blocking host call, not the plugin's yield. */
  isBlock(L: any, idx: number): boolean;
  uncatchable(L: any, idx: number): boolean;
  /** The JS functions that are pcall and xpcall. */
  protectedCalls: Map<HostFn, 'pcall' | 'xpcall'>;
  /** Stops the plugin at a yield gopher-lua cannot make; `call` names it (`coroutine.yield`, `coromega:sleep`). */
  forbidden(L: any, call: string, boundary: YieldBoundary): never;
}

const DEAD = 'can not resume a dead thread';
const RUNNING = 'can not resume a running thread';
const OUTSIDE = 'can not yield from outside of a coroutine';
/** What gopher-lua's Go runtime says when a coroutine whose last frame a tail-called yield removed is resumed. */
const NIL_FRAME = 'runtime error: invalid memory address or nil pointer dereference';

export function gopherCoroutines(
  F: Fengari,
  hooks: GopherHooks,
  opts: CoroutineOptions,
): Record<string, HostFn> {
  const { lua, lauxlib, to_luastring } = F;
  const str = (s: string): Uint8Array => to_luastring(s);
  /** Who resumed each running coroutine. */
  const parentOf = new WeakMap<object, object>();
  /** A yield in a Go function's callback is failing in this coroutine: the error goes to the resumer. */
  const escaping = new WeakSet<object>();
  /** Coroutines such an error left behind: gopher-lua still calls them "suspended". */
  const stranded = new WeakSet<object>();
  /** Coroutines a tail-called yield left without a frame: resuming them fails. */
  const broken = new WeakSet<object>();

  const checkThread = (L: any, idx: number): any => {
    if (lua.lua_type(L, idx) !== lua.LUA_TTHREAD) {
      const got =
        lua.lua_type(L, idx) === lua.LUA_TNONE
          ? 'nil'
          : F.to_jsstring(lauxlib.luaL_typename(L, idx));
      lauxlib.luaL_argerror(L, idx, str(`thread expected, got ${got}`));
    }
    return lua.lua_tothread(L, idx);
  };

  const isDead = (co: any): boolean => {
    const st = lua.lua_status(co);
    if (st === lua.LUA_YIELD) return false;
    if (st !== lua.LUA_OK) return true;
    return co.ci === co.base_ci && lua.lua_gettop(co) === 0;
  };

  /** The innermost place between the running JS function and the thread's first frame a yield cannot cross. */
  const boundary = (L: any): YieldBoundary | null => {
    for (let ci = L.ci.previous; ci && ci !== L.base_ci; ci = ci.previous) {
      if (!hooks.isLua(ci)) {
        const fn = ci.func.value;
        const pc = opts.protectedCalls.get(typeof fn === 'function' ? fn : fn?.f);
        if (pc) return { kind: pc };
        return { kind: 'callback', fn: hooks.functionName(L, ci) };
      }
      const caller = ci.previous;
      if (caller === L.base_ci || !hooks.isLua(caller)) continue; // the JS caller is the next frame looked at
      if (hooks.isNative(caller)) return { kind: 'callback', fn: hooks.functionName(L, caller) };
      const how = hooks.callKind(caller);
      if (how === 'iterator' || how === 'metamethod') return { kind: how };
    }
    return null;
  };

  /**
   * Resumes `co` with the `nargs` values already moved onto its stack and leaves its results there: `true, values...` (or
   * `false, error`), or for a wrapped coroutine the values alone (errors raised). When `co` yields BLOCK (a blocking
   * host call somewhere inside it), BLOCK goes on up from L and the answer that comes back is handed down to `co`.
   */
  const resumeWith = (L: any, co: any, nargs: number, asWrap: boolean): number => {
    const hooks = opts.hooks();
    hooks?.resuming(L, co);
    parentOf.set(co, L);
    let status: number;
    try {
      status = lua.lua_resume(co, L, nargs);
    } finally {
      parentOf.delete(co);
      hooks?.resumed(L, co);
    }
    if (status === lua.LUA_OK || status === lua.LUA_YIELD) {
      const n = lua.lua_gettop(co);
      if (status === lua.LUA_YIELD && n === 1 && opts.isBlock(co, 1)) {
        const below = lua.lua_gettop(L);
        lua.lua_xmove(co, L, 1);
        return lua.lua_yieldk(L, 1, below, (L1: any, _st: number, ctx: number) => {
          const answers = lua.lua_gettop(L1) - ctx;
          lua.lua_xmove(L1, co, answers);
          return resumeWith(L1, co, answers, asWrap);
        });
      }
      escaping.delete(co);
      lauxlib.luaL_checkstack(L, n + 1, null);
      if (!asWrap) lua.lua_pushboolean(L, true);
      lua.lua_xmove(co, L, n);
      return asWrap ? n : n + 1;
    }
    lua.lua_xmove(co, L, 1);
    if (escaping.has(co)) {
      // gopher-lua raises this one in the resumer and leaves the coroutine as it was
      escaping.delete(co);
      stranded.add(co);
      return lua.lua_error(L);
    }
    if (asWrap || opts.uncatchable(L, -1)) return lua.lua_error(L);
    lua.lua_pushboolean(L, false);
    lua.lua_insert(L, -2);
    return 2;
  };

  /** The checks before a resume: `undefined` to go on, else the number of results already pushed. */
  const refuse = (L: any, co: any, asWrap: boolean): number | undefined => {
    let msg: string | undefined;
    if (co === L || (lua.lua_status(co) === lua.LUA_OK && co.ci !== co.base_ci)) msg = RUNNING;
    else if (isDead(co)) msg = DEAD;
    else if (broken.has(co)) {
      lua.lua_pushstring(L, str(NIL_FRAME));
      return lua.lua_error(L);
    }
    if (msg === undefined) return undefined;
    if (asWrap) return hooks.raise(L, msg);
    lua.lua_pushboolean(L, false);
    lua.lua_pushstring(L, str(msg));
    return 2;
  };

  const wrapAux: HostFn = (L) => {
    const co = lua.lua_tothread(L, lua.lua_upvalueindex(1));
    const nargs = lua.lua_gettop(L);
    const done = refuse(L, co, true);
    if (done !== undefined) return done;
    lua.lua_xmove(L, co, nargs);
    return resumeWith(L, co, nargs, true);
  };

  return {
    create(L) {
      lauxlib.luaL_checktype(L, 1, lua.LUA_TFUNCTION);
      const co = lua.lua_newthread(L);
      lua.lua_pushvalue(L, 1);
      lua.lua_xmove(L, co, 1);
      opts.hooks()?.created(L, co, false);
      return 1;
    },

    wrap(L) {
      lauxlib.luaL_checktype(L, 1, lua.LUA_TFUNCTION);
      const co = lua.lua_newthread(L);
      lua.lua_pushvalue(L, 1);
      lua.lua_xmove(L, co, 1);
      opts.hooks()?.created(L, co, true);
      lua.lua_pushcclosure(L, wrapAux, 1);
      return 1;
    },

    resume(L) {
      const co = checkThread(L, 1);
      const nargs = lua.lua_gettop(L) - 1;
      const done = refuse(L, co, false);
      if (done !== undefined) return done;
      lua.lua_xmove(L, co, nargs);
      return resumeWith(L, co, nargs, false);
    },

    running(L) {
      if (opts.isMain(L)) lua.lua_pushnil(L);
      else lua.lua_pushthread(L);
      return 1;
    },

    status(L) {
      const co = checkThread(L, 1);
      let s: string;
      if (co === L) s = 'running';
      else if (stranded.has(co)) s = 'suspended';
      else if (isDead(co)) s = 'dead';
      else if (lua.lua_status(co) === lua.LUA_OK && co.ci !== co.base_ci)
        s = parentOf.get(L) === co ? 'normal' : 'suspended';
      else s = 'suspended';
      lua.lua_pushstring(L, str(s));
      return 1;
    },

    yield(L) {
      if (lua.lua_gettop(L) > 0 && opts.isBlock(L, 1)) return lua.lua_yield(L, lua.lua_gettop(L));
      if (opts.isMain(L)) return hooks.raise(L, OUTSIDE);
      const b = boundary(L);
      if (b?.kind === 'callback') {
        escaping.add(L);
        return hooks.raise(L, OUTSIDE);
      }
      if (b) return opts.forbidden(L, 'coroutine.yield', b);
      const caller = L.ci.previous;
      if (
        caller.previous === L.base_ci &&
        hooks.isLua(caller) &&
        hooks.callKind(caller) === 'tailcall'
      )
        broken.add(L);
      return lua.lua_yield(L, lua.lua_gettop(L));
    },

    /** Before a framework call suspends its session: stops the plugin where gopher-lua could not suspend. */
    yield_check(L) {
      const name = lauxlib.luaL_checkstring(L, 1);
      const b = boundary(L);
      if (b) return opts.forbidden(L, F.to_jsstring(name), b);
      return 0;
    },
  };
}
