import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageHtml } from '../src/views/webviewPage';
import { webviewSources } from './webviewSources';

const page = (initial: unknown): string =>
  pageHtml({
    lang: 'zh-cn',
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    script: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/client/webview/game.js',
    style: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/client/webview/game.css',
    rootId: 'game',
    initial,
  });

test('a webview page runs only its own nonce script: strict CSP, no inline handlers, no eval', () => {
  const html = page({ title: 'a.lua' });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const nonce = /script-src 'nonce-([a-z0-9]{32})';/.exec(csp)?.[1];
  assert.ok(nonce, csp);
  assert.match(csp, /^default-src 'none'; /);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  // Every script either carries the nonce or is data (the initial state), never code without it.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 2);
  for (const s of scripts)
    assert.ok(s.includes(`nonce="${nonce}"`) || s.includes('type="application/json"'), s);
  assert.ok(scripts.some((s) => s.includes(`nonce="${nonce}" src="https://`)));
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /<div id="game"><\/div>/);
  assert.notEqual(nonce, /'nonce-([a-z0-9]{32})'/.exec(page({}))?.[1], 'a new nonce per page');
  // The pages' own code builds elements and sets text; it never evaluates strings.
  for (const { file, text } of [...webviewSources('game'), ...webviewSources('inspector')])
    assert.doesNotMatch(
      text,
      /\beval\(|new Function|setTimeout\(['"`]|setAttribute\(['"`]on/,
      file,
    );
});

test('the state written into the page is drawn first and cannot close its element', () => {
  const state = { title: '</script><script>alert(1)</script>', n: 1 };
  const html = page(state);
  const json = /<script id="initial-state" type="application\/json">([^<]*)<\/script>/.exec(
    html,
  )?.[1];
  assert.ok(json, 'the state is one element of JSON, "<" escaped');
  assert.deepEqual(JSON.parse(json), state);
  assert.equal(html.split('</script>').length - 1, 2);
  assert.ok(
    html.indexOf('id="initial-state"') < html.indexOf(' src="https://'),
    'before the script',
  );
});
