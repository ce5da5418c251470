/**
 * io.open and the FILE methods (read, write, lines, seek, close) on real files, as Lua 5.1 does them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import type { HostFn, PluginVM } from './plugin';

interface OpenFile {
  fd: number;
  pos: number;
  append: boolean;
  path: string;
}

interface Files {
  open: Map<number, OpenFile>;
  next: number;
}

export function filesHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const files: Files = { open: new Map(), next: 3 };
  vm.onDispose(() => {
    for (const f of files.open.values()) {
      try {
        fs.closeSync(f.fd);
      } catch {
        /* already closed */
      }
    }
    files.open.clear();
  });
  return {
    fopen: (L) => fopen(vm, files, L),
    fread: (L) => fread(vm, files, L),
    fwrite: (L) => fwrite(vm, files, L),
    fclose: (L) => {
      const id = lua.lua_tointeger(L, 1) as number;
      const f = files.open.get(id);
      if (f) {
        fs.closeSync(f.fd);
        files.open.delete(id);
      }
      return 0;
    },
    fseek: (L) => {
      const f = files.open.get(lua.lua_tointeger(L, 1) as number);
      if (!f) return 0;
      const whence = vm.jsstr(L, 2);
      const off = lua.lua_tonumber(L, 3) as number;
      const size = fs.fstatSync(f.fd).size;
      if (whence === 'set') f.pos = off;
      else if (whence === 'end') f.pos = size + off;
      else f.pos += off;
      lua.lua_pushinteger(L, f.pos);
      return 1;
    },
  };
}

function fopen(vm: PluginVM, files: Files, L: any): number {
  const { lua } = vm.F;
  const p = vm.jsstr(L, 1);
  const mode = vm.jsstr(L, 2).replace('b', '');
  const flags: Record<string, string> = {
    r: 'r',
    w: 'w',
    a: 'a',
    'r+': 'r+',
    'w+': 'w+',
    'a+': 'a+',
  };
  const flag = flags[mode];
  if (!flag) vm.raise(L, `bad argument #2 to 'open' (invalid mode '${vm.jsstr(L, 2)}')`);
  try {
    const fd = fs.openSync(p, flag!);
    const id = files.next++;
    files.open.set(id, { fd, pos: 0, append: mode.startsWith('a'), path: p });
    lua.lua_pushinteger(L, id);
    return 1;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const text =
      code === 'ENOENT'
        ? 'No such file or directory'
        : code === 'EACCES'
          ? 'Permission denied'
          : code === 'EISDIR'
            ? 'Is a directory'
            : String((e as Error).message);
    const errno = code === 'ENOENT' ? 2 : code === 'EACCES' ? 13 : code === 'EISDIR' ? 21 : 5;
    lua.lua_pushnil(L);
    lua.lua_pushstring(L, vm.str(`${p}: ${text}`));
    lua.lua_pushinteger(L, errno);
    return 3;
  }
}

function readBytes(f: OpenFile, n: number): Buffer {
  const buf = Buffer.alloc(n);
  const got = fs.readSync(f.fd, buf, 0, n, f.pos);
  f.pos += got;
  return buf.subarray(0, got);
}

function fread(vm: PluginVM, files: Files, L: any): number {
  const { lua } = vm.F;
  const f = files.open.get(lua.lua_tointeger(L, 1) as number);
  if (!f) {
    lua.lua_pushnil(L);
    return 1;
  }
  if (lua.lua_type(L, 2) === lua.LUA_TNUMBER) {
    const n = Math.max(0, Math.trunc(lua.lua_tonumber(L, 2) as number));
    const b = readBytes(f, n);
    if (b.length === 0 && n > 0) lua.lua_pushnil(L);
    else if (n === 0) {
      const size = fs.fstatSync(f.fd).size;
      if (f.pos >= size) lua.lua_pushnil(L);
      else lua.lua_pushstring(L, vm.str(''));
    } else lua.lua_pushstring(L, new Uint8Array(b));
    return 1;
  }
  const fmt = vm.jsstr(L, 2).replace(/^\*/, '');
  switch (fmt[0]) {
    case 'a': {
      const size = fs.fstatSync(f.fd).size;
      const b = readBytes(f, Math.max(0, size - f.pos));
      lua.lua_pushstring(L, new Uint8Array(b));
      return 1;
    }
    case 'l':
    case 'L': {
      const chunks: Buffer[] = [];
      let found = false;
      for (;;) {
        const start = f.pos;
        const b = readBytes(f, 4096);
        if (b.length === 0) break;
        const nl = b.indexOf(10);
        if (nl >= 0) {
          chunks.push(b.subarray(0, fmt[0] === 'L' ? nl + 1 : nl));
          f.pos = start + nl + 1;
          found = true;
          break;
        }
        chunks.push(b);
      }
      const all = Buffer.concat(chunks);
      if (!found && all.length === 0) lua.lua_pushnil(L);
      else lua.lua_pushstring(L, new Uint8Array(all));
      return 1;
    }
    case 'n': {
      const start = f.pos;
      const b = readBytes(f, 200);
      const m = /^\s*[-+]?(0[xX][0-9a-fA-F.]+([pP][-+]?\d+)?|\d*\.?\d+([eE][-+]?\d+)?)/.exec(
        b.toString('latin1'),
      );
      if (!m) {
        f.pos = start;
        lua.lua_pushnil(L);
        return 1;
      }
      f.pos = start + m[0].length;
      lua.lua_pushnumber(L, Number(m[0].trim()));
      return 1;
    }
    default:
      return vm.raise(L, `bad argument #1 to 'read' (invalid format)`);
  }
}

function fwrite(vm: PluginVM, files: Files, L: any): number {
  const { lua } = vm.F;
  const f = files.open.get(lua.lua_tointeger(L, 1) as number);
  if (!f) return 0;
  const t = lua.lua_type(L, 2);
  if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) {
    vm.raise(L, `bad argument #1 to 'write' (string expected, got ${vm.typeName(L, 2)})`);
  }
  const b = vm.tostringBytes(L, 2);
  try {
    if (f.append) fs.appendFileSync(f.fd, b);
    else {
      fs.writeSync(f.fd, b, 0, b.length, f.pos);
      f.pos += b.length;
    }
    lua.lua_pushboolean(L, true);
    return 1;
  } catch (e) {
    lua.lua_pushnil(L);
    lua.lua_pushstring(L, vm.str(String((e as Error).message)));
    return 2;
  }
}
