/**
 * Reading numbers from text as gopher-lua does, with Go's strconv rules:
 *
 * - parseNumber: every string-to-number coercion (arithmetic on strings, library arguments that take a number):
 *   the text trimmed of spaces, tabs and newlines (not `\r`), then strconv.ParseInt(s, 0, 64) — so `"010"` is
 *   octal 8, `"0x10"`, `"0b101"`, `"0o17"` and `"1_000"` are accepted — else strconv.ParseFloat(s, 64) — so
 *   `"1e3"`, `"inf"`, `"0x1p4"` are accepted and `"1e400"` (out of range) is not.
 * - goParseInt / goParseFloat: strconv.ParseInt and strconv.ParseFloat themselves, for `tonumber`.
 *
 * Results are float64 (gopher-lua's LNumber); undefined means Go returned an error.
 */

const TWO63 = 2n ** 63n;

/** The bytes of a Lua string as text, or undefined when one is not ASCII (no Go number contains one). */
export function asciiOf(bytes: Uint8Array): string | undefined {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return undefined;
    s += String.fromCharCode(b);
  }
  return s;
}

/** strings.Trim(s, " \t\n"). */
export function trimGo(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t' || s[a] === '\n')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t' || s[b - 1] === '\n')) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** gopher-lua's parseNumber over a Lua string's bytes. */
export function parseNumberBytes(bytes: Uint8Array): number | undefined {
  const s = asciiOf(bytes);
  return s === undefined ? undefined : parseNumber(s);
}

/** gopher-lua's parseNumber: trimmed, then ParseInt(s, 0, 64), else ParseFloat(s, 64). */
export function parseNumber(text: string): number | undefined {
  const s = trimGo(text);
  return goParseInt(s, 0) ?? goParseFloat(s);
}

/** strconv's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1]!.toLowerCase())) {
    i = 2;
    saw = '0';
    hex = s[1]!.toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}

/** strconv.ParseInt(s, base, 64) as a float64; undefined for a syntax, base or range error. */
export function goParseInt(text: string, base: number): number | undefined {
  let s = text;
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  // ParseUint
  if (s === '') return undefined;
  const s0 = s;
  const base0 = base === 0;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? s[1]!.toLowerCase() : '';
      if (p === 'b') [base, s] = [2, s.slice(2)];
      else if (p === 'o') [base, s] = [8, s.slice(2)];
      else if (p === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  } else if (base < 2 || base > 36) return undefined;
  let underscores = false;
  let small = 0;
  let big: bigint | undefined;
  const bigBase = BigInt(base);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 && base0) {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return undefined;
    if (big === undefined) {
      small = small * base + d;
      if (small > Number.MAX_SAFE_INTEGER / 64) big = BigInt(small);
    } else {
      big = big * bigBase + BigInt(d);
      if (big > 2n ** 64n) return undefined;
    }
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  if (big === undefined) return neg ? -small : small;
  if (!neg && big >= TWO63) return undefined;
  if (neg && big > TWO63) return undefined;
  return Number(neg ? -big : big);
}

/** strconv.ParseFloat(s, 64); undefined for a syntax error or a value out of range. */
export function goParseFloat(s: string): number | undefined {
  // special(): [+-]inf, [+-]infinity, nan (any case)
  const sp = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (sp) return sp[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  // readFloat()
  let i = 0;
  let neg = false;
  if (i >= s.length) return undefined;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && s[i + 1]!.toLowerCase() === 'x') {
    hex = true;
    i += 2;
  }
  let underscores = false;
  let sawdot = false;
  let sawdigits = false;
  let intDigits = '';
  let fracDigits = '';
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '_') {
      underscores = true;
      continue;
    }
    if (c === '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      sawdigits = true;
      if (sawdot) fracDigits += c;
      else intDigits += c;
      continue;
    }
    break;
  }
  if (!sawdigits) return undefined;
  let exp = 0;
  const expChar = hex ? 'p' : 'e';
  if (i < s.length && s[i]!.toLowerCase() === expChar) {
    i++;
    if (i >= s.length) return undefined;
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || s[i]! < '0' || s[i]! > '9') return undefined;
    let e = 0;
    for (; i < s.length && ((s[i]! >= '0' && s[i]! <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s.charCodeAt(i) - 48);
    }
    exp = e * esign;
  } else if (hex) return undefined;
  if (underscores && !underscoreOK(s.slice(0, i))) return undefined;
  if (i !== s.length) return undefined;
  let v: number;
  if (hex) {
    const mant = BigInt('0x' + (intDigits + fracDigits || '0'));
    v = Number(mant) * 2 ** (exp - 4 * fracDigits.length);
    if (!Number.isFinite(v) && mant !== 0n) {
      // 2 ** e overflowed where the product would not: scale in two steps.
      const e = exp - 4 * fracDigits.length;
      v = Number(mant) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
    }
  } else {
    v = Number(`${intDigits || '0'}.${fracDigits || '0'}e${exp}`);
  }
  if (!Number.isFinite(v)) return undefined;
  return neg ? -v : v;
}
