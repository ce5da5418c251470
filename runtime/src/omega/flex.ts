/**
 * omega.flex and omega.share: what plugins of one world share. Cross-plugin APIs (a plugin exposes a name, another
 * calls it; the world file's `apis` answer names no plugin exposes), topics (publish to every subscriber), soft
 * data (soft_set / soft_get) and the shared string map.
 */
import type { Data, HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

export function flexHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  const world = rt.world;
  const argText = (L: unknown, i: number): string =>
    lua.lua_isnoneornil(L, i) ? 'null' : vm.tostring(L, i);
  return {
    flex_call: (L) => {
      const api = vm.jsstr(L, 1);
      const args = argText(L, 2);
      const req = lua.lua_tointeger(L, 3) as number;
      const timeout = vm.optNumber(L, 4) ?? 0;
      let cancelTimer: (() => void) | undefined;
      const cancel = rt.entries.callApi(vm, api, args, (result, err) => {
        cancelTimer?.();
        if (req !== 0) vm.resp('flex', { id: req, output: result, ...(err ? { err } : {}) });
      });
      if (timeout > 0 && req !== 0)
        cancelTimer = rt.timer(vm, timeout * 1000, () => {
          cancel();
          vm.resp('flex', { id: req, output: null, err: 'context deadline exceeded' });
        });
      return 0;
    },
    flex_block_call: (L) => {
      const api = vm.jsstr(L, 1);
      rt.entries.callApi(vm, api, argText(L, 2), (result, err) =>
        vm.answer([result, ...(err ? [err] : [])] as Data[]),
      );
      return vm.pushBlock(L, { kind: 'wait' });
    },
    flex_answer: (L) => {
      const call = lua.lua_tointeger(L, 1) as number;
      const result = lua.lua_isnoneornil(L, 2) ? null : vm.tostring(L, 2);
      const err = vm.optString(L, 3);
      rt.entries.answerApi(call, result, err);
      return 0;
    },
    flex_pub: (L) => {
      rt.entries.publish(vm.jsstr(L, 1), argText(L, 2));
      return 0;
    },
    soft_set: (L) => {
      const key = vm.jsstr(L, 1);
      const v = vm.optString(L, 2);
      if (v === undefined) world.soft.delete(key);
      else world.soft.set(key, v);
      return 0;
    },
    soft_get: (L) => {
      const v = world.soft.get(vm.jsstr(L, 1));
      if (v === undefined) lua.lua_pushnil(L);
      else lua.lua_pushstring(L, vm.str(v));
      lua.lua_pushboolean(L, v !== undefined);
      return 2;
    },
    share: (L) => {
      const op = vm.jsstr(L, 1);
      const req = lua.lua_tointeger(L, 2) as number;
      const key = vm.optString(L, 3) ?? '';
      const a = vm.optString(L, 4);
      const b = vm.optString(L, 5);
      const m = world.shared;
      let out: Data = null;
      switch (op) {
        case 'get':
          out = m.get(key) ?? null;
          break;
        case 'set':
          out = m.get(key) ?? null;
          m.set(key, a ?? 'null');
          break;
        case 'delete':
          out = m.get(key) ?? null;
          m.delete(key);
          break;
        case 'load_or_store': {
          const had = m.get(key);
          if (had === undefined) m.set(key, a ?? 'null');
          out = { data: had ?? a ?? 'null', loaded: had !== undefined };
          break;
        }
        case 'compare_and_swap': {
          const swapped = m.get(key) === a;
          if (swapped) m.set(key, b ?? 'null');
          out = swapped;
          break;
        }
        default:
          out = null;
      }
      if (req === 0) {
        vm.push(L, out);
        return 1;
      }
      vm.resp('share', { id: req, output: out });
      return 0;
    },
    share_all: (L) => {
      const keys = [...world.shared.keys()];
      vm.push(L, keys);
      vm.push(
        L,
        keys.map((k) => world.shared.get(k)!),
      );
      return 2;
    },
  };
}
