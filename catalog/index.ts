/**
 * The coromega API catalog: one description of the API read by the language server, the LuaLS definition files,
 * the grammar, the snippets and the runtime. To add an API, add it to the data in this folder; completion, hover,
 * signature help, diagnostics and the definition files pick it up.
 *
 * Types plugins hold have stable ids equal to the framework's class names (`Coromega`, `CoroPlayer`,
 * `SessionFactory`, `SharedMap`, `WrappedKVDB`, `WSConnWrapper`, `WSServerSessionFactory`); shapes (`ChatMessage`,
 * `HttpResponse`, `Pos`...) and modules (`mod.json`...) sit beside them.
 */
import { BOT_METHODS } from './coromega/bot';
import { BOT_ACTION_METHODS } from './coromega/botAction';
import { BUILDING_METHODS } from './coromega/building';
import { COMMAND_METHODS } from './coromega/commands';
import { CQHTTP_METHODS } from './coromega/cqhttp';
import { FLEX_METHODS } from './coromega/flex';
import { MENU_METHODS, MENU_OPTION_KEYS } from './coromega/menus';
import { PLAYER_METHODS } from './coromega/players';
import { COROMEGA_FIELDS_ALL, STORAGE_METHODS } from './coromega/storage';
import { SYSTEM_METHODS } from './coromega/system';
import { WEBSOCKET_METHODS } from './coromega/websocket';
import { defineType } from './dsl';
import { HTTP_AUTH, HTTP_FUNCTIONS, HTTP_METHODS, HTTP_OPTION, HTTP_RESPONSE } from './http';
import {
  AUTH_KEYS,
  COMMON_HEADERS,
  DURATION_EXAMPLES,
  OPTION_KEYS,
  RESPONSE_FIELDS,
} from './httpData';
import { CRYPTO_FUNCTIONS, CRYPTO_MODULE, JSON_FUNCTIONS, JSON_MODULE } from './modules';
import { SESSION_FACTORY, WS_CONN, WS_SERVER } from './objects/listeners';
import { PLAYER } from './objects/player';
import { KV_DB, SHARED_MAP } from './objects/storage';
import { BLOCKS, COROMEGA_MODULE, GLOBALS, OMEGA_MODULE, STORAGE_PATH, STRUCTURES } from './omega';
import { CHAT_MESSAGE, COMMAND_OUTPUT, PACKET, PLAYER_POS, POS, USER_INFO } from './shapes';
import { parseType, stripNil, type FunParam, type TypeNode } from './typeExpr';
import type {
  ApiField,
  ApiFunction,
  ApiType,
  LocalText,
  Locale,
  ModuleInfo,
  OptionKey,
  Scope,
  TypeId,
} from './types';
import { BUILD_OPTIONS, CANVAS, COMMAND_BLOCK_OPTIONS } from './worldShapes';

export * from './types';
export * from './versions';
export { parseGoDuration } from './duration';
export type { DurationResult } from './duration';
export { parseType, splitTop, stripNil } from './typeExpr';
export type { FunParam, TypeNode } from './typeExpr';
export {
  AUTH_KEYS,
  COMMON_HEADERS,
  CRYPTO_FUNCTIONS,
  DURATION_EXAMPLES,
  HTTP_FUNCTIONS,
  HTTP_METHODS,
  JSON_FUNCTIONS,
  MENU_OPTION_KEYS,
  OPTION_KEYS,
  RESPONSE_FIELDS,
};

/** The coromega object (`require("coromega").from(omega)`): every method of the framework's `Coromega`. */
export const COROMEGA: ApiType = defineType(
  {
    id: 'Coromega',
    kind: 'class',
    receiver: 'coromega',
    name: ['coromega 对象', 'coromega object'],
    summary: [
      'coromega 对象：把 neomega 的异步回调包装成协程，插件通过它做一切事情。',
      "The coromega object: wraps neomega's callbacks in coroutines; plugins do everything through it.",
    ],
    closed: true,
  },
  [
    ...HTTP_FUNCTIONS,
    ...SYSTEM_METHODS,
    ...STORAGE_METHODS,
    ...PLAYER_METHODS,
    ...MENU_METHODS,
    ...COMMAND_METHODS,
    ...FLEX_METHODS,
    ...BOT_METHODS,
    ...BOT_ACTION_METHODS,
    ...BUILDING_METHODS,
    ...CQHTTP_METHODS,
    ...WEBSOCKET_METHODS,
  ],
  COROMEGA_FIELDS_ALL,
);

