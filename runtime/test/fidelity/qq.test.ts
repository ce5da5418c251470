/**
 * QQ as neomega hands it to plugins: the QQ helper's message structs, friend targets, group members and guilds,
 * and the bridge plugin (neomega's bundled cqhttp.lua; examples/qq-bridge.lua here) that decides the default list
 * through the globals `send_msg_poller` and `push_default_received_msg`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { WorldFile } from '../../src/world/file';
import { jsonEvents, ofType, plugin, root, runCli, runWorld } from '../helpers';

const QQ: WorldFile['qq'] = {
  self: 99,
  groups: [
    {
      id: 123456,
      members: [
        { id: 10001, nickname: '小明', card: '明明', role: 'admin' },
        { id: 20002, nickname: '阿强' },
      ],
    },
  ],
  users: [{ id: 20002, nickname: '阿强' }],
  guilds: [{ id: '555', name: '我的频道', channels: [{ id: '7', name: '闲聊' }] }],
};

test('QQ messages arrive as GroupMessage / PrivateMessage / GuildMessage structs, read as cqhttp.lua reads them', async () => {
  const r = await runWorld(
    {
      'qq.lua': plugin(`
      coromega:when_receive_cqhttp_message():start_new(function(kind, msg, raw)
        local j = json.decode(raw)
        if kind == "GroupMessage" then
          print(kind, msg.GroupID, msg.UserID, msg.Message.RawMessage, msg.RawMessage, msg.Message.Message[1].type,
            msg.Message.Message[2].data.qq, msg.Sender.Card, msg.Sender.User.Nickname, msg.Sender.Nickname,
            msg.Sender.Role, msg.SelfID, msg.Message.PostBase.PostType, j.message_type, j.group_id)
        elseif kind == "PrivateMessage" then
          print(kind, msg.UserID, msg.Message.RawMessage, msg.Sender.Nickname, msg.Sender.UserID, msg.Sender.Card,
            msg.Sender.User, j.message_type, j.sender.card)
        else
          print(kind, msg.GuildID, msg.ChannelID, msg.Message.RawMessage, msg.Sender.User.Nickname,
            msg.Sender.TinyID, j.message_type)
        end
      end)`),
    },
    {
      qq: QQ,
      script: [
        { qq: { group: 123456, user: 10001, text: '看 [CQ:at,qq=99] 这里' } },
        { qq: { user: 20002, text: '在吗' } },
        { qq: { guild: 555, channel: 7, user: 20002, text: '频道里' } },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'GroupMessage\t123456\t10001\t看 [CQ:at,qq=99] 这里\t看 [CQ:at,qq=99] 这里\ttext\t99\t明明\t小明\t小明\tadmin\t99\tmessage\tgroup\t123456',
    // A private sender is a plain user: no group card, no embedded User.
    'PrivateMessage\t20002\t在吗\t阿强\t20002\tnil\tnil\tprivate\tnil',
    'GuildMessage\t555\t7\t频道里\t阿强\t20002\tguild',
  ]);
});

test('friends are 好友:ID; members, guilds and channels answer in the QQ helper shapes', async () => {
  const r = await runWorld(
    {
      'ask.lua': plugin(`
      coromega:start_new(function()
        print(coromega:send_cqhttp_message_to_id(20002, "私聊"))
        local members = coromega:get_cqhttp_group_members_info(123456)
        local m = members[1]
        print(#members, m.UserID, m.Nickname, m.Card, m.Role, m.GroupId, m.GroupUser.User.Nickname)
        local guilds = coromega:get_cqhttp_joined_guilds()
        print(guilds[1].GuildID, guilds[1].GuildName)
        local channels = coromega:get_cqhttp_guild_channels("555")
        print(channels[1].ChannelID, channels[1].ChannelName, channels[1].OwnerGuildID)
      end)`),
    },
    { qq: QQ },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'true',
    '2\t10001\t小明\t明明\tadmin\t123456\t小明',
    '555\t我的频道',
    '7\t闲聊\t555',
  ]);
  assert.deepEqual(
    ofType(r.events, 'qq').map((e) => `${e.target} ${e.text}`),
    ['好友:20002 私聊'],
  );
});

test('without a bridge plugin the world filters the default list as cqhttp.lua would; send_to_default is "default"', async () => {
  const r = await runWorld(
    {
      'chat.lua': plugin(`
      coromega:when_receive_filtered_cqhttp_message_from_default():start_new(function(source, name, msg)
        print(source, name, msg)
        coromega:send_cqhttp_message_to_default("echo " .. msg)
      end)`),
    },
    {
      qq: { ...QQ, default: ['群聊:123456', '好友:20002'] },
      script: [
        { qq: { group: 123456, user: 10001, text: 'a' } },
        { qq: { user: 20002, text: 'b' } },
        { qq: { user: 30003, text: 'not listened' } },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['群聊:123456\t明明#10001\ta', '好友:20002\t阿强#20002\tb']);
  assert.deepEqual(
    ofType(r.events, 'qq').map((e) => `${e.target} ${e.text}`),
    ['default echo a', 'default echo b'],
  );
  const problem = ofType(r.events, 'action').find((a) => a.problem)?.problem;
  assert.equal(problem, 'no plugin listens for the QQ message from 好友:30003');
});

test('the bridge: send_msg_poller gets what plugins send, push_default_received_msg reaches filtered listeners', async () => {
  const bridge = `
local omega = require("omega")
local coromega = require("coromega").from(omega)
local handlers = {}
handlers[send_msg_poller] = function(e)
  print("bridge got", e.target == "" and "(default)" or e.target, e.msg)
  omega.cqhttp.send_group_message(1, "via bridge: " .. e.msg)
end
handlers[omega.cqhttp.make_message_poller()] = function(e)
  push_default_received_msg("who#1", e.msg.Message.RawMessage, "我的来源")
end
local mux = omega.listen.make_mux_poller()
for s in pairs(handlers) do mux:poll(s) end
while mux:block_has_next() do
  local e = mux:block_get_next()
  handlers[e.type](e.data)
end`;
  const r = await runWorld(
    {
      'bridge.lua': bridge,
      'user.lua': plugin(`
      coromega:when_receive_filtered_cqhttp_message_from_default():start_new(function(source, name, msg)
        print("user got", source, name, msg)
        coromega:send_cqhttp_message_to_default("reply " .. msg)
        coromega:send_cqhttp_message("好友:5", "direct")
      end)`),
    },
    { qq: { groups: [{ id: 1 }] }, script: [{ qq: { group: 1, user: 2, text: 'hi' } }] },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'user got\t我的来源\twho#1\thi',
    'bridge got\t(default)\treply hi',
    'bridge got\t好友:5\tdirect',
  ]);
  // The world's own default routing stays out of it: the bridge decided, and sent.
  assert.deepEqual(
    ofType(r.events, 'qq').map((e) => `${e.target} ${e.text}`),
    ['群聊:1 via bridge: reply hi', '群聊:1 via bridge: direct'],
  );
});

test('examples/qq-bridge.lua and mc-qq-chat.lua through coromega-run: QQ to the game and back', async () => {
  const ex = (f: string): string => path.join(root, 'examples', f);
  const r = await runCli([
    '--json',
    '--world',
    ex('qq.world.json'),
    ex('qq-bridge.lua'),
    ex('mc-qq-chat.lua'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const ev = jsonEvents(r.stdout);
  assert.ok(ev.some((e) => e.type === 'print' && e.text === 'QQ 桥：群 123456 有 2 人'));
  assert.deepEqual(
    ev.flatMap((e) => (e.type === 'say' && e.player === 'Steve' ? [e.text] : [])),
    ['§b[QQ] 明明#10001§r: 大家好', '§b[QQ] 阿强#20002§r: 在吗'],
  );
  assert.deepEqual(
    ev.flatMap((e) => (e.type === 'qq' ? [`${e.target} ${e.text}`] : [])),
    ['群聊:123456 [MC] <Steve> 晚上好'],
  );
  const say = ev.find((e) => e.type === 'command' && e.command.startsWith('tellraw'));
  assert.ok(
    say?.type === 'command' && say.command.startsWith('tellraw @a {"rawtext":[{"text":"§b[QQ]'),
  );
});
