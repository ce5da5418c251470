/**
 * omega.cqhttp: QQ messages the plugin sends (a `qq` event each; the callback forms answer true), what it asks about
 * groups and guilds (answered from the world file's `qq`), and the globals neomega gives its bundled cqhttp.lua:
 * `send_msg_poller` and `push_default_received_msg` (see qq.ts). Messages arriving from QQ are actions
 * (runtime/src/script.ts).
 */
import type { HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';
import { groupMembers, guildChannels, guildList, guildMember } from './qq';

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
    // send_to / send_to_default (target ""): the bridge plugin routes it when there is one.
    qq_send_to: (L) => {
      const target = vm.jsstr(L, 1);
      const text = vm.jsstr(L, 2);
      if (!rt.qq.toBridge(target, text))
        vm.emit({ type: 'qq', target: target === '' ? 'default' : target, text });
      return 0;
    },
    qq_bridge_source: (L) => {
      const s = vm.newSource('cqhttp_send');
      s.onPolled = () => rt.qq.addBridge(vm, s);
      lua.lua_pushinteger(L, s.id);
      return 1;
    },
    qq_push_default: (L) => {
      rt.qq.pushDefault(vm.jsstr(L, 1), vm.jsstr(L, 2), vm.jsstr(L, 3));
      return 0;
    },
    qq_query: (L) => {
      const kind = vm.jsstr(L, 1);
      const a = vm.jsstr(L, 2);
      const req = lua.lua_tointeger(L, 4) as number;
      const output =
        kind === 'members'
          ? groupMembers(world, Number(a))
          : kind === 'guilds'
            ? guildList(world)
            : kind === 'channels'
              ? guildChannels(world, a)
              : guildMember(world, vm.jsstr(L, 3));
      vm.resp('cqhttp', { id: req, output });
      return 0;
    },
  };
}
