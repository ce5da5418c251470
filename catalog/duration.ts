/**
 * Go's `time.ParseDuration`, reproduced exactly (grammar, units, overflow and error messages), because neomega
 * passes a string `timeout` option straight to it: the runtime must fail the same calls with the same message,
 * and the language server flags the same strings before the plugin runs.
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

const UNIT_NS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5 micro sign
  μs: 1000n, // U+03BC Greek small letter mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60n * 1000000000n,
  h: 3600n * 1000000000n,
};

const MAX_INT64 = (1n << 63n) - 1n;

/** Go's `time.quote`: double quotes, with control characters and invalid UTF-8 as `\xNN`. */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0xfffd) {
      if (code === 0xfffd) {
        out += '\\xef\\xbf\\xbd';
      } else {
        out += '\\x' + code.toString(16).padStart(2, '0');
      }
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Parses a duration string the way Go's `time.ParseDuration` does. */
export function parseGoDuration(input: string): DurationResult {
  const invalid = (): DurationResult => ({
    ok: false,
    message: 'time: invalid duration ' + goQuote(input),
  });
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanoseconds: 0 };
  if (s === '') return invalid();
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid();
    // integer part
    let i = 0;
    let v = 0n;
    while (i < s.length && isDigit(s[i])) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > 1n << 63n) return invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    // fraction part
    let f = 0n;
    let scale = 1n;
    let post = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (j < s.length && isDigit(s[j])) {
        if (!overflow) {
          if (f > (MAX_INT64 - 9n) / 10n) {
            overflow = true;
          } else {
            f = f * 10n + BigInt(s.charCodeAt(j) - 48);
            scale *= 10n;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid();
    // unit
    let k = 0;
    while (k < s.length && s[k] !== '.' && !isDigit(s[k])) k++;
    if (k === 0) {
      return { ok: false, message: 'time: missing unit in duration ' + goQuote(input) };
    }
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = UNIT_NS[u];
    if (unit === undefined) {
      return {
        ok: false,
        message: 'time: unknown unit ' + goQuote(u) + ' in duration ' + goQuote(input),
      };
    }
    if (v > (1n << 63n) / unit) return invalid();
    v *= unit;
    if (f > 0n) {
      // Go computes this in float64: uint64(float64(f) * (float64(unit) / scale))
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / Number(scale))));
      if (v > 1n << 63n) return invalid();
    }
    total += v;
    if (total > 1n << 63n) return invalid();
  }
  if (neg) return { ok: true, nanoseconds: -Number(total) };
  if (total > MAX_INT64) return invalid();
  return { ok: true, nanoseconds: Number(total) };
}
