/**
 * Shapes: the tables and userdata plugins receive or pass that are not framework classes. A chat message, a packet,
 * positions, a command's output, the user info, the options of a command block and of a build, and a canvas.
 */
import { defineType, fieldsOf, functionsOf } from './dsl';
import type { ApiType } from './types';

const chat = fieldsOf('chat', 'ChatMessage');

export const CHAT_MESSAGE: ApiType = defineType(
  {
    id: 'ChatMessage',
    kind: 'shape',
    receiver: 'chat',
    name: ['聊天消息', 'chat message'],
    summary: [
      '一条聊天消息：游戏菜单、聊天监听器和命令方块监听器的处理函数收到它。',
      'A chat message, as game-menu, chat and command-block handlers receive it.',
    ],
    closed: true,
  },
  [],
  [
    chat('name', 'string', {
      zh: '发送者的名字（去掉了前缀，如 `<前缀> 张三` 为 `张三`）。',
      en: 'The sender, prefixes removed (`<tag> Steve` gives `Steve`).',
      example: 'local player = coromega:get_player(chat.name)',
    }),
    chat('msg', 'string[]', {
      zh: '按空格切分后的消息；游戏菜单中不含触发词。',
      en: 'The message split on spaces; in a game menu, without the trigger.',
      example: 'local args = table.concat(chat.msg, " ")',
    }),
    chat('raw_msg', 'string', {
      zh: '原始消息，没有切分。',
      en: 'The message as typed, not split.',
      example: 'coromega:print(chat.raw_msg)',
    }),
    chat('raw_name', 'string', {
      zh: '原始发送者名字，带前缀。',
      en: 'The sender as sent, prefixes included.',
      example: 'coromega:print(chat.raw_name)',
    }),
    chat('type', 'number', {
      zh: '消息类型（Text 数据包的类型，如聊天为 1）。',
      en: 'The message type (the Text packet type; chat is 1).',
      example: 'if chat.type == 1 then print("chat") end',
    }),
    chat('raw_parameters', 'string[]', {
      zh: 'Text 数据包中的原始参数。',
      en: 'The raw parameters of the Text packet.',
      example: 'local first = chat.raw_parameters[1]',
    }),
    chat('aux', 'any', {
      zh: '附加信息，通常为空；不要依赖它。',
      en: 'Extra information, usually empty; do not rely on it.',
      example: 'local aux = chat.aux',
    }),
  ],
);

const packet = functionsOf('packet', 'Packet', 'packet');

export const PACKET: ApiType = defineType(
  {
    id: 'Packet',
    kind: 'shape',
    receiver: 'packet',
    name: ['数据包', 'packet'],
    summary: [
      '`when_receive_packet_of_types` 的处理函数收到的数据包。',
      'A packet, as `when_receive_packet_of_types` handlers receive it.',
    ],
    closed: true,
  },
  [
    packet('name(): string', 'any', {
      zh: '数据包名，如 `"IDText"`。',
      en: 'The packet name, e.g. `"IDText"`.',
      returns: [['名字。', 'The name.']],
      example: 'if packet:name() == omega.packets.Text then end',
    }),
    packet('id(): number', 'any', {
      zh: '数据包类型编号，如 27。',
      en: 'The packet type id, e.g. 27.',
      returns: [['编号。', 'The id.']],
      example: 'local id = packet:id()',
    }),
    packet('user_data(): userdata', 'any', {
      zh: '数据包的数据（userdata）：可以读字段，但不能用 pairs 遍历；需要表时用 `ud2lua` 转换（较慢）。',
      en: 'The packet data (userdata): fields can be read but not iterated with pairs; `ud2lua` makes a table (slower).',
      returns: [['数据包数据。', 'The data.']],
      example: 'local data = packet:user_data()\nprint(data.CommandOrigin.Origin)',
    }),
    packet('json_str(): string', 'any', {
      zh: '数据包数据的 JSON 字符串。',
      en: 'The packet data as a JSON string.',
      returns: [['JSON 字符串。', 'The JSON text.']],
      example: 'coromega:print(packet:json_str())',
    }),
  ],
);

const pos = fieldsOf('pos', 'Pos');

