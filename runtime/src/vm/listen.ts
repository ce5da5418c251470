/**
 * omega.listen and omega.system's waiting calls: event sources, mux pollers (poll, block_has_next,
 * block_get_next, stop), timers (event_after, event_interval, sleep), terminal input (input with a callback,
 * block_input), and the blocking sleep of the main chunk.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ListenerKind } from '../events';
import { encodeLuaValue, type JsonValue } from '../gojson';
import type { HostFn, ListenerInfo, PluginVM } from './plugin';

const MAX_TIMER_MS = 2 ** 31 - 1;

function ms(sec: number | undefined): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, (sec ?? 0) * 1000));
}

export function listenHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const rt = vm.rt;
  const pushId = (L: any, id: number): number => {
    lua.lua_pushinteger(L, id);
    return 1;
  };
  const muxOf = (L: any, i: number) => {
    const m = vm.muxes.get(lua.lua_tointeger(L, i) as number);
    if (!m) vm.raise(L, 'not a mux poller');
    return m!;
  };
  return {
    source_new: (L) => {
      const kind = vm.jsstr(L, 1);
      let listener: ListenerInfo | undefined;
      if (kind.startsWith('{')) {
        const info = vm.jsonArg(L, 1) as {
          listener?: ListenerKind;
          triggers?: string[];
          usage?: string;
          argument_hint?: string;
        };
        if (info?.listener)
          listener = {
            kind: info.listener,
            triggers: info.triggers ?? [],
            ...(info.usage !== undefined ? { usage: info.usage } : {}),
            ...(info.argument_hint !== undefined ? { argument_hint: info.argument_hint } : {}),
          };
      }
      const s = vm.newSource(listener ? `listener:${listener.kind}` : kind, listener);
      if (kind.startsWith('resp:')) vm.respSources.set(kind.slice(5), s.id);
      if (listener) rt.entries.addListener(vm, s);
      return pushId(L, s.id);
    },
    source_after: (L) => {
      const mux = muxOf(L, 1);
      const sec = vm.optNumber(L, 2);
      const repeat = lua.lua_toboolean(L, 3);
      const s = vm.newSource(repeat ? 'interval' : 'after');
      const fire = (): void => {
        if (mux.stopped) return;
        vm.deliver(s.id, true);
        if (repeat) s.dispose = rt.timer(vm, Math.max(1, ms(sec)), fire);
      };
      s.dispose = rt.timer(vm, repeat ? Math.max(1, ms(sec)) : ms(sec), fire);
      return pushId(L, s.id);
    },
    source_input: (L) => {
      const hint = vm.optString(L, 2) ?? '';
      const s = vm.newSource('input');
      rt.entries.waitForLine(vm, hint, (line) => vm.deliver(s.id, line));
      return pushId(L, s.id);
    },
    source_emit: (L) => {
      const id = lua.lua_tointeger(L, 1) as number;
      const data = lua.lua_type(L, 2) === lua.LUA_TTABLE ? tableToJson(vm, L, 2) : true;
      vm.deliver(id, data);
      return 0;
    },
    mux_new: (L) => pushId(L, vm.newMux().id),
    mux_poll: (L) => {
      const mux = muxOf(L, 1);
      const s = vm.sources.get(lua.lua_tointeger(L, 2) as number);
      if (s) vm.poll(mux, s);
      return 0;
    },
    mux_has: (L) => {
      lua.lua_pushboolean(L, !muxOf(L, 1).stopped);
      return 1;
    },
    mux_next: (L) => {
      const mux = muxOf(L, 1);
      if (mux.stopped) {
        lua.lua_pushnil(L);
        return 1;
      }
      const next = mux.queue.shift() ?? vm.nextWithoutBlocking(L, mux);
      if (next) {
        vm.lastEvent = { source: next[0], data: next[1] };
        lua.lua_pushinteger(L, next[0]);
        vm.push(L, next[1]);
        return 2;
      }
      return vm.pushBlock(L, { kind: 'mux', mux });
    },
    mux_stop: (L) => {
      for (const s of vm.stopMux(muxOf(L, 1))) if (s.listener) rt.entries.removeListener(vm, s);
      rt.wake();
      return 0;
    },
    sleep: (L) => {
      const req = lua.lua_tointeger(L, 2) as number;
      rt.timer(vm, ms(vm.optNumber(L, 1)), () => vm.resp('system', { id: req }));
      return 0;
    },
    block_sleep: (L) => {
      const block = { kind: 'wait' as const };
      rt.timer(vm, ms(vm.optNumber(L, 1)), () => vm.answer([]));
      return vm.pushBlock(L, block);
    },
    input: (L) => {
      const req = lua.lua_tointeger(L, 1) as number;
      const timeout = vm.optNumber(L, 2) ?? 0;
      const hint = vm.optString(L, 3) ?? '';
      let cancelTimer: (() => void) | undefined;
      const cancelWait = rt.entries.waitForLine(vm, hint, (line) => {
        cancelTimer?.();
        vm.resp('system', { id: req, output: line });
      });
      if (timeout > 0)
        cancelTimer = rt.timer(vm, ms(timeout), () => {
          cancelWait();
          vm.resp('system', { id: req, output: '' });
        });
      return 0;
    },
    block_input: (L) => {
      const hint = vm.optString(L, 1) ?? '';
      rt.entries.waitForLine(vm, hint, (line) => vm.answer([line]));
      return vm.pushBlock(L, { kind: 'wait' });
    },
    resp_later: (L) => {
      vm.resp(vm.jsstr(L, 1), { id: lua.lua_tointeger(L, 2) as number });
      return 0;
    },
  };
}

/** A Lua table as JSON-like data (through the json encoder; functions and cycles become strings). */
export function tableToJson(_vm: PluginVM, L: any, idx: number): JsonValue {
  return JSON.parse(encodeLuaValue(L, idx, { loose: true })) as JsonValue;
}
