/**
 * Go's strconv.FormatFloat(v, fmt, prec, 64) for the formats string.format reaches: 'e', 'E', 'f', 'g', 'G', with
 * a precision or the shortest digits (prec -1). Rounding is Go's: the exact binary value rounded half to even
 * (`%.0f` of 0.5 is `0`, of 2.5 is `2`), where JavaScript's toFixed rounds exact halves away from zero.
 */

/** Decimal digits of a positive finite number: value = 0.d1d2d3... x 10^dp. No trailing zeros in `d`. */
interface Digits {
  d: string;
  dp: number;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** x = mant * 2^exp with mant an integer below 2^53 (x positive and finite). */
function decompose(x: number): { mant: bigint; exp: number } {
  F64[0] = x;
  const hi = U32[LITTLE ? 1 : 0]!;
  const lo = U32[LITTLE ? 0 : 1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: bexp - 1075 };
}

/** The exact decimal expansion of a positive finite double. */
function exactDigits(x: number): Digits {
  let { mant, exp } = decompose(x);
  while (exp < 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp)).toString();
    dp = s.length + exp;
  }
  return { d: s.replace(/0+$/, ''), dp };
}

/** The shortest digits that read back as x (what JavaScript's and Go's shortest forms share). */
function shortestDigits(x: number): Digits {
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential())!;
  const d = (m[1]! + (m[2] ?? '')).replace(/0+$/, '');
  return { d: d === '' ? '0' : d, dp: Number(m[3]) + 1 };
}

/** `digs` rounded to its first n digits, half to even; n may be 0 or negative (everything rounds away). */
function roundDigits(digs: Digits, n: number): Digits {
  const { d, dp } = digs;
  if (n >= d.length) return digs;
  if (n < 0) return { d: '', dp };
  const next = d.charCodeAt(n) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (n + 1 < d.length)
    up = true; // more nonzero digits follow (d has no trailing zeros)
  else up = n > 0 && (d.charCodeAt(n - 1) - 48) % 2 === 1; // an exact half: to even
  let kept = d.slice(0, n);
  if (!up) return { d: kept.replace(/0+$/, ''), dp };
  // Add one at the last kept digit.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { d: kept, dp };
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/** %e: d.ddde±dd with prec digits after the point. */
function fmtE(digs: Digits, prec: number, e: string): string {
  const first = digs.d === '' ? '0' : digs.d[0]!;
  let s = first;
  if (prec > 0) s += '.' + digs.d.slice(1, prec + 1) + zeros(prec + 1 - Math.max(digs.d.length, 1));
  const exp = digs.d === '' ? 0 : digs.dp - 1;
  const ax = Math.abs(exp);
  return `${s}${e}${exp < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
}

/** %f: ddd.ddd with prec digits after the point. */
function fmtF(digs: Digits, prec: number): string {
  let s: string;
  if (digs.dp > 0) s = digs.d.slice(0, digs.dp) + zeros(digs.dp - digs.d.length);
  else s = '0';
  if (prec > 0) {
    let frac = '';
    for (let i = 0; i < prec; i++) {
      const j = digs.dp + i;
      frac += j >= 0 && j < digs.d.length ? digs.d[j] : '0';
    }
    s += '.' + frac;
  }
  return s;
}

/** The sign-less text of FormatFloat(|x|, fmt, prec, 64); x finite. */
function formatAbs(x: number, fmt: string, prec: number): string {
  const shortest = prec < 0;
  if (x === 0) {
    const z: Digits = { d: '', dp: 1 };
    if (fmt === 'e' || fmt === 'E') return fmtE(z, shortest ? 0 : prec, fmt);
    if (fmt === 'f') return fmtF(z, shortest ? 0 : prec);
    // %g of zero: "0", or with a precision still "0" (trailing zeros are dropped)
    return '0';
  }
  let digs: Digits;
  if (shortest) digs = shortestDigits(x);
  else if (fmt === 'e' || fmt === 'E') digs = roundDigits(exactDigits(x), prec + 1);
  else if (fmt === 'f') {
    if (x < 1e21 && prec <= 100 && !isHalfAt(x, prec)) return x.toFixed(prec);
    const ex = exactDigits(x);
    digs = roundDigits(ex, ex.dp + prec);
  } else {
    digs = roundDigits(exactDigits(x), prec === 0 ? 1 : prec);
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(digs, shortest ? Math.max(digs.d.length - 1, 0) : prec, fmt);
    case 'f':
      return fmtF(digs, shortest ? Math.max(digs.d.length - digs.dp, 0) : prec);
    default: {
      // 'g', 'G'
      let p = shortest ? digs.d.length : prec === 0 ? 1 : prec;
      let eprec = p;
      if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (p > digs.d.length) p = digs.d.length;
        return fmtE(digs, p - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (p > digs.dp) p = digs.d.length;
      return fmtF(digs, Math.max(p - digs.dp, 0));
    }
  }
}

/** Whether x (positive, below 1e21) lies exactly halfway between two multiples of 10^-prec. */
function isHalfAt(x: number, prec: number): boolean {
  // x = m / 2^k with m odd has exactly k decimals, the last a 5: it is a half at prec decimals iff k = prec + 1.
  if (Number.isInteger(x)) return false;
  const { mant, exp } = decompose(x);
  let k = -exp;
  let m = mant;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    k--;
  }
  return k === prec + 1;
}

/**
 * strconv.FormatFloat(v, fmt, prec, 64) for fmt in e, E, f, g, G (prec -1: shortest): `+Inf`, `-Inf`, `NaN`
 * for the special values.
 */
export function goFormatFloat(v: number, fmt: string, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const f = fmt === 'F' ? 'f' : fmt;
  const neg = v < 0 || Object.is(v, -0);
  const s = formatAbs(Math.abs(v), f, prec);
  return neg ? '-' + s : s;
}
