/**
 * The language server over stdio, as an editor uses it: initialize, didOpen, didChange, completion, hover,
 * signature help, publishDiagnostics and code actions, in zh-CN and English.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { BIN_PATH, LspClient, positionOf } from '../testing/lspClient';
import { MENU_PLUGIN, SEED_PLUGIN } from '../testing/plugins';

let uriCounter = 0;
function uri(): string {
  return `file:///tmp/coromega-test/plugin${++uriCounter}.lua`;
}

function labels(items: { label: string }[]): string[] {
  return items.map((i) => i.label);
}

/** Applies LSP text edits to `text` (edits must not overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

async function diagnosticsOf(c: LspClient, text: string): Promise<{ u: string; d: Diagnostic[] }> {
  const u = uri();
  await c.open(u, text);
  const p = await c.waitForDiagnostics(u, 1);
  return { u, d: p.diagnostics };
}

function msg(d: Diagnostic | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function codes(d: Diagnostic[]): string[] {
  return d.map((x) => String(x.code)).sort();
}

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

  it('the seed plugin and the menu plugin have no errors or warnings', async () => {
    for (const text of [SEED_PLUGIN, MENU_PLUGIN]) {
      const { d } = await diagnosticsOf(c, text);
      const serious = d.filter((x) => (x.severity ?? 1) <= 2);
      assert.deepEqual(serious, [], JSON.stringify(serious));
    }
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

  it('reports each HTTP mistake with a stable code and range, and fixes it', async () => {
    const text = [
      'local coromega = require("coromega").from(omega)',
      'coromega:start_new(function()',
      '  local r1 = coromega:http_get("u", { timout = "5s" })',
      '  local r2 = coromega:http_get("u", { query = { a = 1 }, headers = "x" })',
      '  local r3 = coromega:http_get("u", { timeout = "30" })',
      '  local r4 = coromega:http_get("u", { timeout = "abc" })',
      '  local r5 = coromega:http_get("u", { timeout = 0.5 })',
      '  local r6 = coromega:http_get("u", { auth = { user = "a" }, timeout = 0 })',
      '  local r7 = coromega:http_request("GETT", "u")',
      '  local r8 = coromega.http_get("u")',
      '  local r10 = coromega:http_gte("u")',
      'end)',
      'local r9 = coromega:http_get("u")',
      'local x = 7 // 2',
      '',
    ].join('\n');
    const { u, d } = await diagnosticsOf(c, text);
    const byLine = (line: number, code: string): Diagnostic => {
      const found = d.find((x) => x.range.start.line === line && x.code === code);
      assert.ok(found, `${code} on line ${line + 1}: ${JSON.stringify(d)}`);
      return found;
    };
    const k = byLine(2, 'unknown-option-key');
    assert.deepEqual(k.range, {
      start: { line: 2, character: 38 },
      end: { line: 2, character: 44 },
    });
    assert.match(msg(k), /timout.*timeout/);
    assert.ok(msg(byLine(3, 'option-type')).includes('query'));
    assert.ok(
      d.some(
        (x) => x.range.start.line === 3 && x.code === 'option-type' && msg(x).includes('headers'),
      ),
    );
    const unit = byLine(4, 'invalid-duration');
    assert.match(msg(unit), /time: missing unit in duration "30"/);
    assert.match(msg(byLine(5, 'invalid-duration')), /time: invalid duration "abc"/);
    assert.match(msg(byLine(6, 'fractional-timeout')), /0\.5.*0/);
    assert.match(msg(byLine(7, 'auth-missing-field')), /pass/);
    assert.match(msg(byLine(7, 'zero-timeout')), /立即超时/);
    assert.match(msg(byLine(8, 'unknown-http-method')), /GETT/);
    const dot = byLine(9, 'dot-call');
    assert.equal(dot.severity, 1);
    const typo = byLine(10, 'unknown-method');
    assert.match(msg(typo), /http_gte.*coromega:http_get/);
    const outside = byLine(12, 'coroutine-only');
    assert.deepEqual(outside.range.start, { line: 12, character: 11 });
    const op = byLine(13, 'lua53-operator');
    assert.deepEqual(op.range, {
      start: { line: 13, character: 12 },
      end: { line: 13, character: 14 },
    });
    assert.ok(
      !d.some((x) => x.code === 'syntax-error'),
      'the // error is reported once, as lua53-operator',
    );
    for (const x of d) assert.equal(x.source, 'coromega');

    // quick fixes, applied, make the diagnostics go away
    let fixed = text;
    const edits: TextEdit[] = [];
    for (const diag of [
      k,
      unit,
      byLine(6, 'fractional-timeout'),
      dot,
      byLine(8, 'unknown-http-method'),
      typo,
    ]) {
      const actions = await c.codeActions(u, [diag]);
      assert.equal(actions?.length, 1, String(diag.code));
      const change = actions?.[0].edit?.changes?.[u];
      assert.ok(change);
      edits.push(...change);
    }
    fixed = applyEdits(fixed, edits);
    assert.match(fixed, /\{ timeout = "5s" \}/);
    assert.match(fixed, /timeout = "30s"/);
    assert.match(fixed, /timeout = "500ms"/);
    assert.match(fixed, /coromega:http_get\("u"\)\nend\)/);
    assert.match(fixed, /http_request\("GET", "u"\)/);
    assert.match(fixed, /r10 = coromega:http_get\("u"\)/);
    const after = await diagnosticsOf(c, fixed);
    const left = codes(after.d);
    for (const gone of [
      'unknown-option-key',
      'dot-call',
      'fractional-timeout',
      'unknown-http-method',
      'unknown-method',
    ]) {
      assert.ok(!left.includes(gone), gone);
    }
    assert.equal(after.d.filter((x) => x.code === 'invalid-duration').length, 1);
  });

  it('flags response.status and friends, but not once the name holds something else', async () => {
    const text = [
      'coromega:start_new(function()',
      '  local res, err = coromega:http_get("u")',
      '  print(res.status, res.text, res.body, res.foo)',
      '  res.extra = 1',
      '  res = json.decode(res.body)',
      '  print(res.status)',
      'end)',
      'local function show(res) print(res.status) end',
      'coromega:run()',
      '',
    ].join('\n');
    const { u, d } = await diagnosticsOf(c, text);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line, x.range.start.character]),
      [
        ['unknown-field', 2, 12],
        ['unknown-field', 2, 24],
      ],
    );
    assert.match(msg(d[0]), /`res\.status_code`/);
    const fix = await c.codeActions(u, [d[1]]);
    assert.deepEqual(fix?.[0].edit?.changes?.[u]?.[0].newText, 'body');
    // completion follows the same bindings
    assert.deepEqual(await c.completion(u, positionOf(text, 'print(res.status)\nend', 10)), []);
  });

  it('wraps a main-chunk HTTP call in start_new and appends coromega:run()', async () => {
    const text =
      'local coromega = require("coromega").from(omega)\nlocal res, err = coromega:http_get("http://x")\nprint(res)\n';
    const { u, d } = await diagnosticsOf(c, text);
    assert.deepEqual(codes(d), ['coroutine-only', 'missing-run']);
    const wrap = await c.codeActions(
      u,
      d.filter((x) => x.code === 'coroutine-only'),
    );
    const run = await c.codeActions(
      u,
      d.filter((x) => x.code === 'missing-run'),
    );
    assert.equal(wrap?.[0].title, '放进 coromega:start_new(function() ... end)');
    const fixed = applyEdits(text, [
      ...(wrap?.[0].edit?.changes?.[u] ?? []),
      ...(run?.[0].edit?.changes?.[u] ?? []),
    ]);
    assert.equal(
      fixed,
      'local coromega = require("coromega").from(omega)\ncoromega:start_new(function()\n    local res, err = coromega:http_get("http://x")\nend)\nprint(res)\n\ncoromega:run()\n',
    );
    const again = await diagnosticsOf(c, fixed);
    assert.deepEqual(again.d, []);
  });

  it('reports Lua 5.1 syntax errors as luac5.1 does, and accepts what it accepts', async () => {
    const { d } = await diagnosticsOf(c, 'local function f()\n  print("x"\nend\n');
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'syntax-error');
    assert.match(msg(d[0]), /'\)' expected \(to close '\(' at line 2\) near 'end'/);
    assert.match(msg(d[0]), /缺少 '\)'/);
    assert.deepEqual(d[0].range, {
      start: { line: 2, character: 0 },
      end: { line: 2, character: 3 },
    });
    // unknown escapes are legal Lua 5.1: a hint, never an error
    const esc = await diagnosticsOf(c, 'local s = "\\{x\\}"\n');
    assert.deepEqual(
      esc.d.map((x) => [x.code, x.severity]),
      [
        ['unknown-escape', 4],
        ['unknown-escape', 4],
      ],
    );
    // gopher-lua has goto
    const g = await diagnosticsOf(
      c,
      'for i = 1, 3 do\n  if i == 2 then goto continue end\n  print(i)\n  ::continue::\nend\n',
    );
    assert.deepEqual(g.d, []);
    // a library of functions (no coroutine started when it loads) needs no coromega:run()
    const lib = await diagnosticsOf(
      c,
      'local M = {}\nfunction M.fetch(url)\n  return coromega:http_get(url)\nend\nreturn M\n',
    );
    assert.deepEqual(lib.d, []);
    // globals holding HTTP results and global functions are fine
    const glob = await diagnosticsOf(
      c,
      'function fetch()\n  response, err = coromega:http_get("u")\n  return response.body\nend\ncoromega:start_new(fetch)\ncoromega:run()\n',
    );
    assert.deepEqual(glob.d, []);
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

  it('handles CRLF line ends and non-ASCII text in positions and Lua line numbers', async () => {
    const text = '-- 插件：同步\r\nlocal 名 = 1\r\n';
    const { d } = await diagnosticsOf(c, text);
    assert.equal(d.length, 1);
    assert.match(msg(d[0]), /'<name>' expected near '名'/);
    assert.deepEqual(d[0].range, {
      start: { line: 1, character: 6 },
      end: { line: 1, character: 7 },
    });
    const text2 =
      'coromega:start_new(function()\r\n  local r = coromega:http_get("地址", { timeout = "3" })\r\nend)\r\ncoromega:run()\r\n';
    const second = await diagnosticsOf(c, text2);
    assert.deepEqual(
      second.d.map((x) => [x.code, x.range.start.line, x.range.start.character]),
      [['invalid-duration', 1, 48]],
    );
  });

  it('updates diagnostics on incremental didChange', async () => {
    const text =
      'coromega:start_new(function()\n  coromega:http_get("u", { timeout = "30s" })\nend)\ncoromega:run()\n';
    const u = uri();
    await c.open(u, text);
    assert.deepEqual((await c.waitForDiagnostics(u, 1)).diagnostics, []);
    const line = text.split('\n')[1];
    const s = line.indexOf('30s') + 2;
    const v = await c.change(u, [
      { range: { start: { line: 1, character: s }, end: { line: 1, character: s + 1 } }, text: '' },
    ]);
    const d = (await c.waitForDiagnostics(u, v)).diagnostics;
    assert.deepEqual(codes(d), ['invalid-duration']);
    const v2 = await c.change(u, [
      { range: { start: { line: 1, character: s }, end: { line: 1, character: s } }, text: 'm' },
    ]);
    assert.deepEqual((await c.waitForDiagnostics(u, v2)).diagnostics, []);
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
