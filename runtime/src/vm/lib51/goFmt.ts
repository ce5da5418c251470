/**
 * gopher-lua's string.format: Go's fmt.Sprintf over Lua values (fmt/print.go and fmt/format.go of Go 1.19, the
 * parts Lua values reach), with gopher-lua's own argument rules:
 *
 * - Only as many arguments as the format has `%` not in `%%` are handed on; the rest are dropped. Missing ones
 *   print `%!d(MISSING)`, one left over `%!(EXTRA lua.LNumber=2)`, a bad verb `%!z(int64=5)`, no verb
 *   `%!(NOVERB)`, a `*` width `%!(BADWIDTH)` (a Lua number is never a Go int).
 * - A number (LNumber.Format): %d %i %x %X %o %O %b %c %U take int64(n) (truncated: `%d` of 3.7 is 3, of NaN
 *   -9223372036854775808; `%x` of -255 is `-ff`; `%c` writes the code point as UTF-8); %e %E %f %F %g %G take
 *   the float; %s %q format its text (`%q` of 1.5 is `"1.5"`); other verbs the integer or the float.
 * - A string (LString.Format): %d and %i print the string itself when it reads as a number, else 0; other verbs
 *   are Go's verbs for a string: %s, %q (Go quoting: `"a\nb\x00"`), %x, %X; widths and precisions count
 *   characters (runes), not bytes.
 * - nil, booleans, tables, functions: their text for %s %v %q %x %X; other verbs as Go prints them.
 *
 * Longer than most modules: it follows Go's formatter verb by verb, and one file keeps it comparable with
 * fmt/format.go.
 */
import { goNumberString } from '../../lua';
import { goFormatFloat } from './goFloat';
import { parseNumberBytes } from './goNumber';

export type FmtArg =
  | { kind: 'number'; n: number }
  | { kind: 'string'; b: Uint8Array }
  | { kind: 'nil' }
  | { kind: 'bool'; v: boolean }
  /** A table, function, userdata or thread: its Go type (`*lua.LTable`) and its text (`table: 0x...`). */
  | { kind: 'other'; type: string; text: string };

/** Bytes being written: one growing buffer, reused between calls. */
class Out {
  b = new Uint8Array(256);
  n = 0;
  reserve(k: number): void {
    if (this.n + k <= this.b.length) return;
    const next = new Uint8Array(Math.max(this.b.length * 2, this.n + k));
    next.set(this.b.subarray(0, this.n));
    this.b = next;
  }
  byte(c: number): void {
    this.reserve(1);
    this.b[this.n++] = c;
  }
  bytes(s: Uint8Array, from = 0, to = s.length): void {
    this.reserve(to - from);
    this.b.set(s.subarray(from, to), this.n);
    this.n += to - from;
  }
  /** ASCII (or any JS text: UTF-8 encoded). */
  str(s: string): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) ascii = false;
    if (ascii) {
      this.reserve(s.length);
      for (let i = 0; i < s.length; i++) this.b[this.n++] = s.charCodeAt(i);
    } else this.bytes(ENC.encode(s));
  }
  pad(n: number, zero: boolean): void {
    if (n <= 0) return;
    this.reserve(n);
    this.b.fill(zero ? 0x30 : 0x20, this.n, this.n + n);
    this.n += n;
  }
}

const ENC = new TextEncoder();
const DEC = new TextDecoder('utf-8');

interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  sharpV: boolean;
  wid: number;
  prec: number;
}

function clearFlags(f: Flags): void {
  f.widPresent = f.precPresent = f.minus = f.plus = f.sharp = f.space = f.zero = f.sharpV = false;
  f.wid = f.prec = 0;
}

/** Length in bytes of the UTF-8 sequence starting at s[i], 1 for an invalid byte (Go's DecodeRune width). */
export function runeWidth(s: Uint8Array, i: number, end: number): number {
  const c = s[i]!;
  if (c < 0x80) return 1;
  const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (need === 0 || i + need > end) return 1;
  for (let k = 1; k < need; k++) if ((s[i + k]! & 0xc0) !== 0x80) return 1;
  const c1 = s[i + 1]!;
  if (c === 0xe0 && c1 < 0xa0) return 1;
  if (c === 0xed && c1 >= 0xa0) return 1;
  if (c === 0xf0 && c1 < 0x90) return 1;
  if (c === 0xf4 && c1 >= 0x90) return 1;
  return need;
}

