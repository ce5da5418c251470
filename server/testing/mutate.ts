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

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One random edit of `text`: an insertion of a fragment, a deletion, a truncation, or random bytes. */
export function randomEdit(text: string, rnd: () => number): Edit {
  const pos = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) {
    return { start: pos, end: pos, text: FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)] };
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
