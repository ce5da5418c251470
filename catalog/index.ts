/**
 * The coromega API catalog: one description of the API read by the language server and the runtime.
 * To add an API, add it to the data here; completion, hover, signature help and diagnostics pick it up.
 */
import {
  COROMEGA_FIELDS,
  COROMEGA_FUNCTIONS,
  JSON_FUNCTIONS,
  MENU_OPTION_KEYS,
  MODULES,
} from './basics';
import {
  AUTH_KEYS,
  COMMON_HEADERS,
  DURATION_EXAMPLES,
  HTTP_FUNCTIONS,
  HTTP_METHODS,
  OPTION_KEYS,
  RESPONSE_FIELDS,
} from './http';
import type {
  ApiField,
  ApiFunction,
  ApiOwner,
  LocalText,
  Locale,
  OptionKey,
  ResponseField,
  Scope,
} from './types';

export * from './types';
export { parseGoDuration } from './duration';
export type { DurationResult } from './duration';
export {
  AUTH_KEYS,
  COMMON_HEADERS,
  COROMEGA_FIELDS,
  COROMEGA_FUNCTIONS,
  DURATION_EXAMPLES,
  HTTP_FUNCTIONS,
  HTTP_METHODS,
  JSON_FUNCTIONS,
  MENU_OPTION_KEYS,
  MODULES,
  OPTION_KEYS,
  RESPONSE_FIELDS,
};

/** Every function in the catalog. */
export const ALL_FUNCTIONS: ApiFunction[] = [
  ...HTTP_FUNCTIONS,
  ...COROMEGA_FUNCTIONS,
  ...JSON_FUNCTIONS,
];

/** Methods called as `coromega:name(...)`, in the order completion lists them. */
export const COROMEGA_METHODS: ApiFunction[] = ALL_FUNCTIONS.filter(
  (f) => f.owner === 'coromega' && f.call === ':',
);

/**
 * HTTP verb shorthand name -> the method it sends, e.g. `http_put` -> `PUT`.
 * `http_request` is not in this map: it takes the method as its first argument.
 */
export const HTTP_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  HTTP_FUNCTIONS.filter((f) => typeof f.httpMethod === 'string').map((f) => [
    f.name,
    f.httpMethod as string,
  ]),
);

/** Names of the option keys neomega acts on. */
export const OPTION_KEY_NAMES: readonly string[] = OPTION_KEYS.map((k) => k.name);

const functionIndex = new Map<string, ApiFunction>();
for (const f of ALL_FUNCTIONS) functionIndex.set(`${f.owner}.${f.name}`, f);

/** Looks up a function by owner and name, e.g. `findFunction('coromega', 'http_get')`. */
export function findFunction(owner: ApiOwner, name: string): ApiFunction | undefined {
  return functionIndex.get(`${owner}.${name}`);
}

/** Whether `name` is one of the HTTP family (`http_request`, `http_get`, ...). */
export function isHttpFunction(name: string): boolean {
  return HTTP_FUNCTIONS.some((f) => f.name === name);
}

export function findOptionKey(name: string): OptionKey | undefined {
  return OPTION_KEYS.find((k) => k.name === name);
}

export function findResponseField(name: string): ResponseField | undefined {
  return RESPONSE_FIELDS.find((k) => k.name === name);
}

export function findField(owner: ApiOwner, name: string): ApiField | undefined {
  return COROMEGA_FIELDS.find((f) => f.owner === owner && f.name === name);
}

/** Maps a client locale (`zh-CN`, `en-US`, `en`, ...) to a catalog locale: English for `en*`, else zh-CN. */
export function resolveLocale(locale: string | undefined | null): Locale {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/** The text in `locale`, falling back to zh-CN. */
export function localize(text: LocalText, locale: Locale): string {
  return text[locale] ?? text['zh-cn'];
}

/** The scope label as the neomega docs write it (`协程内`, `任意`, `协程外`) or in English. */
export function scopeLabel(scope: Scope, locale: Locale): string {
  const labels: Record<Scope, LocalText> = {
    coroutine: { 'zh-cn': '协程内', en: 'inside a coroutine' },
    any: { 'zh-cn': '任意', en: 'anywhere' },
    outside: { 'zh-cn': '协程外', en: 'outside coroutines (setup)' },
  };
  return localize(labels[scope], locale);
}

/** The Lua signature line, e.g. `coromega:http_get(url: string, option?: table)`. */
export function signatureLabel(f: ApiFunction): string {
  const params = f.params.map((p) => paramLabel(p.name, p.type, p.optional, p.variadic));
  const ret = f.returns.length > 0 ? ': ' + f.returns.map((r) => r.type).join(', ') : '';
  return `${f.owner}${f.call}${f.name}(${params.join(', ')})${ret}`;
}

/** One parameter as `signatureLabel` writes it. */
export function paramLabel(
  name: string,
  type: string,
  optional?: boolean,
  variadic?: boolean,
): string {
  if (variadic) return `...: ${type}`;
  const t = optional && type.endsWith('?') ? type.slice(0, -1) : type;
  return `${name}${optional ? '?' : ''}: ${t}`;
}
