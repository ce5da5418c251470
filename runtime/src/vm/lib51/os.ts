/**
 * The os library as gopher-lua has it (oslib.go), except what the runtime provides: exit and execute (vm/core.ts),
 * and time, date and clock, which read the run's clock (vm/time.ts). difftime takes whole seconds, getenv of an
 * empty value is nil, setenv sets the process's variable, setlocale is false, and errors of remove and rename are
 * Go's (`remove x: no such file or directory`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Args } from './args';
import { goErrno } from './goErrno';

type Fn = (L: any) => number;

export function osLib(a: Args): Record<string, Fn> {
  const { lua } = a;
  const text = (L: any, n: number): string => a.F.to_jsstring(a.checkString(L, n));
  return {
    difftime: (L) => {
      lua.lua_pushnumber(L, a.checkInt(L, 1) - a.checkInt(L, 2));
      return 1;
    },
    getenv: (L) => {
      const v = process.env[text(L, 1)];
      if (v === undefined || v === '') lua.lua_pushnil(L);
      else lua.lua_pushstring(L, a.F.to_luastring(v));
      return 1;
    },
    remove: (L) => {
      const name = text(L, 1);
      try {
        // os.Remove: unlink, else rmdir; the unlink's error unless the rmdir's says more
        try {
          fs.unlinkSync(name);
        } catch (e) {
          try {
            fs.rmdirSync(name);
          } catch (e1) {
            throw (e1 as NodeJS.ErrnoException).code !== 'ENOTDIR' ? e1 : e;
          }
        }
        lua.lua_pushboolean(L, true);
        return 1;
      } catch (e) {
        lua.lua_pushnil(L);
        lua.lua_pushstring(L, a.F.to_luastring(`remove ${name}: ${goErrno(e)}`));
        return 2;
      }
    },
    rename: (L) => {
      const from = text(L, 1);
      const to = text(L, 2);
      try {
        fs.renameSync(from, to);
        lua.lua_pushboolean(L, true);
        return 1;
      } catch (e) {
        lua.lua_pushnil(L);
        lua.lua_pushstring(L, a.F.to_luastring(`rename ${from} ${to}: ${goErrno(e)}`));
        return 2;
      }
    },
    setenv: (L) => {
      process.env[text(L, 1)] = text(L, 2);
      lua.lua_pushboolean(L, true);
      return 1;
    },
    setlocale: (L) => {
      lua.lua_pushboolean(L, false);
      return 1;
    },
    tmpname: (L) => {
      // os.CreateTemp("", ""): a new empty file in the temp folder, then removed; its name is returned.
      const name = path.join(os.tmpdir(), String(randomBytes(4).readUInt32BE()));
      try {
        fs.writeFileSync(name, '', { flag: 'wx' });
        fs.unlinkSync(name);
      } catch {
        a.raise(L, 'unable to generate a unique filename');
      }
      lua.lua_pushstring(L, a.F.to_luastring(name));
      return 1;
    },
  };
}
