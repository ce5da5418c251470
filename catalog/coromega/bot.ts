/**
 * coromega's bot and server chapter: who the bot is, where it stands, and what the server reports
 * (docs: 机器人和服务器信息).
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const bot = functionsOf('coromega', 'Coromega', 'bot');

const FOUND: Prose = ['是否成功取得。', 'Whether it was known.'];

function info(name: string, ret: string, zh: string, en: string, value: Prose): ApiFunction {
  return bot(`${name}(): ${ret}`, 'any', {
    zh,
    en,
    returns: ret.includes(',') ? [value, FOUND] : [value],
    example: `local value = coromega:${name}()`,
  });
}

export const BOT_METHODS: ApiFunction[] = [
  info('bot_name', 'string', '机器人的名字。', "The bot's name.", ['名字。', 'The name.']),
  info('bot_uuid_string', 'string', '机器人的 UUID 字符串。', "The bot's UUID string.", [
    'UUID 字符串。',
    'The UUID string.',
  ]),
  info('bot_unique_id', 'string', '机器人的 unique id。', "The bot's unique id.", [
    'unique id。',
    'The unique id.',
  ]),
  info('bot_runtime_id', 'string', '机器人的 runtime id。', "The bot's runtime id.", [
    'runtime id。',
    'The runtime id.',
  ]),
  info('bot_identity', 'string', '机器人的身份。', "The bot's identity.", [
    '身份。',
    'The identity.',
  ]),
  bot('bot_say(msg: string)', 'any', {
    zh: '让机器人像普通玩家一样在聊天栏说一句话。',
    en: 'Makes the bot say something in chat, like any player.',
    params: { msg: ['要说的话。', 'What to say.'] },
    example: 'coromega:bot_say("Hello World!")',
  }),
  info(
    'bot_dimension',
    'number, boolean',
    '机器人所在的维度：0 主世界、1 下界、2 末地……',
    "The bot's dimension: 0 overworld, 1 nether, 2 the end...",
    ['维度编号。', 'The dimension number.'],
  ),
  bot('bot_position(): number, number, number, number', 'any', {
    zh: '机器人的当前位置（omega 自己记录的值）。',
    en: "The bot's position, as omega keeps track of it.",
    returns: [
      ['x 坐标。', 'x.'],
      ['y 坐标。', 'y.'],
      ['z 坐标。', 'z.'],
      [
        '距服务器上次明确报告位置过去的 tick 数。',
        'Ticks since the server last reported the position.',
      ],
    ],
    example: 'local x, y, z, stale = coromega:bot_position()',
  }),
  info('current_tick', 'number, boolean', '服务器当前的 tick。', "The server's current tick.", [
    'tick。',
    'The tick.',
  ]),
  info(
    'sync_ratio',
    'number, boolean',
    '服务器的运行速度（实际 TPS / 20）。',
    "The server's speed (actual TPS / 20).",
    ['同步率。', 'The ratio.'],
  ),
  info(
    'game_rules',
    'table',
    '服务器的游戏规则表，如 `{ pvp = "true", ... }`。',
    'The game rules, e.g. `{ pvp = "true", ... }`.',
    ['规则名到值（字符串）的表。', 'Rule names to values (strings).'],
  ),
  info('server_time', 'number, boolean', '服务器时间。', 'The server time.', [
    '服务器时间。',
    'The server time.',
  ]),
  info(
    'server_day_time',
    'number, boolean',
    '服务器一个昼夜之内的时间。',
    'The time within the current day.',
    ['昼夜内的时间。', 'The time of day.'],
  ),
  info(
    'server_day_percent',
    'number, boolean',
    '这一天过去了多少（0 到 1）。',
    'How much of the day has passed (0 to 1).',
    ['0 到 1 之间的数。', 'A number from 0 to 1.'],
  ),
];
