/**
 * gopher-lua's scanner (parse/lexer.go), byte by byte: its tokens, the text it keeps of each (a string's value, a
 * number as written), and where it stands when it reports an error (a line and the column of the last byte read;
 * "at EOF" once it has read the end). See index.ts for how it differs from Lua 5.1's.
 */

export const EOF = -1;

export const enum T {
  EOF,
  Name,
  Number,
  String,
  Op, // every fixed token; its text says which
}

const RESERVED = new Set(
  'and break do else elseif end false for function if in local nil not or return repeat then true until while goto'.split(
    ' ',
  ),
);

export interface Token {
  t: T;
  /** Which keyword or symbol (T.Op). */
  op: string;
  /** A name's text (T.Name). */
  word: string;
  /** The token's text as gopher-lua keeps it for `near`: a number as written, a string's value, '' for a `.`. */
  text: ArrayLike<number>;
  /** Line of the token's first byte. */
  line: number;
  /** Scanner position once the token was read (where an error at this token is reported). */
  endLine: number;
  endCol: number;
  /** Byte offsets [start, end) in the source. */
  start: number;
  end: number;
}

export interface GopherSyntaxError {
  /** What gopher-lua reports, with `{chunk}` where the chunk name goes. */
  template: string;
  /** Which of gopher-lua's passes found it. */
  kind: 'scan' | 'parse' | 'compile';
  /** gopher-lua's own message, e.g. `syntax error`, `unterminated string`, `no loop to break`. */
  detail: string;
  /** The offending token's text (scan and parse errors; empty at the end of the text). */
  near: string;
  /** The same as gopher-lua's bytes (a lone byte of a Chinese character stays one byte). */
  nearBytes: Uint8Array;
  /** A 1-based line to show the error on (the last line for an error at the end of the text; for a compile error
   *  the line of what it is about: the goto, the label, the break, the `...`). */
  line: number;
  /** UTF-16 offsets of the offending token in the source, for an editor. */
  start: number;
  end: number;
}

const ASCII = new Map<string, number[]>();
/** The bytes of an ASCII token text (keywords, symbols, names), cached. */
function asciiBytes(s: string): number[] {
  let b = ASCII.get(s);
  if (!b) {
    b = Array.from(s, (ch) => ch.charCodeAt(0));
    if (ASCII.size < 4096) ASCII.set(s, b);
  }
  return b;
}

/** The one-character tokens. */
const SINGLE = '+*/%^#(){}];,';

export class Fail extends Error {
  constructor(readonly info: GopherSyntaxError) {
    super(info.detail);
  }
}

