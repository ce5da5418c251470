/**
 * Diagnostics across the whole API, from the types the type pass found: misspelt methods and fields of anything
 * typed (with did-you-mean), `.` for `:` (and `:` for `.`), where a call may run (coroutine only, or blocking the
 * plugin outside one), argument counts where the catalog is certain, and misspelt keys of tables the catalog knows.
 */
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';
import { localize, typeById, type ApiFunction, type ApiType } from '../../../catalog';
import { K } from '../../../lua51/lexer';
import type { Call, Table } from '../analysis/structure';
import type { TypeInfo } from '../analysis/types';
import { t } from '../messages';
import { suggest, tokenRange, tokenText, type FeatureContext } from './common';
import type { Fix, Push } from './diagnostics';

/** What authors used to other HTTP libraries write for a response field. */
const RESPONSE_ALIASES: Readonly<Record<string, string>> = {
  status: 'status_code',
  code: 'status_code',
  statusCode: 'status_code',
  status_code_: 'status_code',
  text: 'body',
  content: 'body',
  data: 'body',
  raw: 'body',
  json: 'body',
  size: 'body_size',
  length: 'body_size',
  bodySize: 'body_size',
  header: 'headers',
  cookie: 'cookies',
  final_url: 'url',
};

/** The type a typed receiver names in messages: `玩家（CoroPlayer）` / `player (CoroPlayer)`. */
function describe(ctx: FeatureContext, type: ApiType): string {
  const name = localize(type.name, ctx.locale);
  return ctx.locale === 'en' ? `the ${name}` : `${name}`;
}

function rename(ctx: FeatureContext, tok: number, to: string): Fix {
  return {
    title: t(ctx.locale, 'fix-rename-key', to),
    edits: [{ range: tokenRange(ctx, tok), newText: to }],
  };
}

function closedType(info: TypeInfo | null): ApiType | undefined {
  if (!info || info.array) return undefined;
  const type = typeById(info.id);
  return type && type.closed ? type : undefined;
}

/** Offered names of a type (internal ones never suggested). */
function memberNames(type: ApiType, call: ':' | '.' | 'any'): string[] {
  const fns = type.methods.filter((m) => !m.internal && (call === 'any' || m.call === call));
  return [...fns.map((m) => m.name), ...type.fields.filter((f) => !f.internal).map((f) => f.name)];
}

/** `recv:name(...)`/`recv.name(...)` on a typed receiver that has no such member. */
export function checkUnknownMethod(ctx: FeatureContext, c: Call, push: Push): void {
  const a = ctx.analysis;
  if (c.receiverTok < 0 || c.api || a.struct.definedMembers.has(c.name)) return;
  const recvInfo = a.sem.typeAt(c.receiverTok);
  const type = closedType(recvInfo);
  if (!type || a.sem.member(recvInfo, c.name)) return;
  const recv = tokenText(a, c.receiverTok);
  const s = suggest(
    c.name,
    memberNames(type, c.sep === '.' && type.kind === 'module' ? '.' : 'any'),
  );
  const shownRecv = a.toks.kind[c.receiverTok] === K.Name ? recv : type.receiver;
  push(
    tokenRange(ctx, c.nameTok),
    DiagnosticSeverity.Error,
    'unknown-method',
    s
      ? t(
          ctx.locale,
          'unknown-method-suggest',
          describe(ctx, type),
          c.name,
          `${shownRecv}${c.sep}${s}`,
        )
      : t(ctx.locale, 'unknown-method', describe(ctx, type), c.name),
    s ? [rename(ctx, c.nameTok, s)] : [],
  );
}

/** `.` where `:` belongs (or the other way round) on a catalog call. */
export function checkCallSeparator(
  ctx: FeatureContext,
  c: Call,
  api: ApiFunction,
  push: Push,
): boolean {
  const a = ctx.analysis;
  if (c.receiverTok < 0 || c.sep === api.call) return false;
  const recv = tokenText(a, c.receiverTok);
  const shown = a.toks.kind[c.receiverTok] === K.Name ? recv : (typeById(api.of)?.receiver ?? recv);
  if (c.sep === '.') {
    // `coromega.print(coromega, ...)` passes self explicitly: legal
    const first = c.args[0];
    if (first && first.end === first.start + 1 && tokenText(a, first.start) === recv) return true;
    push(
      tokenRange(ctx, c.receiverTok, c.nameTok),
      DiagnosticSeverity.Error,
      'dot-call',
      t(ctx.locale, 'dot-call', shown, c.name, describe(ctx, typeById(api.of)!)),
      [
        {
          title: t(ctx.locale, 'fix-colon', shown, c.name),
          edits: [{ range: tokenRange(ctx, c.nameTok - 1), newText: ':' }],
        },
      ],
    );
  } else {
    push(
      tokenRange(ctx, c.receiverTok, c.nameTok),
      DiagnosticSeverity.Error,
      'colon-call',
      t(ctx.locale, 'colon-call', shown, c.name),
      [
        {
          title: t(ctx.locale, 'fix-dot', shown, c.name),
          edits: [{ range: tokenRange(ctx, c.nameTok - 1), newText: '.' }],
        },
      ],
    );
  }
  return true;
}

