/**
 * Syntax diagnostics with gopher-lua's verdict: a file gets a syntax error exactly when gopher-lua (neomega's VM)
 * would refuse to load it (lua51/gopher), never for what only `luac5.1 -p` refuses (`;;`, `"\300"`, a call's `(` on
 * a new line...). The wording is the helpful one of the Lua 5.1 checker (lua51/syntax.ts, with "(to close 'function'
 * at line 3)") when it stops at the same place; where only gopher-lua stops, or stops elsewhere, the diagnostic says
 * what gopher-lua says, localised. Lua 5.3's operators get their own diagnostic with advice.
 */
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';
import type { Locale } from '../../../catalog';
import type { GopherSyntaxError } from '../../../lua51/gopher';
import { K, LUA53_OPERATORS } from '../../../lua51/lexer';
import { gopherDetail, syntaxReason, t } from '../messages';
import { offsetRange, tokenRange, tokenText, type FeatureContext } from './common';
import type { Push } from './diagnostics';

export function syntaxDiagnostics(ctx: FeatureContext, push: Push): void {
  const a = ctx.analysis;
  const { toks } = a;
  const { kind, start, end } = toks;

  // Lua 5.3-only operators
  const operators: number[] = [];
  for (let i = 0; i < toks.count; i++) {
    const k = kind[i] as K;
    if (!LUA53_OPERATORS.has(k)) continue;
    operators.push(i);
    const advice =
      k === K.IDiv
        ? ctx.locale === 'en'
          ? 'Use math.floor(a / b).'
          : '请改用 math.floor(a / b)。'
        : ctx.locale === 'en'
          ? 'Lua 5.1 has no bitwise operators; use arithmetic (e.g. x % 2, math.floor(x / 2^n)).'
          : 'Lua 5.1 没有位运算符，请用算术代替（如 x % 2、math.floor(x / 2^n)）。';
    push(
      tokenRange(ctx, i),
      DiagnosticSeverity.Error,
      'lua53-operator',
      t(ctx.locale, 'lua53-operator', tokenText(a, i), advice),
    );
  }

  const g = a.gopher();
  if (!g) return;
  // an error at a Lua 5.3 operator is the operator's diagnostic
  if (operators.some((i) => start[i]! <= g.start && g.start < Math.max(end[i]!, start[i]! + 1)))
    return;

  const luac = a.syntax();
  if (luac && start[luac.token] === g.start) {
    const reason = syntaxReason(ctx.locale, luac.kind, luac.args, luac.near);
    push(
      atToken(ctx, luac.token),
      DiagnosticSeverity.Error,
      'syntax-error',
      t(ctx.locale, 'syntax-error', reason, luac.message),
    );
    return;
  }
  push(
    gopherRange(ctx, g),
    DiagnosticSeverity.Error,
    'syntax-error',
    t(ctx.locale, 'gopher-syntax-error', describe(ctx.locale, g)),
  );
}

/** A token's range; the end of the text is shown on the last token. */
function atToken(ctx: FeatureContext, token: number): Range {
  const { kind } = ctx.analysis.toks;
  if (kind[token] === K.EOS && token > 0) return tokenRange(ctx, token - 1);
  return tokenRange(ctx, token);
}

function gopherRange(ctx: FeatureContext, g: GopherSyntaxError): Range {
  const { toks } = ctx.analysis;
  if (g.start >= toks.text.length && toks.count > 1) return tokenRange(ctx, toks.count - 2);
  return offsetRange(ctx, g.start, Math.max(g.end, g.start));
}

/** gopher-lua's message without the chunk name and position, in the locale. */
function describe(locale: Locale, g: GopherSyntaxError): string {
  const detail = gopherDetail(locale, g.detail);
  if (g.kind === 'compile' || (g.near === '' && !g.template.includes(' at EOF:'))) return detail;
  if (g.start >= 0 && g.template.includes(' at EOF:'))
    return locale === 'en' ? `${detail} at the end of the file` : `${detail}（在文件末尾）`;
  return locale === 'en' ? `${detail} near '${g.near}'` : `${detail}，位置在 '${g.near}' 附近`;
}
