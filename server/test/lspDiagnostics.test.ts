/**
 * The language server over stdio: publishDiagnostics (HTTP mistakes, Lua 5.1 syntax errors) and the code actions
 * that fix them, in zh-CN, on open and on incremental change.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { LspClient, positionOf } from '../testing/lspClient';
import { MENU_PLUGIN, SEED_PLUGIN } from '../testing/plugins';
import { uri, applyEdits, diagnosticsOf, msg, codes } from './lspHelpers';

describe('language server diagnostics and fixes (zh-CN)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn' });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('the seed plugin and the menu plugin have no errors or warnings', async () => {
    for (const text of [SEED_PLUGIN, MENU_PLUGIN]) {
      const { d } = await diagnosticsOf(c, text);
      const serious = d.filter((x) => (x.severity ?? 1) <= 2);
      assert.deepEqual(serious, [], JSON.stringify(serious));
    }
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
