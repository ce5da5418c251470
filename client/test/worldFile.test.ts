import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseWorld } from '../../runtime/src/world/file';
import {
  applyWorldEdit,
  readWorld,
  replacement,
  worldFilePath,
  type WorldEdit,
} from '../src/game/worldFile';
import { englishOnly, Messages } from '../src/i18n';

const t = englishOnly;

/** A world file with everything the Game view does not edit, written by hand (4-space indents, key order). */
const RICH = `{
    "$schema": "../schemas/world.schema.json",
    "players": [
        { "name": "Steve", "op": true, "scores": { "money": 100 }, "position": [1, 64, 2], "items": { "diamond": 3 } },
        {
            "name": "Alex",
            "online": false,
            "uuid": "00000000-0000-3000-8000-000000000001",
            "tags": ["vip"]
        }
    ],
    "bot": { "name": "Omega" },
    "qq": { "groups": [{ "id": 123456, "name": "测试群", "members": [{ "id": 10001, "nickname": "小明", "card": "明" }] }], "users": [{ "id": 20002 }] },
    "http": [{ "method": "POST", "url": "https://api.example.com/v1/*", "json": { "choices": [] } }],
    "script": [{ "as": "Steve", "menu": "ai" }]
}
`;

function edit(text: string | undefined, ...edits: WorldEdit[]): string {
  let current = text;
  for (const e of edits) {
    const r = applyWorldEdit(current, e, t);
    assert.ok(r.ok, r.ok ? '' : r.problem);
    current = r.text;
  }
  return current!;
}

test('the world file is NAME.world.json beside the plugin, or what the setting says', () => {
  const plugin = path.join('/ws', 'plugins', 'ai-chat.lua');
  assert.equal(worldFilePath(plugin, ''), path.join('/ws', 'plugins', 'ai-chat.world.json'));
  assert.equal(
    worldFilePath(plugin, '${name}.world.json'),
    path.join('/ws', 'plugins', 'ai-chat.world.json'),
  );
  assert.equal(
    worldFilePath(plugin, 'worlds/${name}.json'),
    path.join('/ws', 'plugins', 'worlds', 'ai-chat.json'),
  );
  assert.equal(
    worldFilePath(plugin, '${workspaceFolder}/test.world.json', '/ws'),
    path.join('/ws', 'test.world.json'),
  );
  assert.equal(worldFilePath(plugin, '/abs/w.json'), path.join('/abs', 'w.json'));
});

test('reading a world: players, QQ groups and users; none written is the runtime default', () => {
  const r = readWorld(RICH, t);
  assert.ok(r.ok);
  assert.deepEqual(r.world.players, [
    { name: 'Steve', online: true, op: true, tags: [], scores: { money: 100 } },
    { name: 'Alex', online: false, op: false, tags: ['vip'], scores: {} },
  ]);
  assert.deepEqual(r.world.qqGroups, [
    { id: 123456, name: '测试群', members: [{ id: 10001, name: '明' }] },
  ]);
  assert.deepEqual(r.world.qqUsers, [{ id: 20002, name: '20002' }]);
  for (const text of [undefined, '', '{}']) {
    const d = readWorld(text, t);
    assert.ok(d.ok);
    assert.deepEqual(d.world.players, [
      { name: 'Steve', online: true, op: true, tags: [], scores: {} },
    ]);
    assert.equal(d.world.playersWritten, false);
  }
});

