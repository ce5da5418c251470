/**
 * Go's time.ParseDuration, byte for byte: same accepted syntax, same overflow rules, same error messages
 * (`time: invalid duration "abc"`, `time: missing unit in duration "30"`, `time: unknown unit "x" in duration "3x"`).
 */

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1000n],
  ['\u00b5s', 1000n],
  ['\u03bcs', 1000n],
  ['ms', 1000000n],
  ['s', 1000000000n],
  ['m', 60n * 1000000000n],
  ['h', 3600n * 1000000000n],
]);

const MAX = 1n << 63n;
const HEX = '0123456789abcdef';

/** Go's time.quote: ASCII printable kept (with `"` and `\` escaped), everything else as \xNN bytes. */
export function goTimeQuote(bytes: Uint8Array): string {
  let out = '"';
  let i = 0;
  const dec = new TextDecoder('utf-8', { fatal: false });
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c >= 0x80 || c < 0x20) {
      let width = 1;
      if (c >= 0x80) {
        const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        const slice = bytes.subarray(i, i + len);
        const s = dec.decode(slice);
        width = s.length > 0 && !s.includes('\ufffd') && slice.length === len ? len : 1;
      }
      for (let j = 0; j < width && i + j < bytes.length; j++) {
        const b = bytes[i + j]!;
        out += '\\x' + HEX[b >> 4] + HEX[b & 0xf];
      }
      i += width;
    } else {
      const ch = String.fromCharCode(c);
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
      i++;
    }
  }
  return out + '"';
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

export class GoDurationError extends Error {}

/** Parses a Go duration; returns nanoseconds. Throws GoDurationError with Go's message. */
export function parseGoDuration(input: string | Uint8Array): number {
  const orig = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const invalid = (): GoDurationError =>
    new GoDurationError('time: invalid duration ' + goTimeQuote(orig));
  let s = orig;
  let d = 0n;
  let neg = false;
  if (s.length > 0 && (s[0] === 0x2d || s[0] === 0x2b)) {
    neg = s[0] === 0x2d;
    s = s.subarray(1);
  }
  if (s.length === 1 && s[0] === 0x30) return 0;
  if (s.length === 0) throw invalid();
  while (s.length > 0) {
    let v = 0n;
    let f = 0n;
    let scale = 1;
    if (!(s[0] === 0x2e || isDigit(s[0]))) throw invalid();
    // leadingInt
    let i = 0;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > MAX / 10n) throw invalid();
      v = v * 10n + BigInt(s[i]! - 0x30);
      if (v > MAX) throw invalid();
    }
    const pre = i > 0;
    s = s.subarray(i);
    let post = false;
    if (s.length > 0 && s[0] === 0x2e) {
      s = s.subarray(1);
      // leadingFraction
      let j = 0;
      let overflow = false;
      for (; j < s.length && isDigit(s[j]); j++) {
        if (overflow) continue;
        if (f > (MAX - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s[j]! - 0x30);
        if (y > MAX) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.subarray(j);
    }
    if (!pre && !post) throw invalid();
    let k = 0;
    for (; k < s.length; k++) {
      const c = s[k]!;
      if (c === 0x2e || isDigit(c)) break;
    }
    if (k === 0) throw new GoDurationError('time: missing unit in duration ' + goTimeQuote(orig));
    const uBytes = s.subarray(0, k);
    s = s.subarray(k);
    const u = new TextDecoder('utf-8').decode(uBytes);
    const unit = UNITS.get(u);
    if (unit === undefined) {
      throw new GoDurationError(
        'time: unknown unit ' + goTimeQuote(uBytes) + ' in duration ' + goTimeQuote(orig),
      );
    }
    if (v > MAX / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX) throw invalid();
    }
    d += v;
    if (d > MAX) throw invalid();
  }
  if (neg) return -Number(d);
  if (d > MAX - 1n) throw invalid();
  return Number(d);
}
