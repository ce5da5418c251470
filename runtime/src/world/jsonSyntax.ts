/**
 * JSON syntax errors in words. `jsonSyntaxProblem` names what a jsonc-parser error code means (the language server
 * says it about a plugin's config file); `jsonSyntaxError` finds where a text stops being JSON and says it the way
 * a person reads it: the 1-based line and column and the problem in the run's language, a comma before a closing
 * `}` or `]` (JSON allows none) named as such and placed on the comma, a bare word shown. World files, test files
 * and the action lines typed on stdin all say it this way. jsonc-parser is loaded only once JSON.parse has refused
 * the text, so a valid file costs nothing more.
 */
import type { ParseError } from 'jsonc-parser';
import { tr, type Lang } from '../messages';

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 units) of the problem. */
  offset: number;
  line: number;
  column: number;
  /** What is wrong, in the run's language, without the place. */
  message: string;
}

const PROBLEMS: Record<string, [string, string]> = {
  InvalidSymbol: ['无效的符号', 'invalid symbol'],
  InvalidNumberFormat: ['无效的数字', 'invalid number'],
  PropertyNameExpected: ['应为带引号的字段名', 'a quoted field name was expected'],
  ValueExpected: ['应为一个值', 'a value was expected'],
  ColonExpected: ['应为冒号', 'a colon was expected'],
  CommaExpected: ['应为逗号', 'a comma was expected'],
  CloseBraceExpected: ['应为 }', '} was expected'],
  CloseBracketExpected: ['应为 ]', '] was expected'],
  EndOfFileExpected: ['此处应结束', 'the file should end here'],
  InvalidCommentToken: ['JSON 不允许注释', 'JSON allows no comments'],
  UnexpectedEndOfComment: ['注释没有结束', 'unterminated comment'],
  UnexpectedEndOfString: ['字符串没有结束', 'unterminated string'],
  UnexpectedEndOfNumber: ['数字不完整', 'incomplete number'],
  InvalidUnicode: ['无效的 \\u 转义', 'invalid \\u escape'],
  InvalidEscapeCharacter: ['无效的转义字符', 'invalid escape character'],
  InvalidCharacter: ['字符串中有无效字符', 'invalid character in a string'],
};

/** The problem a jsonc-parser error code names, in the language (the code itself when unknown). */
export function jsonSyntaxProblem(code: string, lang: Lang): string {
  const p = PROBLEMS[code];
  return p ? p[lang === 'en' ? 1 : 0] : code;
}

/** The first syntax error of `text` (a leading byte-order mark is allowed), or undefined when it is JSON. */
export function jsonSyntaxError(text: string, lang: Lang): JsonSyntaxError | undefined {
  const { parseTree, printParseErrorCode } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('jsonc-parser') as typeof import('jsonc-parser');
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0 && root) return undefined;
  const e = errors[0];
  let offset = e?.offset ?? body.length;
  let what: string;
  const comma = trailingComma(body, offset);
  if (comma !== undefined) {
    const close = body[offset]!;
    offset = comma;
    what = tr(
      lang,
      `${close} 前多了一个逗号（JSON 不允许末尾的逗号）`,
      `a comma before ${close} (JSON allows no trailing comma)`,
    );
  } else if (e && printParseErrorCode(e.error) === 'InvalidSymbol') {
    // A bare word (`{name: 1}`, `'single'`): show it, and what JSON wants instead.
    const word = body.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 20)));
    what = tr(
      lang,
      `无法识别的 ${word}（JSON 中的文字要用双引号）`,
      `unexpected ${word} (text in JSON needs double quotes)`,
    );
  } else {
    what = jsonSyntaxProblem(e ? printParseErrorCode(e.error) : 'ValueExpected', lang);
  }
  const at = lineColumn(body, offset);
  return { offset: offset + bom, line: at.line, column: at.column, message: what };
}

/** The offset of the comma when the error at `offset` is a `}` or `]` right after one (spaces between). */
function trailingComma(text: string, offset: number): number | undefined {
  const c = text[offset];
  if (c !== '}' && c !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : undefined;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** "line 3, column 7" / "第 3 行第 7 列". */
export function placeText(p: { line: number; column: number }, lang: Lang): string {
  return tr(lang, `第 ${p.line} 行第 ${p.column} 列`, `line ${p.line}, column ${p.column}`);
}
