/**
 * Hover: for a member of anything the type pass knows (coromega, a player, a listener, a response, `json`...): the
 * signature once, the summary, then scope, parameters, returns and an example; for a name holding a catalog value,
 * what it is; for keys of known tables, option values, durations and modules, their meaning.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import {
  AUTH_KEYS,
  COMMON_HEADERS,
  HTTP_METHODS,
  MENU_OPTION_KEYS,
  MODULES,
  fieldOf,
  findOptionKey,
  localize,
  moduleType,
  parseGoDuration,
  typeById,
} from '../../../catalog';
import { K, tokenAtOrBefore } from '../../../lua51/lexer';
import { stringValue } from '../analysis/structure';
import { t } from '../messages';
import { tokenRange, tokenText, type FeatureContext } from './common';
import { fieldDoc, functionDoc, handlerLines, moduleDoc, optionKeyDoc, typeDoc } from './docs';
import { versionNote } from './frameworkVersion';
import { functionHover, typeLabel } from './pluginDocs';
import type { TypeInfo } from '../analysis/types';

/** Hover on `M.f` / `util.f` for a table of the plugin's (maybe in a module it requires). */
function pluginFieldHover(
  ctx: FeatureContext,
  table: NonNullable<TypeInfo['table']>,
  name: string,
  md: (value: string) => Hover,
): Hover | null {
  const home =
    ctx.project?.fileOf(table.pass) ?? (table.pass === ctx.analysis.sem ? ctx : undefined);
  if (!home) return null;
  const key = `${table.key}.${name}`;
  const fn = table.pass.fieldFunction(key);
  if (fn >= 0) return md(functionHover(ctx, home, fn));
  const v = table.pass.fieldValueType(key);
  const label = v ? typeLabel(v, ctx.locale) : undefined;
  return label ? md('```lua\n' + `${name}: ${label}` + '\n```') : null;
}

/** The `function` keyword of the plugin's own function the name at `t` declares or calls, or -1. */
function pluginFunctionAt(ctx: FeatureContext, t: number): number {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const r = a.scopes.ref[t];
  if (r >= 0) {
    const d = a.scopes.decls[r];
    if (d.kind === 'function') return d.tok - 1;
    if (d.kind === 'local' && kind[d.tok + 1] === K.Assign && kind[d.tok + 2] === K.Function) {
      return d.tok + 2;
    }
    return -1;
  }
  if (kind[t - 1] === K.Function && kind[t + 1] === K.LParen) return t - 1;
  const call = a.struct.callByOpen.get(t + 1);
  return call && call.nameTok === t && !call.api ? a.sem.functionOf(call) : -1;
}

function humanDuration(ns: number, locale: FeatureContext['locale']): string {
  const ms = ns / 1e6;
  if (ms < 1000) return locale === 'en' ? `${ms} ms` : `${ms} 毫秒`;
  const s = ms / 1000;
  return locale === 'en' ? `${s} s` : `${s} 秒`;
}

