/**
 * Lua expressions in a paused frame (watch, hover, the Debug Console, breakpoint conditions and logpoints): names
 * are the frame's locals, then its upvalues, then the plugin's globals, and `...` its varargs. Evaluating has no
 * effect on the world: it runs in a thread of its own that cannot yield, host calls that would wait or change the
 * world (commands, messages, requests, files, output) are refused with a message, resuming a coroutine is refused,
 * and a runaway loop stops after a budget of instructions. Only the Debug Console may assign to a variable.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { PluginVM } from '../vm/plugin';
import { tr, type Lang } from '../messages';
import type { FrameHandle, VmSide } from './inspect';

const UTF8 = new TextDecoder('utf-8');
/** Instructions an evaluation may run. */
const BUDGET = 2_000_000;
const BUDGET_STEP = 10_000;

/** Host functions that neither wait nor change anything: the only ones an evaluation may call. */
export const PURE_HOST = new Set([
  'rewrite',
  'msg',
  'format',
  'sprint',
  'text',
  'json_module',
  'crypto_module',
  'http_verbs',
  'config',
  'plugin_name',
  'now',
  'since_start',
  'cwd',
  'osname',
  'uuid',
  'path_abs',
  'path_exist',
  'path_ext',
  'path_is_abs',
  'path_join',
  'path_list',
  'storage_path',
  'kv_get',
  'kv_all',
  'load_text',
  'lang_format',
  'translate',
  'player_get',
  'player_find',
  'players_online',
  'soft_get',
]);

export interface Evaluation {
  ok: boolean;
  /** On success the results stay on `thread` (count `n`); on failure the message. */
  message?: string;
  thread?: any;
  n?: number;
}

export class Evaluator {
  /** An evaluation is running: host calls and resumes check this. */
  active = false;

  constructor(private readonly lang: Lang) {}

  refusal(what: string): string {
    return tr(
      this.lang,
      `求值时不执行 ${what}：它会等待或改变世界（调试器中的求值没有副作用）`,
      `${what} is not run while evaluating: it would wait or change the world (evaluations have no side effects)`,
    );
  }

  /**
   * Evaluates `expr` in `frame` (or with the plugin's globals only). `statements`: the Debug Console, where
   * `x = 1` assigns. The results are left on a new thread of `side`'s helper (the caller pops it).
   */
  run(side: VmSide, frame: FrameHandle | undefined, expr: string, statements: boolean): Evaluation {
    const vm = side.vm;
    const { lua, lauxlib, to_luastring } = vm.F;
    const h = side.helper;
    const E = lua.lua_newthread(h);
    // E stays on the helper's stack until the caller is done with the results.
    let steps = 0;
    lua.lua_sethook(
      E,
      (L: any) => {
        steps += BUDGET_STEP;
        if (steps > BUDGET)
          vm.raise(
            L,
            tr(this.lang, '求值运行太久，已停止', 'the evaluation ran too long and was stopped'),
          );
      },
      lua.LUA_MASKCOUNT,
      BUDGET_STEP,
    );
    let code = `return ${expr}`;
    let st = lauxlib.luaL_loadbuffer(E, to_luastring(code), null, to_luastring('=eval', true));
    if (st !== 0 && statements) {
      lua.lua_pop(E, 1);
      code = expr;
      st = lauxlib.luaL_loadbuffer(E, to_luastring(code), null, to_luastring('=eval', true));
    }
    if (st !== 0 && !statements) {
      // A statement where only an expression may go (a watch, a hover): say so rather than how it fails to parse.
      const asStatement = lauxlib.luaL_loadbuffer(
        E,
        to_luastring(expr),
        null,
        to_luastring('=eval', true),
      );
      lua.lua_pop(E, 1);
      if (asStatement === 0)
        return {
          ok: false,
          message: tr(
            this.lang,
            '这里的求值不能赋值（在调试控制台中可以）',
            'an evaluation here cannot assign (the Debug Console can)',
          ),
          thread: E,
        };
    }
    if (st !== 0) {
      const m = UTF8.decode(lua.lua_tolstring(E, -1)).replace(/^eval:\d+:\s*/, '');
      return { ok: false, message: m, thread: E };
    }
    // The chunk's _ENV: a proxy that reads (and in the console writes) the frame's names.
    lua.lua_createtable(E, 0, 0);
    lua.lua_createtable(E, 0, 2);
    lua.lua_pushcfunction(E, (L: any) => this.lookup(side, frame, L));
    lua.lua_setfield(E, -2, to_luastring('__index', true));
    lua.lua_pushcfunction(E, (L: any) => {
      if (!statements)
        vm.raise(L, tr(this.lang, '这里的求值不能赋值', 'an evaluation here cannot assign'));
      return this.store(side, frame, L);
    });
    lua.lua_setfield(E, -2, to_luastring('__newindex', true));
    lua.lua_setmetatable(E, -2);
    lua.lua_setupvalue(E, -2, 1);
    const nargs = frame ? this.pushVarargs(frame, E) : 0;
    this.active = true;
    let status: number;
    try {
      status = lua.lua_pcall(E, nargs, lua.LUA_MULTRET, 0);
    } finally {
      this.active = false;
    }
    if (status !== 0) {
      const m =
        lua.lua_type(E, -1) === lua.LUA_TSTRING ? UTF8.decode(lua.lua_tolstring(E, -1)) : 'error';
      return { ok: false, message: m.replace(/^eval:\d+:\s*/, ''), thread: E };
    }
    return { ok: true, thread: E, n: lua.lua_gettop(E) };
  }

