/**
 * The player object (`CoroPlayer`): what `coromega:get_player(...)`, `get_all_online_players()` and
 * `when_player_change` give. Talking to the player, asking for input, checking conditions, reading who they are
 * and reading or changing their abilities.
 */
import { defineType, functionsOf, type Prose } from '../dsl';
import type { ApiFunction, ApiType } from '../types';

const p = functionsOf('player', 'CoroPlayer', 'player');

const KNOWN: Prose = ['是否取得了该信息。', 'Whether it was known.'];

function getter(name: string, type: string, zh: string, en: string, value: Prose): ApiFunction {
  return p(`${name}(): ${type}, boolean`, 'any', {
    zh,
    en,
    returns: [value, KNOWN],
    example: `local value, ok = player:${name}()`,
  });
}

/** Each ability: its name, then what it allows in zh-CN and English. */
const ABILITIES: readonly [string, string, string][] = [
  ['build', '放置方块', 'place blocks'],
  ['mine', '破坏方块', 'break blocks'],
  ['door_and_switches', '使用门和开关', 'use doors and switches'],
  ['open_container', '打开容器', 'open containers'],
  ['attack_player', '攻击其他玩家', 'attack players'],
  ['attack_mobs', '攻击生物', 'attack mobs'],
  ['operator_command', '使用管理员命令（同 op 权限）', 'use operator commands (as op)'],
  ['teleport', '传送', 'teleport'],
];

function abilities(): ApiFunction[] {
  const out: ApiFunction[] = [];
  for (const [id, zh, en] of ABILITIES) {
    out.push(
      p(`get_${id}_ability(): boolean, boolean`, 'any', {
        zh: `玩家能否${zh}。`,
        en: `Whether the player may ${en}.`,
        returns: [['能时为 true。', 'true when allowed.'], KNOWN],
        example: `local allowed, ok =\n    player:get_${id}_ability()`,
      }),
      p(`set_${id}_ability(allow: boolean): CoroPlayer`, 'any', {
        zh: `允许或禁止玩家${zh}。`,
        en: `Allows or forbids the player to ${en}.`,
        params: { allow: ['true 为允许，false 为禁止。', 'true allows, false forbids.'] },
        returns: [['玩家对象本身，可以接着调用。', 'The player itself, for chaining.']],
        example: `player:set_${id}_ability(false)`,
      }),
    );
  }
  return out;
}

