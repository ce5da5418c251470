/**
 * Where the debugger sees a Lua error before it unwinds: every error Lua raises (a runtime error, `error()`, a host
 * function's `lua_error`, the runtime's own fidelity errors) goes through Fengari's `luaG_errormsg`, which throws it
 * with `ldo.luaD_throw` while the erroring thread's frames and locals are still there. While a debugger is attached
 * that call is wrapped and the debugger of the Lua state is asked first; with none attached nothing is wrapped and
 * an ordinary run pays nothing.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fengariModule } from '../lua';

const LUA_ERRRUN = 2;

export type ErrorListener = (L: any) => void;

const listeners = new Map<any, ErrorListener>();
let original: ((L: any, status: number) => void) | undefined;

/** Calls `fn` with the thread of every error raised in the Lua state `g` (its `l_G`), until the result is called. */
export function onLuaError(g: any, fn: ErrorListener): () => void {
  const ldo = fengariModule('ldo.js') as { luaD_throw: (L: any, status: number) => void };
  if (!original) {
    const throwIt = ldo.luaD_throw;
    original = throwIt;
    ldo.luaD_throw = (L: any, status: number): void => {
      if (status === LUA_ERRRUN) listeners.get(L.l_G)?.(L);
      throwIt(L, status);
    };
  }
  listeners.set(g, fn);
  return () => {
    listeners.delete(g);
    if (listeners.size === 0 && original) {
      ldo.luaD_throw = original;
      original = undefined;
    }
  };
}
