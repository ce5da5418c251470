/**
 * Diagnostics: syntax errors (what gopher-lua rejects, `syntaxDiagnostics.ts`), Lua 5.3-only operators, and the coromega API mistakes
 * neomega punishes at run time, across every type the catalog knows (`apiChecks.ts`) and the HTTP details
 * (`httpChecks.ts`). Each has a stable `code`; those with one obvious fix carry it in `data.fixes`, which the
 * code-action handler turns into quick fixes.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { MENU_OPTION_KEYS } from '../../../catalog';
import { LARGE_FILE_CHARS } from '../analysis';
import type { Call } from '../analysis/structure';
import { t } from '../messages';
import {
  checkArgumentCount,
  checkCallSeparator,
  checkFields,
  checkScope,
  checkShapeTable,
  checkUnknownMethod,
  coromegaName,
} from './apiChecks';
import { offsetRange, suggest, tokenRange, type FeatureContext } from './common';
import { checkFrameworkVersion } from './frameworkVersion';
import { checkHttpCall, checkOptionTable } from './httpChecks';
import { syntaxDiagnostics } from './syntaxDiagnostics';
import { checkAssignmentOrder } from './assignmentOrder';
import { checkYields } from './yieldChecks';

export const SOURCE = 'coromega';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The file the edits apply to, when not the document itself (the plugin's config file). */
  uri?: string;
  /** Create that file first (with the edits as its content). */
  create?: boolean;
  /** The fix the editor applies on "auto fix" (default: the only fix of a diagnostic). */
  preferred?: boolean;
}

export interface DiagnosticData {
  fixes: Fix[];
}

export type Push = (
  range: Range,
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  fixes?: Fix[],
  tags?: DiagnosticTag[],
) => void;

const MAX_HINTS = 200;

const MENU_KEY_NAMES: readonly string[] = MENU_OPTION_KEYS.map((k) => k.name);

/** The diagnostic a document too large to analyse gets instead of the others. */
export function tooLargeDiagnostic(locale: FeatureContext['locale'], length: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'file-too-large',
    source: SOURCE,
    message: t(locale, 'file-too-large', length, LARGE_FILE_CHARS),
  };
}

export function computeDiagnostics(ctx: FeatureContext): Diagnostic[] {
  const a = ctx.analysis;
  const { toks, struct } = a;
  const out: Diagnostic[] = [];
  const push = (
    range: Range,
    severity: DiagnosticSeverity,
    code: string,
    message: string,
    fixes: Fix[] = [],
    tags?: DiagnosticTag[],
  ): void => {
    const d: Diagnostic = { range, severity, code, source: SOURCE, message };
    if (fixes.length) d.data = { fixes } satisfies DiagnosticData;
    if (tags) d.tags = tags;
    out.push(d);
  };

  syntaxDiagnostics(ctx, push);

  // unknown escapes: legal in Lua 5.1, a hint at most
  let hints = 0;
  for (const e of toks.unknownEscapes) {
    if (hints++ >= MAX_HINTS) break;
    const raw = toks.text.slice(e.start, e.end);
    push(
      offsetRange(ctx, e.start, e.end),
      DiagnosticSeverity.Hint,
      'unknown-escape',
      t(ctx.locale, 'unknown-escape', raw, raw.slice(1)),
    );
  }

  const coromega = coromegaName(ctx);
  let firstAsync: Call | undefined;
  for (const c of struct.calls) {
    const api = c.api;
    if (!api) {
      checkUnknownMethod(ctx, c, push);
      continue;
    }
    // `.` for `:` (or `:` for `.`): the arguments shift, so nothing else about the call can be judged
    if (checkCallSeparator(ctx, c, api, push)) continue;
    // only what runs when the plugin loads needs the event loop; a library of functions does not
    if (
      !firstAsync &&
      struct.fnOf[c.nameTok] === -1 &&
      (api.listener || api.needsRun || api.category === 'http')
    ) {
      firstAsync = c;
    }
    checkScope(ctx, c, api, coromega, push);
    checkArgumentCount(ctx, c, api, push);
    checkFrameworkVersion(ctx, c, api, push);
    if (api.category === 'http') checkHttpCall(ctx, c, api, push);
  }

  checkFields(ctx, push);
  checkYields(ctx, push);
  checkAssignmentOrder(ctx, push);

  const checkedTables = new Set<number>();
  for (const table of struct.tables.values()) {
    if (table.role === 'menu') {
      // only likely typos of the three keys: a listener's options may carry the author's own keys too
      for (const f of table.fields) {
        if (f.valueStart >= f.valueEnd || MENU_KEY_NAMES.includes(f.key)) continue;
        const s = suggest(f.key, MENU_KEY_NAMES);
        if (!s) continue;
        push(
          tokenRange(ctx, f.keyTok),
          DiagnosticSeverity.Warning,
          'unknown-menu-key',
          t(ctx.locale, 'unknown-menu-key', f.key, s),
          [
            {
              title: t(ctx.locale, 'fix-rename-key', s),
              edits: [{ range: tokenRange(ctx, f.keyTok), newText: s }],
            },
          ],
        );
      }
    } else if (table.role === 'shape') {
      checkShapeTable(ctx, table, push);
    } else if (table.role === 'option' && !checkedTables.has(table.openTok)) {
      checkedTables.add(table.openTok);
      checkOptionTable(ctx, table, push);
    }
  }

  // no coromega:run()
  if (firstAsync && a.sem.runCalls.length === 0 && !a.partial) {
    const text = ctx.doc.getText();
    const endPos = ctx.doc.positionAt(text.length);
    const prefix = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    push(
      tokenRange(
        ctx,
        firstAsync.receiverTok >= 0 ? firstAsync.receiverTok : firstAsync.nameTok,
        firstAsync.nameTok,
      ),
      DiagnosticSeverity.Warning,
      'missing-run',
      t(ctx.locale, 'missing-run'),
      [
        {
          title: t(ctx.locale, 'fix-append-run', coromega),
          edits: [
            { range: { start: endPos, end: endPos }, newText: `${prefix}\n${coromega}:run()\n` },
          ],
        },
      ],
    );
  }

  return out;
}