export const PLAYER: ApiType = defineType(
  {
    id: 'CoroPlayer',
    kind: 'class',
    receiver: 'player',
    name: ['玩家', 'player'],
    summary: [
      '一个在线玩家：和他说话、向他提问、检查条件、读取信息和能力。',
      'An online player: talk to them, ask them, check conditions, read their info and abilities.',
    ],
    closed: true,
  },
  [
    p('say(msg: string)', 'any', {
      zh: '在玩家的聊天栏显示一条消息（只有他能看到）。',
      en: "Shows a message in the player's chat (only they see it).",
      params: { msg: ['消息。', 'The message.'] },
      example: 'player:say("§a欢迎！")',
    }),
    p('raw_say(json_msg: table)', 'any', {
      zh: '用 tellraw 向玩家发送消息：参数是 JSON 编码后符合 tellraw 格式的表。',
      en: 'Sends a tellraw message: a table that, JSON-encoded, follows the tellraw format.',
      params: { json_msg: ['tellraw 消息表。', 'The tellraw table.'] },
      example: 'player:raw_say({ rawtext = { { text = "hello" } } })',
    }),
    p('send(json_msg: table)', 'any', {
      zh: '向玩家发送原始（rawtext）消息：参数是 JSON 编码后符合 tellraw 格式的表，与 raw_say 相同。',
      en: 'Sends a raw (rawtext) message: a table that, JSON-encoded, follows the tellraw format; the same as raw_say.',
      params: { json_msg: ['tellraw 消息表。', 'The tellraw table.'] },
      example: 'player:send({ rawtext = { { text = "hi" } } })',
    }),
    p('get_inventory(): table', 'any', {
      zh: '读取玩家背包：`slots` 列表中每一格有 `id`、`aux`、`stackSize`、`enchantments`。',
      en: "Reads the player's inventory: each entry of the `slots` list has `id`, `aux`, `stackSize`, `enchantments`.",
      returns: [['背包信息表。', 'The inventory table.']],
      example: 'local inv = player:get_inventory()\nprint(#inv.slots)',
    }),
    p('ask(hint: string, timeout?: number): string?', 'coroutine', {
      zh: '向玩家显示提示，等待他在聊天栏输入的下一句话。',
      en: 'Shows the prompt and waits for the next thing the player types in chat.',
      params: {
        hint: ['给玩家的提示。', 'The prompt.'],
        timeout: [
          '超时秒数（可省略）；超时返回 nil。',
          'Timeout in seconds (optional); nil on timeout.',
        ],
      },
      returns: [['玩家输入的内容；超时为 nil。', 'What the player typed; nil on timeout.']],
      example:
        'local answer = player:ask("请输入数量：", 30)\nif answer then player:say(answer) end',
    }),
    p('title(title: string, subtitle?: string)', 'any', {
      zh: '在玩家屏幕中央显示标题，可带副标题。',
      en: "Shows a title in the middle of the player's screen, optionally with a subtitle.",
      params: {
        title: ['标题。', 'The title.'],
        subtitle: ['副标题（可省略）。', 'The subtitle (optional).'],
      },
      example: 'player:title("欢迎", "玩得开心")',
    }),
    p('subtitle(subtitle: string, title: string)', 'any', {
      zh: '显示副标题；必须同时给出标题，标题为 nil 时什么也不显示。',
      en: 'Shows a subtitle; a title is needed too, and nothing shows when it is nil.',
      params: { subtitle: ['副标题。', 'The subtitle.'], title: ['标题。', 'The title.'] },
      example: 'player:subtitle("world", "hello")',
    }),
    p('action_bar(msg: string)', 'any', {
      zh: '在玩家物品栏上方显示一行字（actionbar）。',
      en: "Shows a line above the player's hotbar (action bar).",
      params: { msg: ['要显示的字。', 'The text.'] },
      example: 'player:action_bar("§e金币 +1")',
    }),
    p('get_pos(): PlayerPos', 'coroutine', {
      zh: '查询玩家的位置和维度（内部发送 querytarget 命令）。',
      en: "Queries the player's position and dimension (a querytarget command underneath).",
      returns: [
        [
          '`{ position = { x, y, z }, dimension = 维度, yRot = 朝向, uniqueId = ... }`。',
          '`{ position = { x, y, z }, dimension = ..., yRot = ..., uniqueId = ... }`.',
        ],
      ],
      example:
        'local pos = player:get_pos()\nlocal x = math.floor(pos.position.x)\ncoromega:print(pos.dimension, x)',
    }),
    p('check(conditions: string[]): boolean', 'coroutine', {
      zh: '检查玩家是否满足目标选择器条件，相当于 `@a[name=玩家名,条件...]`。',
      en: 'Checks target selector conditions, like `@a[name=PLAYER,conditions...]`.',
      params: {
        conditions: [
          '条件字符串表，如 `{ "m=c", "tag=!ban" }`。',
          'Condition strings, e.g. `{ "m=c", "tag=!ban" }`.',
        ],
      },
      returns: [['满足所有条件时为 true。', 'true when all conditions hold.']],
      example: 'if player:check({ "m=c", "tag=!ban" }) then\n    player:say("ok")\nend',
    }),
    getter('name', 'string', '玩家名。', "The player's name.", ['玩家名。', 'The name.']),
    getter('uuid_string', 'string', '玩家的 UUID 字符串。', "The player's UUID string.", [
      'UUID 字符串。',
      'The UUID string.',
    ]),
    getter(
      'entity_unique_id',
      'string',
      '玩家的实体 unique id。',
      "The player's entity unique id.",
      ['unique id。', 'The unique id.'],
    ),
    getter(
      'entity_runtime_id',
      'string',
      '玩家的实体 runtime id（机器人在附近时才能取得）。',
      "The player's entity runtime id (known only when the bot is near).",
      ['runtime id。', 'The runtime id.'],
    ),
    getter('entity_metadata', 'table', '玩家实体的 metadata。', "The player entity's metadata.", [
      'metadata 表。',
      'The metadata.',
    ]),
    getter(
      'login_time',
      'number',
      '玩家的登录时间（Unix 秒，与 `coromega:now()` 相同的单位）。',
      'When the player logged in (Unix seconds, like `coromega:now()`).',
      ['登录时间。', 'The login time.'],
    ),
    getter('platform_chat_id', 'string', '玩家的平台聊天 id。', "The player's platform chat id.", [
      '平台聊天 id。',
      'The chat id.',
    ]),
    getter('build_platform', 'string', '玩家的设备平台。', "The player's device platform.", [
      '设备平台。',
      'The platform.',
    ]),
    getter('skin_id', 'string', '玩家的皮肤 id。', "The player's skin id.", [
      '皮肤 id。',
      'The skin id.',
    ]),
    getter('device_id', 'string', '玩家的设备 id。', "The player's device id.", [
      '设备 id。',
      'The device id.',
    ]),
    getter('is_op', 'boolean', '玩家是否是管理员（op）。', 'Whether the player is an operator.', [
      '是 op 时为 true。',
      'true for an operator.',
    ]),
    getter('is_online', 'boolean', '玩家是否仍然在线。', 'Whether the player is still online.', [
      '在线时为 true。',
      'true while online.',
    ]),
    getter('get_flying_status', 'boolean', '玩家是否正在飞行。', 'Whether the player is flying.', [
      '飞行时为 true。',
      'true while flying.',
    ]),
    getter(
      'get_invulnerable_status',
      'boolean',
      '玩家是否无敌（不受伤害）。',
      'Whether the player is invulnerable.',
      ['无敌时为 true。', 'true when invulnerable.'],
    ),
    ...abilities(),
  ],
);
