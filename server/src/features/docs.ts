/**
 * Markdown documentation built from the catalog, shared by hover and completion. Written for a narrow hover
 * (about 500 pixels, 60 characters of code): the signature comes once, first, broken at parameter boundaries when it
 * is long (never in the middle of a word), then the one-line summary, then the details.
 */
import {
  splitTop,
  localize,
  paramLabel,
  scopeLabel,
  signatureLabel,
  type ApiField,
  type ApiFunction,
  type ApiType,
  type Locale,
  type ModuleInfo,
  type OptionKey,
} from '../../../catalog';
import { t } from '../messages';

/** Code lines longer than this wrap in a 500-pixel hover (14-pixel monospace fonts are up to 8.4 pixels wide). */
export const CODE_WIDTH = 56;

function code(s: string): string {
  return '```lua\n' + s + '\n```';
}

/** `fun(a: A, b: B): R` split one parameter per line at `indent` when it does not fit. */
function wrapType(type: string, indent: string, room: number): string {
  if (type.length <= room || !type.startsWith('fun(')) return type;
  let depth = 0;
  let close = -1;
  for (let i = 3; i < type.length; i++) {
    if (type[i] === '(') depth++;
    else if (type[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return type;
  const inner = splitTop(type.slice(4, close));
  return `fun(\n${inner.map((p) => `${indent}    ${p}`).join(',\n')}\n${indent})${type.slice(close + 1)}`;
}

/** A listener's handler type `fun(chat: ChatMessage)` written as the function the author writes. */
export function handlerLines(listener: string): string {
  return 'function' + wrapType(listener, '', CODE_WIDTH - 5).slice(3);
}

/** The signature as code lines, one line when it fits, else one parameter per line. */
export function signatureLines(f: ApiFunction): string {
  const one = signatureLabel(f);
  if (one.length <= CODE_WIDTH) return one;
  // a name too long for one line goes below its owner, as a chained call would be written
  const head =
    f.owner.length + f.name.length + 2 > CODE_WIDTH
      ? `${f.owner}\n    ${f.call}${f.name}(`
      : `${f.owner}${f.call}${f.name}(`;
  const ret = f.returns.length ? ': ' + f.returns.map((r) => r.type).join(', ') : '';
  const params = f.params.map((p) => {
    const label = paramLabel(p.name, p.type, p.optional, p.variadic);
    const colon = label.indexOf(': ');
    const name = label.slice(0, colon + 2);
    return `    ${name}${wrapType(label.slice(colon + 2), '    ', CODE_WIDTH - 4 - name.length)}`;
  });
  return params.length ? `${head}\n${params.join(',\n')}\n)${ret}` : `${head}\n)${ret}`;
}

/** The parameter list a completion item shows after its label: names only, `(url, option?)`. */
export function shortParams(f: ApiFunction): string {
  return `(${f.params.map((p) => (p.variadic ? '...' : p.name + (p.optional ? '?' : ''))).join(', ')})`;
}

/** A type as the parameter list writes it: callbacks read `function` (the signature shows the whole type). */
function shortType(type: string): string {
  return type.startsWith('fun(') ? 'function' : type;
}

/** Hover and completion documentation of a function: the signature once, the summary, then the details. */
export function functionDoc(f: ApiFunction, locale: Locale): string {
  const parts = [code(signatureLines(f)), localize(f.summary, locale)];
  if (f.detail) parts.push(localize(f.detail, locale));
  let scope = `**${t(locale, 'label-scope')}**: ${scopeLabel(f.scope, locale)}`;
  if (f.yieldsWhenArg !== undefined) {
    const p = f.params[f.yieldsWhenArg];
    if (p) scope += ` ${t(locale, 'label-yields-when', p.name)}`;
  }
  if (f.httpMethod) scope += ` · **${t(locale, 'label-sends')}**: \`${f.httpMethod}\``;
  parts.push(scope);
  if (f.params.length) {
    parts.push(
      `**${t(locale, 'label-params')}**\n` +
        f.params
          .map(
            (p) =>
              `- \`${p.variadic ? '...' : p.name + (p.optional ? '?' : '')}\` (${shortType(p.type)}): ${localize(p.doc, locale)}`,
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
  if (f.listener) {
    parts.push(`**${t(locale, 'label-handler')}**\n${code(handlerLines(f.listener))}`);
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

/** What a name holds: `player: CoroPlayer`, the type's name and summary. */
export function typeDoc(name: string, type: ApiType, array: boolean, locale: Locale): string {
  const label = `${type.id}${array ? '[]' : ''}`;
  const what = localize(type.name, locale);
  return [
    code(`${name}: ${label}`),
    `**${what}${array ? ' []' : ''}**: ${localize(type.summary, locale)}`,
  ].join('\n\n');
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

export function moduleDoc(m: ModuleInfo, locale: Locale): string {
  const parts = [
    code(`require("${m.name}")`),
    `**${t(locale, 'label-module')}**: ${localize(m.summary, locale)}`,
  ];
  if (m.detail) parts.push(localize(m.detail, locale));
  parts.push(`**${t(locale, 'label-example')}**\n${code(m.example)}`);
  return parts.join('\n\n');
}