export function computeHover(ctx: FeatureContext, offset: number): Hover | null {
  const a = ctx.analysis;
  const { toks, struct } = a;
  const { kind } = toks;
  const off = offset - a.base;
  const ti = tokenAtOrBefore(toks, off);
  if (ti < 0 || off > toks.end[ti] || kind[ti] === K.EOS) return null;
  const k = kind[ti] as K;
  const md = (value: string): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: tokenRange(ctx, ti),
  });

  if (k === K.Name) {
    const name = tokenText(a, ti);
    const prev = ti - 1;
    if (prev >= 1 && (kind[prev] === K.Colon || kind[prev] === K.Dot)) {
      const recv = a.sem.typeAt(prev - 1);
      if (recv?.table) return pluginFieldHover(ctx, recv.table, name, md);
      const m = a.sem.member(recv, name);
      if (!m) return null;
      if (!('params' in m)) return md(fieldDoc(m, ctx.locale));
      let doc = functionDoc(m, ctx.locale);
      const note = versionNote(m, ctx.locale, ctx.framework);
      if (note) doc += `\n\n${note}`;
      if (m.of === 'SessionFactory' && m.name === 'start_new' && recv?.listener?.listener) {
        // the handler's arguments come from the `when_...` this listener belongs to
        const from = `${recv.listener.owner}:${recv.listener.name}`;
        doc += `\n\n**${t(ctx.locale, 'label-handler')}** (\`${from}\`)\n\`\`\`lua\n${handlerLines(recv.listener.listener)}\n\`\`\``;
      }
      return md(doc);
    }
    // a key in a table the catalog knows (HTTP options, auth, headers, menu options, a shape)
    const p = struct.parent[ti];
    const table = p >= 0 ? struct.tables.get(p) : undefined;
    if (table?.role && kind[ti + 1] === K.Assign) {
      if (table.role === 'option') {
        const spec = findOptionKey(name);
        if (spec) return md(optionKeyDoc(spec, ctx.locale));
      } else if (table.role === 'menu') {
        const spec = MENU_OPTION_KEYS.find((x) => x.name === name);
        if (spec) return md(optionKeyDoc(spec, ctx.locale, true));
      } else if (table.role === 'auth') {
        const spec = AUTH_KEYS.find((x) => x.name === name);
        if (spec)
          return md(
            `**${t(ctx.locale, 'label-auth-key')}** \`${name}\`: ${localize(spec.summary, ctx.locale)}`,
          );
      } else if (table.role === 'headers') {
        const h = COMMON_HEADERS.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (h)
          return md(
            `**${t(ctx.locale, 'label-header')}** \`${h.name}\`: ${localize(h.summary, ctx.locale)}`,
          );
      } else if (table.role === 'shape' && table.shape) {
        const f = fieldOf(table.shape, name);
        if (f) return md(fieldDoc(f, ctx.locale));
      }
      return null;
    }
    // a global function of the host (`ud2lua(...)`)
    const call = struct.callByOpen.get(ti + 1);
    if (call?.api && call.nameTok === ti) return md(functionDoc(call.api, ctx.locale));
    // the plugin's own function
    const fn = pluginFunctionAt(ctx, ti);
    if (fn >= 0) return md(functionHover(ctx, ctx, fn));
    // a name holding something the catalog knows
    const info = a.sem.typeAt(ti);
    const type = info ? typeById(info.id) : undefined;
    if (!info || !type) return null;
    if (type.kind === 'module' && type.module && !info.array) {
      const m = MODULES.find((x) => x.name === type.module);
      if (m) return md(moduleDoc(m, ctx.locale));
    }
    return md(typeDoc(name, type, info.array, ctx.locale));
  }

  if (k === K.String) {
    const value = stringValue(toks, ti);
    const before = ti - 1;
    const isRequire =
      (before >= 0 && kind[before] === K.Name && tokenText(a, before) === 'require') ||
      (before >= 1 &&
        kind[before] === K.LParen &&
        kind[before - 1] === K.Name &&
        tokenText(a, before - 1) === 'require');
    if (isRequire) {
      const real = moduleType(value)?.module;
      const m = MODULES.find((x) => x.name === real);
      return m ? md(moduleDoc(m, ctx.locale)) : null;
    }
    if (before >= 0 && kind[before] === K.LParen) {
      const call = struct.callByOpen.get(before);
      if (call?.api && call.name === 'http_request' && call.args[0]?.start === ti) {
        const m = HTTP_METHODS.find((x) => x.name === value.toUpperCase());
        if (m)
          return md(
            `**${t(ctx.locale, 'label-http-method')}** \`${m.name}\`: ${localize(m.summary, ctx.locale)}`,
          );
        return null;
      }
    }
    const p = struct.parent[ti];
    const table = p >= 0 ? struct.tables.get(p) : undefined;
    if (
      table?.role === 'option' &&
      before >= 1 &&
      kind[before] === K.Assign &&
      tokenText(a, before - 1) === 'timeout'
    ) {
      const r = parseGoDuration(value);
      if (r.ok)
        return md(
          `**${t(ctx.locale, 'label-duration')}** \`${value}\` = ${humanDuration(r.nanoseconds, ctx.locale)}`,
        );
      return md(`**${t(ctx.locale, 'label-duration')}**: \`${r.message}\``);
    }
    if (before >= 0 && kind[before] === K.LBracket) {
      const tb = struct.parent[before] >= 0 ? struct.tables.get(struct.parent[before]) : undefined;
      if (tb?.role === 'headers') {
        const h = COMMON_HEADERS.find((x) => x.name.toLowerCase() === value.toLowerCase());
        if (h)
          return md(
            `**${t(ctx.locale, 'label-header')}** \`${h.name}\`: ${localize(h.summary, ctx.locale)}`,
          );
      }
    }
  }
  return null;
}
