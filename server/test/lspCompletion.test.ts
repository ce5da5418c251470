/**
 * The language server over stdio, as an editor uses it: completion (methods, option keys, header names, durations,
 * response fields, modules) in zh-CN, with documentation on resolve.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionOf } from '../testing/lspClient';
import { uri, labels, diagnosticsOf, msg } from './lspHelpers';

describe('language server completion (zh-CN)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn' });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('completes coromega methods after `coromega:` with snippets and Chinese docs', async () => {
    const text = 'local coromega = require("coromega").from(omega)\ncoromega:\n';
    const u = uri();
    await c.open(u, text);
    const items = await c.completion(u, { line: 1, character: 9 });
    const names = labels(items);
    for (const n of [
      'http_request',
      'http_get',
      'http_post',
      'http_put',
      'http_delete',
      'http_head',
      'http_patch',
      'start_new',
      'run',
      'print',
      'log',
      'debug_out',
      'info_out',
      'success_out',
      'warning_out',
      'error_out',
      'sleep',
      'update_config',
      'input',
    ]) {
      assert.ok(names.includes(n), n);
    }
    const put = items.find((i) => i.label === 'http_put');
    assert.match(put?.insertText ?? '', /^http_put\("\$\{1:url\}"\)$/);
    assert.equal(put?.documentation, undefined, 'documentation comes on resolve');
    const doc = (await c.resolve(put!)).documentation as { value: string };
    assert.match(doc.value, /PUT/);
    assert.match(doc.value, /协程内/);
    const sn = items.find((i) => i.label === 'start_new');
    assert.match(sn?.insertText ?? '', /function\(\)/);
  });

  it('completes option keys in an HTTP call, never one already present', async () => {
    const text =
      'coromega:start_new(function()\n  local r = coromega:http_get("http://x", { timeout = "5s", \n    \n  })\nend)\ncoromega:run()\n';
    const u = uri();
    await c.open(u, text);
    const items = await c.completion(u, { line: 2, character: 4 });
    assert.deepEqual(labels(items), ['query', 'headers', 'cookies', 'body', 'form', 'auth']);
    const auth = items.find((i) => i.label === 'auth');
    assert.equal(auth?.insertText, 'auth = { user = "$1", pass = "$2" }');
    const doc = items.find((i) => i.label === 'query')?.documentation as { value: string };
    assert.match(doc.value, /查询字符串/);
  });

  it('completes option keys in a table built in a local and passed later', async () => {
    const text =
      'local opts = {\n  query = "a=1",\n  \n}\ncoromega:start_new(function()\n  local res, err = coromega:http_request("GET", "http://x", opts)\nend)\ncoromega:run()\n';
    const u = uri();
    await c.open(u, text);
    const items = await c.completion(u, { line: 2, character: 2 });
    assert.deepEqual(labels(items), ['headers', 'cookies', 'body', 'form', 'timeout', 'auth']);
  });

  it('checks keys set later on a local option table, and does not offer them again', async () => {
    const text =
      'local opts = { query = "a=1", }\nopts.timout = "5s"\nopts.timeout = "30"\nopts.headers = {  }\nopts.x = nil\nlocal t = { \n}\ncoromega:start_new(function()\n  coromega:http_get("u", opts)\nend)\ncoromega:run()\n';
    const { u, d } = await diagnosticsOf(c, text);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [
        ['unknown-option-key', 1],
        ['invalid-duration', 2],
        ['unknown-option-key', 4],
      ],
    );
    const items = await c.completion(u, { line: 0, character: 30 });
    assert.deepEqual(labels(items), ['cookies', 'body', 'form', 'auth']);
    const headers = await c.completion(u, { line: 3, character: 17 });
    assert.ok(labels(headers).includes('Content-Type'));
  });

  it('completes user/pass in auth, header names in headers, durations for timeout', async () => {
    const text =
      'coromega:start_new(function()\n  coromega:http_get("u", { auth = { user = "a",  }, headers = {  }, timeout =  })\nend)\n';
    const u = uri();
    await c.open(u, text);
    const line = text.split('\n')[1];
    const authItems = await c.completion(u, { line: 1, character: line.indexOf('"a",') + 5 });
    assert.deepEqual(labels(authItems), ['pass']);
    const headerItems = await c.completion(u, {
      line: 1,
      character: line.indexOf('headers = {') + 12,
    });
    const hl = labels(headerItems);
    assert.ok(hl.includes('Content-Type') && hl.includes('Accept') && hl.includes('Authorization'));
    const ct = headerItems.find((i) => i.label === 'Content-Type');
    assert.match(ct?.insertText ?? '', /^\["Content-Type"\] = /);
    const durations = await c.completion(u, { line: 1, character: line.indexOf('timeout =') + 10 });
    assert.ok(labels(durations).includes('"30s"'));
    assert.ok(labels(durations).includes('"500ms"'));
  });

  it('completes, explains and checks the options of a menu listener', async () => {
    const text =
      'coromega:when_called_by_terminal_menu({\n  trigger = { "a" },\n  \n}):start_new(function(input) end)\ncoromega:run()\n';
    const { u, d } = await diagnosticsOf(c, text);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [['unknown-menu-key', 1]],
    );
    assert.match(msg(d[0]), /triggers/);
    const items = await c.completion(u, { line: 2, character: 2 });
    assert.deepEqual(labels(items), ['triggers', 'argument_hint', 'usage']);
    const fixed =
      'coromega:when_called_by_terminal_menu({ triggers = { "a" } }):start_new(function(input) end)\ncoromega:run()\n';
    const u2 = uri();
    await c.open(u2, fixed);
    const h = await c.hover(u2, positionOf(fixed, 'triggers', 2));
    assert.match((h?.contents as { value: string }).value, /触发词/);
  });

  it('completes durations inside a timeout string and methods inside http_request("', async () => {
    const text =
      'coromega:start_new(function()\n  coromega:http_request("", "u", { timeout = "" })\nend)\n';
    const u = uri();
    await c.open(u, text);
    const line = text.split('\n')[1];
    const methods = await c.completion(u, { line: 1, character: line.indexOf('""') + 1 });
    assert.deepEqual(labels(methods), ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH']);
    const d = await c.completion(u, { line: 1, character: line.indexOf('timeout = ""') + 11 });
    assert.ok(labels(d).includes('30s') && labels(d).includes('1m30s'));
  });

  it('completes response fields after whatever local holds an HTTP result', async () => {
    const text =
      'coromega:start_new(function()\n  local res, err = coromega:http_post("u")\n  print(res.)\n  local x = {}\n  print(x.)\nend)\n';
    const u = uri();
    await c.open(u, text);
    const items = await c.completion(u, positionOf(text, 'res.)', 4));
    assert.deepEqual(labels(items), [
      'status_code',
      'headers',
      'body_size',
      'body',
      'cookies',
      'url',
    ]);
    const none = await c.completion(u, positionOf(text, 'x.)', 2));
    assert.deepEqual(none, []);
  });

  it('completes modules inside require("', async () => {
    const text = 'local m = require("")\n';
    const u = uri();
    await c.open(u, text);
    const items = await c.completion(u, { line: 0, character: 19 });
    assert.deepEqual(labels(items), ['omega', 'coromega', 'json', 'crypto']);
  });

  it('offers nothing inside comments', async () => {
    const text = '-- coromega:\ncoromega:\n';
    const u = uri();
    await c.open(u, text);
    assert.deepEqual(await c.completion(u, { line: 0, character: 12 }), []);
    assert.ok((await c.completion(u, { line: 1, character: 9 })).length > 10);
  });
});
