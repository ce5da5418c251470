/**
 * gopher-lua's verdict on a chunk, and its error text: what `loadstring` returns and what neomega reports for a
 * plugin that does not load. Written after gopher-lua v1.1.2's parse/lexer.go (its scanner), parse/parser.go.y (its
 * LALR grammar) and compile.go (the errors found while compiling), from what they do, not from their code:
 *
 *   <string> line:1(column:11) near '/':   syntax error            (a token the grammar cannot take)
 *   <string> line:1(column:5) near '=':   parse error              (an expression statement that is no call)
 *   <string> at EOF:   unterminated string                         (the scanner's errors; "at EOF" once it read the end)
 *   compile error near line(2) <string>: no visible label 'x' for <goto> at line 1
 *
 * Where it differs from Lua 5.1 (`luac5.1 -p`, lua51/syntax.ts): goto and labels (goto is a reserved word); empty
 * statements (`;;`); nested `[[` in long strings and comments; any decimal escape (`"\300"` wraps to one byte);
 * no "ambiguous syntax" for a call on a new line; numbers scanned as gopher-lua does (`3..2` is `3.` `.2`, `1e` is a
 * number); `--[=x` is an unfinished long comment, not a line comment; `\f` and `\v` are not white space; no limit on
 * nesting, 200 local variables per function. Positions count bytes, as gopher-lua does: a line and the column of
 * the last byte the scanner had read.
 *
 * The grammar is parsed by recursive descent that stops at the first token no program can continue with, which is
 * where an LALR parser stops too; an expression statement that is not a call fails at the next token as gopher-lua's
 * reduction of it does ("parse error"). A small tree of blocks, locals, labels, gotos, breaks and functions is then
 * checked in compile order.
 */

import { checkCompile } from './compile';
import { Parser } from './parser';
import { charOffset, Fail, type GopherSyntaxError } from './scanner';

export type { GopherSyntaxError } from './scanner';

/** gopher-lua's message for an error, as it names the chunk (`<string>`, a file name, `=name`...). */
export function gopherMessage(e: GopherSyntaxError, chunk: string): string {
  return e.template.replace('{chunk}', () => chunk).replace('{near}', () => e.near);
}

/** The same message byte for byte, as loadstring returns it to the plugin. */
export function gopherMessageBytes(e: GopherSyntaxError, chunk: Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const piece of e.template.split(/(\{chunk\}|\{near\})/)) {
    if (piece === '{chunk}') parts.push(chunk);
    else if (piece === '{near}') parts.push(e.nearBytes);
    else if (piece) parts.push(enc.encode(piece));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** gopher-lua's verdict on a chunk (text, or the bytes of a Lua string): null when it loads, else its first error. */
export function gopherSyntaxError(source: string | Uint8Array): GopherSyntaxError | null {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  try {
    const tree = new Parser(bytes).chunk();
    checkCompile(tree);
    return null;
  } catch (e) {
    // nesting deeper than JS recursion goes (thousands of parentheses): gopher-lua's Go stack grows, so it loads
    if (e instanceof RangeError) return null;
    if (!(e instanceof Fail)) throw e;
    const info = e.info;
    if (info.kind === 'compile') {
      // the whole line of what the error is about
      let at = 0;
      for (let line = 1; line < info.line && at < bytes.length; at++)
        if (bytes[at] === 10 || (bytes[at] === 13 && bytes[at + 1] !== 10)) line++;
      let end = at;
      while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
      info.start = charOffset(bytes, at);
      info.end = charOffset(bytes, end);
    }
    return info;
  }
}
