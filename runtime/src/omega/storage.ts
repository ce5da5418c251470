/**
 * omega.storage_path, omega.storage and the file-system side of omega.system: paths under the storage root
 * (Go's filepath.Join), text and JSON files, and key-value databases kept as `kv.json` in their folder (under the
 * data folder when the path is relative).
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

interface KvDb {
  file: string;
  data: Record<string, string>;
}

export function storageHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const dbs = new Map<number, KvDb>();
  let nextDb = 1;
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
  const save = (db: KvDb): void => {
    fs.mkdirSync(path.dirname(db.file), { recursive: true });
    const doc: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(db.data)) {
      try {
        doc[k] = JSON.parse(v);
      } catch {
        doc[k] = v;
      }
    }
    fs.writeFileSync(db.file, JSON.stringify(doc, null, 2) + '\n');
  };
  const dbOf = (L: any): KvDb => {
    const db = dbs.get(lua.lua_tointeger(L, 1) as number);
    if (!db) vm.raise(L, 'not a key-value database');
    return db!;
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
    kv_open: (L) => {
      let dir = vm.jsstr(L, 1);
      if (!path.isAbsolute(dir)) dir = goJoin([vm.storage, 'data', dir]);
      const file = path.join(dir, 'kv.json');
      const data: Record<string, string> = {};
      try {
        const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
        for (const [k, v] of Object.entries(doc)) data[k] = JSON.stringify(v);
      } catch {
        /* a new database */
      }
      const id = nextDb++;
      dbs.set(id, { file, data });
      lua.lua_pushinteger(L, id);
      return 1;
    },
    kv_get: (L) => {
      const v = dbOf(L).data[vm.jsstr(L, 2)];
      if (v === undefined) lua.lua_pushnil(L);
      else lua.lua_pushstring(L, vm.str(v));
      return 1;
    },
    kv_set: (L) => {
      const db = dbOf(L);
      db.data[vm.jsstr(L, 2)] = vm.tostring(L, 3);
      save(db);
      return 0;
    },
    kv_delete: (L) => {
      const db = dbOf(L);
      delete db.data[vm.jsstr(L, 2)];
      save(db);
      return 0;
    },
    kv_all: (L) => {
      const db = dbOf(L);
      const keys = Object.keys(db.data);
      vm.push(L, keys);
      vm.push(
        L,
        keys.map((k) => db.data[k]!),
      );
      return 2;
    },
    kv_migrate: (L) => {
      const src = dbOf(L);
      const dst = dbs.get(lua.lua_tointeger(L, 2) as number);
      if (dst) {
        Object.assign(dst.data, src.data);
        save(dst);
      }
      return 0;
    },
  };
}
