/**
 * A Lua 5.1 lexer that follows `llex.c` of Lua 5.1.5 (what `luac5.1 -p` accepts) and never stops: a lexical error
 * is recorded against the token where Lua would raise it and scanning goes on, so completion still has tokens after
 * an unterminated string. Tokens live in parallel typed arrays (a 5 MB file makes about a million tokens).
 *
 * Differences from Lua 5.1, on purpose: `goto` and `::` are tokens (gopher-lua, neomega's VM, has Lua 5.2's goto),
 * and the Lua 5.3 operators `//`, `&`, `|`, `~`, `<<`, `>>` are single tokens so diagnostics can name them (the
 * parser rejects each, as Lua 5.1 does).
 *
 * One file, as `llex.c` is: one state machine (llex's switch over the next character, with skipSep, readLong and
 * readNumeral for skip_sep, read_long_string and read_numeral) that mirrors the C source function by function, so
 * the two can be compared side by side; it is longer than most modules for that reason.
 */

export enum K {
  EOS = 0,
  Name,
  Number,
  String,
  // keywords
  And,
  Break,
  Do,
  Else,
  Elseif,
  End,
  False,
  For,
  Function,
  Goto,
  If,
  In,
  Local,
  Nil,
  Not,
  Or,
  Repeat,
  Return,
  Then,
  True,
  Until,
  While,
  // symbols
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Semi,
  Colon,
  DoubleColon,
  Comma,
  Dot,
  Concat,
  Dots,
  Assign,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Caret,
  Hash,
  // Lua 5.3 operators (always an error here)
  IDiv,
  BAnd,
  BOr,
  BXor,
  Shl,
  Shr,
  /** Any other character (Lua returns it as a one-character token; the parser rejects it). */
  Other,
}

const KEYWORDS: Record<string, K> = Object.assign(Object.create(null) as Record<string, K>, {
  and: K.And,
  break: K.Break,
  do: K.Do,
  else: K.Else,
  elseif: K.Elseif,
  end: K.End,
  false: K.False,
  for: K.For,
  function: K.Function,
  goto: K.Goto,
  if: K.If,
  in: K.In,
  local: K.Local,
  nil: K.Nil,
  not: K.Not,
  or: K.Or,
  repeat: K.Repeat,
  return: K.Return,
  then: K.Then,
  true: K.True,
  until: K.Until,
  while: K.While,
});

/**
 * Keywords by length and first letter (`KEYWORD_SLOTS[len * 26 + letter]`), so a name is compared with the one or
 * two keywords it could be instead of being cut out of the text and looked up.
 */
const KEYWORD_SLOTS: (readonly [string, K])[][] = [];
for (const [word, kind] of Object.entries(KEYWORDS)) {
  const slot = word.length * 26 + (word.charCodeAt(0) - 97);
  (KEYWORD_SLOTS[slot] ??= []).push([word, kind]);
}

/** The keyword the name [s, s + len) of `text` is (its first character `c`), or K.Name. */
function keywordAt(text: string, s: number, len: number, c: number): K {
  if (len < 2 || len > 8 || c < 97 || c > 122) return K.Name;
  const slot = KEYWORD_SLOTS[len * 26 + (c - 97)];
  if (slot === undefined) return K.Name;
  for (let q = 0; q < slot.length; q++) if (text.startsWith(slot[q][0], s)) return slot[q][1];
  return K.Name;
}

/** `luaX_token2str` for fixed tokens. */
export const TOKEN_TEXT: Partial<Record<K, string>> = {
  [K.EOS]: '<eof>',
  [K.LParen]: '(',
  [K.RParen]: ')',
  [K.LBrace]: '{',
  [K.RBrace]: '}',
  [K.LBracket]: '[',
  [K.RBracket]: ']',
  [K.Semi]: ';',
  [K.Colon]: ':',
  [K.DoubleColon]: '::',
  [K.Comma]: ',',
  [K.Dot]: '.',
  [K.Concat]: '..',
  [K.Dots]: '...',
  [K.Assign]: '=',
  [K.Eq]: '==',
  [K.Ne]: '~=',
  [K.Lt]: '<',
  [K.Le]: '<=',
  [K.Gt]: '>',
  [K.Ge]: '>=',
  [K.Plus]: '+',
  [K.Minus]: '-',
  [K.Star]: '*',
  [K.Slash]: '/',
  [K.Percent]: '%',
  [K.Caret]: '^',
  [K.Hash]: '#',
};
for (const [word, kind] of Object.entries(KEYWORDS)) TOKEN_TEXT[kind] = word;