/** The code point of a valid sequence of `w` bytes at s[i]. */
export function runeAt(s: Uint8Array, i: number, w: number): number {
  const c = s[i]!;
  if (w === 1) return c;
  if (w === 2) return ((c & 0x1f) << 6) | (s[i + 1]! & 0x3f);
  if (w === 3) return ((c & 0x0f) << 12) | ((s[i + 1]! & 0x3f) << 6) | (s[i + 2]! & 0x3f);
  return (
    ((c & 0x07) << 18) | ((s[i + 1]! & 0x3f) << 12) | ((s[i + 2]! & 0x3f) << 6) | (s[i + 3]! & 0x3f)
  );
}

export function runeCount(s: Uint8Array, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i += runeWidth(s, i, to)) n++;
  return n;
}

/** Go's fmt: the formatter state of one Sprintf call. */
class Printer {
  readonly out = new Out();
  readonly f: Flags = {
    widPresent: false,
    precPresent: false,
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    sharpV: false,
    wid: 0,
    prec: 0,
  };
  private erroring = false;

  // ---- padding (format.go) --------------------------------------------------------------------------------------

  private padBytes(b: Uint8Array, from = 0, to = b.length): void {
    const f = this.f;
    if (!f.widPresent || f.wid === 0) {
      this.out.bytes(b, from, to);
      return;
    }
    const width = f.wid - runeCount(b, from, to);
    if (!f.minus) {
      this.out.pad(width, f.zero);
      this.out.bytes(b, from, to);
    } else {
      this.out.bytes(b, from, to);
      this.out.pad(width, f.zero);
    }
  }

  private padText(s: string): void {
    this.padBytes(latin1OrUtf8(s));
  }

  // ---- integers -------------------------------------------------------------------------------------------------

  /** fmtInteger for an int64 given as a float64 holding an integral value in range (or the bigint). */
  private fmtInteger(v: bigint, base: number, verb: string, upper: boolean): void {
    const f = this.f;
    const negative = v < 0n;
    const u = negative ? -v : v;
    let prec = 0;
    if (f.precPresent) {
      prec = f.prec;
      if (prec === 0 && u === 0n) {
        const oldZero = f.zero;
        f.zero = false;
        this.out.pad(f.wid, f.zero);
        f.zero = oldZero;
        return;
      }
    } else if (f.zero && f.widPresent) {
      prec = f.wid;
      if (negative || f.plus || f.space) prec--;
    }
    let digits = u.toString(base);
    if (upper) digits = digits.toUpperCase();
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    if (f.sharp) {
      if (base === 2) digits = '0b' + digits;
      else if (base === 8) {
        if (digits[0] !== '0') digits = '0' + digits;
      } else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
    }
    if (verb === 'O') digits = '0o' + digits;
    if (negative) digits = '-' + digits;
    else if (f.plus) digits = '+' + digits;
    else if (f.space) digits = ' ' + digits;
    const oldZero = f.zero;
    f.zero = false;
    this.padText(digits);
    f.zero = oldZero;
  }

  private fmtC(v: bigint): void {
    let r = BigInt.asUintN(64, v) > 0x10ffffn ? 0xfffd : Number(v);
    if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd;
    this.padBytes(ENC.encode(String.fromCodePoint(r)));
  }

  private fmtUnicode(v: bigint): void {
    const f = this.f;
    const u = BigInt.asUintN(64, v);
    let prec = 4;
    if (f.precPresent && f.prec > 4) prec = f.prec;
    let hex = u.toString(16).toUpperCase();
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    let s = 'U+' + hex;
    if (f.sharp && u <= 0x10ffffn && isPrint(Number(u)))
      s += " '" + String.fromCodePoint(Number(u)) + "'";
    const oldZero = f.zero;
    f.zero = false;
    this.padText(s);
    f.zero = oldZero;
  }

