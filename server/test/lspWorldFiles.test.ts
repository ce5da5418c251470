/**
 * World and test files over a real LSP connection, in zh-CN and English, against the plugin they run
 * (`fixtures/project`): completion of its triggers, APIs, players, senders and QQ ids (half-typed JSON too, and
 * nothing where the JSON schema already completes); diagnostics for triggers and APIs it does not register, with
 * did-you-mean fixes; definition from a step into the Lua; references from a registration to the steps of every
 * world and test file that calls it, and back; hover; and the server following an edit of the plugin.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, Location } from 'vscode-languageserver/node';
import { LspClient, positionOf } from '../testing/lspClient';
import { applyEdits, labels, msg } from './lspHelpers';
import { copyProject, LOCALES, type ProjectCopy } from './projectFixture';

/** `file:line` of each location, relative to the project, sorted. */
function places(p: ProjectCopy, locs: Location[]): string[] {
  return locs
    .map((l) => `${fileURLToPath(l.uri).slice(p.dir.length + 1)}:${l.range.start.line + 1}`)
    .sort();
}

function hoverText(h: Awaited<ReturnType<LspClient['hover']>>): string {
  const c = h?.contents;
  return c && typeof c === 'object' && 'value' in c ? c.value : '';
}

for (const locale of LOCALES) {
  const en = locale === 'en';
  describe(`world and test files (${locale})`, () => {
    let c: LspClient;
    let p: ProjectCopy;
    let world: { uri: string; text: string };
    let diags: Diagnostic[];
    before(async () => {
      p = copyProject();
      c = await LspClient.start({ locale, root: p.dir });
      world = await p.open(c, 'vote.world.json');
      diags = (await c.waitForDiagnostics(world.uri, 1)).diagnostics;
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
      fs.rmSync(p.dir, { recursive: true, force: true });
    });

    it('flags the menu, terminal trigger and API the plugin does not register, with did-you-mean fixes', async () => {
      const got = diags.map((d) => {
        const line = world.text.split('\n')[d.range.start.line]!;
        return `${String(d.code)} ${line.slice(d.range.start.character, d.range.end.character)}`;
      });
      assert.deepEqual(got, [
        'unknown-game-menu "votee"',
        'unknown-terminal-menu relaod',
        'unknown-api-name "/vote/cnt"',
      ]);
      assert.match(
        msg(diags[0]),
        en
          ? /^vote\.lua registers no game menu "votee" \(registered: 投票, vote\)\. Did you mean "vote"\?$/
          : /^vote\.lua 没有注册游戏菜单“votee”（已注册：投票、vote）。是否想写“vote”？$/,
      );
      // the terminal triggers come from the config (`triggers = coromega.config["终端触发词"]`)
      assert.match(msg(diags[1]), /reload/);
      // an API the world answers itself (`apis`) counts as known
      assert.match(msg(diags[2]), /\/vote\/count.*\/economy\/pay/);
      const fixed = [];
      for (const d of diags) {
        const [fix] = ((await c.codeActions(world.uri, [d])) ?? []) as CodeAction[];
        fixed.push(...fix!.edit!.changes![world.uri]!);
      }
      const after = applyEdits(world.text, fixed);
      assert.ok(after.includes('"menu": "vote"'), after);
      assert.ok(after.includes('"terminal": "reload"'), after);
      assert.ok(after.includes('{ "api": "/vote/count" },\n    { "api": "/vote/count" }'), after);
      JSON.parse(after);
    });

    it("completes the plugin's menu triggers with their usage, replacing the string being typed", async () => {
      const items = await c.completion(world.uri, positionOf(world.text, '"menu": "投票"', 10));
      assert.deepEqual(labels(items), ['投票', 'vote']);
      const vote = items[1]!;
      assert.equal(
        vote.textEdit && 'range' in vote.textEdit ? vote.textEdit.newText : '',
        '"vote"',
      );
      assert.match(String(vote.documentation), /\[玩家名\] — 发起投票踢人/);
      assert.match(vote.detail ?? '', en ? /vote\.lua, line 9/ : /vote\.lua 第 9 行/);
      const terminal = await c.completion(
        world.uri,
        positionOf(world.text, '"terminal": "reload now"', 13),
      );
      assert.deepEqual(labels(terminal), ['reload', '重载']);
      const api = await c.completion(world.uri, positionOf(world.text, '"api": "/vote/count"', 8));
      assert.deepEqual(labels(api), ['/vote/count']);
      // `as`: the world's players, then who else may speak to the plugin (a sender it listens to)
      const as = await c.completion(world.uri, positionOf(world.text, '"as": "Alex"', 7));
      assert.deepEqual(labels(as), ['Steve', 'Alex', '雪球']);
      // a key position inside a step: the schema's business, nothing from us
      assert.deepEqual(
        await c.completion(world.uri, positionOf(world.text, '{ "as": "Steve"', 2)),
        [],
      );
    });

    it('completes in half-typed JSON: a step being written, the APIs the plugin calls, QQ ids', async () => {
      const head = [
        '{',
        '  "players": [{ "name": "Steve" }, { "name": "Alex" }],',
        '  "qq": { "groups": [{ "id": 123456, "name": "服务器群", "members": [{ "id": 10001 }] }] },',
      ];
      // the world file of vote.lua, as it is being written: each state is one edit away from the last
      const states: [string, string, number][] = [
        [[...head, '  "script": [', '    { "as": "Alex", "menu": "v'].join('\n'), '"menu": "v', 10],
        [[...head, '  "apis": { "'].join('\n'), '"apis": { "', 11],
        [[...head, '  "script": [{ "qq": { "group": 1'].join('\n'), '"group": 1', 10],
        [[...head, '  "script": [{ "qq": { "group": 123456, "user": '].join('\n'), '"user": ', 8],
      ];
      const got: string[][] = [];
      try {
        for (const [text, marker, delta] of states) {
          await c.change(world.uri, [{ text }]);
          const items = await c.completion(world.uri, positionOf(text, marker, delta));
          got.push(items.map((i) => `${i.label}${i.detail ? ` (${i.detail})` : ''}`));
        }
      } finally {
        await c.change(world.uri, [{ text: world.text }]);
      }
      const line9 = en ? 'vote.lua, line 9' : 'vote.lua 第 9 行';
      assert.deepEqual(got, [
        [`投票 (${line9})`, `vote (${line9})`],
        [`/economy/pay (${en ? 'vote.lua, line 22' : 'vote.lua 第 22 行'})`],
        ['123456 (服务器群)'],
        ['10001'],
      ]);
    });

    it('goes from a step to the Lua that registers what it calls', async () => {
      const menu = await c.definition(world.uri, positionOf(world.text, '"menu": "投票"', 10));
      assert.deepEqual(places(p, menu), ['vote.lua:9']);
      assert.equal(menu[0]!.range.start.character, 17);
      // a trigger from the config: the config read that gives it
      const terminal = await c.definition(world.uri, positionOf(world.text, '"reload now"', 2));
      assert.deepEqual(places(p, terminal), ['vote.lua:26']);
      const api = await c.definition(world.uri, positionOf(world.text, '"api": "/vote/count"', 10));
      assert.deepEqual(places(p, api), ['vote.lua:31']);
      // the API the world answers: where the plugin calls it
      const used = await c.definition(world.uri, positionOf(world.text, '"/economy/pay"', 2));
      assert.deepEqual(places(p, used), ['vote.lua:22']);
      const player = await c.definition(world.uri, positionOf(world.text, '"as": "Alex"', 8));
      assert.deepEqual(places(p, player), ['vote.world.json:3']);
    });

    it("finds a registration's references in every world and test file that calls it, and back", async () => {
      const lua = await p.open(c, 'vote.lua');
      await c.waitForDiagnostics(lua.uri, 1);
      const trigger = await c.references(lua.uri, positionOf(lua.text, '"投票", "vote"', 1), false);
      assert.deepEqual(places(p, trigger), [
        'tests/other.test.json:3',
        'tests/second.test.json:3',
        'vote.world.json:7',
      ]);
      // on the registering call: every trigger it registers
      const call = await c.references(lua.uri, positionOf(lua.text, 'when_called_by_game_menu', 3));
      assert.deepEqual(places(p, call), [
        'tests/other.test.json:3',
        'tests/second.test.json:3',
        'vote.lua:9',
        'vote.lua:9',
        'vote.test.json:8',
        'vote.world.json:7',
      ]);
      const api = await c.references(lua.uri, positionOf(lua.text, '"/vote/count"', 2), false);
      assert.deepEqual(places(p, api), ['tests/second.test.json:3', 'vote.world.json:11']);
      const back = await c.references(
        world.uri,
        positionOf(world.text, '"menu": "投票"', 10),
        true,
      );
      assert.deepEqual(places(p, back), [
        'tests/other.test.json:3',
        'tests/second.test.json:3',
        'vote.lua:9',
        'vote.world.json:7',
      ]);
      await c.close(lua.uri);
    });

    it("hovers a step's menu with what the plugin says of it", async () => {
      const h = hoverText(await c.hover(world.uri, positionOf(world.text, '"menu": "投票"', 10)));
      assert.match(h, en ? /\*\*Game menu\*\* `投票`/ : /\*\*游戏菜单\*\* `投票`/);
      assert.match(h, /`\[玩家名\]` 发起投票踢人/);
      assert.match(h, en ? /vote\.lua, line 9/ : /vote\.lua 第 9 行/);
    });

    it('a test file: plugins that do not exist are errors, and then nothing is judged against them', async () => {
      const other = await p.open(c, 'tests/other.test.json');
      const d = (await c.waitForDiagnostics(other.uri, 1)).diagnostics;
      assert.deepEqual(
        d.map((x) => x.code),
        ['plugin-not-found'],
      );
      assert.equal(d[0]!.severity, 1);
      assert.match(
        msg(d[0]),
        en ? /plugin file not found: .*missing\.lua/ : /找不到插件文件 .*missing\.lua/,
      );
      assert.equal(
        other.text.split('\n')[1]!.slice(d[0]!.range.start.character, d[0]!.range.end.character),
        '"../missing.lua"',
      );
      const second = await p.open(c, 'tests/second.test.json');
      assert.deepEqual((await c.waitForDiagnostics(second.uri, 1)).diagnostics, []);
    });

    it("follows the plugin: registering a trigger there clears the world file's diagnostic", async () => {
      const lua = await p.open(c, 'vote.lua');
      const text = lua.text.replace(
        'triggers = { "投票", "vote" }',
        'triggers = { "投票", "vote", "votee" }',
      );
      await c.change(lua.uri, [{ text }]);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const now = (await c.waitForDiagnostics(world.uri)).diagnostics;
        if (!now.some((x) => x.code === 'unknown-game-menu')) break;
        if (Date.now() > deadline) assert.fail(JSON.stringify(now));
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.close(lua.uri);
    });
  });
}