export const LUA53_OPERATORS: ReadonlySet<K> = new Set([
  K.IDiv,
  K.BAnd,
  K.BOr,
  K.BXor,
  K.Shl,
  K.Shr,
]);

/** A lexical error, raised by the parser when the token it belongs to becomes current. */
export interface LexError {
  token: number;
  /** Lua's message, e.g. `unfinished string`. */
  message: string;
  /** The `near '...'` text. */
  near: string;
  /** Lua's line number at the error. */
  line: number;
}

/** An escape Lua 5.1 accepts but does not define (`"\{"` means `{`): worth a hint, never an error. */
export interface EscapeNote {
  start: number;
  end: number;
}

export interface Tokens {
  text: string;
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Lua's line number when the token has been read (its last line; 1-based). */
  line: Int32Array;
  errors: LexError[];
  /** Comment spans [start, end) in source order. */
  commentStart: number[];
  commentEnd: number[];
  /** Short strings that reach the end of their line (or the file) without a closing quote. */
  unterminated: Set<number>;
  unknownEscapes: EscapeNote[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || isDigit(c);
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

/** For each ASCII character: 2 where a name may start (letter, `_`), 1 for a digit, 0 elsewhere. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) NAME_CHAR[c] = isAlpha(c) || c === 95 ? 2 : isDigit(c) ? 1 : 0;

/** a b f n r t v \\ " ' */
const DEFINED_ESCAPES: ReadonlySet<number> = new Set([97, 98, 102, 110, 114, 116, 118, 92, 34, 39]);

const DECIMAL = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HEX = /^0[xX][0-9a-fA-F]+([pP]\d+)?$/;

/** Whether `luaO_str2d` (strtod, then strtoul base 16) accepts a numeral as `read_numeral` scanned it. */
function validNumeral(s: string): boolean {
  return DECIMAL.test(s) || HEX.test(s);
}

/** `luaX_token2str` for a character token: `'c'`, or `char(N)` for control characters. */
export function charTokenText(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 32 || c === 127) return `char(${c})`;
  return ch;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(64, Math.ceil(n / 5));
  let kind = new Uint8Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let lineArr = new Int32Array(cap);
  let count = 0;
  const errors: LexError[] = [];
  const commentStart: number[] = [];
  const commentEnd: number[] = [];
  const unterminated = new Set<number>();
  const unknownEscapes: EscapeNote[] = [];
  let line = 1;
  let i = 0;

  function grow(): void {
    cap *= 2;
    const k2 = new Uint8Array(cap);
    k2.set(kind);
    kind = k2;
    const s2 = new Int32Array(cap);
    s2.set(start);
    start = s2;
    const e2 = new Int32Array(cap);
    e2.set(end);
    end = e2;
    const l2 = new Int32Array(cap);
    l2.set(lineArr);
    lineArr = l2;
  }
  function push(k: K, s: number, e: number): number {
    if (count === cap) grow();
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    lineArr[count] = line;
    return count++;
  }
  /** Lua's inclinenumber: `\n`, `\r`, `\r\n` and `\n\r` each end one line. */
  function newline(): void {
    const c = text.charCodeAt(i);
    i++;
    const d = text.charCodeAt(i);
    if (isNewline(d) && d !== c) i++;
    line++;
  }
  function err(token: number, message: string, near: string, atLine = line): void {
    errors.push({ token, message, near, line: atLine });
  }
  /** skip_sep: at `[` or `]`; returns the level, or -(count)-1 when the bracket does not repeat. */
  function skipSep(): number {
    const s = text.charCodeAt(i);
    i++;
    let count = 0;
    while (text.charCodeAt(i) === 61 /* = */) {
      i++;
      count++;
    }
    return text.charCodeAt(i) === s ? count : -count - 1;
  }
  /** read_long_string, positioned on the second `[`. Returns an error message or null. */
  function readLong(sep: number, isString: boolean): { error: string | null; nesting: boolean } {
    i++; // second '['
    if (isNewline(text.charCodeAt(i))) newline();
    for (;;) {
      if (i >= n) {
        return {
          error: isString ? 'unfinished long string' : 'unfinished long comment',
          nesting: false,
        };
      }
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */) {
        if (skipSep() === sep) {
          i++;
          if (sep === 0) return { error: 'nesting of [[...]] is deprecated', nesting: true };
        }
      } else if (c === 93 /* ] */) {
        if (skipSep() === sep) {
          i++;
          return { error: null, nesting: false };
        }
      } else if (isNewline(c)) {
        newline();
      } else {
        i++;
      }
    }
  }

