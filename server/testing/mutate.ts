/** Seeded, reproducible random edits of plugin text, for the syntax corpus and the fuzz test. No side effects. */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fragments that make and break Lua: brackets, keywords, quotes, long brackets, operators. */
export const FRAGMENTS: readonly string[] = [
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  'end',
  'function',
  ',',
  '=',
  '"',
  "'",
  '[[',
  ']]',
  '[==[',
  'local',
  'if',
  'then',
  '.',
  ':',
  '..',
  '...',
  'x',
  '1',
  '0x',
  '1e',
  'return',
  'break',
  'do',
  'while',
  'for',
  'in',
  '--',
  '--[[',
  '\n',
  ';',
  '#',
  'not',
  '\\',
  '{}',
  'repeat',
  'until',
  'elseif',
  'else',
  '//',
  '~',
  '==',
  '~=',
  '<<',
  '&',
  'coromega:',
  'coromega:http_get("u", {',
  'timeout = "',
  'auth = {',
  'response.',
  '\\{',
  '\\300',
  'goto',
  '::',
  '名字',
];

/** Fragments of world and test files and of Lua reading a config: half-written steps, keys, brackets, quotes. */
export const JSON_FRAGMENTS: readonly string[] = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '\n',
  'null',
  '1',
  '"menu": "',
  '"terminal": "',
  '"api": "',
  '"as": "',
  '"join": "',
  '"apis": { "',
  '"qq": { "group": ',
  '"expect": { "say": { "to": "',
  '{ "as": "Steve", "menu": "vote" },',
  '"script": [',
  '"tests": [{ "name": "t", "script": [',
  '"plugins": ["',
  '\\',
  '名字',
];

/** Lua fragments that read a config: what the config features parse. */
export const CONFIG_FRAGMENTS: readonly string[] = [
  'coromega.config.',
  'coromega.config["',
  'coromega.config[',
  'cfg.db.',
  'cfg.',
  ' = coromega.config',
  ' + 1',
  ' .. "x"',
  'if cfg.x then end',
];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One random edit of `text`: an insertion of a fragment (Lua ones unless told), a deletion, a truncation, or random
 * bytes. */
export function randomEdit(
  text: string,
  rnd: () => number,
  fragments: readonly string[] = FRAGMENTS,
): Edit {
  const pos = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) {
    return { start: pos, end: pos, text: fragments[Math.floor(rnd() * fragments.length)]! };
  }
  if (r < 0.8) {
    return { start: pos, end: Math.min(text.length, pos + 1 + Math.floor(rnd() * 12)), text: '' };
  }
  if (r < 0.88) {
    return { start: pos, end: text.length, text: '' };
  }
  let junk = '';
  const len = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < len; i++) {
    const c = Math.floor(rnd() * 0x300);
    junk += c >= 0xd800 && c < 0xe000 ? '?' : String.fromCharCode(c);
  }
  return { start: pos, end: pos, text: junk };
}

export function applyEditTo(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/** `count` mutants of `base`, each with 1-3 random edits, reproducible from `seed`. */
export function mutants(base: string, count: number, seed: number): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = base;
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) s = applyEditTo(s, randomEdit(s, rnd));
    out.push(s);
  }
  return out;
}
