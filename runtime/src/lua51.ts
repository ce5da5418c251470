/**
 * Source compatibility with Lua 5.1 / gopher-lua before Fengari (Lua 5.3) loads a chunk.
 *
 * Lua 5.1 reads an unknown escape such as `"\{"` as the character itself; Lua 5.3 rejects the whole file. This pass
 * walks the source with a small lexer (short strings, long strings, comments) and drops the backslash of every
 * escape Lua 5.3 would reject, so `"\{"` becomes `"{"`. Nothing else changes and no line moves, so error
 * positions stay right.
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

/** Returns the source with Lua 5.1-only escapes rewritten; `changed` counts the escapes rewritten. */
export function rewriteLua51Escapes(src: string): { text: string; changed: number } {
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
        let keep = KEEP.has(e) || isDigit(e);
        if (e === 'x') keep = isHex(src[i + 2]) && isHex(src[i + 3]);
        if (e === 'u') keep = /^\{[0-9a-fA-F]+\}/.test(src.slice(i + 2, i + 12));
        if (keep) {
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
