/**
 * What a JSON syntax error is, in words, for jsonc-parser's error codes (`CommaExpected`...): the test loader and
 * the language server (a plugin's config file) say the same thing about a file that does not parse.
 */
import type { Lang } from '../messages';

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
