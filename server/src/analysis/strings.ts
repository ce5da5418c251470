/** The value of a Lua string token (short or long bracket), escapes read as Lua 5.1 reads them. */
import type { Tokens } from '../../../lua51/lexer';

export function stringValue(toks: Tokens, t: number): string {
  const raw = toks.text.slice(toks.start[t], toks.end[t]);
  if (raw.startsWith('[')) {
    const m = /^\[(=*)\[\r?\n?/.exec(raw);
    if (!m) return raw;
    const close = ']' + m[1] + ']';
    return raw.endsWith(close)
      ? raw.slice(m[0].length, raw.length - close.length)
      : raw.slice(m[0].length);
  }
  const q = raw[0];
  const body = raw.length > 1 && raw.endsWith(q) ? raw.slice(1, -1) : raw.slice(1);
  if (body.indexOf('\\') < 0) return body;
  return body.replace(/\\(\d{1,3}|[\s\S])/g, (_m, e: string) => {
    if (/^\d/.test(e)) return String.fromCharCode(Number(e));
    const known: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
    };
    return known[e] ?? e;
  });
}
