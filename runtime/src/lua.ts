/**
 * Loads Fengari configured to behave like neomega's gopher-lua where plugins can see it:
 * numbers convert to strings as gopher-lua does (Go's fmt.Sprint: integral values as integers, so `print(10/2)`
 * is `5`; others in Go's shortest %v form (`1.5e+06`, `1e-05`), `+Inf`, `NaN`), and chunk names are kept whole
 * in error messages. Fengari reads FENGARICONF and binds its number formatter when its modules first load, so it
 * is required lazily here, after both are set up.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Fengari {
  lua: any;
  lauxlib: any;
  lualib: any;
  to_luastring: (s: string, cache?: boolean) => Uint8Array;
  to_jsstring: (s: Uint8Array, from?: number, to?: number, replacement?: boolean) => string;
}

let cached: Fengari | undefined;

const TWO63 = 2 ** 63;

/** gopher-lua's LNumber.String(): int64 text when integral, else Go's `%v` for float64. */
export function goNumberString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (Number.isInteger(n) && n >= -TWO63 && n < TWO63) return BigInt(n).toString();
  return goFloatV(n);
}

/** Go's strconv.FormatFloat(n, 'g', -1, 64) (what fmt's %v prints for a float64). */
export function goFloatV(n: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(n.toExponential());
  if (!m) return String(n);
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ax = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  // Plain notation with the shortest digits.
  const dp = exp + 1;
  let s: string;
  if (dp <= 0) s = '0.' + '0'.repeat(-dp) + digits;
  else if (dp >= digits.length) s = digits + '0'.repeat(dp - digits.length);
  else s = digits.slice(0, dp) + '.' + digits.slice(dp);
  return sign + s;
}

export function fengari(): Fengari {
  if (cached) return cached;
  let conf: Record<string, unknown> = {};
  try {
    conf = process.env.FENGARICONF
      ? (JSON.parse(process.env.FENGARICONF) as Record<string, unknown>)
      : {};
  } catch {
    conf = {};
  }
  process.env.FENGARICONF = JSON.stringify({
    ...conf,
    LUA_COMPAT_FLOATSTRING: true,
    LUA_IDSIZE: 1000,
  });
  // defs first: luaconf and defs require each other, and defs must see a complete luaconf.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('fengari/src/defs.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const luaconf = require('fengari/src/luaconf.js') as { lua_number2str: (n: number) => string };
  luaconf.lua_number2str = goNumberString;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached = require('fengari') as Fengari;
  return cached;
}