export const MENU_OPTIONS: ApiType = defineType(
  {
    id: 'MenuOptions',
    kind: 'shape',
    receiver: 'options',
    name: ['菜单选项', 'menu options'],
    summary: ['菜单监听器的选项表。', 'The options table of a menu listener.'],
    closed: false,
  },
  [],
  MENU_OPTION_KEYS.map((k) => ({
    name: k.name,
    owner: 'options',
    of: 'MenuOptions',
    type: k.typeLabel,
    summary: k.summary,
    detail: k.detail,
    example: k.example,
  })),
);

/** The framework's classes, in the order of `coromega.lua`'s objects plugins hold. */
export const FRAMEWORK_CLASSES: readonly ApiType[] = [
  COROMEGA,
  PLAYER,
  SESSION_FACTORY,
  SHARED_MAP,
  KV_DB,
  WS_CONN,
  WS_SERVER,
];

/** Every type: classes, shapes, modules. */
export const API_TYPES: readonly ApiType[] = [
  ...FRAMEWORK_CLASSES,
  CHAT_MESSAGE,
  PACKET,
  POS,
  PLAYER_POS,
  COMMAND_OUTPUT,
  USER_INFO,
  HTTP_OPTION,
  HTTP_AUTH,
  HTTP_RESPONSE,
  MENU_OPTIONS,
  COMMAND_BLOCK_OPTIONS,
  BUILD_OPTIONS,
  CANVAS,
  STORAGE_PATH,
  BLOCKS,
  STRUCTURES,
  OMEGA_MODULE,
  COROMEGA_MODULE,
  JSON_MODULE,
  CRYPTO_MODULE,
  GLOBALS,
];

const typeIndex = new Map<TypeId, ApiType>(API_TYPES.map((t) => [t.id, t]));
const memberIndex = new Map<TypeId, Map<string, ApiFunction | ApiField>>();
for (const t of API_TYPES) {
  const members = new Map<string, ApiFunction | ApiField>();
  for (const f of t.fields) members.set(f.name, f);
  for (const m of t.methods) members.set(m.name, m);
  memberIndex.set(t.id, members);
}

export function typeById(id: TypeId): ApiType | undefined {
  return typeIndex.get(id);
}

/** A method or function of a type, internal ones included. */
export function methodOf(id: TypeId, name: string): ApiFunction | undefined {
  const m = memberIndex.get(id)?.get(name);
  return m && 'params' in m ? m : undefined;
}

/** A field of a type, internal ones included. */
export function fieldOf(id: TypeId, name: string): ApiField | undefined {
  const m = memberIndex.get(id)?.get(name);
  return m && !('params' in m) ? m : undefined;
}

/** Other names `require` takes for a framework module: neomega preloads coromega as `lua.coromega` too. */
const MODULE_ALIASES: Readonly<Record<string, string>> = { 'lua.coromega': 'coromega' };

/** The module `require(name)` gives. */
export function moduleType(name: string): ApiType | undefined {
  const real = MODULE_ALIASES[name] ?? name;
  return API_TYPES.find((t) => t.kind === 'module' && t.module === real);
}

/** The methods of `coromega` offered to authors (`coromega:`), in the order completion lists them. */
export const COROMEGA_METHODS: ApiFunction[] = COROMEGA.methods.filter((m) => !m.internal);

/** The fields of `coromega` offered to authors (`coromega.config`...). */
export const COROMEGA_FIELDS: ApiField[] = COROMEGA.fields.filter((f) => !f.internal);

/**
 * The functions reached through a global name: the coromega methods, `coromega.from`, `json.*`, `crypto.*` and the
 * globals. (Methods of objects such as the player are reached through `API_TYPES`.)
 */
export const ALL_FUNCTIONS: ApiFunction[] = [
  ...COROMEGA_METHODS,
  ...COROMEGA_MODULE.methods,
  ...JSON_FUNCTIONS,
  ...CRYPTO_FUNCTIONS,
  ...GLOBALS.methods,
];

