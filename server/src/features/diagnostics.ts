/**
 * Diagnostics: Lua 5.1 syntax errors (what luac5.1 rejects), Lua 5.3-only operators, and the coromega HTTP
 * mistakes neomega punishes at run time. Each has a stable `code`; those with one obvious fix carry it in
 * `data.fixes`, which the code-action handler turns into quick fixes.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import {
  AUTH_KEYS,
  HTTP_FUNCTIONS,
  HTTP_METHODS,
  MENU_OPTION_KEYS,
  OPTION_KEY_NAMES,
  RESPONSE_FIELDS,
  findOptionKey,
  parseGoDuration,
  type LuaType,
} from '../../../catalog';
import { LARGE_FILE_CHARS } from '../analysis';
import { K, LUA53_OPERATORS } from '../analysis/lexer';
import { findBinding, stringValue, type Call, type Table } from '../analysis/structure';
import { syntaxReason, t, type MessageKey } from '../messages';
import {
  offsetRange,
  suggest,
  tokenRange,
  tokenText,
  valueType,
  type FeatureContext,
} from './common';

export const SOURCE = 'coromega';

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface DiagnosticData {
  fixes: Fix[];
}

const MAX_HINTS = 200;

const HTTP_NAMES: readonly string[] = HTTP_FUNCTIONS.map((f) => f.name);
const RESPONSE_NAMES: readonly string[] = RESPONSE_FIELDS.map((f) => f.name);
const MENU_KEY_NAMES: readonly string[] = MENU_OPTION_KEYS.map((k) => k.name);

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

function typeName(ctx: FeatureContext, type: string): string {
  const key = `type-${type}` as MessageKey;
  try {
    return t(ctx.locale, key);
  } catch {
    return type;
  }
}

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
  const { kind } = toks;
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

  // Lua 5.3-only operators
  for (let i = 0; i < toks.count; i++) {
    const k = kind[i] as K;
    if (!LUA53_OPERATORS.has(k)) continue;
    const op = tokenText(a, i);
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
      t(ctx.locale, 'lua53-operator', op, advice),
    );
  }

  // syntax
  const err = a.syntax();
  if (err && !LUA53_OPERATORS.has(kind[err.token] as K)) {
    let range: Range;
    if (kind[err.token] === K.EOS) {
      const last = err.token > 0 ? err.token - 1 : err.token;
      range = tokenRange(ctx, last);
    } else {
      range = tokenRange(ctx, err.token);
    }
    const reason = syntaxReason(ctx.locale, err.kind, err.args, err.near);
    push(
      range,
      DiagnosticSeverity.Error,
      'syntax-error',
      t(ctx.locale, 'syntax-error', reason, err.message),
    );
  }

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

  const checkedTables = new Set<number>();
  let firstAsync: Call | undefined;
  for (const c of struct.calls) {
    const api = c.api;
    const recv = c.receiverTok >= 0 ? tokenText(a, c.receiverTok) : '';
    const isCoromega = c.receiverTok >= 0 && struct.coromegaNames.has(recv);
    if (!api) {
      // coromega:http_gte(...): the HTTP family is known completely, so a near miss is a typo
      if (isCoromega && c.name.startsWith('http')) {
        const s = suggest(c.name, HTTP_NAMES);
        push(
          tokenRange(ctx, c.nameTok),
          DiagnosticSeverity.Error,
          'unknown-http-function',
          s
            ? t(ctx.locale, 'unknown-http-function-suggest', recv, c.name, s)
            : t(ctx.locale, 'unknown-http-function', recv, c.name),
          s
            ? [
                {
                  title: t(ctx.locale, 'fix-rename-key', s),
                  edits: [{ range: tokenRange(ctx, c.nameTok), newText: s }],
                },
              ]
            : [],
        );
      }
      continue;
    }

    // coromega.method(...) instead of coromega:method(...)
    if (isCoromega && api.call === ':' && c.sep === '.') {
      const first = c.args[0];
      const explicitSelf =
        first && first.end === first.start + 1 && tokenText(a, first.start) === recv;
      if (!explicitSelf) {
        push(
          tokenRange(ctx, c.receiverTok, c.nameTok),
          DiagnosticSeverity.Error,
          'dot-call',
          t(ctx.locale, 'dot-call', recv, c.name),
          [
            {
              title: t(ctx.locale, 'fix-colon', recv, c.name),
              edits: [{ range: tokenRange(ctx, c.nameTok - 1), newText: ':' }],
            },
          ],
        );
      }
      continue;
    }
    if (c.sep !== ':') continue;

    // only what runs when the plugin loads needs the event loop; a library of functions does not
    const onMainChunk = struct.fnOf[c.nameTok] === -1;
    if (
      onMainChunk &&
      !firstAsync &&
      (api.category === 'http' || api.name === 'start_new' || api.listener)
    ) {
      if (isCoromega || api.name === 'start_new') firstAsync = c;
    }

    // coroutine-only calls on the main chunk
    if (api.scope === 'coroutine' && isCoromega && struct.fnOf[c.nameTok] === -1) {
      push(
        tokenRange(ctx, c.receiverTok, c.closeTok >= 0 ? c.closeTok : c.nameTok),
        DiagnosticSeverity.Error,
        'coroutine-only',
        t(ctx.locale, 'coroutine-only', `${recv}:${c.name}`),
        wrapFix(ctx, c, recv),
      );
    }

    if (api.category !== 'http') continue;

    // the method of http_request
    if (
      c.name === 'http_request' &&
      c.args[0] &&
      kind[c.args[0].start] === K.String &&
      c.args[0].end === c.args[0].start + 1
    ) {
      const m = stringValue(toks, c.args[0].start);
      const upper = m.toUpperCase();
      if (!toks.unterminated.has(c.args[0].start) && !HTTP_METHODS.some((x) => x.name === upper)) {
        const s = suggest(
          upper,
          HTTP_METHODS.map((x) => x.name),
        );
        const q = tokenText(a, c.args[0].start)[0];
        push(
          tokenRange(ctx, c.args[0].start),
          DiagnosticSeverity.Warning,
          'unknown-http-method',
          t(ctx.locale, 'unknown-http-method', m, upper),
          s
            ? [
                {
                  title: t(ctx.locale, 'fix-method-upper', s),
                  edits: [{ range: tokenRange(ctx, c.args[0].start), newText: q + s + q }],
                },
              ]
            : [],
        );
      }
    }

    // the option argument
    const optIndex = c.name === 'http_request' ? 2 : 1;
    const opt = c.args[optIndex];
    if (opt && opt.start < opt.end) {
      const vt = valueType(a, opt.start, opt.end);
      if (vt === 'string' || vt === 'number' || vt === 'boolean' || vt === 'function') {
        push(
          tokenRange(ctx, opt.start, opt.end - 1),
          DiagnosticSeverity.Warning,
          'option-not-table',
          t(ctx.locale, 'option-not-table', optIndex + 1, typeName(ctx, vt)),
        );
      }
    }
  }

  // response.status instead of response.status_code, and similar near misses on a local holding an HTTP result
  for (let i = 1; i + 1 < toks.count; i++) {
    if (kind[i] !== K.Dot || kind[i - 1] !== K.Name || kind[i + 1] !== K.Name) continue;
    if (i >= 2 && (kind[i - 2] === K.Dot || kind[i - 2] === K.Colon)) continue;
    if (kind[i + 2] === K.Assign) continue;
    const holder = tokenText(a, i - 1);
    if (!findBinding(struct.bindingsByName, holder, i - 1)?.httpCall) continue;
    const field = tokenText(a, i + 1);
    if (RESPONSE_NAMES.includes(field)) continue;
    const s = Object.hasOwn(RESPONSE_ALIASES, field)
      ? RESPONSE_ALIASES[field]
      : suggest(field, RESPONSE_NAMES);
    if (!s) continue;
    push(
      tokenRange(ctx, i + 1),
      DiagnosticSeverity.Warning,
      'unknown-response-field',
      t(ctx.locale, 'unknown-response-field', holder, field, s),
      [
        {
          title: t(ctx.locale, 'fix-rename-key', s),
          edits: [{ range: tokenRange(ctx, i + 1), newText: s }],
        },
      ],
    );
  }

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
      continue;
    }
    if (table.role !== 'option' || checkedTables.has(table.openTok)) continue;
    checkedTables.add(table.openTok);
    checkOptionTable(ctx, table, push);
  }

  // no coromega:run()
  if (firstAsync && struct.runCalls.length === 0 && !a.partial) {
    const recv =
      firstAsync.receiverTok >= 0 && struct.coromegaNames.has(tokenText(a, firstAsync.receiverTok))
        ? tokenText(a, firstAsync.receiverTok)
        : 'coromega';
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
          title: t(ctx.locale, 'fix-append-run'),
          edits: [{ range: { start: endPos, end: endPos }, newText: `${prefix}\n${recv}:run()\n` }],
        },
      ],
    );
  }

  return out;
}

type Push = (
  range: Range,
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  fixes?: Fix[],
  tags?: DiagnosticTag[],
) => void;

function checkOptionTable(ctx: FeatureContext, table: Table, push: Push): void {
  const a = ctx.analysis;
  const { toks, struct } = a;
  const { kind } = toks;
  for (const f of table.fields) {
    if (f.valueStart >= f.valueEnd) continue; // a key still being typed
    const spec = findOptionKey(f.key);
    if (!spec) {
      const s = suggest(f.key, OPTION_KEY_NAMES);
      push(
        tokenRange(ctx, f.keyTok),
        DiagnosticSeverity.Warning,
        'unknown-option-key',
        s
          ? t(ctx.locale, 'unknown-option-key-suggest', f.key, s)
          : t(ctx.locale, 'unknown-option-key', f.key),
        s
          ? [
              {
                title: t(ctx.locale, 'fix-rename-key', s),
                edits: [
                  {
                    range: tokenRange(ctx, f.keyTok),
                    newText: f.bracketKey
                      ? tokenText(a, f.keyTok)[0] + s + tokenText(a, f.keyTok)[0]
                      : s,
                  },
                ],
              },
            ]
          : [],
      );
      continue;
    }
    const vt = valueType(a, f.valueStart, f.valueEnd);
    const valueRange = tokenRange(ctx, f.valueStart, f.valueEnd - 1);
    if (vt !== 'unknown' && vt !== 'nil' && !spec.types.includes(vt as LuaType)) {
      push(
        valueRange,
        DiagnosticSeverity.Warning,
        'option-type',
        t(ctx.locale, 'option-type', f.key, typeName(ctx, spec.typeLabel), typeName(ctx, vt)),
      );
      continue;
    }
    if (spec.deprecated) {
      push(
        tokenRange(ctx, f.keyTok),
        DiagnosticSeverity.Hint,
        'deprecated-form',
        t(ctx.locale, 'deprecated-form'),
        [],
        [DiagnosticTag.Deprecated],
      );
    }
    if (f.key === 'timeout') {
      const v = f.valueStart;
      if (kind[v] === K.String && f.valueEnd === v + 1 && !toks.unterminated.has(v)) {
        const s = stringValue(toks, v);
        const r = parseGoDuration(s);
        if (!r.ok) {
          const q = tokenText(a, v)[0];
          if (/^\d+(\.\d+)?$/.test(s)) {
            const fixed = `${q}${s}s${q}`;
            push(
              valueRange,
              DiagnosticSeverity.Error,
              'invalid-duration',
              t(ctx.locale, 'invalid-duration-unit', r.message, s),
              [
                {
                  title: t(ctx.locale, 'fix-add-unit', fixed),
                  edits: [{ range: valueRange, newText: fixed }],
                },
              ],
            );
          } else {
            push(
              valueRange,
              DiagnosticSeverity.Error,
              'invalid-duration',
              t(ctx.locale, 'invalid-duration', r.message),
            );
          }
        }
      } else if (kind[v] === K.Number && f.valueEnd === v + 1) {
        const num = Number(tokenText(a, v));
        if (num === 0) {
          push(valueRange, DiagnosticSeverity.Error, 'zero-timeout', t(ctx.locale, 'zero-timeout'));
        } else if (Number.isFinite(num) && !Number.isInteger(num)) {
          const truncated = Math.trunc(num);
          const exact = num < 1 ? `${Math.round(num * 1000)}ms` : `${num}s`;
          const more =
            truncated === 0
              ? t(ctx.locale, 'fractional-timeout-zero', exact)
              : t(ctx.locale, 'fractional-timeout-some', exact);
          push(
            valueRange,
            truncated === 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            'fractional-timeout',
            t(ctx.locale, 'fractional-timeout', tokenText(a, v), truncated, more),
            [
              {
                title: t(ctx.locale, 'fix-duration-string', `"${exact}"`),
                edits: [{ range: valueRange, newText: `"${exact}"` }],
              },
            ],
          );
        }
      }
    }
    if (f.key === 'auth' && kind[f.valueStart] === K.LBrace) {
      const sub = struct.tables.get(f.valueStart);
      if (sub && sub.closeTok >= 0) {
        const present = new Set(
          sub.fields
            .filter((x) => {
              const vt2 = valueType(a, x.valueStart, x.valueEnd);
              return (
                x.valueStart < x.valueEnd &&
                vt2 !== 'nil' &&
                !(kind[x.valueStart] === K.False && x.valueEnd === x.valueStart + 1)
              );
            })
            .map((x) => x.key),
        );
        const missing = AUTH_KEYS.map((k) => k.name).filter((k) => !present.has(k));
        if (missing.length) {
          push(
            tokenRange(ctx, f.keyTok),
            DiagnosticSeverity.Error,
            'auth-missing-field',
            t(ctx.locale, 'auth-missing-field', missing.join(', ')),
          );
        }
      }
    }
  }
}

/** Wraps the statement holding call `c` in `coromega:start_new(function() ... end)`. */
function wrapFix(ctx: FeatureContext, c: Call, recv: string): Fix[] {
  const a = ctx.analysis;
  const { kind } = a.toks;
  // walk back over `local a, b =`
  let s = c.receiverTok;
  let state: 'afterAssign' | 'afterName' | 'afterComma' | 'start' = 'start';
  for (let j = c.receiverTok - 1; j >= 0; j--) {
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
  return [
    {
      title: t(ctx.locale, 'fix-wrap-start-new'),
      edits: [
        {
          range: { start: lineStart, end: lineEnd },
          newText: `${indent}${recv}:start_new(function()\n${body}\n${indent}end)`,
        },
      ],
    },
  ];
}
