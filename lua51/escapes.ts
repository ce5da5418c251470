/**
 * Source compatibility with Lua 5.1 / gopher-lua before Fengari (Lua 5.3) loads a chunk.
 *
 * Lua 5.1 reads an unknown escape such as `"\{"` as the character itself; Lua 5.3 rejects the whole file. This pass
 * walks the source with a small lexer (short strings, long strings, comments) and drops the backslash of every
 * escape Lua 5.1 does not have, so `"\{"` becomes `"{"` — Lua 5.3's own `\x41`, `\u{48}` and `\z` included, which
 * gopher-lua reads as `x41`, `u{48}` and `z`. A decimal escape past 255 (gopher-lua keeps its low byte) is written
 * as that byte.
 *
 * gopher-lua numbers are all doubles, while Fengari's integers are 32-bit and wrap (`2147483647 + 1` is negative,
 * `os.time() * 1000` overflows). The same pass writes integer literals as float literals (`1000` -> `1000.0`,
 * `0xFF` -> `0xFFp0`), so arithmetic involving a literal is done in doubles, as on neomega. Lines never move, so
 * error positions stay right.
 */

const KEEP = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"', "'", '\n', '\r']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);

function longBracketLevel(src: string, i: number): number {
  // src[i] === '['; returns the level of a long bracket opening at i, or -1.
  let j = i + 1;
  while (src[j] === '=') j++;
  return src[j] === '[' ? j - i - 1 : -1;
}

function skipLong(src: string, i: number, level: number): number {
  const close = ']' + '='.repeat(level) + ']';
  const end = src.indexOf(close, i + level + 2);
  return end < 0 ? src.length : end + close.length;
}

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isIdentChar = (c: string | undefined): boolean =>
  c !== undefined && (/[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80);

/**
 * Returns the source with Lua 5.1-only escapes rewritten (and, unless `floatLiterals` is false, integer literals
 * written as floats); `changed` counts the escapes rewritten.
 */
export function rewriteLua51Escapes(
  src: string,
  floatLiterals = true,
): { text: string; changed: number } {
  let out = '';
  let changed = 0;
  let i = 0;
  let last = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '-' && src[i + 1] === '-') {
      if (src[i + 2] === '[') {
        const level = longBracketLevel(src, i + 2);
        if (level >= 0) {
          i = skipLong(src, i + 2, level);
          continue;
        }
      }
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === '[') {
      const level = longBracketLevel(src, i);
      if (level >= 0) {
        i = skipLong(src, i, level);
        continue;
      }
      i++;
      continue;
    }
    if (isIdentStart(c)) {
      while (i < n && isIdentChar(src[i])) i++;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1]))) {
      const start = i;
      let float = false;
      if (c === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X')) {
        i += 2;
        while (i < n && (isHex(src[i]) || src[i] === '.')) {
          if (src[i] === '.') float = true;
          i++;
        }
        if (src[i] === 'p' || src[i] === 'P') {
          float = true;
          i++;
          if (src[i] === '+' || src[i] === '-') i++;
          while (i < n && isDigit(src[i])) i++;
        }
        if (!float && floatLiterals && i > start + 2) {
          out += src.slice(last, i) + 'p0';
          last = i;
        }
      } else {
        while (i < n && (isDigit(src[i]) || src[i] === '.')) {
          if (src[i] === '.') {
            if (src[i + 1] === '.') break; // `1..x` is malformed anyway; never split a `..`
            float = true;
          }
          i++;
        }
        if (src[i] === 'e' || src[i] === 'E') {
          float = true;
          i++;
          if (src[i] === '+' || src[i] === '-') i++;
          while (i < n && isDigit(src[i])) i++;
        }
        if (!float && floatLiterals && !isIdentChar(src[i])) {
          out += src.slice(last, i) + '.0';
          last = i;
        }
      }
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n) {
        const d = src[i]!;
        if (d === c || d === '\n') {
          i++;
          break;
        }
        if (d !== '\\') {
          i++;
          continue;
        }
        const e = src[i + 1];
        if (e === undefined) {
          i++;
          break;
        }
        if (isDigit(e)) {
          let j = i + 2;
          while (j < i + 4 && isDigit(src[j])) j++;
          const v = Number(src.slice(i + 1, j));
          if (v > 255) {
            out += src.slice(last, i) + '\\' + String(v & 0xff).padStart(3, '0');
            last = j;
            changed++;
          }
          i = j;
          continue;
        }
        if (KEEP.has(e)) {
          i += 2;
          continue;
        }
        // Drop the backslash: Lua 5.1 reads `\X` as X.
        out += src.slice(last, i);
        last = i + 1;
        changed++;
        i += 1 + (e.codePointAt(0)! > 0xffff ? 2 : 1);
      }
      continue;
    }
    i++;
  }
  out += src.slice(last);
  return { text: out, changed };
}