test('edits change only the players they concern; everything else stays as written, and the runtime accepts it', () => {
  const out = edit(
    RICH,
    { kind: 'setOp', name: 'Steve', op: false },
    { kind: 'setScore', name: 'Steve', objective: 'level', score: 3 },
    { kind: 'setScore', name: 'Steve', objective: 'money', score: 250 },
    { kind: 'setTags', name: 'Alex', tags: ['vip', 'builder'] },
    { kind: 'addPlayer', name: 'Bob' },
    { kind: 'setScore', name: 'Bob', objective: 'money', score: 0 },
  );
  const before = JSON.parse(RICH) as Record<string, unknown>;
  const after = JSON.parse(out) as Record<string, unknown>;
  for (const key of ['$schema', 'bot', 'qq', 'http', 'script'])
    assert.deepEqual(after[key], before[key], `${key} is kept`);
  assert.deepEqual(Object.keys(after), Object.keys(before), 'key order is kept');
  assert.deepEqual(after['players'], [
    {
      name: 'Steve',
      op: false,
      scores: { money: 250, level: 3 },
      position: [1, 64, 2],
      items: { diamond: 3 },
    },
    {
      name: 'Alex',
      online: false,
      uuid: '00000000-0000-3000-8000-000000000001',
      tags: ['vip', 'builder'],
    },
    { name: 'Bob', scores: { money: 0 } },
  ]);
  // The text around the edits is untouched: the hand-written lines of other sections are all still there.
  for (const line of RICH.split('\n').filter((l) => /"(bot|qq|http|script|\$schema)"/.test(l)))
    assert.ok(out.includes(line), `line kept: ${line}`);
  assert.match(out, /\n {8}\{ "name": "Bob"/, "new entries follow the file's 4-space indentation");
  assert.doesNotThrow(() => parseWorld(out, 'w.json', 'en'));
  // Removing: a score, the last score (the key goes), a player.
  const removed = edit(
    out,
    { kind: 'setScore', name: 'Steve', objective: 'level', score: null },
    { kind: 'setScore', name: 'Bob', objective: 'money', score: null },
    { kind: 'removePlayer', name: 'Alex' },
    { kind: 'setTags', name: 'Steve', tags: [] },
  );
  const r = JSON.parse(removed) as { players: Array<Record<string, unknown>> };
  assert.deepEqual(r.players, [
    {
      name: 'Steve',
      op: false,
      scores: { money: 250 },
      position: [1, 64, 2],
      items: { diamond: 3 },
    },
    { name: 'Bob' },
  ]);
  assert.doesNotThrow(() => parseWorld(removed, 'w.json', 'en'));
});

test('a world without players keeps the default Steve; a new file is written whole; tabs and CRLF stay', () => {
  const noPlayers = '{\n  "http": []\n}\n';
  const added = JSON.parse(edit(noPlayers, { kind: 'addPlayer', name: 'Alex' })) as Record<
    string,
    unknown
  >;
  assert.deepEqual(added, {
    http: [],
    players: [{ name: 'Steve', op: true }, { name: 'Alex' }],
  });
  const created = edit(undefined, { kind: 'setOp', name: 'Steve', op: false });
  assert.deepEqual(JSON.parse(created), { players: [{ name: 'Steve', op: false }] });
  assert.ok(created.endsWith('\n'));
  assert.doesNotThrow(() => parseWorld(created, 'w.json', 'en'));
  // A new file starts with the $schema it is given (the package's schemas in reach), ahead of the players.
  const withSchema = applyWorldEdit(
    undefined,
    { kind: 'addPlayer', name: 'Steve' },
    t,
    './node_modules/coromega-lua/schemas/world.schema.json',
  );
  assert.ok(withSchema.ok);
  assert.deepEqual(Object.entries(JSON.parse(withSchema.text) as object), [
    ['$schema', './node_modules/coromega-lua/schemas/world.schema.json'],
    ['players', [{ name: 'Steve', op: true }]],
  ]);
  assert.doesNotThrow(() => parseWorld(withSchema.text, 'w.json', 'en'));
  const kept = applyWorldEdit(noPlayers, { kind: 'addPlayer', name: 'Alex' }, t, './x.json');
  assert.ok(kept.ok && !kept.text.includes('$schema'), 'an existing file gets none');
  const gone = edit(undefined, { kind: 'removePlayer', name: 'Steve' });
  assert.deepEqual(JSON.parse(gone), { players: [] }, 'removing the default player leaves nobody');

  const tabs = '{\r\n\t"players": [\r\n\t\t{ "name": "Steve" }\r\n\t]\r\n}\r\n';
  const tabbed = edit(tabs, { kind: 'addPlayer', name: 'Alex' });
  assert.ok(!/[^\r]\n/.test(tabbed), 'CRLF line ends only');
  assert.match(tabbed, /\r\n\t\t\{\r?\n?\t*"name": "Alex"|\r\n\t\t\{ ?"name": "Alex"/);
  // Nothing to change: the same text, and `changed` says so.
  const same = applyWorldEdit(RICH, { kind: 'addPlayer', name: 'Steve' }, t);
  assert.ok(same.ok && !same.changed && same.text === RICH);
});

test('a malformed world file is refused with where and why, in the chosen language, and never rewritten', () => {
  const zh = new Messages(path.resolve(__dirname, '..', '..', '..', 'l10n'), 'zh-cn').t;
  const broken = '{\n  "players": [\n    { "name": "Steve" }\n    { "name": "Alex" }\n  ]\n}\n';
  const en = applyWorldEdit(broken, { kind: 'setOp', name: 'Steve', op: true }, t);
  assert.deepEqual(en, {
    ok: false,
    problem: 'The world file is not valid JSON at line 4, column 5: a comma is expected.',
  });
  const cn = readWorld(broken, zh);
  assert.deepEqual(cn, {
    ok: false,
    problem: '世界文件不是有效的 JSON（第 4 行第 5 列）：缺少逗号。',
  });
  const comment = readWorld('{ // players\n}', t);
  assert.ok(!comment.ok && /line 1, column 3: JSON has no comments/.test(comment.problem));
  const notList = applyWorldEdit(
    '{"players": {"name": "Steve"}}',
    { kind: 'addPlayer', name: 'A' },
    t,
  );
  assert.deepEqual(notList, {
    ok: false,
    problem: '"players" in the world file should be a list of players.',
  });
  const nameless = readWorld('{"players": [{"op": true}]}', t);
  assert.deepEqual(nameless, { ok: false, problem: 'players[0] in the world file has no name.' });
  assert.deepEqual(readWorld('[1]', t), {
    ok: false,
    problem: 'The world file should hold one JSON object.',
  });
  const trailing = readWorld('{"players": [],}', t);
  assert.ok(!trailing.ok);
});

test('an open document is changed by one small replacement', () => {
  const before = '{\n  "players": [{ "name": "Steve" }]\n}\n';
  const after = edit(before, { kind: 'setOp', name: 'Steve', op: true });
  const r = replacement(before, after);
  assert.equal(before.slice(0, r.start) + r.text + before.slice(r.end), after);
  assert.ok(r.text.length < 20, `small: ${JSON.stringify(r.text)}`);
  assert.deepEqual(replacement('same', 'same'), { start: 4, end: 4, text: '' });
});
