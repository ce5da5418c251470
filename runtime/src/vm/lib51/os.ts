/**
 * The os library as gopher-lua has it (oslib.go), except exit and execute, which the runtime provides: time
 * arguments are truncated to whole seconds (`os.date(fmt, coromega:now() + 60)`), `!` formats in UTC, `*t`
 * gives year .. sec, wday, yday (always 0) and isdst (always false), and the format letters are gopher-lua's
 * translation to Go layouts — `%a` prints `mon`, `%x` the time, `%c` `14 Nov 23 22:13 CST`, and letters it does
 * not know (`%j`, `%e`) stay as they are. os.time(t) reads numeric or numeric-string fields (hour defaults to 12,
 * day, month and year to -1, as Go's time.Date then carries them); os.clock is seconds since the VM started; both read
 * the run's clock.
 * Errors of remove and rename are Go's (`remove x: no such file or directory`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Args } from './args';
import { parseNumber } from './goNumber';
import { localUnix, partsOf, type Parts } from './zone';

type Fn = (L: any) => number;

/** Where os.time, os.date and os.clock read the time. */
export interface OsClock {
  /** Epoch milliseconds now. */
  now(): number;
  /** Seconds since the process started. */
  clock(): number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Go's appendInt(b, x, width): zero-padded to width, a minus sign before. */
function pad(x: number, width: number): string {
  const s = String(Math.abs(x)).padStart(width, '0');
  return x < 0 ? '-' + s : s;
}

function numericZone(offset: number): string {
  let zone = Math.trunc(offset / 60);
  let sign = '+';
  if (zone < 0) {
    sign = '-';
    zone = -zone;
  }
  return sign + pad(Math.trunc(zone / 60), 2) + pad(zone % 60, 2);
}

/** gopher-lua's strftime letters as Go time.Format layouts, formatted. */
function layout(t: Parts, c: string): string | undefined {
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (c) {
    case 'a':
      return 'mon'; // gopher-lua's layout "mon" is no Go layout element: it prints as it is
    case 'A':
      return WEEKDAYS[t.wday]!;
    case 'b':
      return MONTHS[t.month - 1]!.slice(0, 3);
    case 'B':
      return MONTHS[t.month - 1]!;
    case 'c':
      return `${pad(t.day, 2)} ${MONTHS[t.month - 1]!.slice(0, 3)} ${pad(t.year % 100, 2)} ${pad(t.hour, 2)}:${pad(t.min, 2)} ${t.name || numericZone(t.offset)}`;
    case 'd':
      return pad(t.day, 2);
    case 'F':
      return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
    case 'H':
      return pad(t.hour, 2);
    case 'I':
      return pad(hour12, 2);
    case 'm':
      return pad(t.month, 2);
    case 'M':
      return pad(t.min, 2);
    case 'p':
      return t.hour >= 12 ? 'PM' : 'AM';
    case 'P':
      return t.hour >= 12 ? 'pm' : 'am';
    case 'S':
      return pad(t.sec, 2);
    case 'x':
      return `${pad(t.hour, 2)}/${pad(t.min, 2)}/${pad(t.sec, 2)}`;
    case 'X':
      return `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`;
    case 'y':
      return pad(t.year % 100, 2);
    case 'Y':
      return pad(t.year, 4);
    case 'z':
      return numericZone(t.offset);
    case 'Z':
      return t.name || numericZone(t.offset);
    case 'w':
      return String(t.wday);
    default:
      return undefined;
  }
}

/** gopher-lua's strftime, with its `%` scanner (`%%` is `%`, a `%` at the end stays, unknown `%c` stays). */
export function strftime(t: Parts, fmt: string): string {
  let out = '';
  let flag = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (!flag && c === '%') {
      if (i < fmt.length - 1 && fmt[i + 1] === '%') {
        out += '%';
        i++;
        continue;
      }
      if (i !== fmt.length - 1) {
        flag = true;
        continue;
      }
      out += c;
      continue;
    }
    if (flag) {
      out += layout(t, c) ?? '%' + c;
      flag = false;
    } else out += c;
  }
  return out;
}