  /** print.go fmtInteger for an int64. */
  private printInt(v: bigint, verb: string): void {
    switch (verb) {
      case 'v':
      case 'd':
        return this.fmtInteger(v, 10, verb, false);
      case 'b':
        return this.fmtInteger(v, 2, verb, false);
      case 'o':
      case 'O':
        return this.fmtInteger(v, 8, verb, false);
      case 'x':
        return this.fmtInteger(v, 16, verb, false);
      case 'X':
        return this.fmtInteger(v, 16, verb, true);
      case 'c':
        return this.fmtC(v);
      case 'q':
        return this.fmtQc(v);
      case 'U':
        return this.fmtUnicode(v);
      default:
        return this.badVerb(verb, 'int64', () => this.printInt(v, 'v'));
    }
  }

  private fmtQc(v: bigint): void {
    let r = BigInt.asUintN(64, v) > 0x10ffffn ? 0xfffd : Number(v);
    if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd;
    const out = new Out();
    out.byte(0x27);
    if (r === 0x27 || r === 0x5c) {
      out.byte(0x5c);
      out.byte(r);
    } else appendEscapedRune(out, r, 0x27, this.f.plus);
    out.byte(0x27);
    this.padBytes(out.b, 0, out.n);
  }

  // ---- floats ---------------------------------------------------------------------------------------------------

