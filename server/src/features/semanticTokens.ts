/**
 * Semantic tokens for what a TextMate grammar cannot know: which names are coromega's methods and fields (with
 * `async` for calls that yield and `deprecated`), which variables hold players, listeners and other host objects,
 * which keys the plugin reads from its config (`coromega.config.key`, `coromega.config["key"]`), which globals the
 * plugin assigns itself, and which globals nothing provides (neither neomega nor any file of the plugin).
 */
import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import { typeById } from '../../../catalog';
import { K } from '../../../lua51/lexer';
import { NEOMEGA_GLOBALS } from '../analysis/globals';
import { GLOBAL } from '../analysis/scopes';
import { PLUGIN_TABLE } from '../analysis/types';
import { tokenText, type FeatureContext } from './common';

export const TOKEN_TYPES = [
  'namespace',
  'class',
  'function',
  'method',
  'property',
  'variable',
  'parameter',
] as const;
export const TOKEN_MODIFIERS = [
  'declaration',
  'readonly',
  'deprecated',
  'defaultLibrary',
  'async',
  'global',
  'undefined',
  'config',
] as const;

type TokenType = (typeof TOKEN_TYPES)[number];
type Modifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const typeIndex = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const modBit = new Map<Modifier, number>(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i]));

function mods(...ms: (Modifier | false | undefined)[]): number {
  let b = 0;
  for (const m of ms) if (m) b |= modBit.get(m) ?? 0;
  return b;
}

/**
 * The tokens of the tokens [startTok, endTok] (all when omitted). `provided`: globals some file of the plugin
 * assigns (so they are not flagged in this one).
 */
export function computeSemanticTokens(
  ctx: FeatureContext,
  provided: ReadonlySet<string>,
  range?: { start: number; end: number },
): SemanticTokens {
  const a = ctx.analysis;
  const { toks, scopes, sem } = a;
  const { kind, start, end, text } = toks;
  const builder = new SemanticTokensBuilder();
  const from = range ? Math.max(0, range.start) : 0;
  const to = range ? Math.min(toks.count - 1, range.end) : toks.count - 1;
  const written = new Set<string>();
  for (const [name, uses] of scopes.globals) {
    if (uses.some((u) => scopes.write[u] || kind[u - 1] === K.Function)) written.add(name);
  }
  const push = (t: number, type: TokenType, m: number): void => {
    const p = ctx.doc.positionAt(a.base + start[t]);
    const len = end[t] - start[t];
    const nl = text.indexOf('\n', start[t]);
    if (nl >= 0 && nl < end[t]) return;
    builder.push(p.line, p.character, len, typeIndex.get(type)!, m);
  };
  for (let t = from; t <= to; t++) {
    const k = kind[t] as K;
    if (k === K.String) {
      if (isConfigKey(ctx, t, true)) push(t, 'property', mods('readonly', 'config'));
      continue;
    }
    if (k !== K.Name) continue;
    const prev = t > 0 ? (kind[t - 1] as K) : K.EOS;
    if (prev === K.Dot || prev === K.Colon) {
      if (isConfigKey(ctx, t, false)) {
        push(t, 'property', mods('readonly', 'config'));
        continue;
      }
      const recv = sem.typeAt(t - 2);
      const m = recv && !recv.table ? sem.member(recv, tokenText(a, t)) : undefined;
      if (!m) continue;
      if ('params' in m) {
        const yields = m.scope === 'coroutine' || m.scope === 'blocks-outside';
        push(
          t,
          m.call === ':' ? 'method' : 'function',
          mods('defaultLibrary', yields && 'async', m.deprecated && 'deprecated'),
        );
      } else {
        push(t, 'property', mods('defaultLibrary'));
      }
      continue;
    }
    const r = scopes.ref[t];
    if (r === GLOBAL) {
      const name = tokenText(a, t);
      if (written.has(name) || provided.has(name)) {
        push(t, 'variable', mods('global'));
      } else if (!NEOMEGA_GLOBALS.has(name)) {
        push(t, 'variable', mods('global', 'undefined'));
      } else {
        const call = a.struct.callByOpen.get(t + 1);
        if (call?.api && call.nameTok === t) push(t, 'function', mods('defaultLibrary'));
      }
      continue;
    }
    if (r < 0) continue;
    const d = scopes.decls[r];
    if (d.kind === 'self' || d.kind === 'function') continue;
    const info = sem.typeAt(t);
    if (!info || info.id === PLUGIN_TABLE) continue;
    const type = typeById(info.id);
    if (!type) continue;
    push(
      t,
      d.kind === 'param' ? 'parameter' : 'variable',
      mods('defaultLibrary', d.tok === t && 'declaration'),
    );
  }
  return builder.build();
}

/** `coromega.config.key` (a Name) or `coromega.config["key"]` (a String). */
function isConfigKey(ctx: FeatureContext, t: number, bracket: boolean): boolean {
  const a = ctx.analysis;
  const { kind } = a.toks;
  if (bracket) {
    if (kind[t - 1] !== K.LBracket || kind[t + 1] !== K.RBracket) return false;
  } else if (kind[t - 1] !== K.Dot) {
    return false;
  }
  const c = t - 2;
  if (c < 2 || kind[c] !== K.Name || tokenText(a, c) !== 'config' || kind[c - 1] !== K.Dot) {
    return false;
  }
  return a.sem.typeAt(c - 2)?.id === 'Coromega';
}
