/**
 * The io library as gopher-lua has it (iolib.go), on real files: a file is a `FILE*` userdata whose methods are
 * write, close, flush, lines, read, seek, setvbuf. Its ways differ from C Lua's: `write` returns true (not the
 * file), `tostring(f)` is `file` or `file (closed)`, errors are Go's (`open x: no such file or directory`, errno 1),
 * `io.lines` of a missing file returns nothing, `read("*n")` is Go's Fscanf("%f") (so `0x10` is an error, a
 * newline before the number is `unexpected newline`), `*l` drops `\r\n` too, modes and seek/setvbuf options are
 * checked against gopher-lua's lists. io.stdout and io.stderr write to the run's output; io.stdin is empty (the
 * plugin's terminal input goes to coromega:input). io.popen runs the command with the shell.
 *
 * Longer than most modules: it follows iolib.go function by function, so the two can be read side by side.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { Args } from './args';
import { goErrno } from './goErrno';
import { goParseFloat } from './goNumber';

type Fn = (L: any) => number;

export interface IoHost {
  /** Bytes written to io.stdout (and io.write). */
  stdout(b: Uint8Array): void;
  /** Bytes written to io.stderr. */
  stderr(b: Uint8Array): void;
  /** Called when the run ends (open files are closed then). */
  onDispose(fn: () => void): void;
}

interface LFile {
  /** gopher-lua's file.Name(): `file /path`, `process /bin/sh`. */
  name: string;
  process: boolean;
  fd?: number;
  /** Bytes read from memory instead of fd: stdin (empty) and a popen's output. */
  data?: Buffer;
  /** Where written bytes go instead of fd: stdout, stderr, a popen's input. */
  sink?: (b: Uint8Array) => void;
  pos: number;
  append: boolean;
  readable: boolean;
  writable: boolean;
  closed: boolean;
  std: boolean;
  /** setvbuf("full", size): writes held back until `size` bytes wait, a flush or the close (Go's bufio.Writer). */
  bufSize?: number;
  held?: Buffer[];
  heldBytes?: number;
  /** popen: the command, what was written to it, its exit status. */
  cmd?: string;
  input?: Buffer[];
  status?: number;
}

const OPEN_MODES = ['r', 'rb', 'w', 'wb', 'a', 'ab', 'r+', 'rb+', 'w+', 'wb+', 'a+', 'ab+'];
const SEEK_OPTIONS = ['set', 'cur', 'end'];
const VBUF_OPTIONS = ['no', 'full'];
const MT_NAME = 'FILE*';

/** Reads the file's next bytes (at most n); advances its position. */
function readAt(f: LFile, n: number): Buffer {
  if (f.data) {
    const b = f.data.subarray(f.pos, f.pos + n);
    f.pos += b.length;
    return b;
  }
  if (f.fd === undefined) return Buffer.alloc(0);
  const buf = Buffer.alloc(n);
  const got = fs.readSync(f.fd, buf, 0, n, f.pos);
  f.pos += got;
  return buf.subarray(0, got);
}

/** Byte i from the current position, without consuming it (-1 at the end). */
class Window {
  private buf = Buffer.alloc(0);
  private start: number;
  constructor(private readonly f: LFile) {
    this.start = f.pos;
  }
  at(i: number): number {
    while (i >= this.buf.length) {
      const save = this.f.pos;
      this.f.pos = this.start + this.buf.length;
      const more = readAt(this.f, 4096);
      this.f.pos = save;
      if (more.length === 0) return -1;
      this.buf = Buffer.concat([this.buf, more]);
    }
    return this.buf[i]!;
  }
  consume(n: number): void {
    this.f.pos = this.start + n;
  }
}