  private pushVarargs(frame: FrameHandle, E: any): number {
    const { lua } = frame.side.vm.F;
    const ar = new lua.lua_Debug();
    if (!lua.lua_getstack(frame.co, frame.level, ar)) return 0;
    let n = 0;
    lua.lua_checkstack(frame.co, 4);
    for (let i = -1; lua.lua_getlocal(frame.co, ar, i) !== null; i--) {
      lua.lua_checkstack(E, 4);
      lua.lua_xmove(frame.co, E, 1);
      n++;
    }
    return n;
  }

  /**
   * Where the name at index 2 of `L` lives in the paused frame: its last local of that name, else an upvalue of the
   * frame's function. For an upvalue the function stays pushed on the coroutine's stack; the caller sets its top
   * back to `top`. Undefined: a global (or no frame).
   */
  private locate(
    side: VmSide,
    frame: FrameHandle | undefined,
    L: any,
  ): { co: any; ar: any; local: number } | { co: any; upvalue: number; top: number } | undefined {
    const { lua, to_luastring } = side.vm.F;
    if (lua.lua_type(L, 2) !== lua.LUA_TSTRING || !frame) return undefined;
    const name = UTF8.decode(lua.lua_tolstring(L, 2));
    const co = frame.co;
    const ar = new lua.lua_Debug();
    if (!lua.lua_getstack(co, frame.level, ar)) return undefined;
    lua.lua_checkstack(co, 8);
    let found = 0;
    for (let n = 1; ; n++) {
      const nm = lua.lua_getlocal(co, ar, n);
      if (nm === null) break;
      lua.lua_pop(co, 1);
      if (UTF8.decode(nm) === name) found = n;
    }
    if (found) return { co, ar, local: found };
    const top = lua.lua_gettop(co);
    lua.lua_getinfo(co, to_luastring('f', true), ar);
    for (let i = 1; ; i++) {
      const nm = lua.lua_getupvalue(co, -1, i);
      if (nm === null) break;
      lua.lua_pop(co, 1);
      if (UTF8.decode(nm) === name && name !== '_ENV') return { co, upvalue: i, top };
    }
    lua.lua_settop(co, top);
    return undefined;
  }

  /** __index of the proxy: a local, an upvalue, or a global of the frame. */
  private lookup(side: VmSide, frame: FrameHandle | undefined, L: any): number {
    const { lua } = side.vm.F;
    const at = this.locate(side, frame, L);
    if (at && 'local' in at) {
      lua.lua_getlocal(at.co, at.ar, at.local);
      lua.lua_xmove(at.co, L, 1);
      return 1;
    }
    if (at) {
      lua.lua_getupvalue(at.co, -1, at.upvalue);
      lua.lua_xmove(at.co, L, 1);
      lua.lua_settop(at.co, at.top);
      return 1;
    }
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, lua.LUA_RIDX_GLOBALS);
    lua.lua_pushvalue(L, 2);
    lua.lua_gettable(L, -2);
    return 1;
  }

  /** __newindex of the proxy (the Debug Console): assigns the local, upvalue or global of that name. */
  private store(side: VmSide, frame: FrameHandle | undefined, L: any): number {
    const { lua } = side.vm.F;
    const at = this.locate(side, frame, L);
    if (at) {
      lua.lua_pushvalue(L, 3);
      lua.lua_xmove(L, at.co, 1);
      if ('local' in at) {
        lua.lua_setlocal(at.co, at.ar, at.local);
      } else {
        lua.lua_setupvalue(at.co, -2, at.upvalue);
        lua.lua_settop(at.co, at.top);
      }
      return 0;
    }
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, lua.LUA_RIDX_GLOBALS);
    lua.lua_pushvalue(L, 2);
    lua.lua_pushvalue(L, 3);
    lua.lua_settable(L, -3);
    return 0;
  }

  /** Wraps a host function so an evaluation cannot call it unless it is pure. */
  guardHost(vm: PluginVM, name: string, fn: (L: any) => number): (L: any) => number {
    if (PURE_HOST.has(name)) return fn;
    return (L: any) => {
      if (this.active) vm.raise(L, this.refusal(calledName(vm, L) ?? `host.${name}`));
      return fn(L);
    };
  }
}

/** The function the evaluated expression called, as it was called (`coromega:http_get`), from the eval thread. */
function calledName(vm: PluginVM, L: any): string | undefined {
  const { lua, to_luastring } = vm.F;
  const ar = new lua.lua_Debug();
  let name: string | undefined;
  for (let level = 0; lua.lua_getstack(L, level, ar); level++) {
    lua.lua_getinfo(L, to_luastring('Sn', true), ar);
    const src = ar.source ? UTF8.decode(ar.source) : '';
    if (src === '=eval') return name;
    if (ar.name) {
      const nw = ar.namewhat ? UTF8.decode(ar.namewhat) : '';
      const n = UTF8.decode(ar.name);
      name = nw === 'method' ? `:${n}` : n;
    }
  }
  return name;
}
