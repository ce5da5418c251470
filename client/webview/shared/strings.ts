/**
 * The page's words by key, in the language the user chose. They all come from the extension: the page has
 * no words of its own, only data and symbols.
 */
export let S: Record<string, string> = {};

/** New words (a new run, a change of language); without any, the page keeps the ones it has. */
export function setStrings(strings: Record<string, string> | undefined): void {
  if (strings) S = strings;
}