/** The modules `require` knows, in the order completion lists them. */
export const MODULES: ModuleInfo[] = [
  OMEGA_MODULE,
  COROMEGA_MODULE,
  JSON_MODULE,
  CRYPTO_MODULE,
].map((t) => ({
  name: t.module ?? t.receiver,
  summary: t.summary,
  example:
    t.module === 'coromega'
      ? 'local coromega = require("coromega").from(omega)'
      : `local ${t.receiver} = require("${t.module}")`,
}));

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

const byOwner = new Map<string, ApiFunction>();
for (const f of ALL_FUNCTIONS) byOwner.set(`${f.owner}.${f.name}`, f);

/** Looks up a function by how code names its owner, e.g. `findFunction('coromega', 'http_get')`, `('json', 'decode')`. */
export function findFunction(owner: string, name: string): ApiFunction | undefined {
  return byOwner.get(`${owner}.${name}`);
}

export function findOptionKey(name: string): OptionKey | undefined {
  return OPTION_KEYS.find((k) => k.name === name);
}

/** A type the catalog describes, reached through a type expression: `CoroPlayer?` or `CoroPlayer[]`. */
export interface TypeRef {
  id: TypeId;
  /** An array of that type (`CoroPlayer[]`). */
  array: boolean;
}

const refCache = new Map<string, TypeRef | null>();

function refOfNode(n: TypeNode | null): TypeRef | null {
  if (!n) return null;
  if (n.kind === 'name') return typeIndex.has(n.name) ? { id: n.name, array: false } : null;
  if (n.kind === 'array') {
    const inner = refOfNode(stripNil(n.of));
    return inner && !inner.array ? { id: inner.id, array: true } : null;
  }
  if (n.kind === 'union') {
    const refs = n.of.map(refOfNode).filter((r): r is TypeRef => r !== null);
    return refs.length === 1 ? refs[0] : null;
  }
  return null;
}

/** `typeRefOf` for a parsed type (a callback parameter's type). */
export function typeRefOfNode(n: TypeNode | null): TypeRef | null {
  return refOfNode(n ? stripNil(n) : null);
}

/** The catalog type a type expression denotes, ignoring nil; null for primitives and unknown names. */
export function typeRefOf(type: string): TypeRef | null {
  let r = refCache.get(type);
  if (r === undefined) {
    r = refOfNode(stripNil(parseType(type)));
    refCache.set(type, r);
  }
  return r;
}

const funCache = new Map<string, FunParam[] | null>();

/** The parameters of a `fun(...)` type (a callback's arguments), or null for other types. */
export function callbackParams(type: string): FunParam[] | null {
  let r = funCache.get(type);
  if (r === undefined) {
    const n = stripNil(parseType(type));
    r = n && n.kind === 'fun' ? n.params : null;
    funCache.set(type, r);
  }
  return r;
}

/** Maps a client locale (`zh-CN`, `en-US`, `en`, ...) to a catalog locale: English for `en*`, else zh-CN. */
export function resolveLocale(locale: string | undefined | null): Locale {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/** The text in `locale`, falling back to zh-CN. */
export function localize(text: LocalText, locale: Locale): string {
  return text[locale] ?? text['zh-cn'];
}

const SCOPE_LABELS: Record<Scope, LocalText> = {
  coroutine: { 'zh-cn': '协程内', en: 'inside a coroutine' },
  any: { 'zh-cn': '任意', en: 'anywhere' },
  outside: { 'zh-cn': '协程外', en: 'outside coroutines (setup)' },
  'blocks-outside': {
    'zh-cn': '任意（协程内挂起，协程外阻塞插件）',
    en: 'anywhere (yields in a coroutine, blocks the plugin outside)',
  },
};

/** The scope label as the neomega docs write it (`协程内`, `任意`, `协程外`) or in English. */
export function scopeLabel(scope: Scope, locale: Locale): string {
  return localize(SCOPE_LABELS[scope], locale);
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

/** The Lua signature line, e.g. `coromega:http_get(url: string, option?: HttpOption): HttpResponse?, string?`. */
export function signatureLabel(f: ApiFunction): string {
  const params = f.params.map((p) => paramLabel(p.name, p.type, p.optional, p.variadic));
  const ret = f.returns.length > 0 ? ': ' + f.returns.map((r) => r.type).join(', ') : '';
  return `${f.owner}${f.call}${f.name}(${params.join(', ')})${ret}`;
}