/** Whether the call yields: always for coroutine-scope calls, or when its `yieldsWhenArg` argument is `true`. */
function yields(ctx: FeatureContext, c: Call, api: ApiFunction): boolean {
  if (api.scope !== 'coroutine') return false;
  if (api.yieldsWhenArg === undefined) return true;
  const arg = c.args[api.yieldsWhenArg];
  // only a literal `true` makes it certain; a variable might be false
  return !!arg && arg.end === arg.start + 1 && ctx.analysis.toks.kind[arg.start] === K.True;
}

/** Coroutine-only calls and blocking calls written on the main chunk. */
export function checkScope(
  ctx: FeatureContext,
  c: Call,
  api: ApiFunction,
  coromega: string,
  push: Push,
): void {
  const a = ctx.analysis;
  if (a.struct.fnOf[c.nameTok] !== -1) return;
  const recv = c.receiverTok >= 0 ? tokenText(a, c.receiverTok) : '';
  const shown = `${a.toks.kind[c.receiverTok] === K.Name ? recv : (typeById(api.of)?.receiver ?? recv)}${c.sep}${c.name}`;
  const range = tokenRange(
    ctx,
    c.receiverTok >= 0 ? c.receiverTok : c.nameTok,
    c.closeTok >= 0 ? c.closeTok : c.nameTok,
  );
  if (yields(ctx, c, api)) {
    push(
      range,
      DiagnosticSeverity.Error,
      'coroutine-only',
      t(ctx.locale, 'coroutine-only', shown, coromega),
      wrapFix(ctx, c, coromega),
    );
  } else if (api.scope === 'blocks-outside') {
    push(
      range,
      DiagnosticSeverity.Information,
      'blocking-call',
      t(ctx.locale, 'blocking-call', shown),
      wrapFix(ctx, c, coromega),
    );
  }
}

/** Too few or too many arguments, where the catalog is certain (no `...`, no call expanding to many values). */
export function checkArgumentCount(
  ctx: FeatureContext,
  c: Call,
  api: ApiFunction,
  push: Push,
): void {
  const a = ctx.analysis;
  const { kind } = a.toks;
  if (c.closeTok < 0 || kind[c.openTok] !== K.LParen || c.sep !== api.call) return;
  const n = c.args.length;
  const variadic = api.params.some((p) => p.variadic);
  let min = 0;
  api.params.forEach((p, i) => {
    if (!p.optional && !p.variadic) min = i + 1;
  });
  const max = variadic ? Infinity : api.params.length;
  const shown = `${c.receiverTok >= 0 ? tokenText(a, c.receiverTok) + c.sep : ''}${c.name}`;
  if (n > max) {
    const extra = c.args[max];
    push(
      tokenRange(ctx, extra.start, Math.max(extra.start, c.args[n - 1].end - 1)),
      DiagnosticSeverity.Warning,
      'extra-argument',
      t(ctx.locale, 'extra-argument', shown, max, n),
    );
    return;
  }
  if (n >= min) return;
  const last = c.args[n - 1];
  if (last) {
    // `f(a, g())` or `f(...)`: the last argument may stand for several values
    const e = last.end - 1;
    if (kind[last.start] === K.Dots) return;
    if ((kind[e] === K.RParen || kind[e] === K.String || kind[e] === K.RBrace) && e > last.start)
      return;
  }
  push(
    tokenRange(ctx, c.nameTok, c.closeTok),
    DiagnosticSeverity.Warning,
    'missing-argument',
    t(ctx.locale, 'missing-argument', shown, min, n, api.params[n].name),
  );
}

