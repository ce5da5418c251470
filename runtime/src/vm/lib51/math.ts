/**
 * The math library as gopher-lua has it (mathlib.go): `huge` is the largest double (1.7976931348623157e+308, not
 * infinity), `log` ignores a second argument, `mod` is Lua's modulo, `max`/`min` with no argument are an error,
 * `random` takes integer bounds truncated (an empty interval is Go's panic `invalid argument to Intn`), and there
 * is no maxinteger, mininteger, tointeger, type or ult.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Args } from './args';

type Fn = (L: any) => number;

export const MATH_HUGE = 1.7976931348623157e308;

/** A seeded generator for math.random after math.randomseed (xorshift128+); Math.random before. */
class Random {
  private s0 = 0n;
  private s1 = 0n;
  private seeded = false;
  seed(n: number): void {
    // splitmix64 of the seed fills the state
    let z = BigInt.asUintN(64, BigInt(Math.trunc(n)));
    const next = (): bigint => {
      z = BigInt.asUintN(64, z + 0x9e3779b97f4a7c15n);
      let x = z;
      x = BigInt.asUintN(64, (x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n);
      x = BigInt.asUintN(64, (x ^ (x >> 27n)) * 0x94d049bb133111ebn);
      return x ^ (x >> 31n);
    };
    this.s0 = next();
    this.s1 = next();
    this.seeded = true;
  }
  /** A float in [0, 1). */
  float(): number {
    if (!this.seeded) return Math.random();
    let x = this.s0;
    const y = this.s1;
    this.s0 = y;
    x = BigInt.asUintN(64, x ^ (x << 23n));
    this.s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(BigInt.asUintN(64, this.s1 + y) >> 11n) / 2 ** 53;
  }
  /** rand.Intn(n): an integer in [0, n). */
  intn(n: number): number {
    return Math.floor(this.float() * n);
  }
}

/** Go's math.Pow where it differs from JavaScript's: 1 and -1 to an infinite power are 1. */
function goPow(x: number, y: number): number {
  if ((x === 1 || x === -1) && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  if (x === 1) return 1;
  return Math.pow(x, y);
}

/** Go's math.Frexp. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let f = x * 2 ** -e;
  while (Math.abs(f) < 0.5) {
    f *= 2;
    e--;
  }
  while (Math.abs(f) >= 1) {
    f /= 2;
    e++;
  }
  return [f, e];
}

/** Go's math.Ldexp (exact across the subnormal range). */
function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  if (exp > 1023) {
    frac *= 2 ** 1023;
    exp -= 1023;
    if (exp > 1023) return frac * Infinity;
  } else if (exp < -1022) {
    frac *= 2 ** -1022;
    exp += 1022;
    if (exp < -1022) {
      frac *= 2 ** -1022;
      exp += 1022;
    }
  }
  return frac * 2 ** Math.max(exp, -1074);
}

/** Go's math.Log2 and Log10: the log of the mantissa scaled, with Go's constants (Ln2/Ln10 folded exactly). */
const LOG2_E = 1.4426950408889634; // 1/Ln2
const LOG10_2 = 0.3010299956639812; // Ln2/Ln10 (the double nearest log10(2))
function log2(x: number): number {
  const [frac, exp] = frexp(x);
  if (frac === 0.5) return exp - 1;
  return Math.log(frac) * LOG2_E + exp;
}
function log10(x: number): number {
  return log2(x) * LOG10_2;
}

export function mathLib(a: Args): Record<string, Fn> {
  const { lua } = a;
  const rnd = new Random();
  const one =
    (f: (x: number) => number): Fn =>
    (L) => {
      lua.lua_pushnumber(L, f(a.checkNumber(L, 1)));
      return 1;
    };
  const extreme =
    (pick: (v: number, best: number) => boolean): Fn =>
    (L) => {
      const top = lua.lua_gettop(L);
      if (top === 0) a.raise(L, 'wrong number of arguments');
      let best = a.checkNumber(L, 1);
      for (let i = 2; i <= top; i++) {
        const v = a.checkNumber(L, i);
        if (pick(v, best)) best = v;
      }
      lua.lua_pushnumber(L, best);
      return 1;
    };
  return {
    abs: one(Math.abs),
    acos: one(Math.acos),
    asin: one(Math.asin),
    atan: one(Math.atan),
    atan2: (L) => {
      lua.lua_pushnumber(L, Math.atan2(a.checkNumber(L, 1), a.checkNumber(L, 2)));
      return 1;
    },
    ceil: one(Math.ceil),
    cos: one(Math.cos),
    cosh: one(Math.cosh),
    deg: one((x) => (x * 180) / Math.PI),
    exp: one(Math.exp),
    floor: one(Math.floor),
    fmod: (L) => {
      lua.lua_pushnumber(L, a.checkNumber(L, 1) % a.checkNumber(L, 2));
      return 1;
    },
    frexp: (L) => {
      const [f, e] = frexp(a.checkNumber(L, 1));
      lua.lua_pushnumber(L, f);
      lua.lua_pushnumber(L, e);
      return 2;
    },
    ldexp: (L) => {
      lua.lua_pushnumber(L, ldexp(a.checkNumber(L, 1), a.checkInt(L, 2)));
      return 1;
    },
    log: one(Math.log),
    log10: one(log10),
    max: extreme((v, best) => v > best),
    min: extreme((v, best) => v < best),
    mod: (L) => {
      const x = a.checkNumber(L, 1);
      const y = a.checkNumber(L, 2);
      let v = x % y;
      if ((y > 0 && v < 0) || (y < 0 && v > 0)) v += y;
      lua.lua_pushnumber(L, v);
      return 1;
    },
    modf: (L) => {
      const x = a.checkNumber(L, 1);
      const i = Number.isFinite(x) ? Math.trunc(x) : x;
      lua.lua_pushnumber(L, i);
      lua.lua_pushnumber(L, Number.isFinite(x) ? x - i : Number.isNaN(x) ? NaN : NaN);
      return 2;
    },
    pow: (L) => {
      lua.lua_pushnumber(L, goPow(a.checkNumber(L, 1), a.checkNumber(L, 2)));
      return 1;
    },
    rad: one((x) => (x * Math.PI) / 180),
    random: (L) => {
      const top = lua.lua_gettop(L);
      if (top === 0) lua.lua_pushnumber(L, rnd.float());
      else if (top === 1) {
        const n = a.checkInt(L, 1);
        if (n <= 0) a.panic(L, 'invalid argument to Intn');
        lua.lua_pushnumber(L, rnd.intn(n) + 1);
      } else {
        const min = a.checkInt(L, 1);
        const max = a.checkInt(L, 2) + 1;
        if (max - min <= 0) a.panic(L, 'invalid argument to Intn');
        lua.lua_pushnumber(L, rnd.intn(max - min) + min);
      }
      return 1;
    },
    randomseed: (L) => {
      rnd.seed(a.checkInt(L, 1));
      return 0;
    },
    sin: one(Math.sin),
    sinh: one(Math.sinh),
    sqrt: one(Math.sqrt),
    tan: one(Math.tan),
    tanh: one(Math.tanh),
  };
}
