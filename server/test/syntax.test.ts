/**
 * The syntax checkers against their references: Lua 5.1's wording checker (lua51/syntax.ts) against `luac5.1 -p`,
 * and gopher-lua's verdict (lua51/gopher) against gopher-lua v1.1.2 itself, on a corpus of edge cases and
 * reproducible mutants of real plugins (server/testing/luacCorpus.ts, gopherCorpus.ts); then the server's syntax
 * diagnostics, which must reject exactly what gopher-lua rejects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../../lua51/lexer';
import { checkSyntax } from '../../lua51/syntax';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { gopherMessage, gopherSyntaxError } from '../../lua51/gopher';
import { analyze } from '../src/analysis';
import { computeDiagnostics } from '../src/features/diagnostics';
import { CORPUS_FILE, corpusSources } from '../testing/luacCorpus';
import { GOPHER_CORPUS_FILE, gopherSources } from '../testing/gopherCorpus';
import { listCases } from '../../conformance/suite';

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

function gopherRecording(): (string | null)[] {
  const recorded = JSON.parse(fs.readFileSync(GOPHER_CORPUS_FILE, 'utf8')) as {
    verdicts: (string | null)[];
  };
  assert.equal(
    recorded.verdicts.length,
    gopherSources().length,
    'the corpus and its recording agree in size',
  );
  return recorded.verdicts;
}

/**
 * The one thing lua51/gopher does not model: gopher-lua counts registers for temporaries too, so an expression
 * that needs more than 200 at once (250 nested table constructors) is "register overflow" there.
 */
function needsRegisters(source: string): boolean {
  return source.includes('{'.repeat(200));
}

test("gopher-lua's verdict and message on every corpus source, as gopher-lua v1.1.2 gave them", () => {
  const recorded = gopherRecording();
  const mismatches: string[] = [];
  let rejected = 0;
  gopherSources().forEach((src, i) => {
    const e = gopherSyntaxError(src);
    const got = e ? gopherMessage(e, '<string>') : null;
    const want = recorded[i] ?? null;
    if (want !== null) rejected++;
    if (got !== want && !needsRegisters(src))
      mismatches.push(
        `#${i} ${JSON.stringify(src.slice(0, 80))}: gopher-lua ${JSON.stringify(want)} / ours ${JSON.stringify(got)}`,
      );
  });
  assert.deepEqual(mismatches, []);
  assert.ok(rejected > 1000, `${rejected} rejections`);
  // and the gap is still there (when it closes, drop needsRegisters)
  const gap = gopherSources().findIndex(needsRegisters);
  assert.ok(
    gap >= 0 && recorded[gap] !== null && gopherSyntaxError(gopherSources()[gap]!) === null,
  );
});

test('where gopher-lua and luac5.1 disagree, gopher-lua decides', () => {
  const cases: Array<[string, string | null]> = [
    ['x = 1;; y = 2', null],
    [';', null],
    ['local s = "\\300"', null],
    ['local s = [[ a [[ b ]]', null],
    ['local a = f\n(g)()', null],
    ['x = 1e', null],
    ['goto done ::done::', null],
    ['local goto = 1', "<string> line:1(column:10) near 'goto':   syntax error\n"],
    ['--[=x\nx = 1', "<string> line:1(column:5) near '':   invalid multiline comment\n"],
    ['x = 0x1.5', "<string> line:1(column:9) near '.5':   syntax error\n"],
    ['x = 1\fy = 2', "<string> line:1(column:6) near '\f':   Invalid token\n"],
    ['(a) = 1', "<string> line:1(column:5) near '=':   parse error\n"],
    [
      'goto nowhere',
      "compile error near line(2) <string>: no visible label 'nowhere' for <goto> at line 1",
    ],
  ];
  for (const [src, want] of cases) {
    const e = gopherSyntaxError(src);
    assert.equal(e ? gopherMessage(e, '<string>') : null, want, src);
  }
});

test('the server reports a syntax error exactly where gopher-lua rejects a source', () => {
  const disagree: string[] = [];
  let withMessage = 0;
  for (const src of gopherSources()) {
    if (needsRegisters(src)) continue;
    const a = analyze(src);
    const doc = TextDocument.create('file:///corpus.lua', 'lua', 1, src);
    const syntax = computeDiagnostics({ doc, analysis: a, locale: 'en' }).filter(
      (d) => d.code === 'syntax-error' || d.code === 'lua53-operator',
    );
    const rejects = gopherSyntaxError(src) !== null;
    if (rejects !== syntax.length > 0) disagree.push(JSON.stringify(src.slice(0, 80)));
    if (syntax.some((d) => String(d.message).includes('(to close'))) withMessage++;
  }
  assert.deepEqual(disagree, []);
  // most messages are still luac's helpful ones
  assert.ok(withMessage > 50, `${withMessage} "(to close ...)" messages`);
});

test('a gopher-lua-only rejection is explained in both languages', () => {
  // luac5.1 reads `--[=x` as a line comment; gopher-lua as a long comment that never ends
  const src = 'x = 1 --[=x\n';
  for (const locale of ['en', 'zh-cn'] as const) {
    const doc = TextDocument.create('file:///g.lua', 'lua', 1, src);
    const d = computeDiagnostics({ doc, analysis: analyze(src), locale }).find(
      (x) => x.code === 'syntax-error',
    );
    assert.ok(d, locale);
    // from the comment's start to where gopher-lua stopped reading
    assert.deepEqual(d.range.start, { line: 0, character: 6 });
    assert.match(
      String(d.message),
      locale === 'en'
        ? /^Syntax error: invalid multiline comment \(gopher-lua/
        : /^语法错误：长注释无效或没有结束（neomega 使用的 gopher-lua/,
    );
  }
});

test('every conformance case file gets a syntax error from the server exactly when gopher-lua refused to load it', () => {
  let refused = 0;
  const disagree: string[] = [];
  for (const c of listCases()) {
    const src = fs.readFileSync(c.lua, 'utf8');
    const out = fs.readFileSync(c.out, 'utf8');
    const name = path.basename(c.lua);
    const gopherRefused =
      out.startsWith(`ERR: ${name} line:`) ||
      out.startsWith(`ERR: ${name} at EOF:`) ||
      out.startsWith(`ERR: compile error near line(`);
    if (gopherRefused) refused++;
    const doc = TextDocument.create('file:///case.lua', 'lua', 1, src);
    const flagged = computeDiagnostics({ doc, analysis: analyze(src), locale: 'en' }).some(
      (d) => d.code === 'syntax-error' || d.code === 'lua53-operator',
    );
    if (flagged !== gopherRefused) disagree.push(c.id);
  }
  assert.deepEqual(disagree, []);
  assert.ok(refused >= 3, `${refused} cases gopher-lua refused`);
});

test('a lexical error in the first token is reported, not thrown', () => {
  assert.equal(verdict('"abc'), "1: unfinished string near '<eof>'");
  assert.equal(verdict('[==[ abc'), "1: unfinished long string near '<eof>'");
});
