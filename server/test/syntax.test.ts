/**
 * The syntax checker against Lua 5.1's own verdicts: a corpus of edge cases and reproducible mutants of real
 * plugins, recorded from `luac5.1 -p` (see server/testing/luacCorpus.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tokenize } from '../../lua51/lexer';
import { checkSyntax } from '../../lua51/syntax';
import { CORPUS_FILE, corpusSources } from '../testing/luacCorpus';

function verdict(source: string): string | null {
  const r = checkSyntax(tokenize(source));
  return r ? `${r.line}: ${r.message}` : null;
}

/** gopher-lua (neomega's VM) has Lua 5.2's goto and labels; luac5.1 does not: the one intended difference. */
function usesGoto(source: string): boolean {
  return source.includes('::') || /\bgoto\b/.test(source);
}

test('accepts and rejects exactly what luac5.1 -p does, with its message and line', () => {
  const recorded = JSON.parse(fs.readFileSync(CORPUS_FILE, 'utf8')) as {
    verdicts: (string | null)[];
  };
  const sources = corpusSources();
  assert.equal(
    recorded.verdicts.length,
    sources.length,
    'the corpus and its recording agree in size',
  );
  let compared = 0;
  let rejected = 0;
  const mismatches: string[] = [];
  sources.forEach((src, i) => {
    if (usesGoto(src)) return;
    const want = recorded.verdicts[i];
    const got = verdict(src);
    compared++;
    if (want !== null) rejected++;
    // luac prints a lone byte of a multi-byte character after `near`; compare up to `near` there
    const same =
      want === got ||
      (want !== null &&
        got !== null &&
        want.includes('\ufffd') &&
        want.split(' near ')[0] === got.split(' near ')[0]);
    if (!same) mismatches.push(`#${i}: luac ${JSON.stringify(want)} / ours ${JSON.stringify(got)}`);
  });
  assert.deepEqual(mismatches, []);
  assert.ok(compared > 1000 && rejected > 700, `${compared} compared, ${rejected} rejected`);
});

test('accepts unknown escapes, goto and labels; rejects Lua 5.3 operators', () => {
  assert.equal(verdict('local s = "\\{\\}\\/\\("'), null);
  assert.equal(
    verdict('for i = 1, 3 do\n  if i == 2 then goto continue end\n  ::continue::\nend'),
    null,
  );
  assert.equal(verdict('x = 7 // 2'), "1: unexpected symbol near '/'");
  assert.equal(verdict('x = 1 << 2'), "1: unexpected symbol near '<'");
  assert.equal(verdict('x = 1 & 2'), "1: unexpected symbol near '&'");
  assert.equal(verdict('x = ~1'), "1: unexpected symbol near '~'");
});

test('survives deep nesting and junk without throwing', () => {
  assert.equal(
    verdict('x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000)),
    '1: chunk has too many syntax levels',
  );
  const junk = Array.from({ length: 20000 }, (_, i) =>
    String.fromCharCode((i * 7919) % 0xd000),
  ).join('');
  assert.doesNotThrow(() => verdict(junk));
});

test('a lexical error in the first token is reported, not thrown', () => {
  assert.equal(verdict('"abc'), "1: unfinished string near '<eof>'");
  assert.equal(verdict('[==[ abc'), "1: unfinished long string near '<eof>'");
});