  private fmtFloat(v: number, verb: string, defPrec: number): void {
    const f = this.f;
    const prec = f.precPresent ? f.prec : defPrec;
    let num = goFormatFloat(v, verb, prec);
    if (num[0] === '-' || num[0] === '+') {
      /* keep */
    } else num = '+' + num;
    if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = f.zero;
      f.zero = false;
      if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1);
      this.padText(num);
      f.zero = oldZero;
      return;
    }
    if (f.sharp) {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G') digits = prec === -1 ? 6 : prec;
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const c = num[i]!;
        if (c === '.') hasDecimalPoint = true;
        else if (c === 'e' || c === 'E') {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        } else {
          if (c !== '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      if (digits > 0) num += '0'.repeat(digits);
      num += tail;
    }
    if (f.plus || num[0] !== '+') {
      if (f.zero && f.widPresent && f.wid > num.length) {
        this.out.byte(num.charCodeAt(0));
        this.out.pad(f.wid - num.length, true);
        this.out.str(num.slice(1));
        return;
      }
      this.padText(num);
      return;
    }
    this.padText(num.slice(1));
  }

  private printFloat(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        return this.fmtFloat(v, 'g', -1);
      case 'g':
      case 'G':
        return this.fmtFloat(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmtFloat(v, verb, 6);
      case 'F':
        return this.fmtFloat(v, 'f', 6);
      default:
        return this.badVerb(verb, 'float64', () => this.printFloat(v, 'v'));
    }
  }

  // ---- strings --------------------------------------------------------------------------------------------------

  /** The end of s truncated to the precision in runes. */
  private truncate(s: Uint8Array): number {
    const f = this.f;
    if (!f.precPresent) return s.length;
    let n = f.prec;
    for (let i = 0; i < s.length; i += runeWidth(s, i, s.length)) {
      n--;
      if (n < 0) return i;
    }
    return s.length;
  }

  private fmtS(s: Uint8Array): void {
    this.padBytes(s, 0, this.truncate(s));
  }

  private fmtSx(s: Uint8Array, upper: boolean): void {
    const f = this.f;
    const digits = upper ? '0123456789ABCDEFX' : '0123456789abcdefx';
    let length = s.length;
    if (f.precPresent && f.prec < length) length = f.prec;
    let width = 2 * length;
    if (width > 0) {
      if (f.space) {
        if (f.sharp) width *= 2;
        width += length - 1;
      } else if (f.sharp) width += 2;
    } else {
      if (f.widPresent) this.out.pad(f.wid, f.zero);
      return;
    }
    if (f.widPresent && f.wid > width && !f.minus) this.out.pad(f.wid - width, f.zero);
    let t = '';
    if (f.sharp) t += '0' + digits[16];
    for (let i = 0; i < length; i++) {
      if (f.space && i > 0) {
        t += ' ';
        if (f.sharp) t += '0' + digits[16];
      }
      const c = s[i]!;
      t += digits[c >> 4]! + digits[c & 15]!;
    }
    this.out.str(t);
    if (f.widPresent && f.wid > width && f.minus) this.out.pad(f.wid - width, f.zero);
  }

  private fmtQ(s: Uint8Array): void {
    const f = this.f;
    const end = this.truncate(s);
    const part = s.subarray(0, end);
    if (f.sharp && canBackquote(part)) {
      const out = new Out();
      out.byte(0x60);
      out.bytes(part);
      out.byte(0x60);
      this.padBytes(out.b, 0, out.n);
      return;
    }
    const out = new Out();
    out.byte(0x22);
    for (let i = 0; i < part.length;) {
      const w = runeWidth(part, i, part.length);
      const c = part[i]!;
      if (w === 1 && c >= 0x80) {
        out.str('\\x' + HEX[c >> 4] + HEX[c & 15]);
        i++;
        continue;
      }
      const r = runeAt(part, i, w);
      if (r === 0x22 || r === 0x5c) {
        out.byte(0x5c);
        out.byte(r);
      } else appendEscapedRune(out, r, 0x22, f.plus, part, i, w);
      i += w;
    }
    out.byte(0x22);
    this.padBytes(out.b, 0, out.n);
  }

  /** print.go fmtString for a Go string. */
  private printString(s: Uint8Array, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.f.sharpV) return this.fmtQ(s);
        return this.fmtS(s);
      case 's':
        return this.fmtS(s);
      case 'x':
        return this.fmtSx(s, false);
      case 'X':
        return this.fmtSx(s, true);
      case 'q':
        return this.fmtQ(s);
      default:
        return this.badVerb(verb, 'string', () => this.printString(s, 'v'));
    }
  }

  // ---- errors ---------------------------------------------------------------------------------------------------

  private badVerb(verb: string, type: string, value: () => void): void {
    this.erroring = true;
    this.out.str('%!' + verb + '(' + type + '=');
    value();
    this.out.byte(0x29);
    this.erroring = false;
  }

  // ---- Lua values -----------------------------------------------------------------------------------------------

  /** printArg for one Lua value. */
  printArg(a: FmtArg, verb: string): void {
    if (verb === 'T') {
      this.fmtS(latin1OrUtf8(goTypeName(a)));
      return;
    }
    switch (a.kind) {
      case 'number':
        return this.formatNumber(a.n, verb);
      case 'string':
        return this.formatLString(a.b, verb);
      case 'nil':
      case 'bool':
      case 'other': {
        const text = a.kind === 'nil' ? 'nil' : a.kind === 'bool' ? String(a.v) : a.text;
        if (!this.erroring && 'vsxXq'.includes(verb))
          return this.printString(latin1OrUtf8(text), verb);
        if (a.kind === 'bool') {
          if (verb === 't' || verb === 'v') return this.padText(text);
          return this.badVerb(verb, 'lua.LBool', () => this.padText(text));
        }
        // A pointer to a struct: Go prints its fields; these have none worth showing.
        return this.padText(a.kind === 'nil' ? '&{}' : `&{${text}}`);
      }
    }
  }

  /** LNumber.Format. */
  private formatNumber(n: number, verb: string): void {
    switch (verb) {
      case 'q':
      case 's':
        return this.printString(latin1OrUtf8(goNumberString(n)), verb);
      case 'b':
      case 'c':
      case 'd':
      case 'o':
      case 'x':
      case 'X':
      case 'U':
        return this.printInt(goInt64(n), verb);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        return this.printFloat(n, verb);
      case 'i':
        return this.printInt(goInt64(n), 'd');
      default:
        if (isInteger(n)) return this.printInt(goInt64(n), verb);
        return this.printFloat(n, verb);
    }
  }

  /** LString.Format. */
  private formatLString(s: Uint8Array, verb: string): void {
    if (verb === 'd' || verb === 'i') {
      if (parseNumberBytes(s) === undefined) return this.printInt(0n, 'd');
      return this.printString(s, 's');
    }
    return this.printString(s, verb);
  }
}

