/**
 * "Create a test from this run": a run's actions and events become a test file that passes as it is, offline,
 * and fails once the plugin answers differently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPlugin } from '../../src/host';
import type { RunEvent } from '../../src/events';
import { testFromRun } from '../../src/testing/fromRun';
import { parseTestFile } from '../../src/testing/file';
import Ajv from 'ajv';
import { root, startServer } from '../helpers';
import { project, runFile } from './helpers';

const PLUGIN = (base: string): string => `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)
coromega:when_called_by_game_menu({ triggers = { "查" } }):start_new(function(chat)
  local res = coromega:http_get("${base}/price?item=" .. chat.msg[1] .. "&token=" .. coromega.config["令牌"])
  local p = json.decode(res.body)
  coromega:get_player(chat.name):say("§e" .. p.item .. " 的价格是 " .. p.price)
  coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " queries 1", true)
end)
coromega:when_chat_msg():start_new(function(chat)
  print(chat.name .. " 说了 " .. chat.raw_msg)
end)
coromega:run()
`;

test('a run becomes a test that passes offline and catches a changed answer', async () => {
  const server = await startServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({ item: new URL(req.url!, 'http://x').searchParams.get('item'), price: 42 }),
    );
  });
  let dir: string;
  try {
    dir = project({
      'price.lua': PLUGIN(server.url),
      'price.json': { 配置: { 令牌: 'tkn-SECRET-77' } },
    });
    const plugin = path.join(dir, 'price.lua');
    const events: RunEvent[] = [];
    const { done } = runPlugin(
      {
        pluginPath: plugin,
        lang: 'en',
        world: {
          players: [{ name: 'Steve', scores: { queries: 0 } }],
          script: [
            { as: 'Steve', menu: '查', args: ['apple'] },
            { as: 'Steve', chat: '好贵' },
            { as: 'Steve', menu: '没有这个' },
          ],
        },
      },
      (e) => events.push(e),
    );
    await done;
    const testFile = path.join(dir, 'price.test.json');
    const text = testFromRun({
      events,
      plugins: [plugin],
      testFile,
      world: { players: [{ name: 'Steve', scores: { queries: 0 } }] },
    });
    assert.ok(!text.includes('tkn-SECRET-77'), text);
    assert.equal(
      text
        .split('\n')
        .filter((l) => l.startsWith('    { "'))
        .join('\n'),
      [
        '    { "as": "Steve", "menu": "查", "args": ["apple"] },',
        `    { "expect": { "request": { "method": "GET", "url": "${server.url}/price?item=apple&token=*" } } },`,
        '    { "expect": { "say": { "to": "Steve", "text": "apple 的价格是 42" } } },',
        '    { "expect": { "command": { "text": "scoreboard players add Steve queries 1" } } },',
        '    { "as": "Steve", "chat": "好贵" },',
        '    { "expect": { "print": { "text": "Steve 说了 好贵" } } }',
      ].join('\n'),
    );
    assert.ok(!text.includes('"plugins"'), 'price.test.json runs price.lua beside it');
    fs.writeFileSync(testFile, text);
    // The generated file is a valid test file, and it passes without the network.
    parseTestFile(text, testFile, 'en', dir);
  } finally {
    await server.close();
  }
  const [ok] = await runFile(path.join(dir, 'price.test.json'));
  assert.equal(ok!.status, 'passed', JSON.stringify(ok!.failure));
  // The plugin changes its answer: the test says so.
  fs.writeFileSync(
    path.join(dir, 'price.lua'),
    fs.readFileSync(path.join(dir, 'price.lua'), 'utf8').replace('的价格是', '售价'),
  );
  const [bad] = await runFile(path.join(dir, 'price.test.json'));
  assert.equal(bad!.status, 'failed');
  assert.equal(bad!.failure?.expected, 'message shown to Steve, "apple 的价格是 42"');
});

test('a test file elsewhere names its plugins relative to itself', () => {
  const dir = project({ 'src/a.lua': 'print(1)', 'src/b.lua': 'print(2)' });
  const text = testFromRun({
    events: [],
    plugins: [path.join(dir, 'src', 'a.lua'), path.join(dir, 'src', 'b.lua')],
    testFile: path.join(dir, 'tests', 'a.test.json'),
  });
  assert.deepEqual(JSON.parse(text), {
    plugins: ['../src/a.lua', '../src/b.lua'],
    script: [{ expect: { noError: true } }],
  });
});

test('lines typed while a plugin runs are terminal actions of the new test', async () => {
  const dir = project({
    'menu.lua': `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_terminal_menu({ triggers = { "ping" } }):start_new(function(args)
  local name = coromega:input("名字？")
  print("pong " .. table.concat(args, ",") .. " " .. name)
end)
coromega:run()
`,
  });
  const plugin = path.join(dir, 'menu.lua');
  const events: RunEvent[] = [];
  const { run, done } = runPlugin({ pluginPath: plugin, lang: 'en', stdin: true }, (e) =>
    events.push(e),
  );
  run.pushInput('ping 1 2');
  run.pushInput('Steve');
  run.endInput();
  await done;
  const text = testFromRun({
    events,
    plugins: [plugin],
    testFile: path.join(dir, 'menu.test.json'),
  });
  assert.deepEqual((JSON.parse(text) as { script: unknown[] }).script, [
    { terminal: 'ping 1 2' },
    { terminal: 'Steve' },
    { expect: { print: { text: 'pong 1,2 Steve' } } },
  ]);
  fs.writeFileSync(path.join(dir, 'menu.test.json'), text);
  const [r] = await runFile(path.join(dir, 'menu.test.json'));
  assert.equal(r!.status, 'passed', JSON.stringify(r!.failure));
});

test('a test made from a run in a world with a $schema validates cleanly against the test schema', async () => {
  const dir = project({
    'hello.lua': `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)
  coromega:get_player(chat.name):say("你好 " .. chat.name)
end)
coromega:run()
`,
  });
  const plugin = path.join(dir, 'hello.lua');
  // The world file as the examples write it: its $schema names the world schema.
  const world = {
    $schema: '../schemas/world.schema.json',
    players: [{ name: 'Alex', op: true }],
    script: [{ as: 'Alex', menu: 'hi' }],
  };
  const events: RunEvent[] = [];
  const { done } = runPlugin({ pluginPath: plugin, lang: 'en', world }, (e) => events.push(e));
  await done;
  const schema = JSON.parse(
    fs.readFileSync(path.join(root, 'schemas', 'test.schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv({ strict: false, allErrors: true, formats: { regex: true } }).compile(
    schema,
  );
  for (const ref of [undefined, '../schemas/test.schema.json']) {
    const text = testFromRun({
      events,
      plugins: [plugin],
      testFile: path.join(dir, 'hello.test.json'),
      world,
      ...(ref ? { schema: ref } : {}),
    });
    const doc = JSON.parse(text) as Record<string, unknown>;
    assert.equal(doc.$schema, ref, "the world's $schema never comes along");
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(Object.keys(doc), [...(ref ? ['$schema'] : []), 'players', 'script']);
    fs.writeFileSync(path.join(dir, 'hello.test.json'), text);
    const [r] = await runFile(path.join(dir, 'hello.test.json'));
    assert.equal(r!.status, 'passed', JSON.stringify(r!.failure));
  }
});
