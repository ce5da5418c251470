/**
 * omega.storage_path, omega.storage and the file-system side of omega.system: paths under the storage root
 * (Go's filepath.Join), text and JSON files. Key-value databases are kv.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PathApi } from '../config';
import type { HostFn, PluginVM } from '../vm/plugin';

/** Go's filepath.Join + Clean, with this system's separator (`p`: `path.posix` or `path.win32` in tests): no
 * trailing separator except the root's (`/`, `C:\`). */
export function goJoin(parts: string[], p: PathApi = path): string {
  const nonEmpty = parts.filter((s) => s !== '');
  if (nonEmpty.length === 0) return '';
  const joined = p.normalize(nonEmpty.join(p.sep));
  const root = p.parse(joined).root;
  if (joined.length <= root.length) return joined;
  return joined.replace(p.sep === '\\' ? /[\\/]+$/ : /\/+$/, '') || root;
}

export function storageHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const pushStr = (L: any, s: string): number => {
    lua.lua_pushstring(L, vm.str(s));
    return 1;
  };
  const args = (L: any, from = 1): string[] => {
    const out: string[] = [];
    for (let i = from; i <= lua.lua_gettop(L); i++) out.push(vm.tostring(L, i));
    return out;
  };
  const succeeded = (L: any, action: () => void): number => {
    try {
      action();
      lua.lua_pushboolean(L, true);
    } catch {
      lua.lua_pushboolean(L, false);
    }
    return 1;
  };
  return {
    storage_path: (L) => pushStr(L, goJoin([vm.storage, ...args(L)])),
    path_join: (L) => pushStr(L, goJoin(args(L))),
    path_list: (L) => {
      lua.lua_createtable(L, 0, 0);
      try {
        fs.readdirSync(vm.jsstr(L, 1))
          .sort()
          .forEach((e, i) => {
            lua.lua_pushstring(L, vm.str(e));
            lua.lua_rawseti(L, -2, i + 1);
          });
      } catch (e) {
        lua.lua_pushstring(L, vm.str(String((e as Error).message)));
        return 2;
      }
      return 1;
    },
    path_is_abs: (L) => {
      lua.lua_pushboolean(L, path.isAbsolute(vm.jsstr(L, 1)));
      return 1;
    },
    path_abs: (L) => pushStr(L, path.resolve(vm.jsstr(L, 1))),
    path_ext: (L) => pushStr(L, path.extname(vm.jsstr(L, 1))),
    path_move: (L) => succeeded(L, () => fs.renameSync(vm.jsstr(L, 1), vm.jsstr(L, 2))),
    path_remove: (L) =>
      succeeded(L, () => fs.rmSync(vm.jsstr(L, 1), { recursive: true, force: true })),
    path_exist: (L) => {
      lua.lua_pushboolean(L, fs.existsSync(vm.jsstr(L, 1)));
      return 1;
    },
    save_text: (L) => {
      const p = vm.jsstr(L, 1);
      const data = lua.lua_isnoneornil(L, 2) ? new Uint8Array() : vm.tostringBytes(L, 2);
      return succeeded(L, () => {
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, data);
      });
    },
    load_text: (L) => {
      try {
        lua.lua_pushstring(L, new Uint8Array(fs.readFileSync(vm.jsstr(L, 1))));
      } catch {
        lua.lua_pushstring(L, vm.str(''));
      }
      return 1;
    },
    make_dir: (L) => {
      fs.mkdirSync(vm.jsstr(L, 1), { recursive: true });
      return 0;
    },
    make_temp_dir: (L) => pushStr(L, fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-'))),
    osname: (L) => {
      const arch =
        process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
      const plat = process.platform === 'win32' ? 'windows' : process.platform;
      return pushStr(L, `${plat}-${arch}`);
    },
    cwd: (L) => pushStr(L, process.cwd()),
    now: (L) => {
      lua.lua_pushnumber(L, vm.rt.clock.now() / 1000);
      return 1;
    },
    since_start: (L) => {
      lua.lua_pushnumber(L, (vm.rt.clock.now() - vm.startTime) / 1000);
      return 1;
    },
    uuid: (L) => pushStr(L, crypto.randomUUID()),
  };
}
