/**
 * Hover and completion documentation read well in a narrow (500-pixel) widget: the signature comes once, first,
 * broken at parameter boundaries so no code line is wider than the widget (a wider line wraps in the middle of a
 * word); then the summary, then the details. Completion rows carry the parameter list in `labelDetails` and no
 * `detail`, which VS Code would show as a second, cut-off copy of the signature; the documentation comes on resolve.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { API_TYPES, localize, type Locale } from '../../catalog';
import { analyze } from '../src/analysis';
import { computeCompletion, resolveCompletion } from '../src/features/completion';
import { CODE_WIDTH, functionDoc, signatureLines } from '../src/features/docs';
import { computeHover } from '../src/features/hover';

const LOCALES: Locale[] = ['zh-cn', 'en'];
const FUNCTIONS = API_TYPES.flatMap((t) => t.methods);

/** The lines inside ```lua blocks of a markdown text, block by block. */
function codeBlocks(md: string): string[][] {
  const blocks: string[][] = [];
  const re = /```lua\n([\s\S]*?)\n```/g;
  for (let m = re.exec(md); m; m = re.exec(md)) blocks.push(m[1].split('\n'));
  return blocks;
}

test('every function doc: the signature once and first, then the summary', () => {
  for (const locale of LOCALES) {
    for (const f of FUNCTIONS) {
      const doc = functionDoc(f, locale);
      const sig = signatureLines(f);
      assert.ok(
        doc.startsWith('```lua\n' + sig + '\n```\n\n' + localize(f.summary, locale)),
        `${f.owner}${f.call}${f.name}`,
      );
      const sigBlocks = codeBlocks(doc).filter((b) => b.join('\n') === sig);
      assert.equal(sigBlocks.length, 1, `${f.name}: the signature appears once`);
    }
  }
});

test('no signature line is wider than a 500-pixel hover, and breaks fall between parameters', () => {
  const wide: string[] = [];
  for (const f of FUNCTIONS) {
    const lines = signatureLines(f).split('\n');
    for (const line of lines) if ([...line].length > CODE_WIDTH) wide.push(line);
    if (lines.length > 1) {
      // a wrapped signature: the head, one parameter per line, then `)` and the returns
      assert.ok(
        lines.some((l) => l.endsWith(`${f.name}(`)),
        lines[0],
      );
      assert.ok(lines[lines.length - 1].startsWith(')'), lines[lines.length - 1]);
      for (const p of lines.slice(1, -1)) assert.match(p, /^ {4}/);
    }
  }
  assert.deepEqual(wide, []);
  const wrapped = signatureLines(FUNCTIONS.find((f) => f.name === 'http_request')!);
  assert.equal(
    wrapped,
    'coromega:http_request(\n    method: string,\n    url: string,\n    option?: HttpOption\n): HttpResponse?, string?',
  );
});

test('every code line of every function doc fits the hover', () => {
  const wide: string[] = [];
  for (const locale of LOCALES) {
    for (const f of FUNCTIONS) {
      for (const block of codeBlocks(functionDoc(f, locale))) {
        for (const line of block) if ([...line].length > 64) wide.push(`${f.name}: ${line}`);
      }
    }
  }
  assert.deepEqual(wide, []);
});

test('completion rows show the parameters beside the label and the signature only in the docs', () => {
  const text =
    'local coromega = require("coromega").from(omega)\nlocal p = coromega:get_player("a")\ncoromega:\nlocal x = 1\np:\n';
  const doc = TextDocument.create('file:///t.lua', 'lua', 1, text);
  const ctx = { doc, analysis: analyze(text), locale: 'zh-cn' as Locale };
  for (const marker of ['coromega:\n', 'p:\n']) {
    const items = computeCompletion(ctx, text.indexOf(marker) + marker.length - 1, {
      snippets: true,
    });
    assert.ok(items.length > 30, marker);
    for (const item of items) {
      assert.equal(item.detail, undefined, item.label);
      assert.match(item.labelDetails?.detail ?? '', /^\(.*\)$/, item.label);
      assert.equal(item.documentation, undefined, item.label);
      const value = (resolveCompletion(item, 'zh-cn').documentation as { value: string }).value;
      assert.equal(value.split(`${item.label}(`).length >= 2, true, item.label);
      assert.ok(value.startsWith('```lua\n'), item.label);
    }
  }
  const hover = computeHover(ctx, text.indexOf('get_player') + 3);
  const value = (hover?.contents as { value: string }).value;
  assert.ok(value.startsWith('```lua\ncoromega:get_player(\n'), value);
});
