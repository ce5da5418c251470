/** The server's settings: per-feature toggles and the locale, from initialize and didChangeConfiguration. */
import { resolveLocale, type Locale } from '../../catalog';

export interface Toggles {
  completion: boolean;
  hover: boolean;
  signatureHelp: boolean;
  diagnostics: boolean;
  codeActions: boolean;
}

export const DEFAULT_TOGGLES: Toggles = {
  completion: true,
  hover: true,
  signatureHelp: true,
  diagnostics: true,
  codeActions: true,
};

function obj(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : undefined;
}

/**
 * Reads toggles from `{coromegaLua: {languageServer: {...}}}` (what the extension sends), also accepting
 * `{languageServer: {...}}` or the toggles themselves. Missing or non-boolean values keep `base`.
 */
export function readToggles(settings: unknown, base: Toggles = DEFAULT_TOGGLES): Toggles {
  const root = obj(settings);
  const ls = obj(obj(root?.coromegaLua)?.languageServer) ?? obj(root?.languageServer) ?? root ?? {};
  const out = { ...base };
  for (const key of Object.keys(DEFAULT_TOGGLES) as (keyof Toggles)[]) {
    if (typeof ls[key] === 'boolean') out[key] = ls[key] as boolean;
  }
  return out;
}

/**
 * The server's locale, first found of: `initializationOptions.locale` (what the client chose for this server, e.g.
 * the extension's `coromegaLua.language`), the command line's `--locale`, the `locale` of `initialize` (the
 * client's display language); zh-CN when none is given. `--help` says the same order in both languages.
 */
export function readLocale(
  initOptions: unknown,
  commandLine: Locale | undefined,
  paramLocale: string | undefined,
): Locale {
  const fromOptions = obj(initOptions)?.locale;
  if (typeof fromOptions === 'string') return resolveLocale(fromOptions);
  return commandLine ?? resolveLocale(paramLocale);
}

/** Inlay hints: the types of locals (on by default) and parameter names at catalog calls (off by default). */
export interface InlayHintSettings {
  types: boolean;
  parameterNames: boolean;
}

export const DEFAULT_INLAY_HINTS: InlayHintSettings = { types: true, parameterNames: false };

/** Reads `{coromegaLua: {inlayHints: {...}}}` (or `{inlayHints: {...}}`); missing values keep `base`. */
export function readInlayHints(
  settings: unknown,
  base: InlayHintSettings = DEFAULT_INLAY_HINTS,
): InlayHintSettings {
  const root = obj(settings);
  const ih = obj(obj(root?.coromegaLua)?.inlayHints) ?? obj(root?.inlayHints) ?? {};
  const out = { ...base };
  if (typeof ih.types === 'boolean') out.types = ih.types;
  if (typeof ih.parameterNames === 'boolean') out.parameterNames = ih.parameterNames;
  return out;
}
