/**
 * Types of the coromega API catalog: the one description of the API that the language server (completion,
 * hover, signature help, diagnostics) and the runtime (its own checks) both read.
 *
 * Prose lives under locale keys so a new language is one more key, never a second copy of the API.
 */

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
 */
export type Scope = 'coroutine' | 'any' | 'outside';

/** Lua value types as the catalog names them. */
export type LuaType =
  'nil' | 'boolean' | 'number' | 'string' | 'table' | 'function' | 'userdata' | 'any';

export interface ApiParam {
  name: string;
  /** Display type, e.g. `string`, `table?`, `number|string`. */
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

/** Which object a function belongs to. */
export type ApiOwner = 'coromega' | 'json' | 'omega' | 'global';

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
  | 'module';

export interface ApiFunction {
  name: string;
  owner: ApiOwner;
  /** How it is called: `coromega:name(...)` (method) or `json.name(...)` (plain function). */
  call: ':' | '.';
  category: ApiCategory;
  params: ApiParam[];
  returns: ApiReturn[];
  scope: Scope;
  summary: LocalText;
  /** Longer explanation shown under the summary in hover. */
  detail?: LocalText;
  /** A short, runnable Lua example. */
  example: string;
  /** For the HTTP family: the method the call sends (`null` for `http_request`, which takes it as argument). */
  httpMethod?: string | null;
  /** The call registers a listener (`when_called_by_...`) whose `:start_new(fn)` runs a coroutine. */
  listener?: boolean;
  deprecated?: boolean;
}

/** A value (not a function) reachable from a module, e.g. `coromega.config`. */
export interface ApiField {
  name: string;
  owner: ApiOwner;
  type: string;
  summary: LocalText;
  detail?: LocalText;
  example: string;
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
