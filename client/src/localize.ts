/**
 * How the client's words are put together, without loading any translation: the localiser's shape, placeholder
 * filling and English. Used by the extension and by the webviews (which receive their words already translated and
 * only fill placeholders), so it imports nothing. Translations are loaded in i18n.ts.
 */

export type Lang = 'zh-cn' | 'en';

/** `vscode.l10n.t`-shaped: an English source string with `{0}` placeholders, and the values to put in them. */
export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`, ... with `args`; placeholders without a value stay as written. */
export function fill(template: string, args: ReadonlyArray<string | number | boolean>): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

/** A localiser that only fills placeholders (English). */
export const englishOnly: Localize = (message, ...args) => fill(message, args);
