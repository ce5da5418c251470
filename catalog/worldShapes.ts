/**
 * Shapes of the building chapter: the options of a command block and of a build, and the canvas a region is read
 * into (docs: 方块和命令块放置, 导入器/structure/canvas).
 */
import { defineType, fieldsOf, functionsOf, type Prose } from './dsl';
import type { ApiType } from './types';

const cb = fieldsOf('option', 'CommandBlockOptions');

export const COMMAND_BLOCK_OPTIONS: ApiType = defineType(
  {
    id: 'CommandBlockOptions',
    kind: 'shape',
    receiver: 'option',
    name: ['命令方块设置', 'command block settings'],
    summary: [
      '`place_command_block` 的第 4 个参数。',
      'The 4th argument of `place_command_block`.',
    ],
    closed: true,
  },
  [],
  [
    cb('command', 'string', {
      zh: '命令方块中的命令。',
      en: 'The command inside.',
      example: 'command = "list @a"',
    }),
    cb('name', 'string', { zh: '命令方块的名字。', en: 'Its name.', example: 'name = "列出玩家"' }),
    cb('need_red_stone', 'boolean', {
      zh: '是否需要红石激活。',
      en: 'Whether it needs redstone.',
      example: 'need_red_stone = true',
    }),
    cb('conditional', 'boolean', {
      zh: '是否为有条件模式。',
      en: 'Whether it is conditional.',
      example: 'conditional = false',
    }),
    cb('tick_delay', 'integer', {
      zh: '执行前的延迟（tick）。',
      en: 'Delay before running (ticks).',
      example: 'tick_delay = 10',
    }),
    cb('track_output', 'boolean', {
      zh: '是否显示输出。',
      en: 'Whether it shows its output.',
      example: 'track_output = true',
    }),
    cb('execute_on_first_tick', 'boolean', {
      zh: '是否在第一个 tick 执行。',
      en: 'Whether it runs on the first tick.',
      example: 'execute_on_first_tick = true',
    }),
  ],
);

const bo = fieldsOf('option', 'BuildOptions');

export const BUILD_OPTIONS: ApiType = defineType(
  {
    id: 'BuildOptions',
    kind: 'shape',
    receiver: 'option',
    name: ['建造选项', 'build options'],
    summary: [
      '`when_progress_increased_by_build` 的最后一个参数。',
      'The last argument of `when_progress_increased_by_build`.',
    ],
    closed: true,
  },
  [],
  [
    bo('speed', 'number', { zh: '建造速度。', en: 'Build speed.', example: 'speed = 2000' }),
    bo('incremental', 'boolean', {
      zh: '增量建造（默认 false）。',
      en: 'Incremental build (default false).',
      example: 'incremental = false',
    }),
    bo('force_use_block_state', 'boolean', {
      zh: '强制使用 block state（默认 false；结构本身要求时也会使用）。',
      en: 'Force block states (default false; used anyway when the structure needs them).',
      example: 'force_use_block_state = false',
    }),
    bo('ignore_nbt_block', 'boolean', {
      zh: '忽略带 NBT 的方块（默认 false）。',
      en: 'Skip blocks with NBT (default false).',
      example: 'ignore_nbt_block = false',
    }),
    bo('clear_target_block', 'boolean', {
      zh: '先清除目标位置的方块（默认 false）。',
      en: 'Clear the target blocks first (default false).',
      example: 'clear_target_block = false',
    }),
    bo('clear_dropped_item', 'boolean', {
      zh: '清理掉落物（默认 false；范围是整个服务器）。',
      en: 'Clear dropped items (default false; the whole server).',
      example: 'clear_dropped_item = false',
    }),
    bo('auto_reverse', 'boolean', {
      zh: '重新开始时回退跃点（默认 true）。',
      en: 'Step back a hop when restarting (default true).',
      example: 'auto_reverse = true',
    }),
    bo('start_hop', 'integer', {
      zh: '从哪个跃点开始（默认 0）。',
      en: 'The hop to start from (default 0).',
      example: 'start_hop = 0',
    }),
  ],
);

const canvas = functionsOf('canvas', 'Canvas', 'building');
const POS: Prose = ['坐标。', 'A position.'];
const SKIPS: Record<string, Prose> = {
  ignore_air: ['是否跳过空气方块。', 'Skip air blocks.'],
  ignore_nbt: ['是否跳过带 NBT 的方块。', 'Skip blocks with NBT.'],
  ignore_normal: ['是否跳过不带 NBT 的方块。', 'Skip blocks without NBT.'],
};

