/**
 * The language server over stdio: go to definition, references, document highlight and rename (with its refusals),
 * on plugins without annotations, in zh-CN and English. Every rename result is parsed again with the Lua 5.1 checker.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  DocumentHighlight,
  Location,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { lua51SyntaxError } from '../../lua51/verdict';
import { LspClient, positionOf } from '../testing/lspClient';
import { applyEdits, uri } from './lspHelpers';

const PLUGIN = `local omega = require("omega")
local coromega = require("coromega").from(omega)

local count = 0
local function greet(player, text)
  count = count + 1
  player:say(text .. count)
end

local Shop = { price = 10, items = {} }

function Shop.add(name)
  Shop.items[name] = Shop.price
end

function Shop:total()
  local n = 0
  for _, v in pairs(self.items) do
    n = n + v
  end
  return n * self.price
end

coromega:when_called_by_game_menu({ triggers = { "shop" } }):start_new(function(chat)
  local player = coromega:get_player(chat.name)
  greet(player, "hi")
  do
    local count = "inner"
    print(count)
  end
  if count > 1 then
    local greet = 1
    print(greet)
  else
    print(count)
  end
  Shop.add(chat.msg)
  print(Shop:total())
end)

coromega:run()
`;

function lines(text: string, ranges: { range: Range }[]): string[] {
  const ls = text.split('\n');
  return ranges.map(
    (r) =>
      `${r.range.start.line + 1}:${ls[r.range.start.line].slice(r.range.start.character, r.range.end.character)}`,
  );
}

/** The position of the `nth` (0-based) occurrence of `marker`, `delta` characters in. */
function nth(
  text: string,
  marker: string,
  n: number,
  delta = 0,
): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= n; i++) {
    idx = text.indexOf(marker, idx + 1);
    if (idx < 0) throw new Error(`marker ${marker} #${n} not found`);
  }
  return positionOf(text.slice(0, idx) + '\u0000', '\u0000', delta);
}

