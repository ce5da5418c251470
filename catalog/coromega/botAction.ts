/**
 * coromega's bot action chapter: the bot handles items, containers, books, anvils and blocks (docs: botAction).
 * Each action waits for the game inside a coroutine and returns nil on success or an error message.
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const act = functionsOf('coromega', 'Coromega', 'bot-action');

const ERR: Prose = ['成功时为 nil，失败时为错误信息。', 'nil on success, else the error message.'];
const HOTBAR: Prose = ['快捷栏格子号（0~8）。', 'Hotbar slot (0-8).'];
const POS: Prose = [
  '坐标 `{ x = ..., y = ..., z = ... }`。',
  'A position `{ x = ..., y = ..., z = ... }`.',
];
const FACE: Prose = [
  '方块的面：0 y-、1 y+、2 z-、3 z+、4 x-、5 x+。',
  'The face: 0 y-, 1 y+, 2 z-, 3 z+, 4 x-, 5 x+.',
];
const RID: Prose = [
  '方块的 runtime id（可省略；给出时更快）。',
  "The block's runtime id (optional; faster when given).",
];
const RETRY: Prose = ['失败时的重试次数。', 'Retries on failure.'];

function action(
  sig: string,
  zh: string,
  en: string,
  params: Record<string, Prose>,
  example: string,
) {
  return act(`${sig}: string?`, 'coroutine', {
    zh,
    en,
    params,
    returns: [ERR],
    example: `${example}\ncoromega:print(err or "ok")`,
  });
}

export const BOT_ACTION_METHODS: ApiFunction[] = [
  action(
    'drop_item(slot: integer)',
    '机器人扔出快捷栏某一格的物品。',
    'The bot drops the item in a hotbar slot.',
    { slot: HOTBAR },
    'local err = coromega:drop_item(0)',
  ),
  action(
    'make_item(item_info: string, slotID: integer, anvil_pos: Pos, next_container_pos: Pos)',
    '机器人按物品数据制作物品，放到快捷栏的指定格子。',
    'The bot makes an item from its data and puts it in a hotbar slot.',
    {
      item_info: ['物品 NBT 的 JSON 字符串。', "The item's NBT as a JSON string."],
      slotID: HOTBAR,
      anvil_pos: ['需要铁砧时使用的坐标。', 'Where to use an anvil if one is needed.'],
      next_container_pos: ['需要容器时使用的坐标。', 'Where to use a container if needed.'],
    },
    'local p = { x = 0, y = 64, z = 0 }\nlocal q = { x = 2, y = 64, z = 0 }\nlocal err = coromega:make_item(item_json, 0, p, q)',
  ),
  action(
    'move_item(source_slot: integer, target_slot: integer, count: integer)',
    '把一格物品移到另一格（快捷栏或背包，0~44）。',
    'Moves items from one slot to another (hotbar or inventory, 0-44).',
    {
      source_slot: ['来源格子，移动前必须有物品。', 'From this slot (must hold items).'],
      target_slot: ['目标格子，移动前必须为空。', 'To this slot (must be empty).'],
      count: ['移动的数量。', 'How many.'],
    },
    'local err = coromega:move_item(0, 9, 1)',
  ),
  action(
    'move_item_to_container(container_pos: Pos, move_operations: table<integer, integer>)',
    '把背包里的物品放进指定位置容器的指定格子。',
    "Moves items from the bot's inventory into given slots of a container.",
    {
      container_pos: POS,
      move_operations: [
        '背包格子号 → 容器格子号，如 `{ [0] = 0, [9] = 1 }`。',
        'Inventory slot -> container slot, e.g. `{ [0] = 0, [9] = 1 }`.',
      ],
    },
    'local box = { x = -6, y = -60, z = -24 }\nlocal err =\n    coromega:move_item_to_container(box, { [0] = 0 })',
  ),
  action(
    'rename_item(anvil_pos: Pos, slot: integer, new_name: string, auto_gen_anvil: boolean)',
    '用铁砧给快捷栏某一格的物品改名。',
    'Renames the item in a hotbar slot with an anvil.',
    {
      anvil_pos: ['铁砧的坐标。', 'Where the anvil is.'],
      slot: HOTBAR,
      new_name: ['新名字（可含 `\\n`）。', 'The new name (`\\n` allowed).'],
      auto_gen_anvil: ['没有铁砧时是否自动放一个。', 'Place an anvil when there is none.'],
    },
    'local anvil = { x = -6, y = -60, z = -24 }\nlocal err = coromega:rename_item(anvil, 0, "宝剑", true)',
  ),
  action(
    'enchant_item(slot: integer, enchants: table<integer, integer>)',
    '给快捷栏某一格的物品附魔。',
    'Enchants the item in a hotbar slot.',
    {
      slot: HOTBAR,
      enchants: [
        '附魔编号 → 等级，如 `{ [9] = 1 }` 为锋利 I（编号表见文档）。',
        'Enchantment id -> level, e.g. `{ [9] = 1 }` for Sharpness I (ids in the docs).',
      ],
    },
    'local enchants = { [9] = 1, [12] = 2 }\nlocal err = coromega:enchant_item(0, enchants)',
  ),
  action(
    'use_item(slotID: integer)',
    '使用快捷栏某一格的物品。',
    'Uses the item in a hotbar slot.',
    { slotID: HOTBAR },
    'local err = coromega:use_item(0)',
  ),
  action(
    'use_item_on_block(block_pos: Pos, face: integer, slot: integer, blockNEMCRuntimeID?: integer)',
    '对一个方块的某个面使用快捷栏某一格的物品。',
    'Uses the item in a hotbar slot on a face of a block.',
    { block_pos: POS, face: FACE, slot: HOTBAR, blockNEMCRuntimeID: RID },
    'local pos = { x = -7, y = -56, z = -27 }\nlocal err = coromega:use_item_on_block(pos, 1, 0)',
  ),
  action(
    'use_item_on_block_with_bot_offset(block_pos: Pos, bot_offset: Pos, face: integer, slot: integer, blockNEMCRuntimeID?: integer)',
    '机器人站在相对方块的偏移处，对方块使用快捷栏某一格的物品。',
    'Uses the item in a hotbar slot on a block, the bot standing at an offset from it.',
    {
      block_pos: POS,
      bot_offset: ['机器人相对方块的偏移。', "The bot's offset from the block."],
      face: FACE,
      slot: HOTBAR,
      blockNEMCRuntimeID: RID,
    },
    'local pos = { x = -7, y = -56, z = -27 }\nlocal off = { x = 1, y = 0, z = 0 }\nlocal err = coromega:use_item_on_block_with_bot_offset(\n    pos, off, 1, 0)',
  ),
  action(
    'select_hotbar(slot: integer)',
    '把机器人的主手切到快捷栏某一格。',
    "Switches the bot's main hand to a hotbar slot.",
    { slot: HOTBAR },
    'local err = coromega:select_hotbar(0)',
  ),
  action(
    'pick_block(block_pos: Pos, target_hotbar: integer, retry_times: integer)',
    '获取（选取）某个坐标的方块，放到快捷栏某一格。',
    'Picks the block at a position into a hotbar slot.',
    { block_pos: POS, target_hotbar: HOTBAR, retry_times: RETRY },
    'local pos = { x = 0, y = 64, z = 0 }\nlocal err = coromega:pick_block(pos, 0, 3)',
  ),
  action(
    'break_and_pick_block(block_pos: Pos, target_hotbar: integer, recover_block: boolean, retry_times: integer)',
    '破坏某个坐标的方块，把掉落物拾取到快捷栏某一格。',
    'Breaks the block at a position and picks up the drop into a hotbar slot.',
    {
      block_pos: POS,
      target_hotbar: HOTBAR,
      recover_block: ['之后是否把方块恢复原样。', 'Put the block back afterwards.'],
      retry_times: RETRY,
    },
    'local pos = { x = 0, y = 64, z = 0 }\nlocal err =\n    coromega:break_and_pick_block(pos, 0, true, 3)',
  ),
  act('get_inventory_content(slot: integer, windows?: integer): table, boolean', 'any', {
    zh: '读取机器人某一格物品的信息。',
    en: "Reads the item in one of the bot's slots.",
    params: {
      slot: ['格子号（0~44）。', 'The slot (0-44).'],
      windows: ['窗口编号，默认 0。', 'The window id; default 0.'],
    },
    returns: [
      ['物品信息。', 'The item.'],
      ['是否读取成功。', 'Whether it was read.'],
    ],
    example:
      'local item, ok = coromega:get_inventory_content(0)\nif ok then print(json.encode(item)) end',
  }),
  act('set_structure_block_data(block_pos: Pos, settings: table<string, any>): string?', 'any', {
    zh: '设置某个坐标上结构方块的内容。',
    en: 'Sets the content of the structure block at a position.',
    params: { block_pos: POS, settings: ['结构方块的 NBT 设置表。', 'The NBT settings.'] },
    returns: [ERR],
    example:
      'local err = coromega:set_structure_block_data(\n    { x = 0, y = 64, z = 0 }, settings)',
  }),
  action(
    'set_container_content(container_pos: Pos, container_data_json: string)',
    '把某个坐标上容器的内容设为给定的数据。',
    'Fills the container at a position with the given content.',
    {
      container_pos: POS,
      container_data_json: ['容器内容的 JSON 字符串。', 'The content as a JSON string.'],
    },
    'local box = { x = -6, y = -60, z = -24 }\nlocal err = coromega:set_container_content(box, data)',
  ),
  action(
    'write_book(slotID: integer, pages: string[], title: string, author: string)',
    '把内容写成一本书，放到快捷栏某一格。',
    'Writes the pages into a book and puts it in a hotbar slot.',
    {
      slotID: HOTBAR,
      pages: ['每一页的内容。', 'The text of each page.'],
      title: ['书名。', 'The title.'],
      author: ['作者。', 'The author.'],
    },
    'local pages = { "一", "二" }\nlocal err = coromega:write_book(0, pages, "书", "我")',
  ),
  action(
    'place_item_frame_item(block_pos: Pos, slotID: integer, rotation?: integer)',
    '把快捷栏某一格的物品放进某个坐标的物品展示框。',
    'Puts the item in a hotbar slot into the item frame at a position.',
    {
      block_pos: ['物品展示框的坐标。', 'Where the item frame is.'],
      slotID: HOTBAR,
      rotation: [
        '旋转：0、1、2… 或 0、45、90…（小于 45 的值乘以 45）；默认 0。',
        'Rotation: 0, 1, 2... or 0, 45, 90... (values under 45 are times 45); default 0.',
      ],
    },
    'local frame = { x = -6, y = -60, z = -24 }\nlocal err = coromega:place_item_frame_item(frame, 0, 90)',
  ),
  action(
    'gen_container(pos: Pos, container_data_json: string, container_block: string)',
    '在某个坐标放一个容器并填入内容。',
    'Places a container at a position and fills it.',
    {
      pos: POS,
      container_data_json: ['容器内容的 JSON 字符串。', 'The content as a JSON string.'],
      container_block: [
        '容器方块，如 `chest ["facing_direction"=4]`。',
        'The container block, e.g. `chest ["facing_direction"=4]`.',
      ],
    },
    'local pos = { x = -6, y = -60, z = -24 }\nlocal err = coromega:gen_container(pos, data, "chest")',
  ),
];
