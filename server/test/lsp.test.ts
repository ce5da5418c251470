/**
 * The language server over stdio, as an editor uses it: initialize (features, trigger characters), the client's
 * language, per-feature toggles, and the bin script. Completion, hover and diagnostics have their own files
 * (lspCompletion, lspHover, lspDiagnostics); lspHelpers.ts holds what they share.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BIN_PATH, LspClient, positionOf } from '../testing/lspClient';
import { uri, diagnosticsOf, msg, codes } from './lspHelpers';

describe('language server (zh-CN)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn' });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('advertises its features and trigger characters', () => {
    const caps = c.initializeResult?.capabilities;
    assert.ok(caps?.completionProvider);
    for (const ch of [':', '.', '"', '{', ',', ' ']) {
      assert.ok(caps.completionProvider.triggerCharacters?.includes(ch), ch);
    }
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.signatureHelpProvider?.triggerCharacters, ['(', ',']);
    assert.ok(caps.codeActionProvider);
  });
});

describe('language server (English, toggles)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'en-US' });
  });
  after(async () => {
    await c.stop();
  });

  it('answers in English when the client locale is en*', async () => {
    const text = 'local r = coromega:http_get("u", { timout = 1 })\n';
    const { u, d } = await diagnosticsOf(c, text);
    const k = d.find((x) => x.code === 'unknown-option-key');
    assert.equal(
      msg(k),
      'neomega does not know the option `timout`; it is ignored. Did you mean `timeout`?',
    );
    const run = d.find((x) => x.code === 'missing-run');
    assert.match(msg(run), /never calls `coromega:run\(\)`/);
    const actions = await c.codeActions(
      u,
      d.filter((x) => x.code === 'coroutine-only'),
    );
    assert.equal(actions?.[0].title, 'Wrap in coromega:start_new(function() ... end)');
    const h = await c.hover(u, positionOf(text, 'http_get', 1));
    assert.match((h?.contents as { value: string }).value, /Sends a GET request/);
    assert.match((h?.contents as { value: string }).value, /inside a coroutine/);
    const syntax = await diagnosticsOf(c, 'x = = 1\n');
    assert.equal(msg(syntax.d[0]), "Syntax error: unexpected symbol near '='");
  });

  it('honours per-feature toggles from didChangeConfiguration', async () => {
    const text = 'coromega:http_get("u")\ncoromega:\n';
    const u = uri();
    await c.open(u, text);
    assert.ok((await c.waitForDiagnostics(u, 1)).diagnostics.length > 0);
    await c.configure({
      coromegaLua: { languageServer: { completion: false, hover: false, diagnostics: false } },
    });
    assert.deepEqual(await c.completion(u, { line: 1, character: 9 }), []);
    assert.equal(await c.hover(u, { line: 0, character: 12 }), null);
    const v = await c.change(u, [{ text: text + '\n' }]);
    assert.deepEqual((await c.waitForDiagnostics(u, v)).diagnostics, []);
    await c.configure({
      coromegaLua: { languageServer: { completion: true, hover: true, diagnostics: true } },
    });
    assert.ok((await c.completion(u, { line: 1, character: 9 })).length > 0);
  });
});

describe('npx coromega-language-server --stdio', () => {
  it('starts from the bin script and answers', async () => {
    const c = await LspClient.start({ entry: BIN_PATH });
    try {
      assert.equal(c.initializeResult?.serverInfo?.name, 'coromega-language-server');
      const u = uri();
      await c.open(u, 'coromega:\n');
      assert.ok((await c.completion(u, { line: 0, character: 9 })).length > 10);
    } finally {
      await c.stop();
    }
  });
});

describe('language server started with features turned off', () => {
  it('reads the toggles from initializationOptions.settings', async () => {
    const c = await LspClient.start({
      locale: 'zh-cn',
      settings: { coromegaLua: { languageServer: { signatureHelp: false, codeActions: false } } },
    });
    try {
      const text = 'coromega:start_new(function() coromega:http_get("u") end)\n';
      const u = uri();
      await c.open(u, text);
      const d = (await c.waitForDiagnostics(u, 1)).diagnostics;
      assert.deepEqual(codes(d), ['missing-run']);
      assert.equal(await c.signatureHelp(u, positionOf(text, '"u"', 1)), null);
      assert.deepEqual(await c.codeActions(u, d), []);
      assert.ok((await c.hover(u, positionOf(text, 'http_get', 1))) !== null);
    } finally {
      await c.stop();
    }
  });
});
