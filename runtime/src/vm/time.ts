/**
 * os.time, os.date and os.clock as gopher-lua has them, reading the run's clock (clock.ts) in the run's zone.
 *
 * gopher-lua's own strftime, not C's: `%a` is the literal `mon` (its Go layout is lower case), `%c` is
 * `02 Jan 06 15:04 MST`, `%x` is `15/04/05`, `%p` / `%P` are `PM` / `pm`; `%w` is the weekday number; any other
 * conversion (`%j`, `%e`...) is written out as it stands. `*t` has `yday` 0 and `isdst` false. os.time(table)
 * defaults a missing hour to 12 and a missing day, month or year to -1, and normalises overflowing fields.
 * os.clock counts from the VM's start.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { HostFn, PluginVM } from './plugin';

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

/** A moment as a calendar shows it in one zone. */
export interface CalendarTime {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes east of UTC. */
  offset: number;
  /** The zone's abbreviation, or "" when it has none (then `MST` prints the offset, as Go does). */
  zone: string;
}

/** Where a calendar reads times: the run's fixed offset, this machine's zone (undefined), or UTC. */
export type Zone = { offset: number; name?: string } | undefined;

function localZoneName(d: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part && /^[A-Z]{2,5}$/.test(part) ? part : '';
}

/** The calendar time of epoch milliseconds `ms` in `zone`. */
export function calendarAt(ms: number, zone: Zone): CalendarTime {
  if (zone) {
    const d = new Date(ms + zone.offset * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      min: d.getUTCMinutes(),
      sec: d.getUTCSeconds(),
      weekday: d.getUTCDay(),
      offset: zone.offset,
      zone: zone.name ?? (zone.offset === 0 ? 'UTC' : ''),
    };
  }
  const d = new Date(ms);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    min: d.getMinutes(),
    sec: d.getSeconds(),
    weekday: d.getDay(),
    offset: -d.getTimezoneOffset(),
    zone: localZoneName(d),
  };
}

/** Go's time.Date in `zone`: fields may overflow and are carried over. Epoch milliseconds. */
export function dateIn(
  zone: Zone,
  f: { year: number; month: number; day: number; hour: number; min: number; sec: number },
): number {
  if (zone) {
    const d = new Date(0);
    d.setUTCFullYear(f.year, f.month - 1, f.day);
    d.setUTCHours(f.hour, f.min, f.sec, 0);
    return d.getTime() - zone.offset * 60_000;
  }
  const d = new Date(2000, 0, 1);
  d.setFullYear(f.year, f.month - 1, f.day);
  d.setHours(f.hour, f.min, f.sec, 0);
  return d.getTime();
}

const pad = (n: number, w = 2): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(w, '0');

function offsetText(offset: number): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

/** What each conversion writes (gopher-lua maps them to Go layouts; these are those layouts' results). */
function conversion(c: string, t: CalendarTime): string | undefined {
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const zone = t.zone || offsetText(t.offset);
  switch (c) {
    case 'a':
      return 'mon';
    case 'A':
      return WEEKDAYS[t.weekday];
    case 'b':
      return MONTHS[t.month - 1]!.slice(0, 3);
    case 'B':
      return MONTHS[t.month - 1];
    case 'c':
      return `${pad(t.day)} ${MONTHS[t.month - 1]!.slice(0, 3)} ${pad(t.year % 100)} ${pad(t.hour)}:${pad(t.min)} ${zone}`;
    case 'd':
      return pad(t.day);
    case 'F':
      return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
    case 'H':
      return pad(t.hour);
    case 'I':
      return pad(h12);
    case 'm':
      return pad(t.month);
    case 'M':
      return pad(t.min);
    case 'p':
      return t.hour >= 12 ? 'PM' : 'AM';
    case 'P':
      return t.hour >= 12 ? 'pm' : 'am';
    case 'S':
      return pad(t.sec);
    case 'x':
      return `${pad(t.hour)}/${pad(t.min)}/${pad(t.sec)}`;
    case 'X':
      return `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`;
    case 'y':
      return pad(((t.year % 100) + 100) % 100);
    case 'Y':
      return pad(t.year, 4);
    case 'z':
      return offsetText(t.offset);
    case 'Z':
      return zone;
    case 'w':
      return String(t.weekday);
    default:
      return undefined;
  }
}

