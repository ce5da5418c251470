/**
 * Plugins of the shapes real neomega plugins have, each run in a world with a script and checked on its events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ofType, plugin, root, runWorld, startServer, tmpDir } from './helpers';
import { runPlugin } from '../src/host';
import type { WorldFile } from '../src/world/file';
import { PlainRenderer } from '../src/render';

const AI_CHAT = fs.readFileSync(path.join(root, 'examples', 'ai-chat.lua'), 'utf8');

test('AI chat bot, stubbed endpoint: game menu -> ask -> POST -> player:say of the answer', async () => {
  const world = JSON.parse(
    fs.readFileSync(path.join(root, 'examples', 'ai-chat.world.json'), 'utf8'),
  ) as WorldFile;
  const r = await runWorld({ 'ai-chat.lua': AI_CHAT }, world);
  assert.equal(r.exit.reason, 'finished', JSON.stringify(r.errors));
  const listener = ofType(r.events, 'listener')[0]!;
  assert.deepEqual(
    { kind: listener.kind, triggers: listener.triggers, usage: listener.usage },
    { kind: 'game_menu', triggers: ['ai', '问问'], usage: '向 AI 提问' },
  );
  assert.equal(listener.argument_hint, '[问题]');
  const says = ofType(r.events, 'say').map((e) => `${e.player}/${e.via}: ${e.text}`);
  assert.deepEqual(says, [
    'Steve/ask: §e你想问什么？',
    'Steve/actionbar: §7思考中……',
    'Steve/say: §a晴，适合去挖矿。',
    'Alex/actionbar: §7思考中……',
    'Alex/say: §a晴，适合去挖矿。',
  ]);
  const requests = ofType(r.events, 'request');
  assert.equal(requests.length, 2);
  assert.equal(requests[0]!.method, 'POST');
  assert.equal(JSON.parse(requests[0]!.body).messages[1].content, '今天天气怎么样？');
  assert.equal(JSON.parse(requests[1]!.body).messages[1].content, '钻石 在 哪一层？');
  const responses = ofType(r.events, 'response');
  assert.ok(responses.every((e) => e.stubbed === true && e.status === 200));
  assert.ok(responses[0]!.durationMs >= 150, 'the rule delay is honoured');
  assert.deepEqual(r.prints, ['Steve 问：今天天气怎么样？', 'Alex 问：钻石 在 哪一层？']);
  // Each action's event comes before what the plugin did about it.
  const order = r.events.filter((e) => e.type === 'action' || e.type === 'say').map((e) => e.type);
  assert.deepEqual(order.slice(0, 3), ['action', 'say', 'action']);
});

test('AI chat bot against a real loopback endpoint, with the key from the config', async () => {
  const api = await startServer((_req, res, body) => {
    const q = (JSON.parse(body) as { messages: Array<{ content: string }> }).messages[1]!.content;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ choices: [{ message: { content: `echo:${q}` } }] }));
  });
  try {
    const cfg = path.join(tmpDir(), 'ai-chat.json');
    fs.writeFileSync(
      cfg,
      JSON.stringify({ 配置: { 接口地址: `${api.url}/v1/chat`, 密钥: 'sk-1' } }),
    );
    const r = await runWorld(
      { 'ai-chat.lua': AI_CHAT },
      { players: [{ name: 'Steve' }], script: [{ as: 'Steve', menu: 'ai', args: ['你好'] }] },
      { configPath: cfg },
    );
    assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
    assert.equal(api.received.length, 1);
    assert.equal(api.received[0]!.headers.authorization, 'Bearer sk-1');
    assert.equal(api.received[0]!.headers['content-type'], 'application/json');
    const says = ofType(r.events, 'say').filter((e) => e.via === 'say');
    assert.deepEqual(
      says.map((e) => e.text),
      ['§aecho:你好'],
    );
    assert.equal(ofType(r.events, 'response')[0]!.stubbed, undefined);
  } finally {
    await api.close();
  }
});

test('ask resumes with the next chat line of that player only, or nil at its timeout', async () => {
  const r = await runWorld(
    {
      'ask.lua': plugin(`
      coromega:when_called_by_game_menu({ triggers = { "q" } }):start_new(function(chat)
        local p = coromega:get_player(chat.name)
        local a = p:ask("name?", 0.3)
        print(chat.name, tostring(a), type(a))
      end)
      coromega:when_chat_msg():start_new(function(chat)
        print("heard", chat.name, chat.raw_msg, #chat.msg)
      end)`),
    },
    {
      players: [{ name: 'Steve' }, { name: 'Alex' }],
      script: [
        { as: 'Steve', menu: 'q' },
        { as: 'Alex', chat: 'not for you' },
        { as: 'Steve', chat: 'Herobrine here' },
        { as: 'Alex', menu: 'q' },
        { wait: 500 },
      ],
    },
  );
  assert.deepEqual(r.prints, [
    'heard\tAlex\tnot for you\t3',
    'Steve\tHerobrine here\tstring',
    'heard\tSteve\tHerobrine here\t2',
    'Alex\tnil\tnil',
  ]);
  assert.equal(r.exit.reason, 'finished');
});

test('scoreboard economy: selectors pick players, scores change, results come back as Bedrock shapes', async () => {
  const r = await runWorld(
    {
      'economy.lua': plugin(`
      coromega:when_called_by_game_menu({ triggers = { "签到" } }):start_new(function(chat)
        local res = coromega:send_ws_cmd(("scoreboard players add @a[name=%s] money 10"):format(chat.name), true)
        coromega:get_player(chat.name):say(res.OutputMessages[1].Message .. " " .. table.concat(res.OutputMessages[1].Parameters, ","))
      end)
      coromega:when_called_by_game_menu({ triggers = { "转账" } }):start_new(function(chat)
        local to, n = chat.msg[1], tonumber(chat.msg[2])
        local rich = coromega:send_ws_cmd(("testfor @a[name=%s,scores={money=%d..}]"):format(chat.name, n), true)
        if rich.SuccessCount == 0 then coromega:get_player(chat.name):say("余额不足") return end
        coromega:send_ws_cmd(("scoreboard players remove %s money %d"):format(chat.name, n), true)
        coromega:send_ws_cmd(("scoreboard players add %s money %d"):format(to, n), true)
        coromega:get_player(chat.name):say("ok")
      end)
      coromega:when_called_by_game_menu({ triggers = { "富豪" } }):start_new(function(chat)
        local res = coromega:send_ws_cmd("testfor @a[scores={money=100..},tag=!banned]", true)
        print(res.SuccessCount, res.OutputMessages[1].Parameters[1])
        local all = coromega:send_ws_cmd("scoreboard players list Alex", true)
        print(all.OutputMessages[2].Parameters[1])
        print(coromega:send_ws_cmd("scoreboard players test Steve money 0 5", true).SuccessCount)
        print(coromega:send_ws_cmd("scoreboard players add @a[tag=nobody] money 1", true).OutputMessages[1].Message)
      end)`),
    },
    {
      players: [
        { name: 'Steve', scores: { money: 95 } },
        { name: 'Alex', scores: { money: 120 }, tags: ['vip'] },
        { name: 'Herobrine', scores: { money: 500 }, tags: ['banned'] },
      ],
      script: [
        { as: 'Steve', menu: '签到' },
        { as: 'Steve', menu: '转账', args: ['Alex', '200'] },
        { as: 'Steve', menu: '转账', args: ['Alex', '100'] },
        { as: 'Alex', menu: '富豪' },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.player}: ${e.text}`),
    [
      'Steve: commands.scoreboard.players.add.success 10,money,Steve,105',
      'Steve: 余额不足',
      'Steve: ok',
    ],
  );
  assert.deepEqual(r.prints, ['1\tAlex', '220', '1', 'commands.generic.noTargetMatch']);
  const cmds = ofType(r.events, 'command');
  assert.ok(cmds.every((c) => c.via === 'ws' && c.result !== null));
  assert.equal(
    cmds.find((c) => c.command.startsWith('scoreboard players remove'))?.result?.SuccessCount,
    1,
  );
});

test('QQ bridge: QQ in -> command and say; game chat -> QQ out; actions naming unknown things are reported', async () => {
  const r = await runWorld(
    {
      'bridge.lua': plugin(`
      coromega:when_receive_cqhttp_message():start_new(function(kind, msg, raw)
        local text = msg.Message.RawMessage
        if text == "/list" then
          local res = coromega:send_ws_cmd("list", true)
          coromega:send_cqhttp_message("群聊:" .. msg.GroupID, res.OutputMessages[2].Parameters[1])
          return
        end
        coromega:send_ws_cmd(('tellraw @a {"rawtext":[{"text":"[QQ] %s: %s"}]}'):format(msg.Sender.User.Nickname, text))
      end)
      coromega:when_chat_msg():start_new(function(chat)
        coromega:send_cqhttp_message_to_default(("<%s> %s"):format(chat.name, chat.raw_msg))
        print(coromega:send_cqhttp_message_to_group(123456, "sent"))
      end)`),
    },
    {
      players: [{ name: 'Steve' }, { name: 'Alex' }],
      qq: { groups: [{ id: 123456, members: [{ id: 10001, nickname: '小明' }] }] },
      script: [
        { qq: { group: 123456, user: 10001, text: '大家好' } },
        { qq: { group: 123456, user: 10001, text: '/list' } },
        { as: 'Steve', chat: 'hi qq' },
        { as: 'Nobody', chat: 'x' },
        { as: 'Steve', menu: 'nothing' },
        { api: '/no/such/api' },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  const says = ofType(r.events, 'say');
  assert.deepEqual(
    says.map((e) => `${e.player}/${e.via}: ${e.text}`),
    ['Steve/tellraw: [QQ] 小明: 大家好', 'Alex/tellraw: [QQ] 小明: 大家好'],
  );
  assert.deepEqual(
    ofType(r.events, 'qq').map((e) => `${e.target}: ${e.text}`),
    ['群聊:123456: Steve, Alex, Omega', 'default: <Steve> hi qq', '群聊:123456: sent'],
  );
  assert.deepEqual(r.prints, ['true']);
  const problems = ofType(r.events, 'action').flatMap((a) => (a.problem ? [a.problem] : []));
  assert.deepEqual(problems, [
    'there is no player "Nobody" in the world (players: Steve, Alex)',
    'no game menu has the trigger "nothing"; available: (none)',
    'no plugin exposes the cross-plugin API "/no/such/api"; known: (none)',
  ]);
});

test('the player object: position from querytarget, selector checks, titles, raw say, fields, abilities', async () => {
  const r = await runWorld(
    {
      'player.lua': plugin(`
      coromega:start_new(function()
        local p = coromega:get_player("Steve")
        local pos = p:get_pos()
        print(pos.position.x, pos.position.y, pos.position.z, pos.dimension)
        print(p:check({ "m=c", "tag=!ban" }), p:check({ "tag=ban" }))
        p:title("big", "small")
        p:action_bar("bar")
        p:raw_say({ rawtext = { { text = "raw " }, { selector = "@a" } } })
        print(coromega:get_player_by_uuid_string(p:uuid_string()):name() == "Steve")
        print(p:get_build_ability(), p:set_build_ability(false):get_build_ability())
        print(coromega:get_player("Nobody"), #coromega:get_all_online_players(), coromega:get_player("Omega"):name())
        print(coromega:send_ws_cmd("say hello", true, 0.1))
        print(coromega:bot_name(), coromega:bot_position())
      end)`),
    },
    {
      players: [
        { name: 'Steve', gamemode: 'creative', position: [10, 70, -5], dimension: 1 },
        { name: 'Alex', online: false },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    '10\t70\t-5\t1',
    'true\tfalse',
    'true',
    'true\tfalse\ttrue',
    'nil\t2\tOmega\ttrue', // Steve and the bot (Alex is offline)
    'nil',
    'Omega\t0\t64\t0\t0',
  ]);
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.via}:${e.text}`),
    [
      'title:big',
      'subtitle:small',
      'actionbar:bar',
      'tellraw:raw Steve, Omega',
      'chat:[Omega] hello',
    ],
  );
  assert.ok(r.warnings.some((w) => /the game sends no answer to say/.test(w)));
  const q = ofType(r.events, 'command').find((c) => c.command.startsWith('querytarget'));
  assert.equal(q?.command, 'querytarget @a[name="Steve"]');
});

test('player:check shows the answer the world gave its testfor (neomega-core CheckCondition), as true or false', async () => {
  const r = await runWorld(
    {
      'check.lua': plugin(`
      coromega:start_new(function()
        local p = coromega:get_player("Steve")
        print(p:check({ "tag=vip" }), p:check({ "tag=ban" }))
      end)`),
    },
    { players: [{ name: 'Steve', tags: ['vip'] }] },
  );
  assert.deepEqual(r.prints, ['true\tfalse']);
  const checks = ofType(r.events, 'command').filter((c) => c.command.startsWith('testfor'));
  assert.deepEqual(
    checks.map((c) => [c.command, c.result?.SuccessCount]),
    [
      ['testfor @a[name="Steve",tag=vip]', 1],
      ['testfor @a[name="Steve",tag=ban]', 0],
    ],
  );
  // What a terminal shows for them: the answer, never "no answer".
  const lines: string[] = [];
  const renderer = new PlainRenderer(
    () => undefined,
    (s) => lines.push(s),
    false,
    false,
    'en',
  );
  for (const c of checks) renderer.render(c);
  assert.match(lines[0]!, /testfor @a\[name="Steve",tag=vip\] \(ws\) → success 1/);
  assert.match(lines[1]!, /tag=ban\] \(ws\) → failed: No targets matched selector/);
  assert.ok(lines.every((l) => !/no answer/.test(l)));
});

test('player:ask and player:check on the main chunk name the player method in their error', async () => {
  for (const [call, name] of [
    ['p:ask("你好")', 'player:ask'],
    ['p:check({ "tag=vip" })', 'player:check'],
  ] as const) {
    const r = await runWorld(
      { 'main.lua': plugin(`local p = coromega:get_player("Steve")\n${call}`) },
      {},
    );
    assert.equal(r.exit.reason, 'error');
    assert.match(
      r.errors[0]!.message,
      new RegExp(
        `main\\.lua:\\d+: ${name} must run inside a coroutine started by coromega:start_new`,
      ),
    );
    assert.doesNotMatch(r.errors[0]!.message, /coromega:ask|coromega:check/);
  }
  const zh = await runWorld(
    { 'main.lua': plugin('coromega:get_player("Steve"):ask("你好")') },
    {},
    { lang: 'zh-cn' },
  );
  assert.match(zh.errors[0]!.message, /player:ask 只能在 coromega:start_new/);
});

test('the action engine as a library: apply, wait until settled, observe what the action caused', async () => {
  const dir = tmpDir();
  const file = path.join(dir, 'engine.lua');
  fs.writeFileSync(
    file,
    plugin(`coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)
      coromega:sleep(0.05)
      coromega:get_player(chat.name):say("hello " .. chat.name)
    end)`),
  );
  const { run, done } = runPlugin({ pluginPath: file, lang: 'en', stdin: true }, () => undefined);
  const engine = run.runtime.engine;
  await engine.whenSettled();
  const seen: string[] = [];
  const stop = engine.observe((e) => {
    if (e.type === 'say') seen.push(e.text);
  });
  engine.apply({ as: 'Steve', menu: 'hi' });
  assert.deepEqual(seen, [], 'the answer comes after the sleep');
  await engine.whenSettled();
  assert.deepEqual(seen, ['hello Steve']);
  stop();
  engine.apply({ as: 'Steve', menu: 'hi' });
  await engine.whenSettled();
  assert.deepEqual(seen, ['hello Steve'], 'no longer observed');
  run.endInput();
  assert.equal((await done).reason, 'finished');
});

test('an ask left unanswered when the run ends is pointed out', async () => {
  const r = await runWorld(
    {
      'asker.lua': plugin(`
      coromega:when_called_by_game_menu({ triggers = { "q" } }):start_new(function(chat)
        print(coromega:get_player(chat.name):ask("?"))
      end)`),
    },
    { script: [{ as: 'Steve', menu: 'q' }] },
  );
  assert.equal(r.exit.reason, 'finished');
  assert.deepEqual(r.prints, []);
  assert.ok(
    r.warnings.includes(
      'the ask of Steve was never answered: the script is over and stdin is closed (answer it with {"as":"Steve","chat":"..."})',
    ),
  );
});

test('sender and command-block messages, the filtered QQ default list, private QQ messages, joins', async () => {
  const r = await runWorld(
    {
      'misc.lua': plugin(`
      coromega:when_receive_msg_from_sender_named("雪球"):start_new(function(chat)
        print("sender", chat.name, chat.raw_msg)
      end)
      coromega:when_receive_msg_from_command_block_named("扫地机"):start_new(function(chat)
        print("block", chat.name, chat.msg[1])
      end)
      coromega:when_receive_filtered_cqhttp_message_from_default():start_new(function(source, name, msg)
        print("default", source, name, msg)
      end)
      coromega:when_receive_cqhttp_message():start_new(function(kind, msg, raw)
        print("qq", kind, msg.Message.RawMessage, msg.UserID, msg.Sender.Card, json.decode(raw).user_id)
      end)
      coromega:when_player_change():start_new(function(player, action)
        print("player", player:name(), action, (player:is_online()))
      end)`),
    },
    {
      players: [{ name: 'Steve' }],
      qq: {
        groups: [{ id: 1, members: [{ id: 7, nickname: '阿七', card: '七哥' }] }, { id: 2 }],
        default: ['群聊:1', '好友:7'],
      },
      script: [
        { as: '雪球', chat: 'Steve 被击中' },
        { as: '扫地机', chat: '去扫地' },
        { qq: { group: 1, user: 7, text: 'a' } },
        { qq: { user: 8, text: 'b' } },
        { qq: { user: 7, text: 'c' } },
        { join: 'Newbie' },
        { leave: 'Newbie' },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  // The bot is in the player list too; a private sender has no group card, and its name is the nickname.
  assert.deepEqual(r.prints, [
    'player\tSteve\texist\ttrue',
    'player\tOmega\texist\ttrue',
    'sender\t雪球\tSteve 被击中',
    'block\t扫地机\t去扫地',
    'qq\tGroupMessage\ta\t7\t七哥\t7',
    'default\t群聊:1\t七哥#7\ta',
    'qq\tPrivateMessage\tb\t8\tnil\t8',
    'qq\tPrivateMessage\tc\t7\tnil\t7',
    'default\t好友:7\t阿七#7\tc',
    'player\tNewbie\tonline\ttrue',
    'player\tNewbie\toffline\tfalse',
  ]);
});
