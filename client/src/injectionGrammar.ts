/**
 * Builds syntaxes/coromega-lua.injection.tmLanguage.json from the API catalog, so highlighting knows exactly the
 * names completion and hover know. `node out/client/tools/gen-grammar.js` writes the file; a test fails when the
 * committed file is stale. No `vscode` import.
 */
import { ALL_FUNCTIONS, COROMEGA_FIELDS } from '../../catalog';

function alternation(names: Iterable<string>): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

export function buildInjectionGrammar(): Record<string, unknown> {
  const methods = ALL_FUNCTIONS.filter((f) => f.owner === 'coromega' && f.call === ':');
  const http = methods.filter((f) => f.category === 'http').map((f) => f.name);
  const other = methods.filter((f) => f.category !== 'http').map((f) => f.name);
  const dotted = ALL_FUNCTIONS.filter((f) => f.call === '.' && f.owner !== 'global');
  const dottedByOwner = new Map<string, string[]>();
  for (const f of dotted)
    dottedByOwner.set(f.owner, [...(dottedByOwner.get(f.owner) ?? []), f.name]);
  const globals = ALL_FUNCTIONS.filter((f) => f.owner === 'global').map((f) => f.name);
  const fields = COROMEGA_FIELDS.filter((f) => f.owner === 'coromega').map((f) => f.name);

  const patterns: Record<string, unknown>[] = [
    {
      comment: 'coromega:http_request(...) and the verb shorthands',
      match: `\\b(coromega)\\s*(:)\\s*(${alternation(http)})\\b`,
      captures: {
        1: { name: 'variable.language.coromega.lua' },
        2: { name: 'punctuation.separator.method.lua' },
        3: { name: 'support.function.coromega.http.lua' },
      },
    },
  ];
  if (other.length > 0) {
    patterns.push({
      comment: 'other coromega methods',
      match: `\\b(coromega)\\s*(:)\\s*(${alternation(other)})\\b`,
      captures: {
        1: { name: 'variable.language.coromega.lua' },
        2: { name: 'punctuation.separator.method.lua' },
        3: { name: 'support.function.coromega.lua' },
      },
    });
  }
  for (const [owner, names] of [...dottedByOwner.entries()].sort()) {
    patterns.push({
      comment: `${owner}.name(...)`,
      match: `\\b(${owner})\\s*(\\.)\\s*(${alternation(names)})\\b`,
      captures: {
        1: { name: `support.module.${owner}.lua` },
        2: { name: 'punctuation.separator.property.lua' },
        3: { name: `support.function.${owner}.lua` },
      },
    });
  }
  if (fields.length > 0) {
    patterns.push({
      comment: 'coromega fields',
      match: `\\b(coromega)\\s*(\\.)\\s*(${alternation(fields)})\\b`,
      captures: {
        1: { name: 'variable.language.coromega.lua' },
        2: { name: 'punctuation.separator.property.lua' },
        3: { name: 'variable.other.property.coromega.lua' },
      },
    });
  }
  if (globals.length > 0) {
    patterns.push({
      comment: 'globals the host provides',
      match: `(?<![.:])\\b(${alternation(globals)})\\b(?=\\s*\\()`,
      name: 'support.function.coromega.global.lua',
    });
  }
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Coromega API names in Lua',
    scopeName: 'coromega.lua.injection',
    injectionSelector: 'L:source.lua -comment -string',
    patterns,
  };
}

/** The file text as committed (2-space JSON + newline; prettier leaves it as is). */
export function injectionGrammarText(): string {
  return JSON.stringify(buildInjectionGrammar(), null, 2) + '\n';
}
