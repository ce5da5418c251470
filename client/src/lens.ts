/**
 * Where the CodeLenses go: "Run" on the first line (where the author reads from, however long the plugin), and one
 * lens on each entry point a user can call while the plugin runs. Read from the language server's Lua 5.1 lexer, so
 * comments and strings never count. No `vscode` import.
 */
import { K, tokenize } from '../../lua51/lexer';
import { stringValue } from '../../server/src/analysis/structure';

/** Kinds of entry points that get a lens: a terminal menu (typed into the run) and a game menu (a player of the
 * world opens it). */
export type EntryPointKind = 'terminal_menu' | 'game_menu';

export interface EntryPoint {
  kind: EntryPointKind;
  /** 0-based line of the registering call. */
  line: number;
  /** Triggers in the order written; the first one is what the lens sends. Empty when they are not literal. */
  triggers: string[];
}

/** The registering method of each entry-point kind. */
const REGISTRARS: Readonly<Record<string, EntryPointKind>> = {
  when_called_by_terminal_menu: 'terminal_menu',
  when_called_by_game_menu: 'game_menu',
};

/** The 0-based line of the Run lens. */
export const RUN_LENS_LINE = 0;

/** Entry points registered with a literal options table, e.g.
 * `coromega:when_called_by_terminal_menu({ triggers = { "greet", "hi" }, ... })` or
 * `coromega:when_called_by_game_menu({ triggers = { "ai" }, ... })`. */
export function findEntryPoints(text: string): EntryPoint[] {
  if (!Object.keys(REGISTRARS).some((name) => text.includes(name))) return [];
  const toks = tokenize(text);
  const word = (i: number): string => toks.text.slice(toks.start[i], toks.end[i]);
  const out: EntryPoint[] = [];
  for (let i = 1; i < toks.count; i++) {
    if (toks.kind[i] !== K.Name) continue;
    const kind = REGISTRARS[word(i)];
    if (!kind || (toks.kind[i - 1] !== K.Colon && toks.kind[i - 1] !== K.Dot)) continue;
    let open = i + 1;
    if (toks.kind[open] === K.LParen) open++;
    // `coromega.when_called_by_terminal_menu(coromega, {...})`: the options come after self.
    if (toks.kind[i - 1] === K.Dot && toks.kind[open] === K.Name && toks.kind[open + 1] === K.Comma)
      open += 2;
    const triggers = toks.kind[open] === K.LBrace ? triggersOf(open) : [];
    out.push({ kind, line: Math.max(0, toks.line[i] - 1), triggers });
  }
  return out;

  /** The `triggers` of the options table opened at token `open`: a table of strings or one string. */
  function triggersOf(open: number): string[] {
    let depth = 0;
    for (let j = open; j < toks.count && toks.kind[j] !== K.EOS; j++) {
      const k = toks.kind[j];
      if (k === K.LBrace || k === K.LParen || k === K.LBracket) depth++;
      else if (k === K.RBrace || k === K.RParen || k === K.RBracket) {
        depth--;
        if (depth === 0) break;
      } else if (
        depth === 1 &&
        k === K.Name &&
        word(j) === 'triggers' &&
        toks.kind[j + 1] === K.Assign
      ) {
        const v = j + 2;
        if (toks.kind[v] === K.String) return [stringValue(toks, v)];
        if (toks.kind[v] !== K.LBrace) return [];
        const found: string[] = [];
        let d = 0;
        for (let x = v; x < toks.count && toks.kind[x] !== K.EOS; x++) {
          const kx = toks.kind[x];
          if (kx === K.LBrace || kx === K.LParen || kx === K.LBracket) d++;
          else if (kx === K.RBrace || kx === K.RParen || kx === K.RBracket) {
            d--;
            if (d === 0) break;
          } else if (d === 1 && kx === K.String) found.push(stringValue(toks, x));
        }
        return found.filter((s) => s.trim() !== '');
      }
    }
    return [];
  }
}
