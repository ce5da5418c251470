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
 * `os.time() * 1000` overflows). The same pass writes each numeric literal as the float gopher-lua reads it
 * (numerals.ts: `1000` -> `1000.0`, `0xFF` -> `255.0`, `0010` -> `8.0`), so arithmetic involving a literal is done
 * in doubles, as on neomega. And as gopher-lua compiles Lua 5.0's `arg`, a vararg function of a chunk that names
 * `arg` gets a local `arg` after its parameter list: `{n = select("#", ...), ...}`, or nil when its body uses `...`
 * itself (Lua 5.1's rule). Lines never move, so error positions stay right.
 */
import { gopherNumeral } from './numerals';

/** `local arg` for a vararg function (gopher-lua's CompatVarArg): the table, or nil when the body uses `...`. */
const ARG_TABLE = ' local arg = {n = select("#", ...), ...};';
const ARG_NIL = ' local arg;';

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
 * After the keyword `function` at i: the end of its parameter list (just past `)`) when the list ends with `...`,
 * else -1. Only plain layouts are recognised (a name like `a.b:c`, spaces, names and commas).
 */
function varargParamsEnd(src: string, i: number): number {
  const m = /^\s*(?:[A-Za-z_][\w]*(?:\s*[.:]\s*[A-Za-z_][\w]*)*)?\s*\(([\w\s,]*)\.\.\.\s*\)/.exec(
    src.slice(i, i + 400),
  );
  if (!m || !/^(\s*[A-Za-z_]\w*\s*,)*\s*$/.test(m[1]!)) return -1;
  return i + m[0].length;
}

const OPENS = new Set(['function', 'if', 'do', 'repeat']);
const CLOSES = new Set(['end', 'until']);

/** Whether the function body starting at i uses `...` itself (not inside a nested function). */
function bodyUsesVararg(src: string, i: number): boolean {
  const stack: string[] = ['function'];
  const n = src.length;
  while (i < n && stack.length > 0) {
    const c = src[i]!;
    if (c === '-' && src[i + 1] === '-') {
      const level = src[i + 2] === '[' ? longBracketLevel(src, i + 2) : -1;
      if (level >= 0) i = skipLong(src, i + 2, level);
      else i = src.indexOf('\n', i) < 0 ? n : src.indexOf('\n', i);
    } else if (c === '[' && longBracketLevel(src, i) >= 0) {
      i = skipLong(src, i, longBracketLevel(src, i));
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < n && isIdentChar(src[i])) i++;
      const word = src.slice(start, i);
      if (OPENS.has(word)) stack.push(word);
      else if (CLOSES.has(word)) stack.pop();
    } else if (c === '.' && src.startsWith('...', i)) {
      if (stack.lastIndexOf('function') === 0) return true;
      i += 3;
    } else if (isDigit(c)) {
      while (i < n && (isIdentChar(src[i]) || src[i] === '.')) i++;
    } else i++;
  }
  return false;
}

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
  const namesArg = floatLiterals && /(^|[^\w.:])arg\b/.test(src);
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
      const start = i;
      while (i < n && isIdentChar(src[i])) i++;
      if (namesArg && src.slice(start, i) === 'function') {
        const end = varargParamsEnd(src, i);
        if (end >= 0) {
          out += src.slice(last, end) + (bodyUsesVararg(src, end) ? ARG_NIL : ARG_TABLE);
          last = end;
          i = end;
        }
      }
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
        const num =
          floatLiterals && !float && i > start + 2 ? gopherNumeral(src.slice(start, i)) : undefined;
        if (num !== undefined) {
          out += src.slice(last, start) + num;
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
        const num =
          floatLiterals && !isIdentChar(src[i]) ? gopherNumeral(src.slice(start, i)) : undefined;
        if (num !== undefined) {
          out += src.slice(last, start) + num;
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