/** Go's syscall error texts for Node's error codes. */
const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'file exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENOTEMPTY: 'directory not empty',
  EBUSY: 'device or resource busy',
  EXDEV: 'invalid cross-device link',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long',
  EINVAL: 'invalid argument',
};

function goErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err.code && ERRNO[err.code]) ?? err.message;
}

export function osLib(a: Args, clock: OsClock): Record<string, Fn> {
  const { lua } = a;
  const text = (L: any, n: number): string => a.F.to_jsstring(a.checkString(L, n));
  /** gopher-lua's getIntField (raw field; numbers truncated; numeric strings read; else the default). */
  const intField = (L: any, key: string, def: number): number => {
    lua.lua_pushstring(L, a.F.to_luastring(key));
    lua.lua_rawget(L, 1);
    let v = def;
    const t = lua.lua_type(L, -1);
    if (t === lua.LUA_TNUMBER) v = goInt(lua.lua_tonumber(L, -1));
    else if (t === lua.LUA_TSTRING) {
      let s = a.F.to_jsstring(lua.lua_tolstring(L, -1)).replace(/^ +/, '');
      if (s.startsWith('0') && !s.startsWith('0x') && !s.startsWith('0X')) {
        s = s.replace(/^0+/, '');
        if (s === '') v = 0;
      }
      if (s !== '') {
        const n = parseNumber(s);
        if (n !== undefined) v = goInt(n);
      }
    }
    lua.lua_pop(L, 1);
    return v;
  };
  const nowSeconds = (): number => Math.floor(clock.now() / 1000);
  return {
    clock: (L) => {
      lua.lua_pushnumber(L, clock.clock());
      return 1;
    },
    date: (L) => {
      let sec = nowSeconds();
      let utc = false;
      let fmt = '%c';
      if (lua.lua_gettop(L) >= 1) {
        fmt = text(L, 1);
        if (fmt.startsWith('!')) {
          fmt = fmt.replace(/^!+/, '');
          utc = true;
        }
        if (lua.lua_gettop(L) >= 2) sec = a.checkInt(L, 2);
        if (fmt.startsWith('*t')) {
          const t = partsOf(sec, utc);
          lua.lua_createtable(L, 0, 9);
          const set = (k: string, v: number | boolean): void => {
            if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
            else lua.lua_pushnumber(L, v);
            lua.lua_setfield(L, -2, a.F.to_luastring(k));
          };
          set('year', t.year);
          set('month', t.month);
          set('day', t.day);
          set('hour', t.hour);
          set('min', t.min);
          set('sec', t.sec);
          set('wday', t.wday + 1);
          set('yday', 0);
          set('isdst', false);
          return 1;
        }
      }
      lua.lua_pushstring(L, a.F.to_luastring(strftime(partsOf(sec, utc), fmt)));
      return 1;
    },
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
    time: (L) => {
      if (lua.lua_gettop(L) === 0 || lua.lua_type(L, 1) === lua.LUA_TNIL) {
        if (lua.lua_gettop(L) > 0) a.checkAny(L, 1);
        lua.lua_pushnumber(L, nowSeconds());
        return 1;
      }
      a.checkTable(L, 1);
      const sec = intField(L, 'sec', 0);
      const min = intField(L, 'min', 0);
      const hour = intField(L, 'hour', 12);
      const day = intField(L, 'day', -1);
      const month = intField(L, 'month', -1);
      const year = intField(L, 'year', -1);
      lua.lua_pushnumber(L, localUnix(year, month, day, hour, min, sec));
      return 1;
    },
    tmpname: (L) => {
      // os.CreateTemp("", ""): a new empty file in the temp folder, then removed; its name is returned.
      const name = path.join(os.tmpdir(), String(randomBytes(4).readUInt32BE() % 4294967295));
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

function goInt(n: number): number {
  return n >= -9223372036854775808 && n < 9223372036854775808
    ? Math.trunc(n) + 0
    : -9223372036854775808;
}
