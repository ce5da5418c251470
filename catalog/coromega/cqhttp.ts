/**
 * coromega's QQ chapter (cqhttp): sending to groups, guilds and people, reading group and guild information, and
 * listening for messages (docs: cqhttp相关API).
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const qq = functionsOf('coromega', 'Coromega', 'cqhttp');

const MESSAGE: Prose = ['消息内容。', 'The message.'];
const SENT: Prose = [
  '是否已发出（不代表对方一定收到）。',
  'Whether it was sent (not that it arrived).',
];
const GROUP: Prose = ['群号。', 'The group number.'];
const GUILD: Prose = ['频道号。', 'The guild id.'];

export const CQHTTP_METHODS: ApiFunction[] = [
  qq('send_cqhttp_message(target: string, message: string)', 'any', {
    zh: '向 cqhttp 的一个目标发送消息，目标写作 `"群聊:群号"` 或 `"频道:频道名:聊天室名"`。',
    en: 'Sends a message to a cqhttp target, written `"群聊:GROUP"` or `"频道:GUILD:ROOM"`.',
    params: {
      target: ['目标，如 `"群聊:548589654"`。', 'The target, e.g. `"群聊:548589654"`.'],
      message: MESSAGE,
    },
    example: 'coromega:send_cqhttp_message("群聊:548589654", "hello")',
  }),
  qq('send_cqhttp_message_to_default(message: string)', 'any', {
    zh: '向 cqhttp 配置中的默认发送列表发送消息。',
    en: "Sends a message to the default targets of neomega's cqhttp config.",
    params: { message: MESSAGE },
    example: 'coromega:send_cqhttp_message_to_default("服务器已启动")',
  }),
  qq('send_cqhttp_message_to_id(id: number, message: string): boolean', 'coroutine', {
    zh: '向一个 QQ 号发送私聊消息。',
    en: 'Sends a private message to a QQ number.',
    params: { id: ['QQ 号。', 'The QQ number.'], message: MESSAGE },
    returns: [SENT],
    example: 'coromega:send_cqhttp_message_to_id(1634268014, "hi")',
  }),
  qq('send_cqhttp_message_to_group(group_id: number, message: string): boolean', 'coroutine', {
    zh: '向一个群发送消息。',
    en: 'Sends a message to a group.',
    params: { group_id: GROUP, message: MESSAGE },
    returns: [SENT],
    example: 'coromega:send_cqhttp_message_to_group(548589654, "hi")',
  }),
  qq(
    'send_cqhttp_message_to_guild(guild_id: number, chanel_id: number, message: string): boolean',
    'coroutine',
    {
      zh: '向一个频道的一个聊天室发送消息（号码不好找时改用 `send_cqhttp_message`）。',
      en: 'Sends a message to a room of a guild (when the ids are hard to find, use `send_cqhttp_message`).',
      params: { guild_id: GUILD, chanel_id: ['聊天室号。', 'The room id.'], message: MESSAGE },
      returns: [SENT],
      example: 'coromega:send_cqhttp_message_to_guild(\n    671889153994807378, 606767554, "hi")',
    },
  ),
  qq('get_cqhttp_group_members_info(group_id: number): table', 'coroutine', {
    zh: '取得一个群的成员信息。',
    en: "A group's member list.",
    params: { group_id: GROUP },
    returns: [['成员信息表。', 'The members.']],
    example: 'local members =\n    coromega:get_cqhttp_group_members_info(548589654)',
  }),
  qq('get_cqhttp_joined_guilds(): table', 'coroutine', {
    zh: '取得机器人已加入的频道（每项有 `GuildID`、`GuildName`、`GuildDisplayID`）。',
    en: 'The guilds the bot joined (each with `GuildID`, `GuildName`, `GuildDisplayID`).',
    returns: [['频道列表。', 'The guilds.']],
    example:
      'local guilds = coromega:get_cqhttp_joined_guilds()\nfor _, g in ipairs(guilds) do\n    print(g.GuildName)\nend',
  }),
  qq('get_cqhttp_guild_channels(guild_id: number): table', 'coroutine', {
    zh: '取得一个频道的聊天室信息。',
    en: "A guild's rooms.",
    params: { guild_id: GUILD },
    returns: [['聊天室信息。', 'The rooms.']],
    example: 'local rooms =\n    coromega:get_cqhttp_guild_channels(guild_id)',
  }),
  qq('get_cqhttp_guild_member(guild_id: number, user_id: string): table', 'coroutine', {
    zh: '取得频道中一个成员的信息。',
    en: 'One member of a guild.',
    params: { guild_id: GUILD, user_id: ['成员号。', 'The member id.'] },
    returns: [['成员信息。', 'The member.']],
    example: 'local owner =\n    coromega:get_cqhttp_guild_member(guild_id, "123")',
  }),
  qq('when_receive_cqhttp_message(): SessionFactory', 'any', {
    zh: '每收到一条 cqhttp（QQ）消息，就在新协程中运行处理函数。',
    en: 'Runs the handler in a new coroutine for every cqhttp (QQ) message.',
    returns: [
      [
        '监听器：`:start_new(function(message_type, message, raw_message_string) ... end)`。',
        'A listener: `:start_new(function(message_type, message, raw_message_string) ... end)`.',
      ],
    ],
    listener: 'fun(message_type: string, message: string, raw_message_string: string)',
    example:
      'coromega:when_receive_cqhttp_message()\n    :start_new(function(message_type, message, raw)\n        print(message_type, message)\n    end)',
  }),
  qq('when_receive_filtered_cqhttp_message_from_default(): SessionFactory', 'any', {
    zh: '收到默认发送列表中的对象发来的 cqhttp 消息时，在新协程中运行处理函数。',
    en: 'Runs the handler in a new coroutine when one of the default cqhttp targets sends a message.',
    returns: [
      [
        '监听器：`:start_new(function(source, name, message) ... end)`，`name` 形如 `昵称#QQ号`。',
        'A listener: `:start_new(function(source, name, message) ... end)`; `name` reads `nickname#QQ`.',
      ],
    ],
    listener: 'fun(source: string, name: string, message: string)',
    example:
      'local c = coromega\nc:when_receive_filtered_cqhttp_message_from_default()\n    :start_new(function(source, name, message)\n        print(source, name, message)\n    end)',
  }),
];
