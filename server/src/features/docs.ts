/** Markdown documentation built from the catalog, shared by hover and completion. */
import {
  localize,
  scopeLabel,
  signatureLabel,
  type ApiField,
  type ApiFunction,
  type Locale,
  type ModuleInfo,
  type OptionKey,
  type ResponseField,
} from '../../../catalog';
import { t } from '../messages';

function code(s: string): string {
  return '```lua\n' + s + '\n```';
}

export function functionDoc(f: ApiFunction, locale: Locale): string {
  const parts = [code(signatureLabel(f)), localize(f.summary, locale)];
  if (f.detail) parts.push(localize(f.detail, locale));
  let scope = `**${t(locale, 'label-scope')}**: ${scopeLabel(f.scope, locale)}`;
  if (f.httpMethod) scope += ` · **${t(locale, 'label-sends')}**: \`${f.httpMethod}\``;
  parts.push(scope);
  if (f.params.length) {
    parts.push(
      `**${t(locale, 'label-params')}**\n` +
        f.params
          .map(
            (p) => `- \`${p.variadic ? '...' : p.name}\` (${p.type}): ${localize(p.doc, locale)}`,
          )
          .join('\n'),
    );
  }
  if (f.returns.length) {
    parts.push(
      `**${t(locale, 'label-returns')}**\n` +
        f.returns.map((r) => `- \`${r.type}\`: ${localize(r.doc, locale)}`).join('\n'),
    );
  }
  parts.push(`**${t(locale, 'label-example')}**\n${code(f.example)}`);
  return parts.join('\n\n');
}

export function fieldDoc(f: ApiField, locale: Locale): string {
  const parts = [code(`${f.owner}.${f.name}: ${f.type}`), localize(f.summary, locale)];
  if (f.detail) parts.push(localize(f.detail, locale));
  parts.push(`**${t(locale, 'label-example')}**\n${code(f.example)}`);
  return parts.join('\n\n');
}

export function optionKeyDoc(k: OptionKey, locale: Locale, menu = false): string {
  const dep = k.deprecated ? ' ' + t(locale, 'label-deprecated') : '';
  const label = t(locale, menu ? 'label-menu-key' : 'label-option-key');
  return [
    code(`${k.name}: ${k.typeLabel}`),
    `**${label}**${dep}: ${localize(k.summary, locale)}`,
    localize(k.detail, locale),
    `**${t(locale, 'label-example')}**\n${code(k.example)}`,
  ].join('\n\n');
}

export function responseFieldDoc(f: ResponseField, locale: Locale): string {
  const parts = [
    code(`response.${f.name}: ${f.type}`),
    `**${t(locale, 'label-response-field')}**: ${localize(f.summary, locale)}`,
  ];
  if (f.detail) parts.push(localize(f.detail, locale));
  parts.push(`**${t(locale, 'label-example')}**\n${code(f.example)}`);
  return parts.join('\n\n');
}

export function moduleDoc(m: ModuleInfo, locale: Locale): string {
  const parts = [
    code(`require("${m.name}")`),
    `**${t(locale, 'label-module')}**: ${localize(m.summary, locale)}`,
  ];
  if (m.detail) parts.push(localize(m.detail, locale));
  parts.push(`**${t(locale, 'label-example')}**\n${code(m.example)}`);
  return parts.join('\n\n');
}