const isDecimal = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDecimal(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isIdent = (c: number, first: boolean): boolean =>
  c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (!first && isDecimal(c));

/** UTF-16 offset of byte offset `b`. */
export function charOffset(bytes: Uint8Array, b: number): number {
  return new TextDecoder().decode(bytes.subarray(0, Math.min(b, bytes.length))).length;
}

/** A byte string as text (U+FFFD for bytes that are no UTF-8). */
export function decode(b: ArrayLike<number>): string {
  return new TextDecoder().decode(Uint8Array.from(b));
}

// --- the scanner (parse/lexer.go) -----------------------------------------------------------------------------

export class Scanner {
  p = 0;
  line = 1;
  col = 0;
  constructor(readonly b: Uint8Array) {}

  peek(): number {
    return this.p < this.b.length ? this.b[this.p]! : EOF;
  }

  next(): number {
    if (this.p >= this.b.length) {
      this.line = EOF;
      this.col = 0;
      return EOF;
    }
    const c = this.b[this.p++]!;
    if (c === 10 || c === 13) {
      this.line++;
      this.col = 0;
      const d = this.peek();
      if ((c === 10 && d === 13) || (c === 13 && d === 10)) this.p++;
      return 10;
    }
    this.col++;
    return c;
  }

  fail(near: number[], detail: string, start: number): never {
    throw new Fail(errorAt(this.b, 'scan', detail, near, this.line, this.col, start, this.p));
  }

  private token(
    t: T,
    op: string,
    text: ArrayLike<number> | string,
    line: number,
    start: number,
  ): Token {
    return {
      t,
      op,
      word: '',
      text: typeof text === 'string' ? asciiBytes(text) : text,
      line,
      endLine: this.line,
      endCol: this.col,
      start,
      end: this.p,
    };
  }

  /** One token; comments and white space before it are skipped. */
  scan(): Token {
    for (;;) {
      let c = this.next();
      while (c === 9 || c === 32) c = this.next();
      while (c === 9 || c === 32 || c === 10) c = this.next();
      const start = c === EOF ? this.b.length : this.p - 1;
      const line = this.line;
      const tok = (
        t: T,
        text: ArrayLike<number> | string,
        op = t === T.Op ? (text as string) : '',
      ): Token => this.token(t, op, text, line, start);
      if (c === EOF) return tok(T.EOF, []);
      if (isIdent(c, true)) {
        let s = String.fromCharCode(c);
        while (isIdent(this.peek(), false)) s += String.fromCharCode(this.next());
        if (RESERVED.has(s)) return tok(T.Op, s);
        const name = this.token(T.Name, '', s, line, start);
        name.word = s;
        return name;
      }
      if (isDecimal(c)) return tok(T.Number, this.number(c, start));
      switch (c) {
        case 45 /* - */:
          if (this.peek() === 45) {
            this.comment(this.next(), start);
            continue;
          }
          return tok(T.Op, '-');
        case 34 /* " */:
        case 39 /* ' */:
          return tok(T.String, this.string(c, start));
        case 91 /* [ */: {
          const d = this.peek();
          if (d === 91 || d === 61) {
            const buf: number[] = [];
            const err = this.long(this.next(), buf);
            if (err) this.fail(err.near, err.detail, start);
            return tok(T.String, buf);
          }
          return tok(T.Op, '[');
        }
        case 61 /* = */:
          if (this.peek() === 61) {
            this.next();
            return tok(T.Op, '==');
          }
          return tok(T.Op, '=');
        case 126 /* ~ */:
          if (this.peek() === 61) {
            this.next();
            return tok(T.Op, '~=');
          }
          return this.fail([126], "Invalid '~' token", start);
        case 60 /* < */:
        case 62 /* > */: {
          const op = c === 60 ? '<' : '>';
          if (this.peek() === 61) {
            this.next();
            return tok(T.Op, op + '=');
          }
          return tok(T.Op, op);
        }
        case 46 /* . */: {
          const d = this.peek();
          if (isDecimal(d)) return tok(T.Number, this.number(c, start));
          if (d === 46) {
            this.next();
            if (this.peek() === 46) {
              this.next();
              return tok(T.Op, '...');
            }
            return tok(T.Op, '..');
          }
          // gopher-lua keeps no text for a lone '.' (its `near ''`)
          return tok(T.Op, [], '.');
        }
        case 58 /* : */:
          if (this.peek() === 58) {
            this.next();
            return tok(T.Op, '::');
          }
          return tok(T.Op, ':');
        default:
          if (SINGLE.includes(String.fromCharCode(c))) return tok(T.Op, String.fromCharCode(c));
          return this.fail([c], 'Invalid token', start);
      }
    }
  }

  /** A number: hex digits after 0x, else digits, one fraction, one exponent (its next character taken as is). */
  number(c: number, start: number): number[] {
    const buf: number[] = [];
    if (c === 48 /* 0 */) {
      const d = this.peek();
      if (d === 120 || d === 88) {
        buf.push(c, this.next());
        let any = false;
        while (isHex(this.peek())) {
          buf.push(this.next());
          any = true;
        }
        if (!any) this.fail(buf, 'illegal hexadecimal number', start);
        return buf;
      }
      if (d !== 46 && isDecimal(d)) c = this.next();
    }
    const decimal = (first: number): void => {
      buf.push(first & 0xff);
      while (isDecimal(this.peek())) buf.push(this.next());
    };
    decimal(c);
    if (this.peek() === 46) decimal(this.next());
    const e = this.peek();
    if (e === 101 || e === 69) {
      buf.push(this.next());
      const s = this.peek();
      if (s === 43 || s === 45) buf.push(this.next());
      decimal(this.next());
    }
    return buf;
  }

  string(quote: number, start: number): number[] {
    const buf: number[] = [];
    let c = this.next();
    while (c !== quote) {
      if (c === 10 || c === EOF) this.fail(buf, 'unterminated string', start);
      if (c === 92 /* \ */) {
        const e = this.next();
        const simple: Record<number, number> = {
          97: 7,
          98: 8,
          102: 12,
          110: 10,
          114: 13,
          116: 9,
          118: 11,
        };
        if (simple[e] !== undefined) buf.push(simple[e]);
        else if (isDecimal(e)) {
          let v = e - 48;
          for (let k = 0; k < 2 && isDecimal(this.peek()); k++) v = v * 10 + (this.next() - 48);
          buf.push(v & 0xff);
        } else buf.push(e & 0xff);
      } else buf.push(c);
      c = this.next();
    }
    return buf;
  }

  /** A long bracket after its first `[`, `ch` the character after it; the error (or null) and its text. */
  long(ch: number, buf: number[]): { near: number[]; detail: string } | null {
    let level = 0;
    while (ch === 61) {
      level++;
      ch = this.next();
    }
    if (ch !== 91)
      return { near: ch === EOF ? [0xef, 0xbf, 0xbd] : [ch], detail: 'invalid multiline string' };
    ch = this.next();
    if (ch === 10) ch = this.next();
    for (;;) {
      if (ch === EOF) return { near: buf, detail: 'unterminated multiline string' };
      if (ch === 93 /* ] */) {
        let l2 = 0;
        ch = this.next();
        while (ch === 61) {
          l2++;
          ch = this.next();
        }
        if (l2 === level && ch === 93) return null;
        buf.push(93);
        for (let k = 0; k < l2; k++) buf.push(61);
        continue;
      }
      buf.push(ch);
      ch = this.next();
    }
  }

  /** After `--`: a long comment (`--[[`, `--[=`...) or the rest of the line. */
  comment(ch: number, start: number): void {
    if (this.peek() === 91) {
      ch = this.next();
      const d = this.peek();
      if (d === 91 || d === 61) {
        const buf: number[] = [];
        if (this.long(this.next(), buf)) this.fail(buf, 'invalid multiline comment', start);
        return;
      }
    }
    while (ch !== 10 && ch !== EOF) ch = this.next();
  }
}

export function errorAt(
  bytes: Uint8Array,
  kind: 'scan' | 'parse',
  detail: string,
  near: ArrayLike<number>,
  line: number,
  col: number,
  start: number,
  end: number,
): GopherSyntaxError {
  const template =
    line === EOF
      ? `{chunk} at EOF:   ${detail}\n`
      : `{chunk} line:${line}(column:${col}) near '{near}':   ${detail}\n`;
  const s = charOffset(bytes, start);
  const e = Math.max(s, charOffset(bytes, end));
  const nearBytes = Uint8Array.from(near);
  return {
    template,
    kind,
    detail,
    near: new TextDecoder().decode(nearBytes),
    nearBytes,
    line: line === EOF ? lineOfOffset(bytes, bytes.length) : line,
    start: s,
    end: e,
  };
}

/** The 1-based line of byte offset `offset` (the last line at the end). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) n++;
  }
  return n;
}
