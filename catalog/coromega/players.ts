/**
 * coromega's player chapter: finding player objects, and the listeners for chat, named senders, command blocks
 * and players coming and going (docs: 玩家交互与命令方块API).
 */
import { functionsOf } from '../dsl';
import type { ApiFunction } from '../types';

const player = functionsOf('coromega', 'Coromega', 'player');
const listen = functionsOf('coromega', 'Coromega', 'listener');

const PLAYER_OR_NIL = [
  '玩家对象；找不到该玩家时为 nil。',
  'The player object; nil when there is no such player.',
] as const;

const CHAT_LISTENER = [
  '监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。',
  'A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).',
] as const;

export const PLAYER_METHODS: ApiFunction[] = [
  player('get_player_by_name(player_name: string): CoroPlayer?', 'any', {
    zh: '按名字取得在线玩家的对象。',
    en: 'The object of an online player, by name.',
    params: { player_name: ['玩家名。', 'The player name.'] },
    returns: [PLAYER_OR_NIL],
    example:
      'local player = coromega:get_player_by_name("Steve")\nif player then player:say("hi") end',
  }),
  player('get_player_by_uuid_string(uuid_string: string): CoroPlayer?', 'any', {
    zh: '按 UUID 字符串取得在线玩家的对象。',
    en: 'The object of an online player, by UUID string.',
    params: { uuid_string: ['玩家的 UUID 字符串。', "The player's UUID string."] },
    returns: [PLAYER_OR_NIL],
    example: 'local player = coromega:get_player_by_uuid_string(uuid)',
  }),
  player('get_player(uuid_string_or_name: string): CoroPlayer?', 'any', {
    zh: '按 UUID 或名字取得在线玩家的对象（先按 UUID 找，再按名字找）。',
    en: 'The object of an online player by UUID or name (UUID first, then name).',
    params: { uuid_string_or_name: ['UUID 字符串或玩家名。', 'A UUID string or a name.'] },
    returns: [PLAYER_OR_NIL],
    example: 'local player = coromega:get_player(chat.name)',
  }),
  player('get_all_online_players(): CoroPlayer[]', 'any', {
    zh: '所有在线玩家的对象。',
    en: 'The objects of every online player.',
    returns: [['玩家对象的数组。', 'An array of players.']],
    example:
      'for _, p in ipairs(coromega:get_all_online_players()) do\n    coromega:print(p:name())\nend',
  }),
  listen('when_chat_msg(): SessionFactory', 'any', {
    zh: '每收到一条聊天消息，就在新协程中运行处理函数。',
    en: 'Runs the handler in a new coroutine for every chat message.',
    returns: [CHAT_LISTENER],
    listener: 'fun(chat: ChatMessage)',
    example:
      'coromega:when_chat_msg():start_new(function(chat)\n    coromega:print(chat.name, chat.raw_msg)\nend)',
  }),
  listen('when_receive_msg_from_sender_named(name: string): SessionFactory', 'any', {
    entry: { kind: 'sender', role: 'provides', arg: 0 },
    zh: '收到指定名字的发送者（可以是物品名，如雪球）发来的消息时，在新协程中运行处理函数。',
    en: 'Runs the handler in a new coroutine when a message comes from a sender with this name (an item name too, e.g. a snowball).',
    params: { name: ['发送者的名字。', "The sender's name."] },
    returns: [CHAT_LISTENER],
    listener: 'fun(chat: ChatMessage)',
    example:
      'coromega:when_receive_msg_from_sender_named("雪球")\n    :start_new(function(chat)\n        coromega:print(chat.raw_msg)\n    end)',
  }),
  listen(
    'when_receive_msg_from_command_block_named(command_block_name: string): SessionFactory',
    'any',
    {
      entry: { kind: 'command_block', role: 'provides', arg: 0 },
      zh: '收到指定名字的命令方块用 tell 发给机器人的消息时，在新协程中运行处理函数。',
      en: 'Runs the handler in a new coroutine when the command block with this name tells the bot something.',
      params: { command_block_name: ['命令方块的名字。', 'The command block name.'] },
      returns: [CHAT_LISTENER],
      listener: 'fun(chat: ChatMessage)',
      example:
        'coromega:when_receive_msg_from_command_block_named(\n    "扫地机"):start_new(function(chat)\n        coromega:print(chat.raw_msg)\n    end)',
    },
  ),
  listen('when_player_change(): SessionFactory', 'any', {
    zh: '玩家在线情况变化时在新协程中运行处理函数：收到玩家对象和动作 `"exist"`（启动时已在线）、`"online"`（上线）或 `"offline"`（下线）。',
    en: 'Runs the handler in a new coroutine when a player comes or goes: it gets the player and `"exist"` (online at start), `"online"` or `"offline"`.',
    returns: [
      [
        '监听器：`:start_new(function(player, action) ... end)`。',
        'A listener: `:start_new(function(player, action) ... end)`.',
      ],
    ],
    listener: 'fun(player: CoroPlayer, action: string)',
    example:
      'coromega:when_player_change()\n    :start_new(function(player, action)\n        if action == "online" then\n            player:say("欢迎！")\n        end\n    end)',
  }),
];
