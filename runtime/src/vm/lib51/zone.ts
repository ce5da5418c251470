/**
 * The local zone's abbreviation as Go's time package gives it, for os.date's `%Z` and `%c` (vm/time.ts): offsets
 * come from JavaScript's Date (the same TZ the process runs in), the abbreviation from the zone's TZif file, as Go
 * reads it: $TZ (`Asia/Shanghai`, `:Asia/Shanghai`, `/path/to/file`), else /etc/localtime; "" or "UTC" is UTC.
 * On Windows (no TZif files; Go reads the registry) offsets and names come from JavaScript alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Zone {
  offset: number;
  isDST: boolean;
  name: string;
}

interface Location {
  zones: Zone[];
  tx: Array<{ when: number; index: number }>;
  extend: string;
}

const ZONE_DIRS = ['/usr/share/zoneinfo/', '/usr/share/lib/zoneinfo/', '/usr/lib/locale/TZ/'];

type Mode = { kind: 'utc' } | { kind: 'file'; loc: Location } | { kind: 'js' };

let cached: { tz: string | undefined; mode: Mode } | undefined;

/** How local time is found: UTC, a TZif file, or (Windows) JavaScript's own zone. */
function localMode(): Mode {
  const tz = process.env.TZ;
  if (cached && cached.tz === tz) return cached.mode;
  let mode: Mode = { kind: 'utc' };
  const name = tz === undefined ? undefined : tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === '' || name === 'UTC') mode = { kind: 'utc' };
  else if (process.platform === 'win32') mode = { kind: 'js' };
  else {
    try {
      let file: string | undefined;
      if (name === undefined) file = '/etc/localtime';
      else if (name.startsWith('/')) file = name;
      else file = ZONE_DIRS.map((d) => path.join(d, name)).find((f) => fs.existsSync(f));
      const loc = file ? parseTZif(fs.readFileSync(file)) : null;
      if (loc) mode = { kind: 'file', loc };
    } catch {
      mode = { kind: 'utc' };
    }
  }
  cached = { tz, mode };
  return mode;
}

function parseTZif(b: Buffer): Location | null {
  if (b.toString('latin1', 0, 4) !== 'TZif') return null;
  const version = b[4]!;
  const counts = (at: number): number[] =>
    [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(at + 20 + i * 4));
  let at = 0;
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(at);
  let timeSize = 4;
  if (version >= 0x32) {
    // skip the v1 block to the 64-bit one
    at +=
      44 + timecnt! * 4 + timecnt! + typecnt! * 6 + charcnt! + leapcnt! * 8 + isstdcnt! + isutcnt!;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(at);
    timeSize = 8;
  }
  let p = at + 44;
  const tx: Array<{ when: number; index: number }> = [];
  for (let i = 0; i < timecnt!; i++) {
    const when = timeSize === 8 ? Number(b.readBigInt64BE(p + i * 8)) : b.readInt32BE(p + i * 4);
    tx.push({ when, index: 0 });
  }
  p += timecnt! * timeSize;
  for (let i = 0; i < timecnt!; i++) tx[i]!.index = b[p + i]!;
  p += timecnt!;
  const raw: Array<{ off: number; dst: boolean; ai: number }> = [];
  for (let i = 0; i < typecnt!; i++) {
    raw.push({ off: b.readInt32BE(p), dst: b[p + 4] !== 0, ai: b[p + 5]! });
    p += 6;
  }
  const chars = b.toString('latin1', p, p + charcnt!);
  p += charcnt! + leapcnt! * (timeSize + 4) + isstdcnt! + isutcnt!;
  const zones = raw.map((z) => ({
    offset: z.off,
    isDST: z.dst,
    name: chars.slice(z.ai, chars.indexOf('\0', z.ai) >= 0 ? chars.indexOf('\0', z.ai) : undefined),
  }));
  let extend = '';
  if (timeSize === 8 && b[p] === 0x0a) {
    const end = b.indexOf(0x0a, p + 1);
    if (end > p) extend = b.toString('latin1', p + 1, end);
  }
  return { zones, tx, extend };
}

function lookupFirstZone(l: Location): number {
  if (!l.tx.some((t) => t.index === 0)) return 0;
  if (l.tx.length > 0 && l.zones[l.tx[0]!.index]!.isDST) {
    for (let zi = l.tx[0]!.index - 1; zi >= 0; zi--) if (!l.zones[zi]!.isDST) return zi;
  }
  const i = l.zones.findIndex((z) => !z.isDST);
  return i >= 0 ? i : 0;
}

/** The std and DST names of a POSIX TZ string (`CST-8`, `<+08>-8`, `EST5EDT,M3.2.0,M11.1.0`). */
function extendNames(s: string): { std: string; stdOffset: number; dst?: string } | undefined {
  const m = /^(<[^>]*>|[A-Za-z]{3,})([+-]?\d{1,2}(?::\d{1,2}){0,2})(<[^>]*>|[A-Za-z]{3,})?/.exec(s);
  if (!m) return undefined;
  const strip = (n: string): string => (n.startsWith('<') ? n.slice(1, -1) : n);
  const [h, mi, se] = m[2]!.replace(/^[+-]/, '').split(':').map(Number);
  const sign = m[2]!.startsWith('-') ? -1 : 1;
  const stdOffset = -sign * ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (se ?? 0));
  return { std: strip(m[1]!), stdOffset, ...(m[3] ? { dst: strip(m[3]) } : {}) };
}

/** The abbreviation Go gives the local zone at `sec` (offset: what JavaScript says it is then). */
function zoneName(l: Location, sec: number, offset: number): string {
  if (l.zones.length === 0) return 'UTC';
  if (l.tx.length === 0 || sec < l.tx[0]!.when) return l.zones[lookupFirstZone(l)]!.name;
  let lo = 0;
  let hi = l.tx.length;
  while (hi - lo > 1) {
    const m = lo + Math.floor((hi - lo) / 2);
    if (sec < l.tx[m]!.when) hi = m;
    else lo = m;
  }
  if (lo === l.tx.length - 1 && l.extend !== '') {
    const e = extendNames(l.extend);
    if (e) return e.dst !== undefined && offset !== e.stdOffset ? e.dst : e.std;
  }
  return l.zones[l.tx[lo]!.index]!.name;
}

/** JavaScript's short name of the zone at `d` when it is an abbreviation, else '' (Go then prints the offset). */
function jsZoneName(d: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName');
  return part && /^[A-Z]{3,5}$/.test(part.value) ? part.value : '';
}

/**
 * The abbreviation Go gives this machine's zone at the instant of `d` (`CST` for Asia/Shanghai, `UTC`, ...), or ''
 * when the zone has none (Go then writes the offset, `+0800`).
 */
export function localZoneName(d: Date): string {
  const mode = localMode();
  if (mode.kind === 'utc') return 'UTC';
  if (mode.kind === 'js') return jsZoneName(d);
  return zoneName(mode.loc, Math.floor(d.getTime() / 1000), -d.getTimezoneOffset() * 60);
}