/** `res.status`, `chat.nmae`: a misspelt field of a typed value (only with a likely fix: fields may be added). */
export function checkFields(ctx: FeatureContext, push: Push): void {
  const a = ctx.analysis;
  const { toks } = a;
  const { kind } = toks;
  for (let i = 1; i + 1 < toks.count; i++) {
    if (kind[i] !== K.Dot || kind[i + 1] !== K.Name) continue;
    const after = kind[i + 2] as K;
    // assignments define fields; calls are the method checks' business
    if (after === K.Assign || after === K.LParen || after === K.String || after === K.LBrace)
      continue;
    const k = kind[i - 1] as K;
    if (k !== K.Name && k !== K.RParen && k !== K.RBracket) continue;
    const field = tokenText(a, i + 1);
    if (a.struct.definedMembers.has(field)) continue;
    const info = a.sem.typeAt(i - 1);
    const type = closedType(info);
    if (!type || a.sem.member(info, field)) continue;
    const names = memberNames(type, 'any');
    const s =
      type.id === 'HttpResponse' && Object.hasOwn(RESPONSE_ALIASES, field)
        ? RESPONSE_ALIASES[field]
        : suggest(field, names);
    if (!s) continue;
    const holder = k === K.Name ? tokenText(a, i - 1) : type.receiver;
    push(
      tokenRange(ctx, i + 1),
      DiagnosticSeverity.Warning,
      'unknown-field',
      t(
        ctx.locale,
        'unknown-field',
        ctx.locale === 'en'
          ? `\`${holder}\` (${describe(ctx, type)})`
          : `\`${holder}\`（${describe(ctx, type)}）`,
        field,
        `${holder}.${s}`,
      ),
      [rename(ctx, i + 1, s)],
    );
  }
}

/** Misspelt keys of a table passed where the catalog expects a shape (`{ x = 1, y = 2, Z = 3 }` for a position). */
export function checkShapeTable(ctx: FeatureContext, table: Table, push: Push): void {
  const type = table.shape ? typeById(table.shape) : undefined;
  if (!type || !type.closed) return;
  const names = type.fields.map((f) => f.name);
  for (const f of table.fields) {
    if (f.valueStart >= f.valueEnd || names.includes(f.key)) continue;
    const s = suggest(f.key, names);
    if (!s) continue;
    const a = ctx.analysis;
    push(
      tokenRange(ctx, f.keyTok),
      DiagnosticSeverity.Warning,
      'unknown-table-key',
      t(ctx.locale, 'unknown-table-key', describe(ctx, type), f.key, s),
      [
        {
          title: t(ctx.locale, 'fix-rename-key', s),
          edits: [
            {
              range: tokenRange(ctx, f.keyTok),
              newText: f.bracketKey ? tokenText(a, f.keyTok)[0] + s + tokenText(a, f.keyTok)[0] : s,
            },
          ],
        },
      ],
    );
  }
}

/** The name the plugin calls its coromega object (for fixes that write `coromega:...`). */
export function coromegaName(ctx: FeatureContext): string {
  const a = ctx.analysis;
  for (const b of a.struct.bindings) {
    if (b.kind !== 'param' && a.sem.bindingType(b)?.id === 'Coromega') return b.name;
  }
  return 'coromega';
}

/** Wraps the statement holding call `c` in `coromega:start_new(function() ... end)`. */
export function wrapFix(ctx: FeatureContext, c: Call, coromega: string): Fix[] {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const first = c.receiverTok >= 0 ? c.receiverTok : c.nameTok;
  // walk back over `local a, b =`
  let s = first;
  let state: 'afterAssign' | 'afterName' | 'afterComma' | 'start' = 'start';
  for (let j = first - 1; j >= 0; j--) {
    const k = kind[j] as K;
    if (state === 'start' && k === K.Assign) state = 'afterAssign';
    else if ((state === 'afterAssign' || state === 'afterComma') && k === K.Name) {
      state = 'afterName';
      s = j;
    } else if (state === 'afterName' && k === K.Comma) state = 'afterComma';
    else if (state === 'afterName' && k === K.Local) {
      s = j;
      break;
    } else break;
  }
  const endTok = c.closeTok >= 0 ? c.closeTok : c.nameTok;
  const doc = ctx.doc;
  const startPos = doc.positionAt(a.base + a.toks.start[s]);
  const endPos = doc.positionAt(a.base + a.toks.end[endTok]);
  const lineStart = { line: startPos.line, character: 0 };
  const endLineText = doc.getText({
    start: { line: endPos.line, character: 0 },
    end: { line: endPos.line + 1, character: 0 },
  });
  const lineEnd = { line: endPos.line, character: endLineText.replace(/\r?\n$/, '').length };
  const original = doc.getText({ start: lineStart, end: lineEnd });
  const indent = /^[ \t]*/.exec(original)?.[0] ?? '';
  const body = original
    .split(/\r?\n/)
    .map((l) => (l.length ? '    ' + l : l))
    .join('\n');
  const range: Range = { start: lineStart, end: lineEnd };
  return [
    {
      title: t(ctx.locale, 'fix-wrap-start-new', coromega),
      edits: [
        { range, newText: `${indent}${coromega}:start_new(function()\n${body}\n${indent}end)` },
      ],
    },
  ];
}
