/**
 * Inlay hints for the visible range: the type of a local (and a handler's parameter, a loop variable) where the type
 * flow knows it (`local p = coromega:get_player(n)` -> `p: 玩家`), and the parameter names at calls of catalog
 * functions with several positional arguments (`coromega:send_ws_cmd(cmd: "...", get_result: true)`).
 */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import { typeById } from '../../../catalog';
import { K, tokenAtOrBefore } from '../../../lua51/lexer';
import type { FeatureContext } from './common';
import { tokenText } from './common';
import { typeLabel } from './pluginDocs';

export interface InlayOptions {
  types: boolean;
  parameterNames: boolean;
}

const MAX_HINTS = 2000;

export function computeInlayHints(
  ctx: FeatureContext,
  startOffset: number,
  endOffset: number,
  opts: InlayOptions,
): InlayHint[] {
  const a = ctx.analysis;
  const { toks, struct, sem, scopes } = a;
  const { kind } = toks;
  const out: InlayHint[] = [];
  const s = Math.max(0, tokenAtOrBefore(toks, startOffset - a.base));
  const e = tokenAtOrBefore(toks, endOffset - a.base);
  if (e < 0) return out;
  const at = (tok: number, end: boolean) =>
    ctx.doc.positionAt(a.base + (end ? toks.end[tok] : toks.start[tok]));

  if (opts.types) {
    const list = struct.bindings;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].tok < s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].tok <= e && out.length < MAX_HINTS; i++) {
      const b = list[i];
      if (b.kind === 'assign') continue;
      // only where the name is declared (not a later `x = ...` of the same local)
      if (scopes.ref[b.tok] < 0 || scopes.decls[scopes.ref[b.tok]].tok !== b.tok) continue;
      const info = sem.bindingType(b);
      // `local coromega = require("coromega").from(omega)`, `local json = require("json")`: nothing to add
      const type = info && !info.array ? typeById(info.id) : undefined;
      if (type && (type.kind === 'module' || type.id === 'Coromega')) continue;
      const label = info ? typeLabel(info, ctx.locale) : undefined;
      if (!label) continue;
      out.push({
        position: at(b.tok, true),
        label: `: ${label}`,
        kind: InlayHintKind.Type,
        paddingLeft: false,
      });
    }
  }

  if (opts.parameterNames) {
    const calls = struct.calls;
    let lo = 0;
    let hi = calls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (calls[mid].openTok < s) lo = mid + 1;
      else hi = mid;
    }
    for (let ci = lo; ci < calls.length && calls[ci].openTok <= e; ci++) {
      const c = calls[ci];
      if (out.length >= MAX_HINTS) break;
      const api = c.api;
      if (!api || c.args.length < 2) continue;
      c.args.forEach((arg, i) => {
        const p = api.params[i];
        if (!p || p.variadic || arg.start >= arg.end) return;
        // `cmd` passed as `cmd` needs no hint
        if (
          arg.end === arg.start + 1 &&
          kind[arg.start] === K.Name &&
          tokenText(a, arg.start) === p.name
        )
          return;
        out.push({
          position: at(arg.start, false),
          label: `${p.name}:`,
          kind: InlayHintKind.Parameter,
          paddingRight: true,
        });
      });
    }
  }
  out.sort(
    (x, y) => x.position.line - y.position.line || x.position.character - y.position.character,
  );
  return out;
}
