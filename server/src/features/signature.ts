/** Signature help for catalog functions; the active parameter follows top-level commas, across nested tables and strings. */
import { MarkupKind, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver';
import { localize, paramLabel, scopeLabel, signatureLabel } from '../../../catalog';
import { t } from '../messages';
import type { FeatureContext } from './common';
import { cursorAt, enclosingCall } from './cursor';

export const SIGNATURE_TRIGGERS = ['(', ','];

export function computeSignatureHelp(ctx: FeatureContext, offset: number): SignatureHelp | null {
  const a = ctx.analysis;
  const cur = cursorAt(a, offset);
  if (cur.comment) return null;
  const found = enclosingCall(a, cur);
  if (!found) return null;
  let f = found.call.api;
  if (!f) return null;
  if (f.of === 'SessionFactory' && f.name === 'start_new') {
    // the handler's arguments come from the `when_...` this listener belongs to
    const handler = a.sem.typeAt(found.call.receiverTok)?.listener?.listener;
    if (handler) f = { ...f, params: [{ ...f.params[0], type: handler }] };
  }
  const label = signatureLabel(f);
  const open = label.indexOf('(') + 1;
  let pos = open;
  const parameters = f.params.map((p) => {
    const pl = paramLabel(p.name, p.type, p.optional, p.variadic);
    const s = label.indexOf(pl, pos);
    pos = s + pl.length;
    return {
      label: [s, s + pl.length] as [number, number],
      documentation: { kind: MarkupKind.Markdown, value: localize(p.doc, ctx.locale) },
    };
  });
  const info: SignatureInformation = {
    label,
    documentation: {
      kind: MarkupKind.Markdown,
      value: `${localize(f.summary, ctx.locale)}\n\n**${t(ctx.locale, 'label-scope')}**: ${scopeLabel(f.scope, ctx.locale)}`,
    },
    parameters,
  };
  let active = found.active;
  if (f.params.length && f.params[f.params.length - 1].variadic) {
    active = Math.min(active, f.params.length - 1);
  }
  return { signatures: [info], activeSignature: 0, activeParameter: active };
}