export const CANVAS: ApiType = defineType(
  {
    id: 'Canvas',
    kind: 'shape',
    receiver: 'canvas',
    name: ['画布', 'canvas'],
    summary: [
      '内存中的一块方块区域（画布或结构）：`request_structure` 读到的就是它。',
      'A region of blocks in memory (a canvas or structure), as `request_structure` gives it.',
    ],
    closed: false,
  },
  [
    canvas('get_start_pos(): Pos', 'any', {
      zh: '区域的起点。',
      en: 'Where the region starts.',
      returns: [['起点坐标。', 'The start.']],
      example: 'local s = canvas:get_start_pos()',
    }),
    canvas('set_start_pos(pos: Pos)', 'any', {
      zh: '设置区域的起点。',
      en: 'Sets where the region starts.',
      params: { pos: POS },
      example: 'canvas:set_start_pos({ x = 0, y = 64, z = 0 })',
    }),
    canvas('get_end_pos(): Pos', 'any', {
      zh: '区域的终点。',
      en: 'Where the region ends.',
      returns: [['终点坐标。', 'The end.']],
      example: 'local e = canvas:get_end_pos()',
    }),
    canvas('set_end_pos(pos: Pos)', 'any', {
      zh: '设置区域的终点。',
      en: 'Sets where the region ends.',
      params: { pos: POS },
      example: 'canvas:set_end_pos({ x = 15, y = 80, z = 15 })',
    }),
    canvas('get_must_block_state(): boolean', 'any', {
      zh: '建造时是否必须使用 block state。',
      en: 'Whether building must use block states.',
      returns: [['必须时为 true。', 'true when required.']],
      example: 'local must = canvas:get_must_block_state()',
    }),
    canvas('set_must_block_state(must: boolean)', 'any', {
      zh: '设置建造时是否必须使用 block state。',
      en: 'Sets whether building must use block states.',
      params: { must: ['是否必须。', 'Whether required.'] },
      example: 'canvas:set_must_block_state(true)',
    }),
    canvas('block(pos: Pos): integer, boolean', 'any', {
      zh: '某个坐标上方块的 runtime id。',
      en: 'The runtime id of the block at a position.',
      params: { pos: POS },
      returns: [
        ['方块的 runtime id。', 'The runtime id.'],
        ['该处是否有方块。', 'Whether there is a block.'],
      ],
      example: 'local pos = { x = 0, y = 64, z = 0 }\nlocal rtid, found = canvas:block(pos)',
    }),
    canvas('block_with_nbt(pos: Pos): integer, userdata, boolean', 'any', {
      zh: '某个坐标上方块的 runtime id 和 NBT。',
      en: 'The runtime id and NBT of the block at a position.',
      params: { pos: POS },
      returns: [
        ['方块的 runtime id。', 'The runtime id.'],
        ['方块的 NBT。', 'Its NBT.'],
        ['该处是否有方块。', 'Whether there is a block.'],
      ],
      example: 'local rtid, nbt, found = canvas:block_with_nbt(pos)',
    }),
    canvas(
      'apply_reader_to_blocks(start_pos: Pos, end_pos: Pos, reader_fn: fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata), ignore_air?: boolean, ignore_nbt?: boolean, ignore_normal?: boolean)',
      'any',
      {
        zh: '对范围内的每个方块调用读取函数。',
        en: 'Calls the reader for every block in the range.',
        params: {
          start_pos: POS,
          end_pos: POS,
          reader_fn: ['读取函数。', 'The reader.'],
          ...SKIPS,
        },
        example:
          'local function reader(x, y, z, rtid, nbt)\n    print(x, y, z, rtid)\nend\ncanvas:apply_reader_to_blocks(s, e, reader, true)',
      },
    ),
    canvas(
      'apply_alter_to_blocks(start_pos: Pos, end_pos: Pos, alter_fn: fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata): integer, ignore_air?: boolean, ignore_nbt?: boolean, ignore_normal?: boolean)',
      'any',
      {
        zh: '对范围内的每个方块调用变换函数，用它返回的 runtime id 和 NBT 替换该方块。',
        en: 'Calls the function for every block in the range and puts back the runtime id and NBT it returns.',
        params: {
          start_pos: POS,
          end_pos: POS,
          alter_fn: ['变换函数。', 'The function.'],
          ...SKIPS,
        },
        example:
          'local function alter(x, y, z, rtid, nbt)\n    return rtid, nbt\nend\ncanvas:apply_alter_to_blocks(s, e, alter)',
      },
    ),
  ],
);