const HEX = '0123456789abcdef';

function latin1OrUtf8(s: string): Uint8Array {
  return ENC.encode(s);
}

/** int64(n) as Go converts a float64 on amd64: truncation, and -2^63 for NaN and values out of range. */
export function goInt64(n: number): bigint {
  if (!(n >= -9223372036854775808 && n < 9223372036854775808)) return -9223372036854775808n;
  return BigInt(Math.trunc(n));
}

function isInteger(n: number): boolean {
  return Number.isFinite(n) && n === Math.trunc(n) && n >= -9223372036854775808 && n < 2 ** 63;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return PRINT.test(String.fromCodePoint(r));
}

/** strconv's appendEscapedRune (quote and backslash already handled). */
function appendEscapedRune(
  out: Out,
  r: number,
  _quote: number,
  asciiOnly: boolean,
  src?: Uint8Array,
  at = 0,
  w = 0,
): void {
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) {
      out.byte(r);
      return;
    }
  } else if (isPrint(r)) {
    if (src) out.bytes(src, at, at + w);
    else out.str(String.fromCodePoint(r));
    return;
  }
  switch (r) {
    case 7:
      return out.str('\\a');
    case 8:
      return out.str('\\b');
    case 12:
      return out.str('\\f');
    case 10:
      return out.str('\\n');
    case 13:
      return out.str('\\r');
    case 9:
      return out.str('\\t');
    case 11:
      return out.str('\\v');
  }
  if (r < 0x20 || r === 0x7f) out.str('\\x' + HEX[r >> 4] + HEX[r & 15]);
  else if (r < 0x10000) out.str('\\u' + r.toString(16).padStart(4, '0'));
  else out.str('\\U' + r.toString(16).padStart(8, '0'));
}

/** strconv.CanBackquote. */
function canBackquote(s: Uint8Array): boolean {
  for (let i = 0; i < s.length;) {
    const w = runeWidth(s, i, s.length);
    const c = s[i]!;
    if (w === 1) {
      if (c >= 0x80) return false;
      if ((c < 0x20 && c !== 9) || c === 0x60 || c === 0x7f) return false;
    } else if (runeAt(s, i, w) === 0xfeff) return false;
    i += w;
  }
  return true;
}

function goTypeName(a: FmtArg): string {
  switch (a.kind) {
    case 'number':
      return 'lua.LNumber';
    case 'string':
      return 'lua.LString';
    case 'nil':
      return '*lua.LNilType';
    case 'bool':
      return 'lua.LBool';
    case 'other':
      return a.type;
  }
}

function parsenum(s: Uint8Array, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i]! >= 0x30 && s[i]! <= 0x39; i++) {
    if (num > 1e6 || num < -1e6) return [0, false, end];
    num = num * 10 + (s[i]! - 0x30);
    isnum = true;
  }
  return [num, isnum, i];
}

/** The number of `%` in the format not part of a `%%` pair (strings.Count, non-overlapping). */
export function countVerbs(s: Uint8Array): number {
  let all = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== 0x25) continue;
    all++;
    if (s[i + 1] === 0x25) {
      pairs++;
      all++;
      i++;
    }
  }
  return all - pairs;
}

let printer: Printer | undefined;

