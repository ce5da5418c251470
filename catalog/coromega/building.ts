/**
 * coromega's building chapter: placing blocks, command blocks and signs, reading a region of the world and
 * building a structure with progress reports (docs: 方块和命令块放置, 导入器/structure/canvas, 建筑操作).
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const build = functionsOf('coromega', 'Coromega', 'building');

const POS: Prose = [
  '坐标 `{ x = ..., y = ..., z = ... }`。',
  'A position `{ x = ..., y = ..., z = ... }`.',
];
const ERR: Prose = ['成功时为 nil，失败时为错误信息。', 'nil on success, else the error message.'];

export const BUILDING_METHODS: ApiFunction[] = [
  build('place_block(pos: Pos, block_name: string, block_data: integer|string)', 'any', {
    zh: '立即用 setblock 在某个坐标放一个方块。请确保该处在机器人可放置的范围内且区块已加载。',
    en: "Places a block at once with setblock. The spot must be in the bot's reach and its chunk loaded.",
    params: {
      pos: POS,
      block_name: ['方块名，如 `"stone"`。', 'The block name, e.g. `"stone"`.'],
      block_data: ['方块数据值或状态。', 'The data value or state.'],
    },
    example: 'local pos = { x = 1, y = 2, z = 3 }\ncoromega:place_block(pos, "stone", "0")',
  }),
  build(
    'place_command_block(pos: Pos, block_name: string, block_data: integer|string, option: CommandBlockOptions): string?',
    'any',
    {
      zh: '在某个坐标放置并设置一个命令方块。',
      en: 'Places a command block at a position and sets it up.',
      params: {
        pos: POS,
        block_name: [
          '`"command_block"`、`"chain_command_block"` 或 `"repeating_command_block"`。',
          '`"command_block"`, `"chain_command_block"` or `"repeating_command_block"`.',
        ],
        block_data: ['方块数据值（决定朝向）。', 'The data value (sets the facing).'],
        option: [
          '命令方块的设置：`command`、`name`、`need_red_stone`、`conditional`、`tick_delay`、`track_output`、`execute_on_first_tick`。',
          'Its settings: `command`, `name`, `need_red_stone`, `conditional`, `tick_delay`, `track_output`, `execute_on_first_tick`.',
        ],
      },
      returns: [ERR],
      example:
        'local err = coromega:place_command_block(\n    { x = 884, y = 73, z = 829 },\n    "repeating_command_block", 0,\n    { command = "list @a", tick_delay = 10 })',
    },
  ),
  build(
    'place_sign(pos: Pos, block_name: string, text: string, lighting: boolean): string?',
    'any',
    {
      zh: '在某个坐标放一个写好字的告示牌。',
      en: 'Places a sign with text at a position.',
      params: {
        pos: POS,
        block_name: ['告示牌方块，如 `"jungle_standing_sign 0"`。', 'The sign block.'],
        text: ['告示牌上的字（可用 `§` 颜色）。', 'The text (`§` colours work).'],
        lighting: ['字是否发光。', 'Whether the text glows.'],
      },
      returns: [ERR],
      example:
        'local pos = { x = 1, y = -60, z = 0 }\nlocal err = coromega:place_sign(pos,\n    "jungle_standing_sign 0", "§a§l240!", true)',
    },
  ),
  build(
    'request_structure(start_pos: Pos, region_size: Pos, move_bot: boolean): Canvas',
    'coroutine',
    {
      zh: '向服务器读取一个区域的全部方块，结果以画布（canvas）的形式放在内存里。',
      en: 'Reads every block of a region from the server into an in-memory canvas.',
      detail: [
        '区域可以很大，但不建议这样做。`move_bot` 为 false 且区域未加载（附近没有玩家）时读取会失败。',
        'Regions may be large but should not be. With `move_bot` false, an unloaded region (no player near) fails.',
      ],
      params: {
        start_pos: ['区域的起点。', 'Where the region starts.'],
        region_size: ['区域的大小 `{ x = ..., y = ..., z = ... }`。', 'Its size.'],
        move_bot: ['是否让机器人先移动到区域附近。', 'Move the bot near the region first.'],
      },
      returns: [['读到的画布。', 'The canvas read.']],
      example:
        'local canvas = coromega:request_structure(\n    { x = 10001, y = 100, z = 10000 },\n    { x = 14, y = 3, z = 4 }, true)',
    },
  ),
  build(
    'when_progress_increased_by_build(aread_chunk: Canvas, start_pos: Pos, end_pos: Pos, target_pos: Pos, option: BuildOptions): SessionFactory',
    'any',
    {
      zh: '让 omega builder 把结构或画布建造到服务器中；每当进度增加，就在新协程中运行处理函数。',
      en: 'Has the omega builder build a structure or canvas in the world; each time progress grows, the handler runs in a new coroutine.',
      detail: [
        '需要相应的权限。处理函数收到 `total` 和 `current`，两者相等时建造完成。',
        'Needs the permissions for it. The handler gets `total` and `current`; they are equal when done.',
      ],
      params: {
        aread_chunk: ['要建造的结构或画布。', 'The structure or canvas to build.'],
        start_pos: ['要建造部分的起点。', 'Start of the part to build.'],
        end_pos: ['要建造部分的终点。', 'End of the part to build.'],
        target_pos: ['在服务器中建造的位置。', 'Where to build it in the world.'],
        option: [
          '建造选项：`speed`、`incremental`、`force_use_block_state`、`ignore_nbt_block`、`clear_target_block`、`clear_dropped_item`、`auto_reverse`、`start_hop`。',
          'Options: `speed`, `incremental`, `force_use_block_state`, `ignore_nbt_block`, `clear_target_block`, `clear_dropped_item`, `auto_reverse`, `start_hop`.',
        ],
      },
      returns: [
        [
          '监听器：`:start_new(function(total, current) ... end)`。',
          'A listener: `:start_new(function(total, current) ... end)`.',
        ],
      ],
      listener: 'fun(total: number, current: number)',
      example:
        'coromega:when_progress_increased_by_build(canvas,\n    canvas:get_start_pos(), canvas:get_end_pos(),\n    { x = 31000, y = 100, z = 11000 }, { speed = 2000 })\n    :start_new(function(total, current)\n        coromega:print(current .. "/" .. total)\n    end)',
    },
  ),
];
