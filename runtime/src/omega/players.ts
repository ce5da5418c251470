/**
 * omega.players: player kits over the world's players (what a player is shown, their next chat line, selector
 * checks, their fields and abilities, their items) and the bot's public chat.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { SayVia } from '../events';
import { rawtextToString } from '../world/commands';
import { matches } from '../world/selectors';
import type { Player } from '../world/world';
import type { Data, HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

const PLATFORMS: Record<string, number> = {
  Android: 1,
  iOS: 2,
  OSX: 3,
  FireOS: 4,
  GearVR: 5,
  HoloLens: 6,
  Win10: 7,
  Win32: 8,
  Dedicated: 9,
  TVOS: 10,
  PlayStation: 11,
  Nintendo: 12,
  Xbox: 13,
};

function field(p: Player, name: string): Data {
  switch (name) {
    case 'name':
      return p.name;
    case 'uuid':
      return p.uuid;
    case 'entity_unique_id':
      return p.uniqueId;
    case 'login_time':
      return p.loginTime;
    case 'platform_chat_id':
      return p.platformChatId;
    case 'build_platform':
      return PLATFORMS[p.device] ?? 0;
    case 'skin_id':
      return p.skinId;
    case 'device_id':
      return p.device;
    case 'entity_runtime_id':
      return p.runtimeId;
    case 'properties_flag':
      return 0;
    case 'command_permission_level':
      return p.op ? 1 : 0;
    case 'op_permission_level':
      return p.op ? 2 : 1;
    case 'action_permissions':
    case 'custom_stored_permissions':
      return 0;
    case 'op':
      return p.op;
    case 'online':
      return p.online;
    case 'flying':
    case 'invulnerable':
      return p.gamemode === 'creative' || p.gamemode === 'spectator';
    case 'entity_metadata':
      return '{}';
    default:
      if (name.startsWith('ability:')) return p.abilities[name.slice(8)] ?? false;
      return null;
  }
}

export function playersHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  const world = rt.world;
  const playerOf = (L: any): Player | undefined => world.playerByUuid(vm.jsstr(L, 1));
  return {
    players_online: (L) => {
      vm.push(
        L,
        world.online().map((p) => p.uuid),
      );
      return 1;
    },
    player_find: (L) => {
      const by = vm.jsstr(L, 1);
      const v = vm.jsstr(L, 2);
      const p = by === 'uuid' ? world.playerByUuid(v) : world.player(v);
      if (p) lua.lua_pushstring(L, vm.str(p.uuid));
      else lua.lua_pushnil(L);
      return 1;
    },
    player_get: (L) => {
      const p = playerOf(L);
      if (!p) {
        lua.lua_pushnil(L);
        lua.lua_pushboolean(L, false);
        return 2;
      }
      vm.push(L, field(p, vm.jsstr(L, 2)));
      lua.lua_pushboolean(L, true);
      return 2;
    },
    player_show: (L) => {
      const p = playerOf(L);
      if (!p) return 0;
      const via = vm.jsstr(L, 2) as SayVia;
      const raw = vm.jsstr(L, 3);
      const text =
        via === 'tellraw' ? rawtextToString(raw, world, { player: p, position: p.position }) : raw;
      rt.entries.show(p, text, via, vm);
      return 0;
    },
    player_intercept: (L) => {
      const p = playerOf(L);
      const req = lua.lua_tointeger(L, 2) as number;
      const timeout = vm.optNumber(L, 3) ?? 0;
      if (!p) return 0;
      let cancelTimer: (() => void) | undefined;
      const cancel = rt.entries.intercept(p, vm, (chat) => {
        cancelTimer?.();
        vm.resp('players', { id: req, output: chat });
      });
      if (timeout > 0)
        cancelTimer = rt.timer(vm, timeout * 1000, () => {
          cancel();
          vm.resp('players', { id: req, output: null });
        });
      return 0;
    },
    player_check: (L) => {
      const p = playerOf(L);
      const conds = (vm.jsonArg(L, 2) as string[] | undefined) ?? [];
      const req = lua.lua_tointeger(L, 3) as number;
      if (!p) return 0;
      // neomega's CheckCondition: `testfor @a[name="...",conditions]`; true when it finds the player.
      const args = [`name="${p.name}"`, ...conds].join(',');
      const ok = p.online && matches(p, conds.join(','), { player: p, position: p.position });
      // The world answers that testfor as the game would; the event shows its answer.
      const command = `testfor @a[${args}]`;
      const answer = rt.commands.execute(command, 'ws');
      vm.emit({
        type: 'command',
        command,
        via: 'ws',
        result: answer.result,
        ...(answer.stubbed ? { stubbed: true as const } : {}),
      });
      vm.resp('players', { id: req, output: ok });
      return 0;
    },
    player_set_ability: (L) => {
      const p = playerOf(L);
      if (p) p.abilities[vm.jsstr(L, 2)] = lua.lua_toboolean(L, 3);
      return 0;
    },
    player_abilities: (L) => {
      const p = playerOf(L);
      const a = p?.abilities ?? {};
      vm.push(
        L,
        JSON.stringify({
          build: a['build'],
          mine: a['mine'],
          door_and_switches: a['door_and_switches'],
          open_container: a['open_container'],
          attack_player: a['attack_player'],
          attack_mobs: a['attack_mobs'],
        }),
      );
      vm.push(
        L,
        JSON.stringify({ operator_command: a['operator_command'], teleport: a['teleport'] }),
      );
      return 2;
    },
    player_update_abilities: (L) => {
      const p = playerOf(L);
      if (!p) return 0;
      for (const i of [2, 3]) {
        const m = vm.jsonArg(L, i);
        if (m && typeof m === 'object' && !Array.isArray(m))
          for (const [k, v] of Object.entries(m)) p.abilities[k] = v === true;
      }
      return 0;
    },
    player_inventory: (L) => {
      const p = playerOf(L);
      const slots = [...(p?.items ?? new Map<string, number>())].map(([id, n]) => ({
        id,
        aux: 0,
        stackSize: n,
        enchantments: [],
      }));
      vm.push(L, JSON.stringify({ slots }));
      return 1;
    },
    bot_say: (L) => {
      const text = `<${world.bot.name}> ${vm.jsstr(L, 1)}`;
      for (const p of world.online()) rt.entries.show(p, text, 'chat', vm);
      return 0;
    },
  };
}