/** Writes what setvbuf("full") held back. */
function flushHeld(f: LFile): void {
  if (!f.held || f.fd === undefined || f.fd < 0) return;
  const b = Buffer.concat(f.held);
  f.held = [];
  f.heldBytes = 0;
  if (f.append) {
    fs.appendFileSync(f.fd, b);
    f.pos = fs.fstatSync(f.fd).size;
  } else {
    fs.writeSync(f.fd, b, 0, b.length, f.pos);
    f.pos += b.length;
  }
}

/** bufio.Reader.ReadLine: the next line without `\n` or `\r\n`; undefined at the end. */
function readLine(f: LFile): Buffer | undefined {
  const parts: Buffer[] = [];
  let any = false;
  for (;;) {
    const start = f.pos;
    const b = readAt(f, 4096);
    if (b.length === 0) break;
    any = true;
    const nl = b.indexOf(10);
    if (nl >= 0) {
      parts.push(b.subarray(0, nl));
      f.pos = start + nl + 1;
      const line = Buffer.concat(parts);
      return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line;
    }
    parts.push(b);
  }
  if (!any) return undefined;
  return Buffer.concat(parts);
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * fmt.Fscanf(r, "%f", &v): skips spaces (a newline is `unexpected newline`), takes Go's float token and reads it
 * with strconv.ParseFloat. Returns the number, 'eof', or Go's error text.
 */
function scanFloat(f: LFile): number | 'eof' | { error: string } {
  const w = new Window(f);
  let i = 0;
  for (;;) {
    const c = w.at(i);
    if (c === -1) {
      w.consume(i);
      return 'eof';
    }
    if (c === 13 && w.at(i + 1) === 10) {
      i++;
      continue;
    }
    if (c === 10) {
      w.consume(i + 1);
      return { error: 'unexpected newline' };
    }
    if (!isSpace(c)) break;
    i++;
  }
  let tok = '';
  const accept = (chars: string): boolean => {
    const c = w.at(i);
    if (c !== -1 && chars.includes(String.fromCharCode(c))) {
      tok += String.fromCharCode(c);
      i++;
      return true;
    }
    return false;
  };
  const finish = (): number | { error: string } => {
    w.consume(i);
    const p = tok.indexOf('p');
    if (p >= 0 && !/[xX]/.test(tok)) {
      const m = goParseFloat(tok.slice(0, p));
      const e = Number(tok.slice(p + 1));
      if (m === undefined || !/^[+-]?\d+$/.test(tok.slice(p + 1)))
        return { error: `strconv.ParseFloat: parsing ${JSON.stringify(tok)}: invalid syntax` };
      return m * 2 ** e;
    }
    const v = goParseFloat(tok);
    if (v === undefined) {
      const kind =
        /^[+-]?(\d|\.\d)/.test(tok) && !/[xX]/.test(tok) ? 'value out of range' : 'invalid syntax';
      return { error: `strconv.ParseFloat: parsing ${JSON.stringify(tok)}: ${kind}` };
    }
    return v;
  };
  if (accept('nN') && accept('aA') && accept('nN')) return finish();
  accept('+-');
  if (accept('iI') && accept('nN') && accept('fF')) return finish();
  let digits = '0123456789_';
  let exp = 'eEpP';
  if (accept('0') && accept('xX')) {
    digits = '0123456789aAbBcCdDeEfF_';
    exp = 'pP';
  }
  while (accept(digits));
  if (accept('.')) while (accept(digits));
  if (accept(exp)) {
    accept('+-');
    while (accept('0123456789_'));
  }
  return finish();
}

export function ioLib(
  a: Args,
  L0: any,
  host: IoHost,
): { fns: Record<string, Fn>; pushStd: (L: any, name: 'stdout' | 'stderr' | 'stdin') => void } {
  const { lua, lauxlib } = a;
  const str = (s: string): Uint8Array => a.F.to_luastring(s);
  const files = new WeakMap<object, LFile>();
  const open = new Set<LFile>();
  host.onDispose(() => {
    for (const f of open) if (f.fd !== undefined) fs.closeSync(f.fd);
    open.clear();
  });

  /** Pushes a new FILE* userdata for f. */
  const pushFile = (L: any, f: LFile): void => {
    const ud = lua.lua_newuserdata(L, 0);
    files.set(ud, f);
    lauxlib.luaL_getmetatable(L, str(MT_NAME));
    lua.lua_setmetatable(L, -2);
    if (f.fd !== undefined) open.add(f);
  };
  const checkFile = (L: any, n: number): LFile => {
    a.lauxlib.luaL_checktype(L, n, lua.LUA_TUSERDATA);
    const f = files.get(lua.lua_touserdata(L, n));
    if (!f) a.argError(L, n, 'file expected');
    return f;
  };
  const checkOption = (L: any, n: number, options: string[]): string => {
    const s = a.F.to_jsstring(a.checkString(L, n));
    if (!options.includes(s))
      a.argError(L, n, `invalid option: ${s} (must be one of ${options.join(',')})`);
    return s;
  };
  const fail = (L: any, message: string, errno = true): number => {
    lua.lua_pushnil(L);
    lua.lua_pushstring(L, str(message));
    if (!errno) return 2;
    lua.lua_pushnumber(L, 1);
    return 3;
  };
  const openFile = (p: string, mode: string, readable: boolean, writable: boolean): LFile => {
    const fd = fs.openSync(p, mode, 0o600);
    return {
      name: `file ${p}`,
      process: false,
      fd,
      pos: mode.startsWith('a') ? fs.fstatSync(fd).size : 0,
      append: mode.startsWith('a'),
      readable,
      writable,
      closed: false,
      std: false,
    };
  };
  const std = (name: string, readable: boolean, sink?: (b: Uint8Array) => void): LFile => ({
    name: `file /dev/${name}`,
    process: false,
    ...(sink ? { sink } : { data: Buffer.alloc(0) }),
    pos: 0,
    append: false,
    readable,
    writable: !readable,
    closed: false,
    std: true,
  });

  const write = (L: any, f: LFile, idx: number): number => {
    if (!f.writable) return fail(L, `${f.name} is opened for only reading.`);
    if (f.closed) a.argError(L, 1, 'file is closed');
    const top = lua.lua_gettop(L);
    for (let i = idx; i <= top; i++) {
      const t = lua.lua_type(L, i);
      if (t !== lua.LUA_TNUMBER && t !== lua.LUA_TSTRING)
        a.argError(
          L,
          i,
          `number or string expected, got ${t <= 0 ? 'nil' : a.F.to_jsstring(lua.lua_typename(L, t))}`,
        );
      const b = (lua.lua_tolstring(L, i) as Uint8Array).slice();
      try {
        if (f.bufSize !== undefined && f.fd !== undefined) {
          (f.held ??= []).push(Buffer.from(b));
          f.heldBytes = (f.heldBytes ?? 0) + b.length;
          if (f.heldBytes >= f.bufSize) flushHeld(f);
        } else if (f.sink) f.sink(b);
        else if (f.input) f.input.push(Buffer.from(b));
        else if (f.fd !== undefined) {
          if (f.append) {
            fs.appendFileSync(f.fd, b);
            f.pos = fs.fstatSync(f.fd).size;
          } else {
            fs.writeSync(f.fd, b, 0, b.length, f.pos);
            f.pos += b.length;
          }
        }
      } catch (e) {
        return fail(L, `write ${f.name.replace(/^file /, '')}: ${goErrno(e)}`);
      }
    }
    lua.lua_pushboolean(L, true);
    return 1;
  };

  const read = (L: any, f: LFile, idx: number): number => {
    if (!f.readable) return fail(L, `${f.name} is opened for only writing.`);
    if (f.closed) a.argError(L, 1, 'file is closed');
    if (lua.lua_gettop(L) === idx - 1) lua.lua_pushstring(L, str('*l'));
    const top = lua.lua_gettop(L);
    for (let i = idx; i <= top; i++) {
      const t = lua.lua_type(L, i);
      if (t === lua.LUA_TNUMBER) {
        const size = a.checkInt(L, i);
        if (size === 0) {
          const save = f.pos;
          if (readAt(f, 1).length === 0) {
            lua.lua_pushnil(L);
            break;
          }
          f.pos = save;
        }
        const b = size > 0 ? readAt(f, size) : Buffer.alloc(0);
        if (b.length === 0 && size > 0) {
          lua.lua_pushnil(L);
          break;
        }
        lua.lua_pushstring(L, b);
      } else if (t === lua.LUA_TSTRING) {
        const options = a.F.to_jsstring(lua.lua_tolstring(L, i));
        if (options.length > 0 && options[0] !== '*')
          a.argError(L, 2, `invalid options:${options}`);
        for (const opt of options.slice(1)) {
          if (opt === 'n') {
            const v = scanFloat(f);
            if (v === 'eof') {
              lua.lua_pushnil(L);
              return lua.lua_gettop(L) - top;
            }
            if (typeof v === 'object') {
              lua.lua_settop(L, top);
              return fail(L, v.error);
            }
            lua.lua_pushnumber(L, v);
          } else if (opt === 'a') {
            const chunks: Buffer[] = [];
            for (let b = readAt(f, 65536); b.length > 0; b = readAt(f, 65536)) chunks.push(b);
            lua.lua_pushstring(L, Buffer.concat(chunks));
          } else if (opt === 'l') {
            const line = readLine(f);
            if (line === undefined) {
              lua.lua_pushnil(L);
              return lua.lua_gettop(L) - top;
            }
            lua.lua_pushstring(L, line);
          } else a.argError(L, 2, `invalid options:${opt}`);
        }
      }
    }
    return lua.lua_gettop(L) - top;
  };

  const close = (L: any, f: LFile): number => {
    if (f.closed && f.fd !== undefined)
      a.raise(L, `close ${f.name.replace(/^file /, '')}: file already closed`);
    flushHeld(f);
    f.closed = true;
    if (f.fd !== undefined) {
      fs.closeSync(f.fd);
      open.delete(f);
      f.fd = -1;
    }
    if (f.process) {
      if (f.input) {
        const r = spawnSync(f.cmd!, {
          shell: true,
          input: Buffer.concat(f.input),
          encoding: 'buffer',
        });
        if (r.stdout?.length) host.stdout(new Uint8Array(r.stdout));
        f.status = r.status ?? 1;
      }
      lua.lua_pushnumber(L, f.status ?? 0);
      return 1;
    }
    lua.lua_pushboolean(L, true);
    return 1;
  };

  /** The iterator of f:lines() and io.lines(path) (the latter closes the file at its end). */
  const linesIter =
    (f: LFile, closeAtEnd: boolean): Fn =>
    (L) => {
      if (f.closed) a.raise(L, `read ${f.name.replace(/^file /, '')}: file already closed`);
      const line = readLine(f);
      if (line === undefined) {
        if (closeAtEnd) {
          close(L, f);
          lua.lua_pop(L, 1);
        }
        lua.lua_pushnil(L);
        return 1;
      }
      lua.lua_pushstring(L, line);
      return 1;
    };

  // The FILE* metatable, its own __index.
  const methods: Record<string, Fn> = {
    __tostring: (L) => {
      const f = checkFile(L, 1);
      const kind = f.process ? 'process' : 'file';
      lua.lua_pushstring(L, str(f.closed ? `${kind} (closed)` : kind));
      return 1;
    },
    write: (L) => write(L, checkFile(L, 1), 2),
    close: (L) => close(L, checkFile(L, 1)),
    flush: (L) => {
      const f = checkFile(L, 1);
      if (!f.writable) return fail(L, `${f.name} is opened for only reading.`);
      if (f.closed) a.argError(L, 1, 'file is closed');
      flushHeld(f);
      lua.lua_pushboolean(L, true);
      return 1;
    },
    lines: (L) => {
      const f = checkFile(L, 1);
      if (!f.readable) return 0;
      lua.lua_pushcfunction(L, linesIter(f, false));
      return 1;
    },
    read: (L) => read(L, checkFile(L, 1), 2),
    seek: (L) => {
      const f = checkFile(L, 1);
      if (f.process) return fail(L, 'can not seek a process.', false);
      const whence = lua.lua_gettop(L) >= 2 ? checkOption(L, 2, SEEK_OPTIONS) : 'cur';
      const offset = lua.lua_gettop(L) >= 3 ? a.checkInt(L, 3) : 0;
      const size =
        f.fd !== undefined && f.fd >= 0 ? fs.fstatSync(f.fd).size : (f.data?.length ?? 0);
      const pos = whence === 'set' ? offset : whence === 'end' ? size + offset : f.pos + offset;
      if (pos < 0) return fail(L, `seek ${f.name.replace(/^file /, '')}: invalid argument`, false);
      f.pos = pos;
      lua.lua_pushnumber(L, pos);
      return 1;
    },
    setvbuf: (L) => {
      const f = checkFile(L, 1);
      if (!f.writable) return fail(L, `${f.name} is opened for only reading.`);
      if (checkOption(L, 2, VBUF_OPTIONS) === 'full') f.bufSize = a.optInt(L, 3, 4096);
      else {
        flushHeld(f);
        delete f.bufSize;
      }
      lua.lua_pushboolean(L, true);
      return 1;
    },
  };
  lauxlib.luaL_newmetatable(L0, str(MT_NAME));
  for (const [name, fn] of Object.entries(methods)) {
    lua.lua_pushcfunction(L0, fn);
    lua.lua_setfield(L0, -2, str(name));
  }
  lua.lua_pushvalue(L0, -1);
  lua.lua_setfield(L0, -2, str('__index'));
  lua.lua_pop(L0, 1);

  const stdout = std('stdout', false, (b) => host.stdout(b));
  const stderr = std('stderr', false, (b) => host.stderr(b));
  const stdin = std('stdin', true);
  // The default input and output, as userdata kept in the registry.
  const ref = (f: LFile): number => {
    pushFile(L0, f);
    return lauxlib.luaL_ref(L0, lua.LUA_REGISTRYINDEX);
  };
  const stdRefs = { stdout: ref(stdout), stderr: ref(stderr), stdin: ref(stdin) };
  let defOut = stdRefs.stdout;
  let defIn = stdRefs.stdin;
  const fileOfRef = (L: any, r: number): LFile => {
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, r);
    const f = files.get(lua.lua_touserdata(L, -1))!;
    lua.lua_pop(L, 1);
    return f;
  };
  const setDefault = (L: any, which: 'in' | 'out'): number => {
    const top = lua.lua_gettop(L);
    if (top === 0) {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, which === 'in' ? defIn : defOut);
      return 1;
    }
    const t = lua.lua_type(L, 1);
    if (t === lua.LUA_TSTRING) {
      const p = a.F.to_jsstring(lua.lua_tolstring(L, 1));
      let f: LFile;
      try {
        f = which === 'in' ? openFile(p, 'r', true, false) : openFile(p, 'w', false, true);
      } catch (e) {
        return a.raise(L, `open ${p}: ${goErrno(e)}`);
      }
      pushFile(L, f);
    } else if (t === lua.LUA_TUSERDATA && files.has(lua.lua_touserdata(L, 1))) {
      lua.lua_pushvalue(L, 1);
    } else {
      const tn = t <= 0 ? 'nil' : a.F.to_jsstring(lua.lua_typename(L, t));
      return a.argError(L, 1, `string or file expedted, but got ${tn}`);
    }
    lua.lua_pushvalue(L, -1);
    const r = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    if (which === 'in') defIn = r;
    else defOut = r;
    return 1;
  };

  const lib: Record<string, Fn> = {
    close: (L) =>
      lua.lua_gettop(L) === 0 ? close(L, fileOfRef(L, defOut)) : close(L, checkFile(L, 1)),
    flush: (L) => {
      lua.lua_pushboolean(L, true);
      return 1;
    },
    input: (L) => setDefault(L, 'in'),
    output: (L) => setDefault(L, 'out'),
    lines: (L) => {
      if (lua.lua_gettop(L) === 0) {
        lua.lua_pushcfunction(L, linesIter(fileOfRef(L, defIn), false));
        lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, defIn);
        return 2;
      }
      const p = a.F.to_jsstring(a.checkString(L, 1));
      let f: LFile;
      try {
        f = openFile(p, 'r', true, false);
      } catch {
        return 0;
      }
      open.add(f);
      lua.lua_pushcfunction(L, linesIter(f, true));
      return 1;
    },
    open: (L) => {
      const p = a.F.to_jsstring(a.checkString(L, 1));
      const mode = lua.lua_gettop(L) === 1 ? 'r' : checkOption(L, 2, OPEN_MODES);
      const m = mode.replace('b', '');
      try {
        pushFile(L, openFile(p, m, m !== 'w' && m !== 'a', m !== 'r'));
        return 1;
      } catch (e) {
        return fail(L, `open ${p}: ${goErrno(e)}`);
      }
    },
    popen: (L) => {
      const cmd = a.F.to_jsstring(a.checkString(L, 1));
      const mode = lua.lua_gettop(L) < 2 || a.isNil(L, 2) ? 'r' : checkOption(L, 2, ['r', 'w']);
      const f: LFile = {
        name: 'process /bin/sh',
        process: true,
        pos: 0,
        append: false,
        readable: mode === 'r',
        writable: mode === 'w',
        closed: false,
        std: false,
        cmd,
      };
      if (mode === 'r') {
        const r = spawnSync(cmd, { shell: true, encoding: 'buffer' });
        f.data = r.stdout ?? Buffer.alloc(0);
        f.status = r.status ?? 1;
      } else f.input = [];
      pushFile(L, f);
      return 1;
    },
    read: (L) => read(L, fileOfRef(L, defIn), 1),
    tmpfile: (L) => {
      const p = path.join(os.tmpdir(), String(randomBytes(4).readUInt32BE()));
      try {
        const f = openFile(p, 'w+', true, true);
        fs.unlinkSync(p);
        pushFile(L, f);
        return 1;
      } catch (e) {
        return fail(L, `open ${p}: ${goErrno(e)}`, false);
      }
    },
    type: (L) => {
      const f =
        lua.lua_type(L, 1) === lua.LUA_TUSERDATA ? files.get(lua.lua_touserdata(L, 1)) : undefined;
      if (!f) lua.lua_pushnil(L);
      else lua.lua_pushstring(L, str(f.closed ? 'closed file' : 'file'));
      return 1;
    },
    write: (L) => write(L, fileOfRef(L, defOut), 1),
  };
  return {
    fns: lib,
    pushStd: (L, name) => lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, stdRefs[name]),
  };
}

/** Opens the io library as the `io` global of L (replacing Fengari's). */
export function openIo51(a: Args, L: any, host: IoHost): void {
  const { lua } = a;
  const key = (s: string): Uint8Array => a.F.to_luastring(s, true);
  const { fns, pushStd } = ioLib(a, L, host);
  lua.lua_createtable(L, 0, 16);
  for (const [name, fn] of Object.entries(fns)) {
    lua.lua_pushcfunction(L, fn);
    lua.lua_setfield(L, -2, key(name));
  }
  for (const name of ['stdout', 'stderr', 'stdin'] as const) {
    pushStd(L, name);
    lua.lua_setfield(L, -2, key(name));
  }
  lua.lua_setglobal(L, key('io'));
}
