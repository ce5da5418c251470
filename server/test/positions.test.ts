/**
 * Offsets of request positions in a document that has no line table yet (positions.ts): the same offset as
 * `TextDocument.offsetAt` for every position, in texts with `\n`, `\r\n` and `\r` line ends, lines past the end,
 * characters past a line's end and positions inside a `\r\n`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { markFresh, markLined, offsetAt, offsetInText } from '../src/positions';

const TEXTS = [
  '',
  'x',
  '\n',
  '\r\n',
  '\r',
  '\n\r',
  'local a = 1\nlocal b = 2\n',
  'local a = 1\r\nlocal b = 2\r\nprint(a + b)',
  'a\rb\r\rc\n\r\nd',
  '\r\n\r\n\n\n\r\r',
  '-- 玩家\r\ncoromega:send_cq_msg("你好", 1)\n\nend',
];

function allPositions(text: string): { line: number; character: number }[] {
  const lines = text.split(/\r\n|\r|\n/).length;
  const out: { line: number; character: number }[] = [];
  for (let line = -1; line <= lines + 1; line++)
    for (let character = -1; character <= 40; character++) out.push({ line, character });
  return out;
}

describe('positions: offsets without a line table', () => {
  it('every position maps to the offset TextDocument.offsetAt gives', () => {
    for (const text of TEXTS) {
      const doc = TextDocument.create('file:///p.lua', 'lua', 1, text);
      for (const p of allPositions(text)) {
        assert.equal(
          offsetInText(text, p),
          doc.offsetAt(p),
          `${JSON.stringify(text)} at ${p.line}:${p.character}`,
        );
      }
    }
  });

  it('generated texts with mixed line ends agree too', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['\n', '\r\n', '\r', 'a', 'bc', ' ', '"s"', '你'];
    for (let t = 0; t < 200; t++) {
      let text = '';
      for (let i = rand(30); i > 0; i--) text += pieces[rand(pieces.length)];
      const doc = TextDocument.create('file:///g.lua', 'lua', 1, text);
      for (const p of allPositions(text).filter(() => rand(4) === 0))
        assert.equal(
          offsetInText(text, p),
          doc.offsetAt(p),
          `${JSON.stringify(text)} at ${p.line}:${p.character}`,
        );
    }
  });

  it('a fresh document is read by lines until its line table exists, with the same answers', () => {
    const text = 'local a = 1\r\nlocal b = 2\rprint(a)\n';
    const doc = TextDocument.create('file:///f.lua', 'lua', 1, text);
    const fresh = TextDocument.create('file:///f.lua', 'lua', 1, text);
    markFresh(fresh);
    for (const p of allPositions(text)) assert.equal(offsetAt(fresh, p), doc.offsetAt(p));
    markLined(fresh);
    for (const p of allPositions(text)) assert.equal(offsetAt(fresh, p), doc.offsetAt(p));
  });
});
