/**
 * Types of the coromega API catalog: the one description of the API that the language server (completion,
 * hover, signature help, diagnostics), the LuaLS definition files, the grammar and the runtime all read.
 *
 * Prose lives under locale keys so a new language is one more key, never a second copy of the API.
 * Types are written as LuaLS type expressions (`string`, `CoroPlayer?`, `string[]`, `fun(chat: ChatMessage)`),
 * so the definition files can carry them as they are; `catalog/typeExpr.ts` reads them for the server.
 */

import type { FrameworkVersion } from './versions';

/** Locales the catalog's prose is written in. `zh-cn` is the default. */
export type Locale = 'zh-cn' | 'en';

/** A piece of prose in every supported locale. */
export interface LocalText {
  'zh-cn': string;
  en: string;
}

/**
 * Where a function may be called.
 * - `coroutine`: only inside a coroutine coromega started (`coromega:start_new(fn)` or a listener's `:start_new(fn)`);
 *   it yields, and fails with a Lua error on the main chunk (范围: 协程内).
 * - `any`: anywhere (范围: 任意).
 * - `outside`: meant for the main chunk, usually while setting the plugin up (范围: 协程外).
 * - `blocks-outside`: yields inside a coroutine; outside one it blocks the whole plugin until done (`sleep`, the
 *   shared map's methods).
 */
export type Scope = 'coroutine' | 'any' | 'outside' | 'blocks-outside';

/** Lua value types as the catalog names them. */
export type LuaType =
  'nil' | 'boolean' | 'number' | 'string' | 'table' | 'function' | 'userdata' | 'any';

export interface ApiParam {
  name: string;
  /** LuaLS type, e.g. `string`, `HttpOption?`, `fun(key: string, value: any): boolean?`. */
  type: string;
  optional?: boolean;
  /** `...`: any number of values. */
  variadic?: boolean;
  doc: LocalText;
}

export interface ApiReturn {
  type: string;
  doc: LocalText;
}

/** Id of a type in the catalog: a framework class (`Coromega`, `CoroPlayer`...), a shape or `module:NAME`. */
export type TypeId = string;

/** Receiver as signatures write it: `coromega`, `player`, `db`, `json`, `global` (a global function)... */
export type ApiOwner = string;

export type ApiCategory =
  | 'http'
  | 'coroutine'
  | 'output'
  | 'input'
  | 'time'
  | 'config'
  | 'path'
  | 'storage'
  | 'menu'
  | 'system'
  | 'json'
  | 'module'
  | 'command'
  | 'player'
  | 'listener'
  | 'bot'
  | 'bot-action'
  | 'building'
  | 'flex'
  | 'cqhttp'
  | 'websocket'
  | 'packet'
  | 'crypto'
  | 'object';

export interface ApiFunction {
  name: string;
  /** Receiver as written in signatures (`coromega`, `player`, `json`, `global`...). */
  owner: ApiOwner;
  /** The type the function belongs to (`Coromega`, `CoroPlayer`, `module:json`...). */
  of: TypeId;
  /** How it is called: `coromega:name(...)` (method) or `json.name(...)` (plain function). */
  call: ':' | '.';
  category: ApiCategory;
  params: ApiParam[];
  returns: ApiReturn[];
  scope: Scope;
  summary: LocalText;
  /** Longer explanation shown under the summary. */
  detail?: LocalText;
  /** A short, runnable Lua example. */
  example: string;
  /** For the HTTP family: the method the call sends (`null` for `http_request`, which takes it as argument). */
  httpMethod?: string | null;
  /**
   * The call registers a listener: it returns a `SessionFactory` whose `:start_new(fn)` runs `fn` in a new coroutine
   * with these arguments (a `fun(...)` type).
   */
  listener?: string;
  /**
   * The call names an entry point the world reaches (a menu trigger, an API, a topic...) or one the plugin calls:
   * what world and test files are checked and completed against.
   */
  entry?: EntryUse;
  /** The call yields (so needs a coroutine) only when this argument (0-based) is given and truthy. */
  yieldsWhenArg?: number;
  /** The call keeps the plugin waiting for events: without `coromega:run()` nothing would ever arrive. */
  needsRun?: boolean;
  /** Part of the framework's plumbing, not meant for plugins: known (never flagged) but not offered. */
  internal?: boolean;
  deprecated?: boolean;
  /** The framework versions that have it (catalog/versions.ts); absent: every version. */
  versions?: readonly FrameworkVersion[];
}

/**
 * Kinds of entry points, named as the runtime's `listener` events name them: game and terminal menus (by trigger),
 * cross-plugin APIs and topics (by name), senders and command blocks that message the bot (by name).
 */
export type EntryKind =
  'game_menu' | 'terminal_menu' | 'api' | 'topic' | 'sender' | 'command_block';

/** How a catalog call names an entry point. */
export interface EntryUse {
  kind: EntryKind;
  /** `provides`: the plugin registers it (`when_called_by_api_named`); `uses`: it calls or publishes to one. */
  role: 'provides' | 'uses';
  /** The argument (0-based) holding the name, or the options table whose `triggers` lists the names. */
  arg: number;
  /** Set when the argument is an options table: the key of its list of names. */
  field?: 'triggers';
}

/** A value (not a function) reachable from an object or module, e.g. `coromega.config`. */
export interface ApiField {
  name: string;
  owner: ApiOwner;
  of: TypeId;
  type: string;
  summary: LocalText;
  detail?: LocalText;
  example: string;
  internal?: boolean;
}

/**
 * A type plugins hold: a framework class (the objects of `coromega.lua`), a shape (a table or userdata with known
 * members: a chat message, a packet, an option table) or a module (`json`, `crypto`, `omega`).
 */
export interface ApiType {
  id: TypeId;
  kind: 'class' | 'shape' | 'module';
  /** How code usually names a value of this type (`player`, `db`, `conn`...). */
  receiver: string;
  /** The name a user reads: 玩家 / player. */
  name: LocalText;
  summary: LocalText;
  methods: ApiFunction[];
  fields: ApiField[];
  /** The catalog lists every member: a misspelt one is flagged. */
  closed: boolean;
  /** For a module: the name `require` takes. */
  module?: string;
}

/** A key of the HTTP `option` table. */
export interface OptionKey {
  name: string;
  /** Lua types neomega acts on; a value of another type is ignored (or, for `timeout`/`auth`, fails the call). */
  types: LuaType[];
  /** Display type, e.g. `number|string`. */
  typeLabel: string;
  summary: LocalText;
  detail: LocalText;
  example: string;
  deprecated?: boolean;
}

/** A key of the `auth` sub-table. */
export interface AuthKey {
  name: 'user' | 'pass';
  type: 'string';
  summary: LocalText;
}

/** A field of the response object an HTTP call returns. */
export interface ResponseField {
  name: string;
  type: string;
  summary: LocalText;
  detail?: LocalText;
  example: string;
}

/** An HTTP method the docs list for `http_request`. */
export interface HttpMethodInfo {
  name: string;
  summary: LocalText;
}

/** A request header name commonly set in `headers`. */
export interface HeaderInfo {
  name: string;
  summary: LocalText;
  /** Typical values, shown as examples. */
  examples: string[];
}

/** A Go duration string example for `timeout`. */
export interface DurationExample {
  value: string;
  summary: LocalText;
}

/** A module plugins `require`. */
export interface ModuleInfo {
  name: string;
  summary: LocalText;
  detail?: LocalText;
  example: string;
}
