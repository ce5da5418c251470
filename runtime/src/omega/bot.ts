/**
 * omega.botUq (the bot and the server: name, ids, position, tick, game rules, time), omega.common (translate,
 * lang_format) and the record of calls the world cannot simulate (structures, blocks, items): a `world` event with
 * the API's name and arguments.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { langFormat } from '../world/lang';
import type { HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

export function botHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  const world = rt.world;
  const two = (L: any, v: string | number, ok = true): number => {
    if (typeof v === 'number') lua.lua_pushnumber(L, v);
    else lua.lua_pushstring(L, vm.str(v));
    lua.lua_pushboolean(L, ok);
    return 2;
  };
  return {
    bot: (L) => {
      const b = world.bot;
      switch (vm.jsstr(L, 1)) {
        case 'name':
          lua.lua_pushstring(L, vm.str(b.name));
          return 1;
        case 'uuid':
          lua.lua_pushstring(L, vm.str(b.uuid));
          return 1;
        case 'unique_id':
          lua.lua_pushstring(L, vm.str(b.uniqueId));
          return 1;
        case 'runtime_id':
          lua.lua_pushstring(L, vm.str(b.runtimeId));
          return 1;
        case 'identity':
          lua.lua_pushstring(L, vm.str(b.identity));
          return 1;
        case 'dimension':
          return two(L, world.botPlayer.dimension);
        case 'position':
          for (const v of world.botPlayer.position) lua.lua_pushnumber(L, v);
          lua.lua_pushnumber(L, 0);
          return 4;
        case 'tick':
          return two(L, world.tick());
        case 'sync_ratio':
          return two(L, world.syncRatio);
        case 'game_rules':
          return two(L, JSON.stringify(world.gameRules));
        case 'server_time':
          return two(L, world.tick());
        case 'day_time':
          return two(L, world.dayTime());
        case 'day_percent':
          return two(L, world.dayTime() / 24000);
        default:
          lua.lua_pushnil(L);
          return 1;
      }
    },
    world: (L) => {
      const api = vm.jsstr(L, 1);
      const args = vm.jsonArg(L, 2);
      vm.emit({ type: 'world', api, ...(Array.isArray(args) && args.length > 0 ? { args } : {}) });
      return 0;
    },
    unavailable: (L) => {
      const api = vm.jsstr(L, 1);
      vm.warn(vm.msg('unavailable', api), api);
      return 0;
    },
    translate: (L) => {
      lua.lua_pushstring(L, vm.str(vm.jsstr(L, 1)));
      lua.lua_pushboolean(L, false);
      return 2;
    },
    lang_format: (L) => {
      const code = vm.optNumber(L, 1) ?? 0;
      const params: string[] = [];
      for (let i = 3; i <= lua.lua_gettop(L); i++) params.push(vm.tostring(L, i));
      lua.lua_pushstring(L, vm.str(langFormat(code, vm.jsstr(L, 2), params)));
      lua.lua_pushboolean(L, true);
      return 2;
    },
  };
}