  // A first line starting with '#' is skipped (luaL_loadfile).
  if (text.charCodeAt(0) === 35) {
    while (i < n && !isNewline(text.charCodeAt(i))) i++;
  }

  /** Lexical errors met inside comments belong to the next token. */
  let pendingCommentError: { message: string; near: string; line: number } | null = null;
  /** Gives the pending comment error to token `t`, the first after the comment. */
  function takeCommentError(t: number): void {
    const p = pendingCommentError;
    if (!p) return;
    err(t, p.message, p.near, p.line);
    pendingCommentError = null;
  }

  for (;;) {
    if (i >= n) break;
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      // a run of blanks (indentation), read without leaving the loop
      let j = i + 1;
      while (j < n && ((c = text.charCodeAt(j)) === 32 || c === 9)) j++;
      i = j;
      continue;
    }
    const s = i;
    if (c < 128 && NAME_CHAR[c] === 2) {
      // a name or keyword, the commonest token: tested first
      let j = i + 1;
      for (let d = text.charCodeAt(j); d < 128 && NAME_CHAR[d] !== 0; d = text.charCodeAt(++j));
      i = j;
      const t = push(keywordAt(text, s, i - s, c), s, i);
      if (pendingCommentError) takeCommentError(t);
      continue;
    }
    if (c === 10 || c === 13) {
      newline();
      continue;
    }
    if (c >= 9 && c <= 12) {
      // the rest of C's isspace (blank and tab were read above)
      i++;
      continue;
    }
    if (c === 45 /* - */) {
      if (text.charCodeAt(i + 1) !== 45) {
        i++;
        push(K.Minus, s, i);
        continue;
      }
      i += 2;
      if (text.charCodeAt(i) === 91) {
        const save = i;
        const sep = skipSep();
        if (sep >= 0) {
          const r = readLong(sep, false);
          commentStart.push(s);
          commentEnd.push(i);
          if (r.error && !pendingCommentError) {
            pendingCommentError = {
              message: r.error,
              near: r.nesting ? '[' : '<eof>',
              line,
            };
          }
          continue;
        }
        i = save;
      }
      while (i < n && !isNewline(text.charCodeAt(i))) i++;
      commentStart.push(s);
      commentEnd.push(i);
      continue;
    }
    let t: number;
    switch (c) {
      case 91 /* [ */: {
        const sep = skipSep();
        if (sep >= 0) {
          const r = readLong(sep, true);
          t = push(K.String, s, i);
          if (r.error) err(t, r.error, r.nesting ? '[' : '<eof>');
        } else if (sep === -1) {
          t = push(K.LBracket, s, s + 1);
          i = s + 1;
        } else {
          t = push(K.LBracket, s, i);
          err(t, 'invalid long string delimiter', text.slice(s, i));
        }
        break;
      }
      case 34:
      case 39: {
        // short string
        const startLine = line;
        i++;
        let error: string | null = null;
        let tooLargeAt = -1;
        let closed = false;
        for (;;) {
          if (i >= n) {
            error = error ?? 'unfinished string@eof';
            break;
          }
          const d = text.charCodeAt(i);
          if (d === c) {
            i++;
            closed = true;
            break;
          }
          if (d === 10 || d === 13) {
            error = error ?? 'unfinished string';
            break;
          }
          if (d === 92 /* \ */) {
            const escStart = i;
            i++;
            const e = text.charCodeAt(i);
            if (i >= n) continue;
            if (isNewline(e)) {
              newline();
              continue;
            }
            if (isDigit(e)) {
              let v = 0;
              let k = 0;
              do {
                v = v * 10 + (text.charCodeAt(i) - 48);
                i++;
              } while (++k < 3 && isDigit(text.charCodeAt(i)));
              if (v > 255 && !error) {
                error = 'escape sequence too large';
                tooLargeAt = escStart;
              }
              continue;
            }
            // a, b, f, n, r, t, v, \, ", ' are defined; anything else stands for itself
            if (!DEFINED_ESCAPES.has(e)) {
              const w = e >= 0xd800 && e < 0xdc00 ? 2 : 1;
              unknownEscapes.push({ start: i - 1, end: i + w });
              i += w;
            } else {
              i++;
            }
            continue;
          }
          i++;
        }
        t = push(K.String, s, i);
        if (!closed) unterminated.add(t);
        if (error === 'unfinished string@eof') {
          err(t, 'unfinished string', '<eof>');
        } else if (error === 'unfinished string') {
          err(t, error, unescapeForMessage(text.slice(s, i)), startLine);
        } else if (error) {
          // Lua's buffer holds the string read so far, up to the bad escape
          err(t, error, unescapeForMessage(text.slice(s, tooLargeAt >= 0 ? tooLargeAt : i)));
        }
        break;
      }
      case 61 /* = */: {
        if (text.charCodeAt(i + 1) === 61) {
          i += 2;
          t = push(K.Eq, s, i);
        } else {
          i++;
          t = push(K.Assign, s, i);
        }
        break;
      }
      case 60 /* < */: {
        const d = text.charCodeAt(i + 1);
        i += d === 61 || d === 60 ? 2 : 1;
        t = push(d === 61 ? K.Le : d === 60 ? K.Shl : K.Lt, s, i);
        break;
      }
      case 62 /* > */: {
        const d = text.charCodeAt(i + 1);
        i += d === 61 || d === 62 ? 2 : 1;
        t = push(d === 61 ? K.Ge : d === 62 ? K.Shr : K.Gt, s, i);
        break;
      }
      case 126 /* ~ */: {
        if (text.charCodeAt(i + 1) === 61) {
          i += 2;
          t = push(K.Ne, s, i);
        } else {
          i++;
          t = push(K.BXor, s, i);
        }
        break;
      }
      case 46 /* . */: {
        if (text.charCodeAt(i + 1) === 46) {
          if (text.charCodeAt(i + 2) === 46) {
            i += 3;
            t = push(K.Dots, s, i);
          } else {
            i += 2;
            t = push(K.Concat, s, i);
          }
        } else if (isDigit(text.charCodeAt(i + 1))) {
          t = readNumeral(s);
        } else {
          i++;
          t = push(K.Dot, s, i);
        }
        break;
      }
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57: {
        t = readNumeral(s);
        break;
      }
      case 58 /* : */: {
        if (text.charCodeAt(i + 1) === 58) {
          i += 2;
          t = push(K.DoubleColon, s, i);
        } else {
          i++;
          t = push(K.Colon, s, i);
        }
        break;
      }
      case 47 /* / */: {
        if (text.charCodeAt(i + 1) === 47) {
          i += 2;
          t = push(K.IDiv, s, i);
        } else {
          i++;
          t = push(K.Slash, s, i);
        }
        break;
      }
      default: {
        i += c >= 0xd800 && c < 0xdc00 && i + 1 < n ? 2 : 1;
        t = push(SINGLE[c] ?? K.Other, s, i);
        break;
      }
    }
    if (pendingCommentError) takeCommentError(t);
  }
  const eos = push(K.EOS, n, n);
  takeCommentError(eos);

  function readNumeral(s: number): number {
    // do save while digit or '.'; optional exponent mark and sign; then alnum or '_'
    while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
    const e = text.charCodeAt(i);
    if (e === 69 || e === 101) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
    }
    while (i < n && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
    const t = push(K.Number, s, i);
    const raw = text.slice(s, i);
    if (!validNumeral(raw)) err(t, 'malformed number', raw);
    return t;
  }

  return {
    text,
    count,
    kind,
    start,
    end,
    line: lineArr,
    errors,
    commentStart,
    commentEnd,
    unterminated,
    unknownEscapes,
  };
}

