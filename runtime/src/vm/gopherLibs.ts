/**
 * Puts gopher-lua's base functions and coroutine library (runtime/src/gopherlua/) into a new plugin state (before a
 * debugger attaches, so it sees these functions and can follow coroutines through `vm.coroutineHooks`), with
 * what only the VM knows: which thread is the main chunk's, the BLOCK and SENTINEL values, and how a yield gopher-lua
 * cannot make stops the plugin (an error that names the call, in the run's language). Returns the host functions
 * the runtime's Lua uses: `yield_check` (coromega's calls that suspend their session) and `load_chunk` (compat.lua's
 * loadfile and require, with gopher-lua's syntax verdict).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { gopherBase } from '../gopherlua/baselib';
import { gopherCoroutines, type YieldBoundary } from '../gopherlua/coroutines';
import { gopherHooks } from '../gopherlua/errorText';
import type { MessageKey } from '../messages';
import type { HostFn, PluginVM } from './plugin';

export function installGopherLibs(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const L = vm.L;
  const hooks = gopherHooks(vm.F.module);
  const uncatchable = (L1: any, idx: number): boolean => vm.isSentinel(L1, idx);
  const base = gopherBase(vm.F, hooks, { uncatchable });

  const forbidden = (L1: any, call: string, b: YieldBoundary): never => {
    const where = hooks.whereText(L1, 0, true);
    const prefix = where ? where + ' ' : '';
    if (!vm.rt.failed) {
      const explain = explainYield(vm, call, b);
      if (b.kind === 'callback')
        vm.reportError(`${prefix}can not yield from outside of a coroutine`, undefined, explain);
      else vm.reportError(prefix + explain, undefined);
      vm.rt.failed = true;
    }
    vm.pushSentinel(L1);
    lua.lua_error(L1);
    throw new Error('unreachable');
  };

  const co = gopherCoroutines(vm.F, hooks, {
    hooks: () => vm.coroutineHooks,
    isMain: (L1) => L1 === vm.mainCo,
    isBlock: (L1, idx) => vm.isBlock(L1, idx),
    uncatchable,
    protectedCalls: new Map([
      [base.pcall!, 'pcall'],
      [base.xpcall!, 'xpcall'],
    ]),
    forbidden,
  });

  const { load_chunk: loadChunk, ...globals } = base;
  lua.lua_pushglobaltable(L);
  for (const [name, fn] of Object.entries(globals)) {
    lua.lua_pushcfunction(L, fn);
    lua.lua_setfield(L, -2, vm.str(name));
  }
  // The coroutine table in place (package.loaded.coroutine is the same table).
  lua.lua_getfield(L, -1, vm.str('coroutine'));
  for (const name of ['create', 'resume', 'running', 'status', 'wrap', 'yield']) {
    lua.lua_pushcfunction(L, co[name]!);
    lua.lua_setfield(L, -2, vm.str(name));
  }
  lua.lua_pushnil(L);
  lua.lua_setfield(L, -2, vm.str('isyieldable'));
  lua.lua_pop(L, 2);
  return { yield_check: co.yield_check!, load_chunk: loadChunk! };
}

/** Why a yield cannot happen there, naming the call, in the run's language. */
function explainYield(vm: PluginVM, call: string, b: YieldBoundary): string {
  const key: Record<YieldBoundary['kind'], MessageKey> = {
    pcall: 'yield_pcall',
    xpcall: 'yield_pcall',
    metamethod: 'yield_metamethod',
    iterator: 'yield_iterator',
    callback: 'yield_callback',
  };
  return vm.msg(key[b.kind], call, b.kind === 'callback' ? (b.fn ?? '?') : b.kind);
}
