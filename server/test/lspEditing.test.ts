/**
 * The language server over stdio: inlay hints (types on, parameter names off by default, both switched by settings)
 * and formatting with StyLua (Lua 5.1, `.stylua.toml`, the editor's indentation, never a file that does not parse,
 * the reason said once), in zh-CN and English.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InlayHint, TextEdit } from 'vscode-languageserver/node';
import { lua51SyntaxError } from '../../lua51/verdict';
import { LspClient } from '../testing/lspClient';
import { applyEdits, uri } from './lspHelpers';

const HINTED = `local coromega = require("coromega").from(omega)
coromega:when_called_by_game_menu({ triggers = { "x" } }):start_new(function(chat)
  local player = coromega:get_player(chat.name)
  local res, err = coromega:http_get("http://127.0.0.1/")
  local n = 1
  coromega:send_ws_cmd("say hi", true)
  coromega:send_ws_cmd(cmd, false)
end)
`;

const MESSY = `local coromega=require("coromega").from(omega)
local function add(a,b) return a+b end
coromega:start_new(function()
    local t={1,2,3}
    for i,v in ipairs(t) do print(i,  v) end
end)
coromega:run()
`;

const ALL = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

for (const locale of ['zh-cn', 'en'] as const) {
  describe(`language server inlay hints and formatting (${locale})`, () => {
    let c: LspClient;
    let dir: string;
    before(async () => {
      c = await LspClient.start({ locale });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-format-'));
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const hints = (u: string) =>
      c.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: ALL });
    const show = (hs: InlayHint[]) =>
      hs.map((h) => `${h.position.line}:${h.position.character}${String(h.label)}`);

    it('shows the types of locals the flow knows, and parameter names when asked', async () => {
      const u = uri();
      await c.open(u, HINTED);
      const zh = locale === 'zh-cn';
      assert.deepEqual(show(await hints(u)), [
        zh ? '1:81: 聊天消息' : '1:81: chat message',
        zh ? '2:14: 玩家' : '2:14: player',
        zh ? '3:11: HTTP 响应' : '3:11: HTTP response',
      ]);
      const refreshes = c.inlayRefreshes;
      await c.configure({ coromegaLua: { inlayHints: { types: false, parameterNames: true } } });
      // the literal arguments get names; `cmd` passed as `cmd` does not
      assert.deepEqual(show(await hints(u)), ['5:23cmd:', '5:33get_result:', '6:28get_result:']);
      await c.configure({ coromegaLua: { inlayHints: { types: true, parameterNames: false } } });
      assert.equal((await hints(u)).length, 3);
      assert.equal(c.inlayRefreshes, refreshes + 2, 'the editor is asked to show them again');
    });

    it('marks catalog methods, host objects, config reads and globals nothing provides', async () => {
      const text = `local coromega = require("coromega").from(omega)
local key = coromega.config["密钥"]
local level = coromega.config.level
function helper() end
coromega:start_new(function()
  local p = coromega:get_player("x")
  p:say(tostring(undefined_thing))
  helper()
  coromega:sleep(1)
end)
`;
      const u = uri();
      await c.open(u, text);
      const legend = c.initializeResult!.capabilities.semanticTokensProvider!.legend;
      const r = await c.request<{ data: number[] }>('textDocument/semanticTokens/full', {
        textDocument: { uri: u },
      });
      const ls = text.split('\n');
      const got: string[] = [];
      let line = 0;
      let ch = 0;
      for (let i = 0; i < r.data.length; i += 5) {
        const [dl, dc, len, type, m] = r.data.slice(i, i + 5);
        line += dl;
        ch = dl ? dc : ch + dc;
        const ms = legend.tokenModifiers.filter((_, b) => m & (1 << b));
        got.push(
          `${ls[line].slice(ch, ch + len)} ${legend.tokenTypes[type]}${ms.map((x) => '.' + x).join('')}`,
        );
      }
      for (const want of [
        'omega variable.global.undefined',
        '"密钥" property.readonly.config',
        'level property.readonly.config',
        'helper variable.global',
        'start_new method.defaultLibrary',
        'p variable.declaration.defaultLibrary',
        'get_player method.defaultLibrary',
        'say method.defaultLibrary',
        'undefined_thing variable.global.undefined',
        'sleep method.defaultLibrary.async',
      ]) {
        assert.ok(got.includes(want), `${want} in ${got.join(' | ')}`);
      }
      assert.ok(
        !got.some((g) => g.startsWith('tostring ')),
        'gopher-lua globals are left to the grammar',
      );
      const range = await c.request<{ data: number[] }>('textDocument/semanticTokens/range', {
        textDocument: { uri: u },
        range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } },
      });
      assert.ok(range.data.length > 0 && range.data.length < r.data.length);
    });

    it('formats with StyLua in Lua 5.1, with the editor indentation, into code that parses', async () => {
      const u = uri();
      await c.open(u, MESSY);
      const edits = await c.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: u },
        options: { tabSize: 2, insertSpaces: true },
      });
      const out = applyEdits(MESSY, edits);
      assert.equal(lua51SyntaxError(out), undefined);
      assert.match(out, /^local coromega = require\("coromega"\)\.from\(omega\)$/m);
      assert.match(out, /^local function add\(a, b\)\n {2}return a \+ b\nend$/m);
      assert.match(out, /^ {2}for i, v in ipairs\(t\) do\n {4}print\(i, v\)$/m);
      // formatting what is formatted changes nothing
      await c.change(u, [{ text: out }]);
      const again = await c.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: u },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepEqual(again, []);
      // tabs when the editor indents with tabs
      const tabs = await c.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: u },
        options: { tabSize: 4, insertSpaces: false },
      });
      assert.match(applyEdits(out, tabs), /^\tlocal t = \{ 1, 2, 3 \}$/m);
    });

    it('formats only the lines of a range, and files that use goto', async () => {
      const u = uri();
      const text = 'local a   =  1\nlocal b   =  2\nlocal c   =  3\n';
      await c.open(u, text);
      const edits = await c.request<TextEdit[]>('textDocument/rangeFormatting', {
        textDocument: { uri: u },
        range: { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } },
        options: { tabSize: 4, insertSpaces: true },
      });
      assert.equal(applyEdits(text, edits), 'local a   =  1\nlocal b = 2\nlocal c   =  3\n');
      const g = uri();
      const gt = 'for i=1,3 do\nif i==2 then goto continue end\nprint(i)\n::continue::\nend\n';
      await c.open(g, gt);
      const ge = await c.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: g },
        options: { tabSize: 4, insertSpaces: true },
      });
      assert.match(applyEdits(gt, ge), /^ {8}goto continue$/m);
    });

    it('honours the .stylua.toml above the file', async () => {
      fs.writeFileSync(
        path.join(dir, '.stylua.toml'),
        'indent_type = "Spaces"\nindent_width = 3\nquote_style = "ForceSingle"\n',
      );
      fs.mkdirSync(path.join(dir, 'plugins'), { recursive: true });
      const file = path.join(dir, 'plugins', 'p.lua');
      fs.writeFileSync(file, MESSY);
      const u = pathToFileURL(file).toString();
      await c.open(u, MESSY);
      const edits = await c.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: u },
        options: { tabSize: 8, insertSpaces: false },
      });
      const out = applyEdits(MESSY, edits);
      assert.match(out, /^local coromega = require\('coromega'\)\.from\(omega\)$/m);
      assert.match(out, /^ {3}return a \+ b$/m);
    });

    it('never formats a file that does not parse, and says why once', async () => {
      const u = uri();
      const broken = 'local function f(\n  print("x")\nend\n';
      await c.open(u, broken);
      const before = c.shown.length;
      for (let i = 0; i < 2; i++) {
        const edits = await c.request<TextEdit[]>('textDocument/formatting', {
          textDocument: { uri: u },
          options: { tabSize: 4, insertSpaces: true },
        });
        assert.deepEqual(edits, []);
      }
      const told = c.shown.slice(before);
      assert.equal(told.length, 1, JSON.stringify(told));
      assert.match(told[0].message, locale === 'en' ? /syntax error \(line \d/ : /语法错误（第 \d/);
    });
  });
}
