/**
 * One analysis per document version: tokens, structure and types are computed once and shared by every feature;
 * the syntax check runs on first use (diagnostics) and is cached too.
 *
 * Files over `LARGE_FILE_CHARS` are not analysed whole (it would block the server for longer than a keystroke
 * should take): requests analyse a window of text around the cursor, and diagnostics say the file is too large.
 */
import { tokenize, type Tokens } from '../../../lua51/lexer';
import { buildStructure, type Structure } from './structure';
import { checkSyntax, type SyntaxError } from '../../../lua51/syntax';
import { TypePass, type ModuleResolver } from './types';
import { buildScopes, type Scopes } from './scopes';
import { buildFields, type FieldIndex } from './fields';

export const LARGE_FILE_CHARS = 500_000;
const WINDOW_BEFORE = 48_000;
const WINDOW_AFTER = 8_000;

export interface Analysis {
  /** Offset of `toks.text` in the document (0 unless this is a window of a large file). */
  base: number;
  /** Whether this is a window of a large file. */
  partial: boolean;
  toks: Tokens;
  struct: Structure;
  /** Which declaration each name refers to. */
  scopes: Scopes;
  /** What names, expressions, calls and tables are, from the catalog. */
  sem: TypePass;
  /** The fields of the plugin's own tables (built on first use). */
  fields(): FieldIndex;
  syntax(): SyntaxError | null;
}

export function analyze(
  text: string,
  base = 0,
  partial = false,
  modules?: ModuleResolver,
): Analysis {
  const toks = tokenize(text);
  const struct = buildStructure(toks);
  const scopes = buildScopes(toks, struct);
  let fields: FieldIndex | undefined;
  const getFields = (): FieldIndex => (fields ??= buildFields(toks, struct, scopes));
  const sem = new TypePass(toks, struct, scopes, getFields, modules);
  let syntax: SyntaxError | null | undefined;
  return {
    base,
    partial,
    toks,
    struct,
    scopes,
    sem,
    fields: getFields,
    syntax() {
      if (syntax === undefined) syntax = checkSyntax(toks);
      return syntax;
    },
  };
}

/** An analysis of the text around `offset`, starting at a line start. */
export function analyzeWindow(text: string, offset: number): Analysis {
  let s = Math.max(0, offset - WINDOW_BEFORE);
  if (s > 0) {
    const nl = text.indexOf('\n', s);
    s = nl >= 0 && nl < offset ? nl + 1 : s;
  }
  const e = Math.min(text.length, offset + WINDOW_AFTER);
  return analyze(text.slice(s, e), s, true);
}

/** Caches the analysis of each open document by version. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly analysing = new Set<string>();
  /** How a document finds the plugin's own modules (set by the workspace). */
  resolverFor: ((uri: string) => ModuleResolver | undefined) | undefined;

  /** The whole-document analysis, or null when the document is too large for one. */
  get(uri: string, version: number, getText: () => string): Analysis | null {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit.analysis;
    // a module that requires this document back while it is being analysed finds nothing
    if (this.analysing.has(uri)) return null;
    const text = getText();
    if (text.length > LARGE_FILE_CHARS) return null;
    this.analysing.add(uri);
    try {
      const analysis = analyze(text, 0, false, this.resolverFor?.(uri));
      this.entries.set(uri, { version, analysis });
      return analysis;
    } finally {
      this.analysing.delete(uri);
    }
  }

  private readonly windows = new Map<string, { version: number; analysis: Analysis }>();

  /** The analysis a request at `offset` should use: the whole document, or a window of a large one. */
  forOffset(uri: string, version: number, getText: () => string, offset: number): Analysis {
    const whole = this.get(uri, version, getText);
    if (whole) return whole;
    // requests near the last one in the same version share its window
    const w = this.windows.get(uri);
    if (w && w.version === version) {
      const rel = offset - w.analysis.base;
      if (rel >= 4000 && rel <= w.analysis.toks.text.length - 1000) return w.analysis;
    }
    const analysis = analyzeWindow(getText(), offset);
    this.windows.set(uri, { version, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.windows.delete(uri);
  }
}
