/** The first syntax error `luac5.1 -p` would report, from the shared Lua 5.1 lexer and checker. */
import { tokenize } from './lexer';
import { checkSyntax } from './syntax';

/** The first error as line + message (`... near 'x'`), or undefined. */
export function lua51SyntaxError(source: string): { line: number; message: string } | undefined {
  const toks = tokenize(source.startsWith('#') ? source.replace(/^#[^\n]*/, '') : source);
  const lex = toks.errors[0];
  if (lex)
    return {
      line: lex.line,
      message: lex.near ? `${lex.message} near '${lex.near}'` : lex.message,
    };
  const se = checkSyntax(toks);
  if (se) return { line: se.line, message: se.message };
  return undefined;
}
