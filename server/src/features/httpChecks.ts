/**
 * The HTTP checks: the method string of `http_request`, an `option` that is not a table, and the option table
 * itself (unknown keys, wrong value types, Go durations, `auth` without user or pass), the mistakes neomega punishes
 * at run time.
 */
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import {
  AUTH_KEYS,
  HTTP_METHODS,
  OPTION_KEY_NAMES,
  findOptionKey,
  parseGoDuration,
  type ApiFunction,
  type LuaType,
} from '../../../catalog';
import { K } from '../../../lua51/lexer';
import { stringValue, type Call, type Table } from '../analysis/structure';
import { t, type MessageKey } from '../messages';
import { suggest, tokenRange, tokenText, valueType, type FeatureContext } from './common';
import type { Push } from './diagnostics';

export function typeName(ctx: FeatureContext, type: string): string {
  const key = `type-${type}` as MessageKey;
  try {
    return t(ctx.locale, key);
  } catch {
    return type;
  }
}

/** The method of `http_request` and the type of the `option` argument. */
export function checkHttpCall(ctx: FeatureContext, c: Call, api: ApiFunction, push: Push): void {
  const a = ctx.analysis;
  const { toks } = a;
  const { kind } = toks;
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
  const optIndex = api.params.findIndex((p) => p.name === 'option');
  const opt = optIndex >= 0 ? c.args[optIndex] : undefined;
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

export function checkOptionTable(ctx: FeatureContext, table: Table, push: Push): void {
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
