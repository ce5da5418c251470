/**
 * Host functions of the VM itself: reading module sources, messages, sessions' failures,
 * os.exit / os.execute, the json and crypto modules, the plugin's config, and the run markers coromega sets.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  decodeGoJson,
  encodeLuaValue,
  JsonEncodeError,
  JsonSyntaxError,
  pushJsonValue,
} from '../gojson';
import { HTTP_FUNCTIONS } from '../../../catalog/http';
import {
  DEFAULT_FRAMEWORK_VERSION,
  FRAMEWORK_VERSION_NAMES,
  missingIn,
  versionsOf,
  type FrameworkVersion,
} from '../../../catalog/versions';
import type { MessageKey } from '../messages';
import type { HostFn, PluginVM } from './plugin';
import { CONFIG_SECTION, defaultConfigPath, newConfigDoc } from '../config';
import { CRYPTO_CONSTANTS, cryptoFunctions } from './crypto';
import { goErrno } from './lib51/goErrno';

export function coreHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const table = (L: any, fns: Record<string, HostFn>): number => {
    lua.lua_createtable(L, 0, Object.keys(fns).length);
    for (const [name, fn] of Object.entries(fns)) {
      lua.lua_pushcfunction(L, fn);
      lua.lua_setfield(L, -2, vm.str(name));
    }
    return 1;
  };
  const encode =
    (loose: boolean): HostFn =>
    (L) => {
      vm.F.lauxlib.luaL_checkany(L, 1);
      try {
        lua.lua_pushstring(
          L,
          vm.str(encodeLuaValue(L, 1, { loose: loose || lua.lua_toboolean(L, 2) })),
        );
        return 1;
      } catch (e) {
        if (!(e instanceof JsonEncodeError)) throw e;
        lua.lua_pushnil(L);
        lua.lua_pushstring(L, vm.str(e.message));
        return 2;
      }
    };
  return {
    readsource: (L) => {
      const p = vm.jsstr(L, 1);
      try {
        // the file's bytes as they are (load_chunk checks and rewrites them); a UTF-8 byte order mark is no code
        const b = fs.readFileSync(p);
        const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
        lua.lua_pushstring(L, new Uint8Array(b.buffer, b.byteOffset + bom, b.length - bom));
        return 1;
      } catch (e) {
        lua.lua_pushnil(L);
        lua.lua_pushstring(L, vm.str(`open ${p}: ${goErrno(e)}`));
        return 2;
      }
    },
    msg: (L) => {
      const key = vm.jsstr(L, 1) as MessageKey;
      const args: string[] = [];
      for (let i = 2; i <= lua.lua_gettop(L); i++) args.push(vm.tostring(L, i));
      lua.lua_pushstring(L, vm.str(vm.msg(key, ...args)));
      return 1;
    },
    session_failed: (L) => {
      vm.sessionFailed(vm.jsstr(L, 1), vm.jsstr(L, 2));
      return 0;
    },
    exit: (L) => {
      const t = lua.lua_type(L, 1);
      let code = 0;
      if (t === lua.LUA_TBOOLEAN) code = lua.lua_toboolean(L, 1) ? 0 : 1;
      else if (t === lua.LUA_TNUMBER) code = Math.trunc(lua.lua_tonumber(L, 1) as number);
      vm.rt.exitCode = code;
      vm.warn(
        vm.msg('exit_called', t === lua.LUA_TNONE || t === lua.LUA_TNIL ? '' : vm.tostring(L, 1)),
      );
      return 0;
    },
    execute: (L) => {
      if (lua.lua_gettop(L) === 0 || lua.lua_isnil(L, 1)) {
        lua.lua_pushboolean(L, true);
        return 1;
      }
      const r = spawnSync(vm.jsstr(L, 1), { shell: true, encoding: 'utf8', timeout: 60000 });
      const out = (r.stdout ?? '') + (r.stderr ?? '');
      if (out !== '')
        for (const line of out.replace(/\n$/, '').split('\n'))
          vm.emit({ type: 'print', text: line, stream: 'print' });
      lua.lua_pushinteger(L, r.status ?? 1);
      return 1;
    },
    json_module: (L) =>
      table(L, {
        encode: encode(false),
        loose_encode: encode(true),
        decode: (L1) => {
          const bytes = vm.F.lauxlib.luaL_checklstring(L1, 1) as Uint8Array;
          try {
            pushJsonValue(L1, decodeGoJson(bytes));
            return 1;
          } catch (e) {
            if (!(e instanceof JsonSyntaxError)) throw e;
            lua.lua_pushnil(L1);
            lua.lua_pushstring(L1, vm.str(e.message));
            return 2;
          }
        },
      }),
    crypto_module: (L) => {
      table(L, cryptoFunctions(vm));
      for (const [k, v] of Object.entries(CRYPTO_CONSTANTS)) {
        lua.lua_pushnumber(L, v);
        lua.lua_setfield(L, -2, vm.str(k));
      }
      return 1;
    },
    http_verbs: (L) => {
      lua.lua_createtable(L, 0, 8);
      // http_get -> GET, ... (http_request takes the method as an argument)
      for (const f of HTTP_FUNCTIONS) {
        if (typeof f.httpMethod !== 'string') continue;
        lua.lua_pushstring(L, vm.str(f.httpMethod));
        lua.lua_setfield(L, -2, vm.str(f.name));
      }
      return 1;
    },
    run_called: () => {
      vm.runCalled = true;
      return 0;
    },
    halt: () => {
      vm.halted = true;
      vm.rt.wake();
      return 0;
    },
    coromega_made: (L) => {
      vm.setCoromega(L, 1);
      return 0;
    },
    config: (L) => {
      pushJsonValue(L, vm.configTable);
      return 1;
    },
    config_missing: (L) => {
      const key = vm.jsstr(L, 1);
      if (vm.configKeysWarned.has(key)) return 0;
      vm.configKeysWarned.add(key);
      const file = chunkFile(vm.jsstr(L, 2));
      const line = lua.lua_tointeger(L, 3) as number;
      vm.emit({
        type: 'warning',
        message: vm.msg('config_missing', key, vm.configPath ?? ''),
        ...(file !== undefined ? { file } : {}),
        ...(line > 0 ? { line } : {}),
      });
      return 0;
    },
    // The methods of a framework class that the chosen framework version lacks (catalog/versions.ts).
    framework_missing: (L) => {
      vm.push(L, missingIn(vm.opts.framework ?? DEFAULT_FRAMEWORK_VERSION, vm.jsstr(L, 1)));
      return 1;
    },
    framework_lacks: (L) => {
      const what = `${vm.jsstr(L, 1)}:${vm.jsstr(L, 2)}`;
      if (vm.versionWarned.has(what)) return 0;
      vm.versionWarned.add(what);
      const versions = versionsOf(vm.jsstr(L, 3), vm.jsstr(L, 2)) ?? [];
      const name = (v: FrameworkVersion): string =>
        FRAMEWORK_VERSION_NAMES[v][vm.lang === 'en' ? 'en' : 'zh-cn'];
      const file = chunkFile(vm.jsstr(L, 4));
      const line = lua.lua_tointeger(L, 5) as number;
      vm.emit({
        type: 'warning',
        message: vm.msg(
          'framework_lacks',
          what,
          name(vm.opts.framework ?? DEFAULT_FRAMEWORK_VERSION),
          versions.map(name).join(vm.lang === 'en' ? ', ' : '、'),
          versions[0] ?? '',
        ),
        api: what,
        ...(file !== undefined ? { file } : {}),
        ...(line > 0 ? { line } : {}),
      });
      return 0;
    },
    update_config: (L) => {
      updateConfig(vm, vm.jsstr(L, 1));
      return 0;
    },
    plugin_name: (L) => {
      lua.lua_pushstring(L, vm.str(path.basename(vm.display)));
      return 1;
    },
  };
}

function updateConfig(vm: PluginVM, text: string): void {
  const target = vm.configPath ?? defaultConfigPath(vm.display);
  const cfg = JSON.parse(text) as unknown;
  const doc: Record<string, unknown> = vm.configDoc ?? newConfigDoc(vm.display, cfg);
  doc[CONFIG_SECTION] = cfg;
  vm.configDoc = doc;
  vm.configTable = cfg as never;
  const bytes = Buffer.from(JSON.stringify(doc, null, 4) + '\n');
  fs.writeFileSync(target, bytes);
  vm.configWritten = { file: path.resolve(target), bytes };
}

/**
 * The file a chunk came from, by the `source` Lua's debug.getinfo gives: gopher-lua's is the chunk name as loaded
 * (`plugin.lua`, Lua's own with `@`); the runtime's chunks (`[coromega/run.lua]`), `=name` and `<string>` are no file.
 */
function chunkFile(source: string): string | undefined {
  const f = source.startsWith('@') ? source.slice(1) : source;
  return f === '' || /^[[=<]/.test(f) ? undefined : f;
}
