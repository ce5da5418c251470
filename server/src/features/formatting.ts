/**
 * Document and range formatting with StyLua (its WebAssembly build, `@johnnymorganz/stylua`, loaded on the first
 * request). Lua 5.1 syntax — Lua 5.2's when the file uses `goto` or labels, which gopher-lua accepts — and the
 * workspace's `.stylua.toml` / `stylua.toml` (the nearest one above the file, as StyLua looks for it); without one,
 * the editor's indentation. A file that does not parse is never formatted: the result says why instead.
 */
import * as path from 'node:path';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { syntaxReason, t } from '../messages';
import type { FeatureContext } from './common';

type StyLua = typeof import('@johnnymorganz/stylua', { with: { 'resolution-mode': 'import' } });
type Toml = typeof import('smol-toml', { with: { 'resolution-mode': 'import' } });

let stylua: StyLua | undefined;

function parseToml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('smol-toml') as Toml).parse(text);
}

/** StyLua, compiled on first use (about 3 MB of WebAssembly). */
export function loadStyLua(): StyLua {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  stylua ??= require('@johnnymorganz/stylua') as StyLua;
  return stylua;
}

type Enum = Readonly<Record<string, number | string>>;

function enumValue(e: Enum, v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const n = e[v];
  return typeof n === 'number' ? n : undefined;
}

export interface FormatRequest {
  options: FormattingOptions;
  /** The lines to format (range formatting); the whole document when absent. */
  range?: Range;
  /** The config file's path and text, when there is one. */
  config?: { path: string; text: string };
}

export type FormatResult = { edits: TextEdit[]; warning?: string } | { error: string };

function buildConfig(s: StyLua, a: FeatureContext['analysis'], req: FormatRequest) {
  const c = s.Config.new();
  let usesGoto = false;
  for (let i = 0; i < a.toks.count && !usesGoto; i++) {
    usesGoto = a.toks.kind[i] === K.Goto || a.toks.kind[i] === K.DoubleColon;
  }
  c.syntax = usesGoto ? s.LuaVersion.Lua52 : s.LuaVersion.Lua51;
  c.indent_type = req.options.insertSpaces ? s.IndentType.Spaces : s.IndentType.Tabs;
  c.indent_width = req.options.tabSize > 0 ? req.options.tabSize : 4;
  let warning: string | undefined;
  if (req.config) {
    try {
      const o = parseToml(req.config.text) as Record<string, unknown>;
      const num = (k: string): number | undefined =>
        typeof o[k] === 'number' && Number.isFinite(o[k]) && (o[k] as number) > 0
          ? Math.floor(o[k] as number)
          : undefined;
      c.column_width = num('column_width') ?? c.column_width;
      c.indent_width = num('indent_width') ?? c.indent_width;
      c.indent_type = enumValue(s.IndentType, o.indent_type) ?? c.indent_type;
      c.line_endings = enumValue(s.LineEndings, o.line_endings) ?? c.line_endings;
      c.quote_style = enumValue(s.QuoteStyle, o.quote_style) ?? c.quote_style;
      c.call_parentheses = enumValue(s.CallParenType, o.call_parentheses) ?? c.call_parentheses;
      c.collapse_simple_statement =
        enumValue(s.CollapseSimpleStatement, o.collapse_simple_statement) ??
        c.collapse_simple_statement;
      c.space_after_function_names =
        enumValue(s.SpaceAfterFunctionNames, o.space_after_function_names) ??
        c.space_after_function_names;
      c.block_newline_gaps =
        enumValue(s.BlockNewlineGaps, o.block_newline_gaps) ?? c.block_newline_gaps;
      if (typeof o.no_call_parentheses === 'boolean') c.no_call_parentheses = o.no_call_parentheses;
      const sr = o.sort_requires as { enabled?: unknown } | undefined;
      if (sr && typeof sr.enabled === 'boolean') {
        c.sort_requires = s.SortRequiresConfig.new().set_enabled(sr.enabled);
      }
    } catch (e) {
      warning = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
  }
  return { config: c, warning };
}

/** UTF-8 byte offset of each character offset StyLua's range needs. */
function byteOffset(text: string, charOffset: number): number {
  return Buffer.byteLength(text.slice(0, charOffset), 'utf8');
}

export function computeFormatting(ctx: FeatureContext, req: FormatRequest): FormatResult {
  const a = ctx.analysis;
  const name = path.basename(decodeURIComponent(ctx.doc.uri));
  const se = a.partial ? null : a.syntax();
  if (se || a.partial) {
    const reason = se ? syntaxReason(ctx.locale, se.kind, se.args, se.near) : '';
    return { error: t(ctx.locale, 'format-syntax', name, se?.line ?? 0, reason) };
  }
  const text = ctx.doc.getText();
  const s = loadStyLua();
  const { config, warning } = buildConfig(s, a, req);
  let range: ReturnType<StyLua['Range']['from_values']> | undefined;
  if (req.range) {
    // whole lines, as StyLua formats the statements a range holds
    const start = ctx.doc.offsetAt({ line: req.range.start.line, character: 0 });
    const endLine =
      req.range.end.character === 0 && req.range.end.line > req.range.start.line
        ? req.range.end.line - 1
        : req.range.end.line;
    const end = ctx.doc.offsetAt({ line: endLine + 1, character: 0 });
    range = s.Range.from_values(byteOffset(text, start), byteOffset(text, end));
  }
  let out: string;
  try {
    out = s.formatCode(text, config, range, s.OutputVerification.None);
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e))
      .trim()
      .split('\n')
      .slice(0, 3)
      .join(' ');
    return { error: t(ctx.locale, 'format-failed', name, msg) };
  }
  const edits = minimalEdit(ctx, text, out);
  const w =
    warning && req.config ? t(ctx.locale, 'format-config', req.config.path, warning) : undefined;
  return w ? { edits, warning: w } : { edits };
}

/** One edit replacing only what changed (the common start and end kept), so the cursor and folds stay put. */
function minimalEdit(ctx: FeatureContext, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let s = 0;
  const max = Math.min(before.length, after.length);
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  // never between the halves of a surrogate pair
  if (s > 0 && (before.charCodeAt(s - 1) & 0xfc00) === 0xd800) s--;
  let e = 0;
  while (
    e < max - s &&
    before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)
  ) {
    e++;
  }
  if (e > 0 && (before.charCodeAt(before.length - e) & 0xfc00) === 0xdc00) e--;
  return [
    {
      range: { start: ctx.doc.positionAt(s), end: ctx.doc.positionAt(before.length - e) },
      newText: after.slice(s, after.length - e),
    },
  ];
}
