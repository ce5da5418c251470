/**
 * Go's `time.ParseDuration`, reproduced byte for byte (grammar, units, overflow rules and error messages, including
 * `time.quote`'s `\xNN` for non-ASCII bytes), because neomega passes a string `timeout` option straight to it: the
 * runtime fails the same calls with the same message (it passes the Lua string's bytes), and the language server
 * flags the same strings before the plugin runs (it passes editor text).
 */

export type DurationResult =
  | {
      ok: true;
      /** Nanoseconds (a JS number: exact up to 2^53 ns, about 104 days). */ nanoseconds: number;
    }
  | {
      ok: false;
      /** Go's error text, e.g. `time: missing unit in duration "30"`. */ message: string;
    };

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
function goTimeQuote(bytes: Uint8Array): string {
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

/** Parses a Go duration from editor text or from a Lua string's bytes. */
export function parseGoDuration(input: string | Uint8Array): DurationResult {
  const orig = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const fail = (message: string): DurationResult => ({ ok: false, message });
  const invalid = (): DurationResult => fail('time: invalid duration ' + goTimeQuote(orig));
  let s = orig;
  let d = 0n;
  let neg = false;
  if (s.length > 0 && (s[0] === 0x2d || s[0] === 0x2b)) {
    neg = s[0] === 0x2d;
    s = s.subarray(1);
  }
  if (s.length === 1 && s[0] === 0x30) return { ok: true, nanoseconds: 0 };
  if (s.length === 0) return invalid();
  while (s.length > 0) {
    let v = 0n;
    let f = 0n;
    let scale = 1;
    if (!(s[0] === 0x2e || isDigit(s[0]))) return invalid();
    // leadingInt
    let i = 0;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > MAX / 10n) return invalid();
      v = v * 10n + BigInt(s[i]! - 0x30);
      if (v > MAX) return invalid();
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
    if (!pre && !post) return invalid();
    let k = 0;
    for (; k < s.length; k++) {
      const c = s[k]!;
      if (c === 0x2e || isDigit(c)) break;
    }
    if (k === 0) return fail('time: missing unit in duration ' + goTimeQuote(orig));
    const uBytes = s.subarray(0, k);
    s = s.subarray(k);
    const u = new TextDecoder('utf-8').decode(uBytes);
    const unit = UNITS.get(u);
    if (unit === undefined) {
      return fail(
        'time: unknown unit ' + goTimeQuote(uBytes) + ' in duration ' + goTimeQuote(orig),
      );
    }
    if (v > MAX / unit) return invalid();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX) return invalid();
    }
    d += v;
    if (d > MAX) return invalid();
  }
  if (neg) return { ok: true, nanoseconds: -Number(d) };
  if (d > MAX - 1n) return invalid();
  return { ok: true, nanoseconds: Number(d) };
}