/** gopher-lua's strftime over the format's bytes (its flag scanner: `%%` is `%`, a trailing `%` stays). */
export function strftime(format: Uint8Array, t: CalendarTime): Uint8Array {
  const out: number[] = [];
  const text = (s: string): void => {
    for (const b of Buffer.from(s, 'utf8')) out.push(b);
  };
  const PERCENT = 0x25;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== PERCENT) {
      out.push(c);
      continue;
    }
    if (i === format.length - 1) {
      out.push(PERCENT);
      break;
    }
    const next = format[++i]!;
    if (next === PERCENT) {
      out.push(PERCENT);
      continue;
    }
    const v = conversion(String.fromCharCode(next), t);
    if (v !== undefined) text(v);
    else out.push(PERCENT, next);
  }
  return new Uint8Array(out);
}

/** gopher-lua's getIntField: a number (truncated), a decimal or hex string, else the default. */
function intField(vm: PluginVM, L: any, idx: number, key: string, dflt: number): number {
  const { lua } = vm.F;
  lua.lua_getfield(L, idx, vm.key(key));
  let v = dflt;
  const t = lua.lua_type(L, -1);
  if (t === lua.LUA_TNUMBER) v = Math.trunc(lua.lua_tonumber(L, -1) as number);
  else if (t === lua.LUA_TSTRING) {
    let s = vm.jsstr(L, -1).replace(/^ +/, '');
    if (s.startsWith('0') && !/^0x/i.test(s)) s = s.replace(/^0+/, '') || '0';
    s = s.trim();
    const n = s === '' ? NaN : Number(s);
    if (Number.isFinite(n)) v = Math.trunc(n);
  }
  lua.lua_pop(L, 1);
  return v;
}

export function timeHost(vm: PluginVM): Record<string, HostFn> {
  const { lua, lauxlib } = vm.F;
  const clock = vm.rt.clock;
  const runZone = (): Zone =>
    clock.utcOffsetMinutes !== undefined ? { offset: clock.utcOffsetMinutes } : undefined;
  const badArg = (L: any, n: number, fn: string, want: string): never => {
    lauxlib.luaL_error(
      L,
      vm.str(`bad argument #${n} to ${fn} (${want} expected, got ${vm.typeName(L, n)})`),
    );
    throw new Error('unreachable');
  };
  return {
    os_time: (L) => {
      const t = lua.lua_type(L, 1);
      if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) {
        lua.lua_pushnumber(L, Math.floor(clock.now() / 1000));
        return 1;
      }
      if (t !== lua.LUA_TTABLE) badArg(L, 1, 'time', 'table');
      const ms = dateIn(runZone(), {
        year: intField(vm, L, 1, 'year', -1),
        month: intField(vm, L, 1, 'month', -1),
        day: intField(vm, L, 1, 'day', -1),
        hour: intField(vm, L, 1, 'hour', 12),
        min: intField(vm, L, 1, 'min', 0),
        sec: intField(vm, L, 1, 'sec', 0),
      });
      lua.lua_pushnumber(L, Math.floor(ms / 1000));
      return 1;
    },
    os_date: (L) => {
      const top = lua.lua_gettop(L);
      let format: Uint8Array = vm.str('%c');
      let ms = clock.now();
      let zone = runZone();
      if (top >= 1) {
        const t = lua.lua_type(L, 1);
        if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) badArg(L, 1, 'date', 'string');
        format = vm.tostringBytes(L, 1);
        let bang = 0;
        while (bang < format.length && format[bang] === 0x21) bang++;
        if (bang > 0) {
          format = format.slice(bang);
          zone = { offset: 0, name: 'UTC' };
        }
        if (top >= 2) {
          if (lua.lua_type(L, 2) !== lua.LUA_TNUMBER) badArg(L, 2, 'date', 'number');
          ms = Math.trunc(lua.lua_tonumber(L, 2) as number) * 1000;
        }
        if (format[0] === 0x2a && format[1] === 0x74) {
          const c = calendarAt(ms, zone);
          vm.push(L, {
            year: c.year,
            month: c.month,
            day: c.day,
            hour: c.hour,
            min: c.min,
            sec: c.sec,
            wday: c.weekday + 1,
            yday: 0,
            isdst: false,
          });
          return 1;
        }
      }
      lua.lua_pushstring(L, strftime(format, calendarAt(ms, zone)));
      return 1;
    },
    os_clock: (L) => {
      lua.lua_pushnumber(L, (clock.now() - vm.startTime) / 1000);
      return 1;
    },
  };
}