export const POS: ApiType = defineType(
  {
    id: 'Pos',
    kind: 'shape',
    receiver: 'pos',
    name: ['坐标', 'position'],
    summary: [
      '方块坐标 `{ x = ..., y = ..., z = ... }`。',
      'A position `{ x = ..., y = ..., z = ... }`.',
    ],
    closed: true,
  },
  [],
  [
    pos('x', 'number', { zh: 'x 坐标。', en: 'x.', example: 'local x = pos.x' }),
    pos('y', 'number', { zh: 'y 坐标（高度）。', en: 'y (height).', example: 'local y = pos.y' }),
    pos('z', 'number', { zh: 'z 坐标。', en: 'z.', example: 'local z = pos.z' }),
  ],
);

const ppos = fieldsOf('where', 'PlayerPos');

export const PLAYER_POS: ApiType = defineType(
  {
    id: 'PlayerPos',
    kind: 'shape',
    receiver: 'where',
    name: ['玩家位置', 'player position'],
    summary: ['`player:get_pos()` 的结果。', 'What `player:get_pos()` returns.'],
    closed: true,
  },
  [],
  [
    ppos('position', 'Pos', {
      zh: '坐标（带小数）。',
      en: 'The coordinates (fractional).',
      example: 'local x = math.floor(where.position.x)',
    }),
    ppos('dimension', 'number', {
      zh: '维度：0 主世界、1 下界、2 末地……',
      en: 'The dimension: 0 overworld, 1 nether, 2 the end...',
      example: 'if where.dimension == 0 then print("overworld") end',
    }),
    ppos('yRot', 'number', {
      zh: '水平朝向（度）。',
      en: 'Horizontal rotation (degrees).',
      example: 'local facing = where.yRot',
    }),
    ppos('uniqueId', 'string', {
      zh: '玩家的 unique id。',
      en: "The player's unique id.",
      example: 'local id = where.uniqueId',
    }),
  ],
);

const out = fieldsOf('result', 'CommandOutput');

export const COMMAND_OUTPUT: ApiType = defineType(
  {
    id: 'CommandOutput',
    kind: 'shape',
    receiver: 'result',
    name: ['命令结果', 'command output'],
    summary: [
      '`send_ws_cmd` 等带 `get_result` 时返回的命令结果。',
      'The output `send_ws_cmd` and friends return with `get_result`.',
    ],
    closed: false,
  },
  [],
  [
    out('SuccessCount', 'number', {
      zh: '成功执行的次数（0 表示失败）。',
      en: 'How many times it succeeded (0: it failed).',
      example: 'if result.SuccessCount > 0 then print("ok") end',
    }),
    out('OutputMessages', 'table', {
      zh: '输出消息列表，每项有 `Message`、`Success`、`Parameters`。',
      en: 'The output messages, each with `Message`, `Success`, `Parameters`.',
      example: 'print(result.OutputMessages[1].Message)',
    }),
    out('CommandOrigin', 'table', {
      zh: '命令的来源。',
      en: 'Where the command came from.',
      example: 'local origin = result.CommandOrigin',
    }),
    out('OutputType', 'number', {
      zh: '输出类型。',
      en: 'The output type.',
      example: 'local t = result.OutputType',
    }),
    out('DataSet', 'string', {
      zh: '附加数据（部分命令有）。',
      en: 'Extra data (some commands).',
      example: 'local extra = result.DataSet',
    }),
  ],
);

const info = fieldsOf('info', 'UserInfo');

export const USER_INFO: ApiType = defineType(
  {
    id: 'UserInfo',
    kind: 'shape',
    receiver: 'info',
    name: ['用户信息', 'user info'],
    summary: ['`coromega:user_info()` 的结果。', 'What `coromega:user_info()` returns.'],
    closed: true,
  },
  [],
  [
    info('HashedUserToken', 'string?', {
      zh: '用户 Token 的 MD5（没有 Token 时为空）。',
      en: 'MD5 of the user token (empty without one).',
      example: 'local token = info.HashedUserToken',
    }),
    info('HashedServerCode', 'string?', {
      zh: '服务器号的 MD5。',
      en: 'MD5 of the server number.',
      example: 'local server = info.HashedServerCode',
    }),
    info('HashedServeCode', 'string?', {
      zh: '与 `HashedServerCode` 相同（旧名字）。',
      en: 'The same as `HashedServerCode` (old spelling).',
      example: 'local server = info.HashedServeCode',
    }),
  ],
);
