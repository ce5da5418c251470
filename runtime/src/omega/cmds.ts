/**
 * omega.cmds: commands sent as websocket (ws), setting (wo), player or magic (ai) command. The world answers
 * them (world/commands.ts); a `command` event reports each one with its result. A caller waiting for the result
 * gets the CommandOutput on omega.cmds.resp, or nothing when the game sends none (then a timeout, if given,
 * answers with no output).
 */
import type { CommandVia } from '../events';
import type { Data, HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

export function cmdsHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  return {
    cmd: (L) => {
      const via = vm.jsstr(L, 1) as CommandVia;
      const command = vm.jsstr(L, 2).replace(/^\//, '');
      const req = lua.lua_tointeger(L, 3) as number;
      const timeout = vm.optNumber(L, 4) ?? 0;
      const answer = rt.commands.execute(command, via);
      vm.emit({
        type: 'command',
        command,
        via,
        result: answer.result,
        ...(answer.stubbed ? { stubbed: true as const } : {}),
      });
      if (req === 0) return 0;
      if (answer.result) {
        vm.resp('cmds', { id: req, output: answer.result as unknown as Data });
      } else {
        vm.warn(vm.msg('cmd_no_answer', command.split(/\s+/)[0] ?? command), 'send_ws_cmd');
        if (timeout > 0)
          rt.timer(vm, timeout * 1000, () => vm.resp('cmds', { id: req, output: null }));
      }
      return 0;
    },
  };
}
