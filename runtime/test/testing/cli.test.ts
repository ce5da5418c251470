/**
 * `coromega-run --test` as CI runs it: the built command, test files on disk, the report on stdout, exit codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers';
import { parseTestReportLine, type TestReport } from '../../src/testing/protocol';
import { project } from './helpers';

const GREETER = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:when_called_by_game_menu({ triggers = { "hello" } }):start_new(function(chat)
  coromega:get_player(chat.name):say("§a喵 " .. chat.name)
end)
coromega:when_called_by_game_menu({ triggers = { "spin" } }):start_new(function(chat)
  while true do end
end)
coromega:run()
`;

const PASSING = {
  tests: [
    {
      name: 'says meow',
      script: [{ as: 'Steve', menu: 'hello' }, { expect: { say: { to: 'Steve', match: '喵' } } }],
    },
    {
      name: 'quiet for Alex',
      script: [{ as: 'Steve', menu: 'hello' }, { expect: { say: { to: 'Alex' }, not: true } }],
    },
  ],
  players: [{ name: 'Steve' }, { name: 'Alex' }],
};

const FAILING = {
  name: 'barks',
  script: [{ as: 'Steve', menu: 'hello' }, { expect: { say: { to: 'Steve', match: '汪' } } }],
};

function reports(stdout: string): TestReport[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = parseTestReportLine(l);
      assert.ok(r, `a report line: ${l}`);
      return r;
    });
}

test('one line per test, the failing step with expected and seen, then the counts; exit 1 on a failure', async () => {
  const dir = project({
    'tests/greeter.lua': GREETER,
    'tests/greeter.test.json': PASSING,
    'tests/bark.test.json': { plugins: ['greeter.lua'], ...FAILING },
    'tests/broken.test.json':
      '{\n  "plugins": ["greeter.lua"],\n  "script": [{ "as": "Steve" }]\n}\n',
  });
  const r = await runCli(['--test', 'tests'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.split('\n');
  const bark = path.join('tests', 'bark.test.json');
  assert.match(lines[0]!, new RegExp(`^✗ ${bark.replace(/\./g, '\\.')} › barks \\(\\d+ ms\\)$`));
  assert.deepEqual(lines.slice(1, 7), [
    `    ${bark}:11:5 — step 2, expect say`,
    '    the expected event did not happen before the plugin settled',
    '    expected: message shown to Steve, matching /汪/',
    '    events since the previous action:',
    '      ▶ Steve opens the menu hello',
    '      @Steve: 喵 Steve',
  ]);
  assert.equal(
    lines[7],
    `✗ ${path.join('tests', 'broken.test.json')}:3:14: script[0]: an action with "as" also needs "menu" or "chat"`,
  );
  assert.match(lines[8]!, /^✓ tests\/greeter\.test\.json › says meow \(\d+ ms\)$/);
  assert.match(lines[9]!, /^✓ tests\/greeter\.test\.json › quiet for Alex \(\d+ (ms|s)\)$/);
  assert.match(r.stdout, /\n2 passed, 2 failed \(\d+(\.\d)? (ms|s)\)\n$/);

  const ok = await runCli(['--test', path.join('tests', 'greeter.test.json')], { cwd: dir });
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /\n2 passed, 0 failed/);
});

test('--json: testStart/testEnd with the failing step and the transcript, fileError, summary', async () => {
  const dir = project({
    'greeter.lua': GREETER,
    'greeter.test.json': PASSING,
    'bark.test.json': { plugins: ['greeter.lua'], ...FAILING },
    'broken.test.json': '{"plugins": ["greeter.lua"], "script": [',
  });
  const r = await runCli(['--test', '--json', '.'], { cwd: dir });
  assert.equal(r.code, 1);
  const all = reports(r.stdout);
  assert.deepEqual(
    all.map((x) => `${x.type}${'name' in x ? ` ${x.name}` : ''}`),
    [
      'testStart barks',
      'testEnd barks',
      'fileError',
      'testStart says meow',
      'testEnd says meow',
      'testStart quiet for Alex',
      'testEnd quiet for Alex',
      'summary',
    ],
  );
  const end = all[1] as Extract<TestReport, { type: 'testEnd' }>;
  assert.equal(end.file, path.join(dir, 'bark.test.json'));
  assert.equal(end.status, 'failed');
  assert.deepEqual(
    {
      line: end.failure?.step?.line,
      column: end.failure?.step?.column,
      index: end.failure?.step?.index,
    },
    { line: 11, column: 5, index: 1 },
  );
  assert.ok(end.transcript.includes('@Steve: 喵 Steve'), end.transcript.join('\n'));
  const fe = all[2] as Extract<TestReport, { type: 'fileError' }>;
  assert.deepEqual(
    { line: fe.line, message: fe.message },
    { line: 1, message: 'not valid JSON: ] was expected' },
  );
  assert.deepEqual(all[7], { ...all[7], type: 'summary', passed: 2, failed: 2, skipped: 0 });
});

test('a plugin stuck in a loop fails its test at its step after the timeout; the next test still runs', async () => {
  const dir = project({
    'greeter.lua': GREETER,
    'greeter.test.json': {
      timeout: 1500,
      tests: [
        { name: 'spins', script: [{ as: 'Steve', menu: 'spin' }, { expect: { noError: true } }] },
        {
          name: 'after',
          script: [{ as: 'Steve', menu: 'hello' }, { expect: { say: { match: '喵' } } }],
        },
      ],
    },
  });
  const started = Date.now();
  const r = await runCli(['--test', '--lang', 'zh-cn', 'greeter.test.json'], { cwd: dir });
  assert.ok(Date.now() - started < 15_000);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^✗ greeter\.test\.json › spins（1\.\d 秒）\n/);
  assert.match(
    r.stdout,
    /\n {4}greeter\.test\.json:7:9 — 第 1 步，Steve 打开菜单 spin\n {4}测试超过 1500 ms 仍未结束/,
  );
  assert.match(r.stdout, /\n✓ greeter\.test\.json › after（\d+ ms）\n/);
  assert.match(r.stdout, /\n1 个通过，1 个失败（\d+\.\d 秒）\n$/);
});

test('--filter, skip, and argument mistakes', async () => {
  const dir = project({
    'greeter.lua': GREETER,
    'greeter.test.json': {
      ...PASSING,
      tests: [...PASSING.tests, { name: 'later', skip: true, script: [{ wait: 1 }] }],
    },
  });
  const only = await runCli(['--test', '--filter', '^says', '--filter', 'later'], { cwd: dir });
  assert.equal(only.code, 0, only.stdout);
  assert.match(
    only.stdout,
    /^✓ greeter\.test\.json › says meow \(\d+ ms\)\n- greeter\.test\.json › later \(skipped\)\n\n1 passed, 0 failed, 1 skipped/,
  );
  for (const [args, code, text] of [
    [['--test', 'nothing-here'], 2, /test file or folder not found: nothing-here/],
    [['--test', '--world', 'w.json'], 2, /--world is not an option of the test mode/],
    [['--test', '--filter', '('], 2, /--filter is not a valid regular expression/],
  ] as Array<[string[], number, RegExp]>) {
    const r = await runCli(args, { cwd: dir });
    assert.equal(r.code, code, r.stderr);
    assert.match(r.stderr, text);
  }
  const empty = project({ 'x.lua': 'print(1)' });
  const none = await runCli(['--test'], { cwd: empty });
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no test files \(\*\.test\.json\) found in \./);
  const help = await runCli(['--test', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: coromega-run --test/);
  assert.match((await runCli(['--help'])).stdout, /coromega-run --test \[--record\]/);
  assert.ok(fs.existsSync(path.join(dir, 'greeter.test.json')));
});

test('a typed line is a terminal action in --json and is not echoed back in plain mode', async () => {
  const dir = project({
    'menu.lua': `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_terminal_menu({ triggers = { "ping" } }):start_new(function(args)
  print("pong")
end)
coromega:run()
`,
  });
  const json = await runCli(['--json', 'menu.lua'], { cwd: dir, input: 'ping\n' });
  assert.match(json.stdout, /"type":"action","action":\{"terminal":"ping"\},"source":"stdin"/);
  const plain = await runCli(['menu.lua'], { cwd: dir, input: 'ping\nnope\n' });
  assert.equal(plain.stdout, 'pong\n');
  assert.doesNotMatch(plain.stderr, /terminal: ping/);
  assert.match(plain.stderr, /no terminal menu trigger matches "nope"/);
});

test('each test starts from the same world and an empty storage, though tests share a worker', async () => {
  const dir = project({
    'counter.lua': `local coromega = require("coromega").from(require("omega"))
local db = coromega:key_value_db("counter")
coromega:when_called_by_game_menu({ triggers = { "count" } }):start_new(function(chat)
  local n = (tonumber((db:get("n"))) or 0) + 1
  db:set("n", tostring(n))
  coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 1", true)
  coromega:get_player(chat.name):say("count " .. n)
end)
coromega:run()
`,
    'counter.test.json': {
      players: [{ name: 'Steve', scores: { money: 0 } }],
      tests: ['one', 'two', 'three'].map((name) => ({
        name,
        script: [
          { as: 'Steve', menu: 'count' },
          { expect: { say: { text: 'count 1' } } },
          { expect: { score: { player: 'Steve', objective: 'money', equals: 1 } } },
        ],
      })),
    },
  });
  const r = await runCli(['--test'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /\n3 passed, 0 failed/);
  assert.ok(!fs.existsSync(path.join(dir, 'neomega_storage')), 'the plugin folder is left alone');
});

test("the examples' tests pass offline: the README example examples/ai-chat.test.json, and vote-kick", async () => {
  const r = await runCli(['--test', 'examples/'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /^✓ examples\/ai-chat\.test\.json › 菜单里直接提问（/);
  assert.match(
    r.stdout,
    /\n✓ examples\/vote-kick\.test\.json › 同意过半：三分钟后踢出，封禁一天（/,
  );
  // with the other examples' tests: balance, qq (3), vote
  assert.match(r.stdout, /\n11 个通过，0 个失败（/);
});

test('a config without "配置" is warned about at its place in the plain report and as a fileWarning report', async () => {
  const CONFIGURED = `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "key" } }):start_new(function(chat)
  coromega:get_player(chat.name):say("key=" .. tostring(coromega.config["密钥"]))
end)
coromega:run()
`;
  const dir = project({
    'shop.lua': CONFIGURED,
    'shop.test.json':
      '{\n  "config": { "密钥": "sk-1" },\n  "script": [\n    { "as": "Steve", "menu": "key" },\n' +
      '    { "expect": { "say": { "to": "Steve", "text": "key=nil" } } }\n  ]\n}\n',
    'good.test.json': {
      plugins: ['shop.lua'],
      config: { 配置: { 密钥: 'sk-2' } },
      script: [{ as: 'Steve', menu: 'key' }, { expect: { say: { text: 'key=sk-2' } } }],
    },
  });
  for (const [lang, text] of [
    [
      'en',
      `⚠ shop.test.json:2:3: config has no "配置" field: the plugin's coromega.config is an empty table (a neomega config file keeps the plugin's settings under "配置")`,
    ],
    [
      'zh-cn',
      `⚠ shop.test.json:2:3: config 没有 "配置" 字段：插件的 coromega.config 是空表（neomega 的配置文件把插件的设置写在 "配置" 里）`,
    ],
  ] as const) {
    const r = await runCli(['--test', '--lang', lang], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(text);
    assert.ok(at >= 0, r.stdout);
    assert.match(lines[at + 1]!, /^✓ shop\.test\.json › shop/, 'before the tests of its file');
    assert.equal(lines.filter((l) => l.startsWith('⚠')).length, 1, 'the good file has none');
  }
  const json = reports((await runCli(['--test', '--json', 'shop.test.json'], { cwd: dir })).stdout);
  assert.deepEqual(json[0], {
    type: 'fileWarning',
    file: path.join(dir, 'shop.test.json'),
    display: 'shop.test.json',
    line: 2,
    column: 3,
    message: `config has no "配置" field: the plugin's coromega.config is an empty table (a neomega config file keeps the plugin's settings under "配置")`,
  });
  assert.equal(json[1]!.type, 'testStart');
  // The runtime's own warning in the transcript names the config as the test file holds it, not a temp file.
  const end = json.find((r) => r.type === 'testEnd') as Extract<TestReport, { type: 'testEnd' }>;
  assert.ok(
    end.transcript.some((l) =>
      l.includes('config file shop.test.json › config has no "配置" field'),
    ),
    end.transcript.join('\n'),
  );
  assert.ok(!end.transcript.some((l) => /config-0\.json|coromega-test-/.test(l)));
});
