/**
 * The language server on a plugin of several files (server/test/fixtures/multifile): a plugin in
 * `neomega_storage/lang/LuaLoader/` that extends `package.path` with `get_code_path("LuaLoader", "?.lua")` and a
 * plain `./lib/?.lua`, and requires its own modules. Definitions, references, rename, hover, completion, types and
 * document links follow across the files; `require("lua.coromega")` is coromega; arrays keep their element type.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CallHierarchyIncomingCall,
  CallHierarchyItem,
  CallHierarchyOutgoingCall,
  DocumentLink,
  Hover,
  Location,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { lua51SyntaxError } from '../../lua51/verdict';
import { LspClient, positionOf } from '../testing/lspClient';
import { applyEdits, labels, uri } from './lspHelpers';

const ROOT = path.resolve(__dirname, '..', '..', '..', 'server', 'test', 'fixtures', 'multifile');
const LOADER = path.join(ROOT, 'neomega_storage', 'lang', 'LuaLoader');
const file = (rel: string): { uri: string; text: string } => {
  const p = path.join(LOADER, rel);
  return { uri: pathToFileURL(p).toString(), text: fs.readFileSync(p, 'utf8') };
};

function hoverText(h: Hover | null): string {
  return h ? (h.contents as { value: string }).value : '';
}

for (const locale of ['zh-cn', 'en'] as const) {
  describe(`language server on a plugin of several files (${locale})`, () => {
    let c: LspClient;
    const main = file('shop.lua');
    const util = file(path.join('shop_lib', 'util.lua'));
    const strings = file(path.join('lib', 'strings.lua'));
    before(async () => {
      c = await LspClient.start({ locale, root: ROOT });
      await c.open(main.uri, main.text);
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
    });

    it('links each require of a module of the plugin to its file, and jumps there', async () => {
      const links = await c.request<DocumentLink[]>('textDocument/documentLink', {
        textDocument: { uri: main.uri },
      });
      assert.deepEqual(
        links.map((l) => l.target),
        [util.uri, strings.uri],
      );
      const ls = main.text.split('\n');
      const r = links[0].range;
      assert.equal(ls[r.start.line].slice(r.start.character, r.end.character), 'shop_lib.util');
      const def = await c.request<Location[]>('textDocument/definition', {
        textDocument: { uri: main.uri },
        position: positionOf(main.text, '"shop_lib.util"', 3),
      });
      assert.equal(def[0].uri, util.uri);
    });

    it("goes to a module's functions and fields, and hovers them with their comment", async () => {
      const def = await c.request<Location[]>('textDocument/definition', {
        textDocument: { uri: main.uri },
        position: positionOf(main.text, 'util.find', 6),
      });
      assert.equal(def.length, 1);
      assert.equal(def[0].uri, util.uri);
      assert.equal(def[0].range.start.line, util.text.split('\n').indexOf('function M.find(name)'));
      const def2 = await c.request<Location[]>('textDocument/definition', {
        textDocument: { uri: main.uri },
        position: positionOf(main.text, 'strings.greeting', 9),
      });
      assert.equal(def2[0].uri, strings.uri);
      const h = hoverText(await c.hover(main.uri, positionOf(main.text, 'util.find', 6)));
      assert.match(
        h,
        locale === 'en' ? /function M\.find\(name\): player/ : /function M\.find\(name\): 玩家/,
      );
      assert.match(h, /Finds an online player by name\.\nReturns nil/);
      assert.match(h, locale === 'en' ? /Defined in util\.lua/ : /定义于 util\.lua/);
      const h2 = hoverText(await c.hover(main.uri, positionOf(main.text, 'util.db', 6)));
      assert.match(h2, locale === 'en' ? /db: key-value database/ : /db: 键值数据库/);
    });

    it("completes a module's fields and carries types across files", async () => {
      const text = main.text.replace('p:say(', 'p:say(util.');
      const u = main.uri;
      await c.change(u, [{ text }]);
      const items = await c.completion(u, positionOf(text, 'p:say(util.', 11));
      assert.deepEqual(labels(items).sort(), ['db', 'find', 'price']);
      await c.change(u, [{ text: main.text }]);
      // `local p = util.find(...)` is a player; `util.db` is a key-value database
      const p = await c.completion(u, positionOf(main.text, 'p:say', 2));
      assert.ok(labels(p).includes('say') && labels(p).includes('ask'), labels(p).join(','));
      const db = await c.completion(u, positionOf(main.text, 'util.db:set', 8));
      assert.ok(labels(db).includes('set') && labels(db).includes('get'), labels(db).join(','));
      // table.insert(buyers, p) then ipairs(buyers): b is a player
      const b = await c.completion(u, positionOf(main.text, 'b:say', 2));
      assert.ok(labels(b).includes('say'), labels(b).join(','));
      // require("lua.coromega").from(omega) is coromega
      const h = hoverText(await c.hover(u, positionOf(main.text, 'send_ws_cmd', 3)));
      assert.match(h, /coromega:send_ws_cmd\(/);
    });

    it('finds references and renames a module function in every file that uses it', async () => {
      await c.open(util.uri, util.text);
      const refs = await c.request<Location[]>('textDocument/references', {
        textDocument: { uri: util.uri },
        position: positionOf(util.text, 'M.find', 3),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(refs.map((r) => r.uri).sort(), [main.uri, util.uri].sort());
      const edit = await c.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri: main.uri },
        position: positionOf(main.text, 'util.find', 6),
        newName: 'lookup',
      });
      const mainOut = applyEdits(main.text, edit.changes?.[main.uri] as TextEdit[]);
      const utilOut = applyEdits(util.text, edit.changes?.[util.uri] as TextEdit[]);
      assert.match(mainOut, /util\.lookup\(chat\.name\)/);
      assert.match(utilOut, /function M\.lookup\(name\)/);
      assert.equal(lua51SyntaxError(mainOut), undefined);
      assert.equal(lua51SyntaxError(utilOut), undefined);
      await c.close(util.uri);
    });

    it('lists the workspace symbols of files not opened, and the calls between files', async () => {
      const syms = await c.request<{ name: string; location: Location }[]>('workspace/symbol', {
        query: 'mfind',
      });
      assert.deepEqual(
        syms.map((s) => [s.name, s.location.uri]),
        [['M.find', util.uri]],
      );
      const all = await c.request<{ name: string }[]>('workspace/symbol', { query: '' });
      assert.ok(all.some((s) => s.name === 'when_called_by_game_menu "shop"'));
      const items = await c.request<CallHierarchyItem[]>('textDocument/prepareCallHierarchy', {
        textDocument: { uri: main.uri },
        position: positionOf(main.text, 'util.find', 6),
      });
      assert.equal(items.length, 1);
      assert.equal(items[0].name, 'M.find');
      assert.equal(items[0].uri, util.uri);
      const incoming = await c.request<CallHierarchyIncomingCall[]>('callHierarchy/incomingCalls', {
        item: items[0],
      });
      assert.equal(incoming.length, 1, JSON.stringify(incoming));
      assert.equal(incoming[0].from.uri, main.uri);
      assert.match(incoming[0].from.name, /^function\(chat\) :10$/);
      const outgoing = await c.request<CallHierarchyOutgoingCall[]>('callHierarchy/outgoingCalls', {
        item: incoming[0].from,
      });
      assert.deepEqual(outgoing.map((o) => o.to.name).sort(), ['M.find', 'greeting']);
    });

    it('answers for modules that require each other', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-cycle-'));
      const a = 'local b = require("b")\nlocal M = {}\nfunction M.f() return b.g() end\nreturn M\n';
      const b = 'local a = require("a")\nlocal M = {}\nfunction M.g() return a.f() end\nreturn M\n';
      fs.writeFileSync(path.join(dir, 'a.lua'), a);
      fs.writeFileSync(path.join(dir, 'b.lua'), b);
      const ua = pathToFileURL(path.join(dir, 'a.lua')).toString();
      const ub = pathToFileURL(path.join(dir, 'b.lua')).toString();
      await c.open(ua, a);
      await c.open(ub, b);
      const def = await c.request<Location[]>('textDocument/definition', {
        textDocument: { uri: ua },
        position: positionOf(a, 'b.g()', 2),
      });
      assert.equal(def[0].uri, ub);
      assert.ok(await c.hover(ua, positionOf(a, 'b.g()', 2)));
      await c.close(ua);
      await c.close(ub);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('keeps the element type of arrays filled by index or table.insert', async () => {
      const text = `local coromega = require("coromega").from(omega)
local online = {}
local list = {}
coromega:start_new(function()
  for _, name in ipairs({ "a", "b" }) do
    online[name] = coromega:get_player(name)
    list[#list + 1] = coromega:get_player(name)
  end
  online["a"]:say("x")
  list[1]:say("y")
  for _, p in pairs(online) do p:say("z") end
end)
`;
      const u = uri();
      await c.open(u, text);
      for (const [marker, d] of [
        ['online["a"]:say', 12],
        ['list[1]:say', 8],
        ['p:say("z")', 2],
      ] as const) {
        const items = await c.completion(u, positionOf(text, marker, d));
        assert.ok(labels(items).includes('say'), `${marker}: ${labels(items).join(',')}`);
      }
    });
  });
}