for (const locale of ['zh-cn', 'en'] as const) {
  describe(`language server navigation and rename (${locale})`, () => {
    let c: LspClient;
    before(async () => {
      c = await LspClient.start({ locale });
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
    });

    const rename = (u: string, pos: { line: number; character: number }, newName: string) =>
      c.request<WorkspaceEdit | null>('textDocument/rename', {
        textDocument: { uri: u },
        position: pos,
        newName,
      });

    it('advertises the navigation capabilities', () => {
      const caps = c.initializeResult?.capabilities;
      assert.equal(caps?.definitionProvider, true);
      assert.equal(caps?.referencesProvider, true);
      assert.equal(caps?.documentHighlightProvider, true);
      assert.deepEqual(caps?.renameProvider, { prepareProvider: true });
    });

    it('goes to the declaration of locals, upvalues, parameters, functions and fields', async () => {
      const u = uri();
      await c.open(u, PLUGIN);
      const def = async (pos: { line: number; character: number }): Promise<string[]> => {
        const r = await c.request<Location[] | null>('textDocument/definition', {
          textDocument: { uri: u },
          position: pos,
        });
        return lines(PLUGIN, r ?? []);
      };
      // an upvalue read inside a function
      assert.deepEqual(await def(nth(PLUGIN, 'count + 1', 0, 1)), ['4:count']);
      // a parameter
      assert.deepEqual(await def(nth(PLUGIN, 'player:say', 0, 2)), ['5:player']);
      // a local function called from a handler
      assert.deepEqual(await def(nth(PLUGIN, 'greet(player, "hi")', 0, 1)), ['5:greet']);
      // the inner local in a do-block shadows the outer one
      assert.deepEqual(await def(nth(PLUGIN, 'print(count)', 0, 7)), ['28:count']);
      // the if-branch local does not leak into else
      assert.deepEqual(await def(nth(PLUGIN, 'print(count)', 1, 7)), ['4:count']);
      assert.deepEqual(await def(nth(PLUGIN, 'print(greet)', 0, 7)), ['32:greet']);
      // fields of the plugin's table: the constructor key and `function Shop.add`
      assert.deepEqual(await def(nth(PLUGIN, 'Shop.price', 0, 6)), ['10:price']);
      assert.deepEqual(await def(nth(PLUGIN, 'Shop.add(chat', 0, 6)), ['12:add']);
      // self.items in a method of Shop is Shop.items
      assert.deepEqual(await def(nth(PLUGIN, 'self.items', 0, 6)), ['10:items']);
      assert.deepEqual(await def(nth(PLUGIN, 'Shop:total()', 1, 6)), ['16:total']);
      // a catalog method has no definition in the plugin
      assert.deepEqual(await def(nth(PLUGIN, 'coromega:get_player', 0, 10)), []);
    });

    it('finds references and highlights reads and writes', async () => {
      const u = uri();
      await c.open(u, PLUGIN);
      const refs = await c.request<Location[]>('textDocument/references', {
        textDocument: { uri: u },
        position: nth(PLUGIN, 'local count = 0', 0, 7),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(lines(PLUGIN, refs), [
        '4:count',
        '6:count',
        '6:count',
        '7:count',
        '31:count',
        '35:count',
      ]);
      const noDecl = await c.request<Location[]>('textDocument/references', {
        textDocument: { uri: u },
        position: nth(PLUGIN, 'Shop.items[name]', 0, 6),
        context: { includeDeclaration: false },
      });
      assert.deepEqual(lines(PLUGIN, noDecl), ['13:items', '18:items']);
      const hl = await c.request<DocumentHighlight[]>('textDocument/documentHighlight', {
        textDocument: { uri: u },
        position: nth(PLUGIN, 'count = count', 0, 1),
      });
      assert.deepEqual(
        hl.map((h) => `${h.range.start.line + 1}:${h.kind}`),
        ['4:3', '6:3', '6:2', '7:2', '31:2', '35:2'],
      );
    });

    it('renames locals, parameters, functions and fields into valid Lua', async () => {
      const u = uri();
      await c.open(u, PLUGIN);
      const check = async (
        pos: { line: number; character: number },
        newName: string,
        expect: RegExp[],
        count: number,
      ): Promise<string> => {
        const edit = await rename(u, pos, newName);
        const edits = edit?.changes?.[u] as TextEdit[];
        assert.equal(edits.length, count, JSON.stringify(edits));
        const out = applyEdits(PLUGIN, edits);
        assert.equal(lua51SyntaxError(out), undefined, out);
        for (const re of expect) assert.match(out, re);
        return out;
      };
      await check(
        nth(PLUGIN, 'local count = 0', 0, 7),
        'visits',
        [
          /local visits = 0/,
          /visits = visits \+ 1/,
          /local count = "inner"\n {4}print\(count\)/,
          /if visits > 1/,
        ],
        6,
      );
      await check(nth(PLUGIN, 'player, text)', 0, 1), 'who', [/greet\(who, text\)/, /who:say/], 2);
      await check(
        nth(PLUGIN, 'Shop.items', 0, 6),
        'goods',
        [/goods = \{\}/, /Shop\.goods\[name\]/, /pairs\(self\.goods\)/],
        3,
      );
      await check(
        nth(PLUGIN, 'function Shop:total', 0, 15),
        'sum',
        [/function Shop:sum\(\)/, /Shop:sum\(\)\)/],
        2,
      );
      const prep = await c.request<{ range: Range; placeholder: string }>(
        'textDocument/prepareRename',
        { textDocument: { uri: u }, position: nth(PLUGIN, 'local function greet', 0, 16) },
      );
      assert.equal(prep.placeholder, 'greet');
    });

    it('refuses catalog names, self, keywords and renames that would change meaning', async () => {
      const u = uri();
      await c.open(u, PLUGIN);
      const refused = async (pos: { line: number; character: number }, newName: string) => {
        await assert.rejects(rename(u, pos, newName), (e: Error) => {
          assert.ok(e.message.length > 0);
          return true;
        });
        const err = await rename(u, pos, newName).catch((e: Error) => e.message);
        return err as string;
      };
      const zh = locale === 'zh-cn';
      const m1 = await refused(nth(PLUGIN, 'coromega:get_player', 0, 10), 'fetch');
      assert.match(m1, zh ? /get_player.*neomega 提供/ : /get_player.*neomega provides/);
      const m2 = await refused(nth(PLUGIN, 'print(count)', 0, 1), 'say');
      assert.match(m2, /print/);
      const m3 = await refused(nth(PLUGIN, 'self.items', 0, 1), 'me');
      assert.match(m3, /self/);
      const m4 = await refused(nth(PLUGIN, 'local count = 0', 0, 7), 'end');
      assert.match(m4, zh ? /关键字/ : /keyword/);
      const m5 = await refused(nth(PLUGIN, 'local count = 0', 0, 7), '2x');
      assert.match(m5, zh ? /合法/ : /valid/);
      // inside `local function greet`, `count` would read the function instead
      const m6 = await refused(nth(PLUGIN, 'local count = 0', 0, 7), 'greet');
      assert.match(m6, /greet/);
      const m7 = await refused(nth(PLUGIN, 'Shop.items', 0, 6), 'price');
      assert.match(m7, zh ? /已经有字段/ : /already has a field/);
      const m8 = await refused(nth(PLUGIN, 'triggers', 0, 1), 'keys');
      assert.match(m8, /triggers/);
      const prep = await c
        .request('textDocument/prepareRename', {
          textDocument: { uri: u },
          position: nth(PLUGIN, 'coromega:run', 0, 10),
        })
        .catch((e: Error) => e.message);
      assert.match(String(prep), /run/);
    });
  });
}
