import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkAction, parseWorld, WorldFileError } from '../src/world/file';
import { jsonPath } from '../src/world/schemaProblem';
import { root, runCli, tmpDir, writePlugin } from './helpers';

function problem(text: string, lang: 'en' | 'zh-cn' = 'en'): string {
  try {
    parseWorld(text, 'w.world.json', lang);
  } catch (e) {
    assert.ok(e instanceof WorldFileError);
    return e.message;
  }
  assert.fail('expected a WorldFileError');
}

test('every problem of a world file is one sentence naming the JSON path', () => {
  assert.equal(
    problem('{"players":[{"name":"A","op":"yes"}]}'),
    'w.world.json: players[0].op: should be boolean, got string',
  );
  assert.match(
    problem('{"players":[{"nmae":"A"}]}'),
    /^w\.world\.json: players\[0\]: unknown field "nmae"; did you mean "name"\? \(known: name, uuid, /,
  );
  assert.match(problem('{"playrs":[]}'), /unknown field "playrs"; did you mean "players"\?/);
  assert.equal(
    problem('{"script":[{"as":"A","menu":"x"},{"as":"A"}]}'),
    'w.world.json: script[1]: an action with "as" also needs "menu" or "chat"',
  );
  assert.match(problem('{"script":[{"join":"A","leave":"B"}]}'), /script\[0\]: not an action/);
  assert.equal(
    problem('{"players":[{"name":"A","position":[1,2]}]}'),
    'w.world.json: players[0].position: a position is [x, y, z], three numbers',
  );
  assert.match(
    problem('{"commands":[{"match":"("}]}'),
    /^w\.world\.json: commands\[0\]\.match: not a valid regular expression/,
  );
  assert.match(
    problem('{"players":[{"name":"A"},{"name":"A"}]}'),
    /players\[1\]\.name: player "A" appears twice/,
  );
  // Syntax errors: file:line:column and the problem, a trailing comma named and placed on the comma.
  assert.equal(
    problem('{\n "players": [\n  {"name": "A",}\n ]\n}'),
    'w.world.json:3:15: the world file is not valid JSON: a comma before } (JSON allows no trailing comma)',
  );
  assert.equal(
    problem('{\n "players": [\n  {"name": "A"},\n ]\n}', 'zh-cn'),
    'w.world.json:3:16: 世界文件不是有效的 JSON：] 前多了一个逗号（JSON 不允许末尾的逗号）',
  );
  assert.equal(
    problem('\uFEFF{"players": [{"name": "A"} {"name": "B"}]}'),
    'w.world.json:1:28: the world file is not valid JSON: a comma was expected',
  );
  assert.equal(
    problem('{"players": [], // mine\n}', 'zh-cn'),
    'w.world.json:1:17: 世界文件不是有效的 JSON：JSON 不允许注释',
  );
  assert.equal(
    problem('{"http":[{"url":"x","status":"200"}]}', 'zh-cn'),
    'w.world.json: http[0].status：应为 integer，实际是 string',
  );
});

test('a good world file passes; an action line is checked on its own', () => {
  const w = parseWorld(
    JSON.stringify({
      players: [{ name: 'Steve', op: true, scores: { money: 5 }, position: [0, 64, 0] }],
      qq: { groups: [{ id: 1, members: [{ id: 2, nickname: 'n' }] }], default: ['群聊:1'] },
      http: [{ method: 'POST', url: 'https://x/*', json: { a: 1 }, delay: 10 }],
      commands: [{ match: '^give ', output: 'ok' }],
      script: [
        { as: 'Steve', menu: 'ai', args: ['hi'] },
        { as: 'Steve', chat: 'yes' },
        { terminal: 'help' },
        { qq: { group: 1, user: 2, text: 'hi' } },
        { api: '/x', args: [1] },
        { join: 'Alex' },
        { leave: 'Alex' },
        { wait: 10 },
      ],
    }),
    'w.world.json',
    'en',
  );
  assert.equal(w.script?.length, 8);
  assert.equal(checkAction({ as: 'Steve', chat: 'x' }, 'en'), undefined);
  assert.equal(
    checkAction({ as: 'Steve' }, 'en'),
    'action: an action with "as" also needs "menu" or "chat"',
  );
  assert.match(checkAction({ wait: -1 }, 'en') ?? '', /^action\.wait: /);
  assert.equal(jsonPath('/a/0/b c'), 'a[0]["b c"]');
});

test('coromega-run --world with a malformed file: one clear line, exit 2, nothing runs', async () => {
  const dir = tmpDir();
  const world = path.join(dir, 'bad.world.json');
  fs.writeFileSync(
    world,
    JSON.stringify({ players: [{ name: 'Steve', scores: { money: 'lots' } }] }),
  );
  const p = writePlugin('print("ran")', 'p.lua', dir);
  const r = await runCli(['--world', world, p]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    `coromega-run: ${world}: players[0].scores.money: should be integer, got string\n`,
  );
  const missing = await runCli(['--world', path.join(dir, 'nope.json'), p]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^coromega-run: cannot read world file .*nope\.json: ENOENT\n$/);
});

test('the world schema is contributed for *.world.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: { jsonValidation: Array<{ fileMatch: string[]; url: string }> };
  };
  const entry = pkg.contributes.jsonValidation.find((j) => j.fileMatch.includes('*.world.json'));
  assert.equal(entry?.url, './schemas/world.schema.json');
  assert.ok(fs.existsSync(path.join(root, 'schemas', 'world.schema.json')));
});

test('the world file shown in the README and the examples pass the schema', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const block = /## 离线世界[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the Offline world section has a JSON example');
  const w = parseWorld(block, 'README.md', 'en');
  assert.equal(w.script?.length, 7);
  for (const f of fs
    .readdirSync(path.join(root, 'examples'))
    .filter((x) => x.endsWith('.world.json')))
    parseWorld(fs.readFileSync(path.join(root, 'examples', f), 'utf8'), f, 'en');
});
