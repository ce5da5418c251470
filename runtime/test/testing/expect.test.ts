/**
 * Each expectation kind, passing and failing, on a plugin with every kind of entry point, run by the test engine
 * in this thread. A failure names its step and place in the file, what was expected and the events seen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { byName, project, runFile } from './helpers';
import type { TestResult } from '../../src/testing/engine';

const SHOP = `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)

coromega:when_called_by_game_menu({ triggers = { "签到" } }):start_new(function(chat)
  coromega:send_ws_cmd(("scoreboard players add %s money 10"):format(chat.name), true)
  coromega:get_player(chat.name):say("§a签到成功，喵")
  coromega:print("签到 " .. chat.name)
end)

coromega:when_called_by_game_menu({ triggers = { "ai" } }):start_new(function(chat)
  local res = coromega:http_post("https://api.example.com/v1/chat", {
    headers = { ["Content-Type"] = "application/json", Authorization = "Bearer sk-test-123" },
    body = json.encode({ question = table.concat(chat.msg, " ") }),
  })
  coromega:get_player(chat.name):say(json.decode(res.body).answer)
end)

coromega:when_receive_cqhttp_message():start_new(function(kind, msg, raw)
  coromega:send_cqhttp_message("群聊:123456", "收到：" .. msg.Message.RawMessage)
end)

coromega:when_called_by_api_named("/shop/price"):start_new(function(args, set_result)
  set_result({ item = args.item, price = 42 })
end)

coromega:when_called_by_game_menu({ triggers = { "坏" } }):start_new(function(chat)
  local t = nil
  print(t.field)
end)

coromega:when_called_by_game_menu({ triggers = { "慢" } }):start_new(function(chat)
  coromega:sleep(0.4)
  coromega:get_player(chat.name):say("慢慢来")
end)

coromega:run()
`;

const WORLD = {
  players: [
    { name: 'Steve', op: true, scores: { money: 80 } },
    { name: 'Alex', scores: { money: 5 } },
  ],
  qq: { groups: [{ id: 123456, members: [{ id: 10001, nickname: '小明' }] }] },
  http: [
    {
      method: 'POST',
      url: 'https://api.example.com/v1/*',
      json: { answer: '今天晴' },
    },
  ],
};

function run(
  tests: Array<{ name: string; script: unknown[] }>,
  opts: { virtualTime?: boolean } = {},
): Promise<TestResult[]> {
  const dir = project({ 'shop.lua': SHOP, 'shop.test.json': { ...WORLD, tests } });
  return runFile(path.join(dir, 'shop.test.json'), opts);
}

const MENU = { as: 'Steve', menu: '签到' };

function failed(r: TestResult | undefined): NonNullable<TestResult['failure']> {
  assert.ok(r, 'the test ran');
  assert.equal(r.status, 'failed', `expected a failure, got ${r.status}`);
  return r.failure!;
}

test('say: to, text, match (with or without colour codes), via', async () => {
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [
          MENU,
          { expect: { say: { to: 'Steve', match: '^签到成功' } } },
          { expect: { say: { to: 'Steve', match: '^§a签到' } } },
          { expect: { say: { to: 'Steve', text: '签到成功，喵', via: 'say' } } },
        ],
      },
      { name: 'wrong player', script: [MENU, { expect: { say: { to: 'Alex' } } }] },
      { name: 'wrong text', script: [MENU, { expect: { say: { to: 'Steve', match: '汪' } } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['wrong text']);
  assert.equal(f.step?.label, 'expect say');
  assert.equal(f.step?.index, 1);
  assert.equal(f.step?.pointer, '/tests/2/script/1');
  assert.ok(f.step!.line > 1 && f.step!.column > 1);
  assert.equal(f.message, 'the expected event did not happen before the plugin settled');
  assert.equal(f.expected, 'message shown to Steve, matching /汪/');
  assert.equal(
    f.actual,
    [
      'events since the previous action:',
      '  ▶ Steve opens the menu 签到',
      '  /scoreboard players add Steve money 10 (ws) → success 1: Added 10 to [money] for Steve (now 90)',
      '  @Steve: 签到成功，喵',
      '  签到 Steve',
    ].join('\n'),
  );
  assert.equal(failed(r['wrong player']).expected, 'message shown to Alex');
});

test('request: method, URL pattern, body match and JSON, headers', async () => {
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [
          { as: 'Steve', menu: 'ai', args: ['你好', '呀'] },
          {
            expect: {
              request: {
                method: 'post',
                url: 'https://api.example.com/*',
                body: { match: '你好', json: { question: '你好 呀' } },
                headers: { authorization: '^Bearer sk-' },
              },
            },
          },
          { expect: { say: { to: 'Steve', text: '今天晴' } } },
        ],
      },
      {
        name: 'fail',
        script: [
          { as: 'Steve', menu: 'ai', args: ['你好'] },
          { expect: { request: { method: 'GET', url: 'https://api.example.com/*' } } },
        ],
      },
      {
        name: 'fail body',
        script: [
          { as: 'Steve', menu: 'ai', args: ['你好'] },
          { expect: { request: { body: { json: { question: '再见' } } } } },
        ],
      },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['fail']);
  assert.equal(f.expected, 'HTTP request GET https://api.example.com/*');
  // The report masks the credential the plugin sent.
  assert.match(f.actual!, /→ #1 POST https:\/\/api\.example\.com\/v1\/chat/);
  assert.doesNotMatch(r['fail']!.transcript.join('\n'), /sk-test-123/);
  assert.equal(
    failed(r['fail body']).expected,
    'HTTP request (any method) (any URL), body containing {"question":"再见"}',
  );
});

test('command: match, text, via', async () => {
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [
          MENU,
          { expect: { command: { match: '^scoreboard players add Steve money 10$', via: 'ws' } } },
          { expect: { command: { text: 'scoreboard players add Steve money 10' } } },
        ],
      },
      { name: 'fail', script: [MENU, { expect: { command: { match: 'money 20$' } } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  assert.equal(failed(r['fail']).expected, 'command, matching /money 20$/');
});

test('qq: group, target, text', async () => {
  const qq = { qq: { group: 123456, user: 10001, text: '在吗' } };
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [
          qq,
          { expect: { qq: { group: 123456, text: '收到：在吗' } } },
          { expect: { qq: { target: '群聊:123456', match: '在吗$' } } },
        ],
      },
      { name: 'fail', script: [qq, { expect: { qq: { user: 10001 } } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['fail']);
  assert.equal(f.expected, 'QQ message to 好友:10001');
  assert.match(f.actual!, /\[QQ → 群聊:123456\] 收到：在吗/);
});

test('print: text, match, stream', async () => {
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [MENU, { expect: { print: { text: '签到 Steve', stream: 'coromega' } } }],
      },
      { name: 'fail', script: [MENU, { expect: { print: { match: 'Alex', stream: 'print' } } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  assert.equal(failed(r['fail']).expected, 'printed line, stream print, matching /Alex/');
});

test('score: equals, atLeast, atMost; the failure tells the score now', async () => {
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [
          MENU,
          { expect: { score: { player: 'Steve', objective: 'money', equals: 90 } } },
          { expect: { score: { player: 'Steve', objective: 'money', atLeast: 85, atMost: 95 } } },
        ],
      },
      {
        name: 'fail',
        script: [MENU, { expect: { score: { player: 'Steve', objective: 'money', equals: 100 } } }],
      },
      {
        name: 'no score',
        script: [{ expect: { score: { player: 'Alex', objective: 'gold', atLeast: 1 } } }],
      },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['fail']);
  assert.equal(f.message, 'the score did not match before the plugin settled');
  assert.equal(f.expected, "Steve's money score equal to 100");
  assert.match(f.actual!, /^Steve's money score is 90\n/);
  assert.match(failed(r['no score']).actual!, /^Alex has no gold score\n/);
});

test('apiResult: the answer of an api action, compared field by field', async () => {
  const api = { api: '/shop/price', args: { item: 'apple' } };
  const r = byName(
    await run([
      {
        name: 'pass',
        script: [api, { expect: { apiResult: { api: '/shop/price', result: { price: 42 } } } }],
      },
      { name: 'fail', script: [api, { expect: { apiResult: { result: { price: 1 } } } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  assert.match(failed(r['fail']).actual!, /\[API \/shop\/price\] → \{"item":"apple","price":42\}/);
});

test('noError: passes on a quiet action, fails on the Lua error with its message', async () => {
  const r = byName(
    await run([
      { name: 'pass', script: [MENU, { expect: { noError: true } }] },
      { name: 'fail', script: [{ as: 'Steve', menu: '坏' }, { expect: { noError: true } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['fail']);
  assert.equal(f.message, 'something that must not happen did');
  assert.equal(f.expected, 'no Lua error');
  assert.match(f.actual!, /^✗ shop\.lua:\d+: attempt to index/m);
});

test('not: passes when nothing of the kind happens, fails on the first one', async () => {
  const r = byName(
    await run([
      { name: 'pass', script: [MENU, { expect: { say: { to: 'Alex' }, not: true } }] },
      { name: 'fail', script: [MENU, { expect: { command: { match: 'money' }, not: true } }] },
    ]),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  const f = failed(r['fail']);
  assert.equal(f.expected, 'no command, matching /money/');
  assert.match(f.actual!, /^✗ \/scoreboard players add Steve money 10/m);
});

test('real time: within waits through a sleeping plugin; without it the expectation ends when the plugin settles', async () => {
  const r = byName(
    await run(
      [
        {
          name: 'pass',
          script: [
            { as: 'Steve', menu: '慢' },
            { expect: { say: { text: '慢慢来' }, within: 2000 } },
          ],
        },
        {
          name: 'too soon',
          script: [{ as: 'Steve', menu: '慢' }, { expect: { say: { text: '慢慢来' } } }],
        },
        {
          name: 'too short',
          script: [
            { as: 'Steve', menu: '慢' },
            { expect: { say: { text: '慢慢来' }, within: 100 } },
          ],
        },
      ],
      { virtualTime: false },
    ),
  );
  assert.equal(r['pass']!.status, 'passed', JSON.stringify(r['pass']!.failure));
  assert.ok(r['too soon']!.durationMs < 400, `settled early: ${r['too soon']!.durationMs} ms`);
  assert.equal(
    failed(r['too soon']).message,
    'the expected event did not happen before the plugin settled',
  );
  assert.equal(failed(r['too short']).message, 'the expected event did not happen within 100 ms');
});

test('an action naming something unknown fails its step; so does one after the run ended', async () => {
  const r = byName(
    await run([
      { name: 'unknown menu', script: [{ as: 'Steve', menu: '签 到' }] },
      { name: 'after error', script: [{ as: 'Steve', menu: '坏' }, MENU] },
    ]),
  );
  const f = failed(r['unknown menu']);
  assert.equal(f.step?.label, 'Steve opens the menu 签 到');
  assert.match(
    f.message,
    /^the action could not be applied: no game menu has the trigger "签 到"; available: 签到, ai, 坏, 慢$/,
  );
  const g = failed(r['after error']);
  assert.equal(g.step?.index, 1);
  assert.match(
    g.message,
    /^the run had ended before this step \(error: lua 协程内函数错误:\nshop\.lua:\d+: attempt to index/,
  );
});

test('reports in Chinese when asked', async () => {
  const dir = project({
    'shop.lua': SHOP,
    'shop.test.json': {
      ...WORLD,
      script: [MENU, { expect: { say: { to: 'Steve', match: '汪' } } }],
    },
  });
  const [r] = await runFile(path.join(dir, 'shop.test.json'), { lang: 'zh-cn' });
  const f = failed(r);
  assert.equal(r!.name, 'shop');
  assert.equal(f.message, '插件稳定前没有看到期望的事件');
  assert.equal(f.expected, 'Steve 看到的消息，匹配 /汪/');
  assert.match(f.actual!, /^上一个动作之后的事件：\n {2}▶ Steve 打开菜单 签到/);
});

test('virtual time: a positive expectation follows the sleeping plugin; within still bounds it; a negative one lets no time pass', async () => {
  const r = byName(
    await run([
      {
        name: 'follows',
        script: [{ as: 'Steve', menu: '慢' }, { expect: { say: { text: '慢慢来' } } }],
      },
      {
        name: 'too short',
        script: [{ as: 'Steve', menu: '慢' }, { expect: { say: { text: '慢慢来' }, within: 100 } }],
      },
      {
        // The "not" looks only until the plugin settles; the sleep is still running for the next expectation.
        name: 'not first',
        script: [
          { as: 'Steve', menu: '慢' },
          { expect: { say: { text: '慢慢来' }, not: true } },
          { expect: { say: { text: '慢慢来' }, within: 500 } },
        ],
      },
    ]),
  );
  assert.equal(r['follows']!.status, 'passed', JSON.stringify(r['follows']!.failure));
  assert.equal(failed(r['too short']).message, 'the expected event did not happen within 100 ms');
  assert.equal(r['not first']!.status, 'passed', JSON.stringify(r['not first']!.failure));
});