const SINGLE: Record<number, K> = {
  40: K.LParen,
  41: K.RParen,
  123: K.LBrace,
  125: K.RBrace,
  93: K.RBracket,
  59: K.Semi,
  44: K.Comma,
  43: K.Plus,
  42: K.Star,
  37: K.Percent,
  94: K.Caret,
  35: K.Hash,
  38: K.BAnd,
  124: K.BOr,
};

/** The text Lua's buffer holds for a short string read so far: escapes already applied. */
function unescapeForMessage(raw: string): string {
  return raw.replace(/\\(\d{1,3}|[\s\S])/g, (_m, e: string) => {
    if (/^\d/.test(e)) return String.fromCharCode(Number(e));
    const known: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
    };
    return known[e] ?? e;
  });
}

/** Index of the last token starting at or before `offset` (-1 when none). Binary search. */
export function tokenAtOrBefore(toks: Tokens, offset: number): number {
  let lo = 0;
  let hi = toks.count - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start[mid] <= offset) {
      ans = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return ans;
}

/** Whether `offset` lies inside a comment (after its first character). */
export function inComment(toks: Tokens, offset: number): boolean {
  const cs = toks.commentStart;
  let lo = 0;
  let hi = cs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid] < offset) {
      ans = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return ans >= 0 && offset <= toks.commentEnd[ans];
}
