/**
 * The plugin's config file over a real LSP connection, in zh-CN and English: completion of its keys after
 * `coromega.config.` and `coromega.config["`, hover with the value, go to definition into the JSON, the diagnostic
 * for a key the config lacks with a quick fix that adds it (a placeholder of the type the code uses, the file's own
 * formatting kept) or creates the file, and the server following changes of the file on disk.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { LspClient, positionOf } from '../testing/lspClient';
import { applyEdits, labels, msg } from './lspHelpers';
import { copyProject, LOCALES, type ProjectCopy } from './projectFixture';

function hoverText(h: Awaited<ReturnType<LspClient['hover']>>): string {
  const c = h?.contents;
  return c && typeof c === 'object' && 'value' in c ? c.value : '';
}

function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.changes?.[uri];
  assert.ok(changes, `edits for ${uri}: ${JSON.stringify(action.edit)}`);
  return changes;
}

for (const locale of LOCALES) {
  const en = locale === 'en';
  describe(`the config file (${locale})`, () => {
    let c: LspClient;
    let p: ProjectCopy;
    let vote: { uri: string; text: string };
    let diags: Diagnostic[];
    before(async () => {
      p = copyProject();
      c = await LspClient.start({ locale, root: p.dir });
      vote = await p.open(c, 'vote.lua');
      diags = (await c.waitForDiagnostics(vote.uri, 1)).diagnostics;
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
      fs.rmSync(p.dir, { recursive: true, force: true });
    });

    const missing = (): Diagnostic[] => diags.filter((d) => d.code === 'config-key-missing');

    it('flags each key the plugin reads and its config lacks, and nothing else', () => {
      const keys = missing().map((d) => {
        const r = d.range;
        return vote.text.split('\n')[r.start.line]!.slice(r.start.character, r.end.character);
      });
      // present keys (投票时长, db.port), the defaulted `title or ...` and the terminal triggers are not flagged
      // through a local holding a part of the config (`local db = cfg.db`), the key below it
      assert.deepEqual(keys, ['kick_reason', 'max_votes', 'enabled', 'admins', 'host', 'user']);
      const first = missing()[0]!;
      assert.equal(first.severity, 2);
      assert.match(
        msg(first),
        en
          ? /^The config file vote\.json has no `kick_reason` in its 配置 section: the plugin reads nil\.$/
          : /^配置文件 vote\.json 的“配置”中没有 `kick_reason`：插件读到的是 nil。$/,
      );
      assert.match(msg(missing()[4]), /`db\.host`/);
      assert.match(msg(missing()[5]), /`db\.user`/);
    });

    it('offers to add a key with a placeholder of the type the code uses, keeping the file as written', async () => {
      const configUri = p.uri('vote.json');
      const before = p.text('vote.json');
      const expected: Record<string, unknown> = {
        kick_reason: '', // concatenated
        max_votes: 0, // arithmetic
        enabled: false, // a condition
        admins: [], // ipairs
      };
      for (const d of missing().slice(0, 4)) {
        const actions = (await c.codeActions(vote.uri, [d])) ?? [];
        assert.equal(actions.length, 2, JSON.stringify(actions.map((a) => a.title)));
        const [one, all] = actions as [CodeAction, CodeAction];
        assert.equal(one.isPreferred, true);
        assert.match(
          one.title,
          en ? /^Add `\w+`: .+ to the config file$/ : /^在配置文件中加入 `\w+`: /,
        );
        const after = applyEdits(before, editsFor(one, configUri));
        const doc = JSON.parse(after) as { 配置: Record<string, unknown> };
        const key = Object.keys(expected).find((k) => one.title.includes(`\`${k}\``))!;
        assert.deepEqual(doc.配置[key], expected[key], one.title);
        // the file's four-space indentation is kept and nothing else moves
        assert.ok(after.includes(`\n        "${key}": `), after);
        assert.equal(after.split('\n').length, before.split('\n').length + 1);
        assert.match(all.title, en ? /Add all 6 missing keys/ : /所有缺少的键（6 个）/);
      }
      const [, all] = ((await c.codeActions(vote.uri, [missing()[0]!])) ?? []) as CodeAction[];
      const doc = JSON.parse(applyEdits(before, editsFor(all!, configUri))) as {
        配置: Record<string, unknown>;
      };
      assert.deepEqual(doc.配置, {
        投票时长: 180,
        终端触发词: ['reload', '重载'],
        db: { port: 3306, host: '', user: '' },
        kick_reason: '',
        max_votes: 0,
        enabled: false,
        admins: [],
      });
    });

    it('completes the config keys after `coromega.config.` and inside `coromega.config["`', async () => {
      const line = vote.text.indexOf('\nlocal reason');
      let text =
        vote.text.slice(0, line) +
        '\nlocal a = coromega.config.\nlocal b = cfg.db.\nlocal x = coromega.config["' +
        vote.text.slice(line);
      const version = await c.change(vote.uri, [{ text }]);
      await c.waitForDiagnostics(vote.uri, version);
      const dot = await c.completion(vote.uri, positionOf(text, 'coromega.config.\n', 16));
      assert.deepEqual(labels(dot), ['投票时长', '终端触发词', 'db']);
      // a key that is not a Lua name is written with brackets, replacing the dot
      const zh = dot[0]!;
      assert.equal(
        zh.textEdit && 'range' in zh.textEdit ? zh.textEdit.newText : '',
        '["投票时长"]',
      );
      assert.equal(zh.filterText, '.投票时长');
      assert.equal(
        dot[2]!.textEdit && 'range' in dot[2]!.textEdit ? dot[2]!.textEdit.newText : '',
        '.db',
      );
      assert.match(
        typeof zh.documentation === 'object' ? zh.documentation.value : '',
        en ? /180[\s\S]*vote\.json, line 7/ : /180[\s\S]*vote\.json 第 7 行/,
      );
      assert.deepEqual(labels(await c.completion(vote.uri, positionOf(text, 'cfg.db.\n', 7))), [
        'port',
      ]);
      const str = await c.completion(vote.uri, positionOf(text, 'config["\n', 8));
      assert.deepEqual(labels(str), ['投票时长', '终端触发词', 'db']);
      text = vote.text;
      await c.waitForDiagnostics(vote.uri, await c.change(vote.uri, [{ text }]));
    });

    it('hovers a key with its value and where it is, and a missing one as nil', async () => {
      const present = hoverText(await c.hover(vote.uri, positionOf(vote.text, '"投票时长"', 2)));
      assert.match(present, /```json\n180\n```/);
      assert.match(present, en ? /vote\.json, line 7/ : /vote\.json 第 7 行/);
      const absent = hoverText(await c.hover(vote.uri, positionOf(vote.text, 'kick_reason', 2)));
      assert.match(
        absent,
        en ? /not in the config file: reads nil/ : /配置文件中没有，读到的是 nil/,
      );
      // on `config` itself: the catalog's words and the file
      const field = hoverText(
        await c.hover(vote.uri, positionOf(vote.text, 'coromega.config\n', 10)),
      );
      assert.match(field, /配置/);
      assert.match(field, /`vote\.json`/);
    });

    it('goes to the key in the config JSON, and to its 配置 section from `config`', async () => {
      const [loc] = await c.definition(vote.uri, positionOf(vote.text, '"投票时长"', 2));
      assert.equal(fileURLToPath(loc!.uri), p.path('vote.json'));
      assert.deepEqual(loc!.range, {
        start: { line: 6, character: 8 },
        end: { line: 6, character: 14 },
      });
      const [nested] = await c.definition(vote.uri, positionOf(vote.text, 'cfg.db.port', 9));
      assert.equal(nested!.range.start.line, 9);
      const [section] = await c.definition(
        vote.uri,
        positionOf(vote.text, 'coromega.config\n', 10),
      );
      assert.equal(section!.range.start.line, 5);
    });

    it('finds the config in neomega_storage/config/NAME[lua]/ for a plugin in lang/LuaLoader, and keeps its tabs', async () => {
      const shop = await p.open(c, 'neomega_storage/lang/LuaLoader/shop.lua');
      const d = (await c.waitForDiagnostics(shop.uri, 1)).diagnostics;
      assert.deepEqual(
        d.map((x) => x.code),
        ['config-key-missing'],
        JSON.stringify(d),
      );
      assert.match(msg(d[0]), /neomega_storage\/config\/shop\[lua\]\/shop\.json/);
      const configPath = p.path('neomega_storage/config/shop[lua]/shop.json');
      const [fix] = ((await c.codeActions(shop.uri, d)) ?? []) as CodeAction[];
      const uri = Object.keys(fix!.edit!.changes!)[0]!;
      assert.equal(fileURLToPath(uri), configPath);
      const after = applyEdits(fs.readFileSync(configPath, 'utf8'), fix!.edit!.changes![uri]!);
      assert.ok(after.includes('\n\t\t"货币": ""'), after);
      const [loc] = await c.definition(shop.uri, positionOf(shop.text, '"价格"', 1));
      assert.equal(fileURLToPath(loc!.uri), configPath);
      await c.close(shop.uri);
    });

    it('offers to create the config file when the plugin has none', async () => {
      const none = await p.open(c, 'noconfig.lua');
      const [d] = (await c.waitForDiagnostics(none.uri, 1)).diagnostics;
      assert.equal(d!.code, 'config-no-file');
      assert.match(msg(d), /noconfig\.json/);
      const [fix] = ((await c.codeActions(none.uri, [d!])) ?? []) as CodeAction[];
      assert.match(
        fix!.title,
        en ? /^Create the config file noconfig\.json/ : /^创建配置文件 noconfig\.json/,
      );
      const [create, edit] = fix!.edit!.documentChanges! as [
        { kind: string; uri: string },
        { edits: TextEdit[] },
      ];
      assert.equal(create.kind, 'create');
      assert.equal(fileURLToPath(create.uri), p.path('noconfig.json'));
      const doc = JSON.parse(edit.edits[0]!.newText) as Record<string, unknown>;
      assert.deepEqual(doc, {
        名称: 'noconfig.lua',
        描述: '',
        是否禁用: false,
        来源: 'LuaLoader',
        配置: { token: '' },
      });
      await c.close(none.uri);
    });

    it('follows the config file on disk: a watched change, a read on demand, a file that stops parsing', async () => {
      const config = JSON.parse(p.text('vote.json')) as { 配置: Record<string, unknown> };
      config.配置.kick_reason = '刷屏';
      p.write('vote.json', JSON.stringify(config, null, 4));
      await c.filesChanged([p.uri('vote.json')]);
      const next = await waitFor(
        c,
        vote.uri,
        (d) => !d.some((x) => msg(x).includes('kick_reason')),
      );
      assert.equal(next.filter((x) => x.code === 'config-key-missing').length, 5);
      // no notification: a request reads the file again because it changed
      config.配置.投票时长 = 60;
      p.write('vote.json', JSON.stringify(config, null, 4));
      const h = hoverText(await c.hover(vote.uri, positionOf(vote.text, '"投票时长"', 2)));
      assert.match(h, /```json\n60\n```/);
      // a trailing comma: neomega cannot read the file, the plugin does not load
      p.write('vote.json', '{\n  "配置": { "a": 1, }\n}\n');
      await c.filesChanged([p.uri('vote.json')]);
      const broken = await waitFor(c, vote.uri, (d) => d.some((x) => x.code === 'config-invalid'));
      const bad = broken.find((x) => x.code === 'config-invalid')!;
      assert.equal(bad.severity, 1);
      assert.match(
        msg(bad),
        en
          ? /not valid JSON \(line 2, column 19: a quoted field name was expected\)/
          : /不是有效的 JSON（第 2 行第 19 列：应为带引号的字段名）/,
      );
      assert.equal(broken.filter((x) => x.code === 'config-key-missing').length, 0);
    });
  });
}

/** The next diagnostics of `uri` that satisfy `pred` (the server republishes after a watched change). */
async function waitFor(
  c: LspClient,
  uri: string,
  pred: (d: Diagnostic[]) => boolean,
): Promise<Diagnostic[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const p = await c.waitForDiagnostics(uri);
    if (pred(p.diagnostics)) return p.diagnostics;
    if (Date.now() > deadline)
      assert.fail(`diagnostics never matched: ${JSON.stringify(p.diagnostics)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