/** Go's fmt.Sprintf(format, args...) for Lua values; the result is a view of a reused buffer (copy it). */
export function goSprintf(format: Uint8Array, args: FmtArg[]): Uint8Array {
  const p = (printer ??= new Printer());
  p.out.n = 0;
  const f = p.f;
  const end = format.length;
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  let afterIndex = false;
  const argNumber = (i: number): [number, number, boolean] => {
    if (i >= end || format[i] !== 0x5b) return [argNum, i, false];
    reordered = true;
    // parseArgNumber
    if (end - i < 3) {
      goodArgNum = false;
      return [argNum, i + 1, false];
    }
    for (let j = i + 1; j < end; j++) {
      if (format[j] === 0x5d) {
        const [width, ok, newi] = parsenum(format, i + 1, j);
        if (!ok || newi !== j) {
          goodArgNum = false;
          return [argNum, j + 1, false];
        }
        const index = width - 1;
        if (index >= 0 && index < args.length) return [index, j + 1, true];
        goodArgNum = false;
        return [argNum, j + 1, true];
      }
    }
    goodArgNum = false;
    return [argNum, i + 1, false];
  };
  let i = 0;
  formatLoop: while (i < end) {
    goodArgNum = true;
    const lasti = i;
    while (i < end && format[i] !== 0x25) i++;
    if (i > lasti) p.out.bytes(format, lasti, i);
    if (i >= end) break;
    i++;
    clearFlags(f);
    simple: for (; i < end; i++) {
      const c = format[i]!;
      switch (c) {
        case 0x23: // #
          f.sharp = true;
          break;
        case 0x30: // 0
          f.zero = !f.minus;
          break;
        case 0x2b: // +
          f.plus = true;
          break;
        case 0x2d: // -
          f.minus = true;
          f.zero = false;
          break;
        case 0x20: // space
          f.space = true;
          break;
        default:
          if (c >= 0x61 && c <= 0x7a && argNum < args.length) {
            if (c === 0x76) {
              f.sharpV = f.sharp;
              f.sharp = false;
              f.plus = false;
            }
            p.printArg(args[argNum]!, String.fromCharCode(c));
            argNum++;
            i++;
            continue formatLoop;
          }
          break simple;
      }
    }
    [argNum, i, afterIndex] = argNumber(i);
    if (i < end && format[i] === 0x2a) {
      // '*': a Lua number is never a Go int
      i++;
      if (argNum < args.length) argNum++;
      f.wid = 0;
      f.widPresent = false;
      p.out.str('%!(BADWIDTH)');
      afterIndex = false;
    } else {
      [f.wid, f.widPresent, i] = parsenum(format, i, end);
      if (afterIndex && f.widPresent) goodArgNum = false;
    }
    if (i + 1 < end && format[i] === 0x2e) {
      i++;
      if (afterIndex) goodArgNum = false;
      [argNum, i, afterIndex] = argNumber(i);
      if (i < end && format[i] === 0x2a) {
        i++;
        if (argNum < args.length) argNum++;
        f.prec = 0;
        f.precPresent = false;
        p.out.str('%!(BADPREC)');
        afterIndex = false;
      } else {
        [f.prec, f.precPresent, i] = parsenum(format, i, end);
        if (!f.precPresent) {
          f.prec = 0;
          f.precPresent = true;
        }
      }
    }
    if (!afterIndex) [argNum, i, afterIndex] = argNumber(i);
    if (i >= end) {
      p.out.str('%!(NOVERB)');
      break;
    }
    let verb: string;
    const w = runeWidth(format, i, end);
    if (format[i]! < 0x80) verb = String.fromCharCode(format[i]!);
    else if (w === 1) verb = '\ufffd';
    else verb = DEC.decode(format.subarray(i, i + w));
    i += w;
    if (verb === '%') p.out.byte(0x25);
    else if (!goodArgNum) p.out.str('%!' + verb + '(BADINDEX)');
    else if (argNum >= args.length) p.out.str('%!' + verb + '(MISSING)');
    else {
      if (verb === 'v') {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plus = false;
      }
      p.printArg(args[argNum]!, verb);
      argNum++;
    }
  }
  if (!reordered && argNum < args.length) {
    clearFlags(f);
    p.out.str('%!(EXTRA ');
    for (let k = argNum; k < args.length; k++) {
      if (k > argNum) p.out.str(', ');
      p.out.str(goTypeName(args[k]!) + '=');
      p.printArg(args[k]!, 'v');
    }
    p.out.byte(0x29);
  }
  return p.out.b.subarray(0, p.out.n);
}
