/**
 * omega.cqhttp: QQ messages the plugin sends (a `qq` event each; the callback forms answer true) and what it
 * asks about groups and guilds, answered from the world file's `qq`. Messages arriving from QQ are actions
 * (runtime/src/script.ts).
 */
import type { HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

export function cqhttpHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  const world = rt.world;
  return {
    qq_send: (L) => {
      const target = vm.jsstr(L, 1);
      vm.emit({ type: 'qq', target, text: vm.jsstr(L, 2) });
      vm.resp('cqhttp', { id: lua.lua_tointeger(L, 3) as number, output: true });
      return 0;
    },
    qq_query: (L) => {
      const kind = vm.jsstr(L, 1);
      const a = vm.jsstr(L, 2);
      const req = lua.lua_tointeger(L, 4) as number;
      if (kind === 'members') {
        const g = world.qqGroups.find((x) => String(x.id) === a);
        vm.resp('cqhttp', {
          id: req,
          output: (g?.members ?? []).map((m) => ({
            GroupID: g!.id,
            UserID: m.id,
            Nickname: m.nickname ?? String(m.id),
            Card: m.card ?? '',
            Role: m.role ?? 'member',
          })),
        });
      } else if (kind === 'guild_member') vm.resp('cqhttp', { id: req, output: {} });
      else vm.resp('cqhttp', { id: req, output: [] });
      return 0;
    },
  };
}
