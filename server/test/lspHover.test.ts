/**
 * The language server over stdio: hover, signature help, document symbols and folding ranges, in zh-CN.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionOf } from '../testing/lspClient';
import { MENU_PLUGIN } from '../testing/plugins';
import { uri } from './lspHelpers';

describe('language server hover, signatures and outline (zh-CN)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn' });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('hovers functions, option keys, response fields and modules', async () => {
    const text = MENU_PLUGIN;
    const u = uri();
    await c.open(u, text);
    const h1 = await c.hover(u, positionOf(text, 'http_post', 3));
    const v1 = (h1?.contents as { value: string }).value;
    assert.match(
      v1,
      /coromega:http_post\(\n {4}url: string,\n {4}option\?: HttpOption\n\): HttpResponse\?, string\?/,
    );
    assert.match(v1, /协程内/);
    assert.match(v1, /```lua/);
    const h2 = await c.hover(u, positionOf(text, 'timeout = "10s"', 2));
    assert.match((h2?.contents as { value: string }).value, /Go 时长|超时/);
    const h3 = await c.hover(u, positionOf(text, 'res.status_code', 6));
    assert.match((h3?.contents as { value: string }).value, /HTTP 状态码/);
    const h4 = await c.hover(u, positionOf(text, 'require("json")', 10));
    assert.match((h4?.contents as { value: string }).value, /json\.encode/);
    const h5 = await c.hover(u, positionOf(text, 'user = "admin"', 1));
    assert.match((h5?.contents as { value: string }).value, /用户名/);
    const h6 = await c.hover(u, positionOf(text, 'from(omega)', 6));
    assert.match((h6?.contents as { value: string }).value, /neomega/);
    assert.equal(await c.hover(u, positionOf(text, 'local api', 1)), null);
  });

  it('tracks the active parameter across nested tables and strings', async () => {
    const text =
      'coromega:start_new(function()\n  coromega:http_request("GET", "http://a,b", { headers = { A = "x,y" }, query = "" })\nend)\n';
    const u = uri();
    await c.open(u, text);
    const line = text.split('\n')[1];
    const at = async (needle: string, delta: number): Promise<number | undefined> => {
      const s = await c.signatureHelp(u, { line: 1, character: line.indexOf(needle) + delta });
      assert.ok(s, needle);
      assert.match(
        s.signatures[0].label,
        /^coromega:http_request\(method: string, url: string, option\?: HttpOption\)/,
      );
      return s.activeParameter ?? undefined;
    };
    assert.equal(await at('"GET"', 1), 0);
    assert.equal(await at('"http://a,b"', 9), 1);
    assert.equal(await at('A = "x,y"', 6), 2);
    assert.equal(await at('query = ""', 9), 2);
    const s = await c.signatureHelp(u, { line: 1, character: line.indexOf('"GET"') + 1 });
    const p0 = s?.signatures[0].parameters?.[0];
    assert.deepEqual(p0?.label, [22, 36]);
    assert.equal(await c.signatureHelp(u, { line: 0, character: 0 }), null);
  });

  it('outlines functions and menu listeners, and folds blocks, tables and long comments', async () => {
    const text = MENU_PLUGIN + '--[[\nnotes\nmore\n]]\n';
    const u = uri();
    await c.open(u, text);
    const symbols = await c.documentSymbols(u);
    const names = (symbols ?? []).map((s) => s.name);
    assert.deepEqual(names, ['post_json', 'when_called_by_terminal_menu "sync"']);
    const folds = await c.foldingRanges(u);
    const lines = text.split('\n');
    const fnLine = lines.findIndex((l) => l.startsWith('local function post_json'));
    const endLine = lines.findIndex((l, i) => i > fnLine && l === 'end');
    assert.ok(
      folds?.some((f) => f.startLine === fnLine && f.endLine === endLine - 1),
      JSON.stringify(folds),
    );
    assert.ok(folds?.some((f) => f.kind === 'comment'));
  });
});
