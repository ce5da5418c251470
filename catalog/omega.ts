/**
 * The `omega` host module as plugins touch it directly (`storage_path`, `config`, `packets`, `blocks`,
 * `structures`, `sync_sql`), the `coromega` module (`from`) and the global `ud2lua`.
 */
import { defineType, fieldsOf, functionsOf, type Prose } from './dsl';
import type { ApiType } from './types';

const sp = functionsOf('omega.storage_path', 'OmegaStoragePath', 'path', '.');
const PARTS: Prose = ['要接在后面的各段路径。', 'Parts to append.'];
const PATH: Prose = ['路径。', 'The path.'];

function folder(name: string, dir: string, example: string) {
  return sp(`${name}(...: string): string`, 'any', {
    zh: `\`{存储目录}/${dir}/\` 下的路径。`,
    en: `A path under \`{storage}/${dir}/\`.`,
    params: { '...': PARTS },
    returns: [['路径。', 'The path.']],
    example,
  });
}

export const STORAGE_PATH: ApiType = defineType(
  {
    id: 'OmegaStoragePath',
    kind: 'shape',
    receiver: 'omega.storage_path',
    name: ['omega.storage_path', 'omega.storage_path'],
    summary: [
      '存储路径的底层接口；coromega 的 `*_path_of`、`path_*` 就是它们的封装。',
      "The storage path functions underneath coromega's `*_path_of` and `path_*`.",
    ],
    closed: true,
  },
  [
    folder(
      'get_code_path',
      'lang',
      'local sp = omega.storage_path\npackage.path = package.path .. ";" ..\n    sp.get_code_path("LuaLoader", "?.lua")',
    ),
    folder('get_config_path', 'config', 'local p = omega.storage_path.get_config_path("a.json")'),
    folder('get_data_file_path', 'data', 'local p = omega.storage_path.get_data_file_path("a")'),
    folder('get_cache_path', 'cache', 'local p = omega.storage_path.get_cache_path("a")'),
    sp('join(...: string): string', 'any', {
      zh: '拼接路径。',
      en: 'Joins path parts.',
      params: { '...': PARTS },
      returns: [['拼接后的路径。', 'The joined path.']],
      example: 'local p = omega.storage_path.join("a", "b")',
    }),
    sp('list_dir(path: string): table, string?', 'any', {
      zh: '列出目录。',
      en: 'Lists a directory.',
      params: { path: PATH },
      returns: [
        ['目录内容。', 'The entries.'],
        ['出错时的错误信息。', 'The error, if any.'],
      ],
      example: 'local files, err = omega.storage_path.list_dir(".")',
    }),
    sp('abs(path: string): string', 'any', {
      zh: '绝对路径。',
      en: 'The absolute path.',
      params: { path: PATH },
      returns: [['绝对路径。', 'The absolute path.']],
      example: 'local a = omega.storage_path.abs(".")',
    }),
    sp('ext(path: string): string', 'any', {
      zh: '扩展名。',
      en: 'The extension.',
      params: { path: PATH },
      returns: [['扩展名。', 'The extension.']],
      example: 'local e = omega.storage_path.ext("a.lua")',
    }),
    sp('move(src: string, dst: string)', 'any', {
      zh: '移动文件或目录。',
      en: 'Moves a file or directory.',
      params: { src: ['原路径。', 'From.'], dst: ['新路径。', 'To.'] },
      example: 'omega.storage_path.move("a", "b")',
    }),
    sp('remove(path: string)', 'any', {
      zh: '删除文件或目录。',
      en: 'Deletes a file or directory.',
      params: { path: PATH },
      example: 'omega.storage_path.remove("a")',
    }),
    sp('exist(path: string): boolean', 'any', {
      zh: '路径是否存在。',
      en: 'Whether a path exists.',
      params: { path: PATH },
      returns: [['存在时为 true。', 'true when it exists.']],
      example: 'local ok = omega.storage_path.exist("a")',
    }),
  ],
);

const blocks = functionsOf('omega.blocks', 'OmegaBlocks', 'building', '.');
const RTID: Prose = ['方块的 runtime id。', 'The block runtime id.'];
const FOUND: Prose = ['是否找到。', 'Whether it was found.'];

export const BLOCKS: ApiType = defineType(
  {
    id: 'OmegaBlocks',
    kind: 'shape',
    receiver: 'omega.blocks',
    name: ['omega.blocks', 'omega.blocks'],
    summary: [
      '方块表示之间的转换（runtime id、传统名称+数据值、名称+状态、Java 写法）和 NBT。runtime id 随版本变化，不要保存它。',
      'Conversions between block forms (runtime id, legacy name+data, name+state, Java string) and NBT. Runtime ids change between versions: never store them.',
    ],
    closed: false,
  },
  [
    blocks('legacy_block_to_rtid(name: string, data: integer): integer, boolean', 'any', {
      zh: '传统名称和数据值 → runtime id。',
      en: 'Legacy name and data -> runtime id.',
      params: { name: ['方块名。', 'The name.'], data: ['数据值。', 'The data value.'] },
      returns: [RTID, FOUND],
      example:
        'local blocks = omega.blocks\nlocal rtid, found =\n    blocks.legacy_block_to_rtid("stone", 0)',
    }),
    blocks('rtid_to_legacy_block(rtid: integer): string, integer, boolean', 'any', {
      zh: 'runtime id → 传统名称和数据值。',
      en: 'Runtime id -> legacy name and data.',
      params: { rtid: RTID },
      returns: [['方块名。', 'The name.'], ['数据值。', 'The data.'], FOUND],
      example:
        'local blocks = omega.blocks\nlocal name, data, ok = blocks.rtid_to_legacy_block(rtid)',
    }),
    blocks('rtid_to_block_name_and_state(rtid: integer): string, string, boolean', 'any', {
      zh: 'runtime id → 名称和状态。',
      en: 'Runtime id -> name and state.',
      params: { rtid: RTID },
      returns: [['方块名。', 'The name.'], ['状态字符串。', 'The state.'], FOUND],
      example: 'local name, state, found =\n    omega.blocks.rtid_to_block_name_and_state(rtid)',
    }),
    blocks('block_name_and_state_to_rtid(name: string, state: string): integer, boolean', 'any', {
      zh: '名称和状态 → runtime id。',
      en: 'Name and state -> runtime id.',
      params: { name: ['方块名。', 'The name.'], state: ['状态字符串。', 'The state.'] },
      returns: [RTID, FOUND],
      example:
        'local blocks = omega.blocks\nlocal rtid, found =\n    blocks.block_name_and_state_to_rtid("chest", "[]")',
    }),
    blocks('rtid_to_java_str(rtid: integer): string, boolean', 'any', {
      zh: 'runtime id → Java 版写法。',
      en: 'Runtime id -> Java form.',
      params: { rtid: RTID },
      returns: [['Java 写法。', 'The Java string.'], FOUND],
      example: 'local s, found = omega.blocks.rtid_to_java_str(rtid)',
    }),
    blocks('java_str_to_rtid(java_str: string): integer, boolean', 'any', {
      zh: 'Java 版写法 → runtime id。',
      en: 'Java form -> runtime id.',
      params: { java_str: ['Java 写法。', 'The Java string.'] },
      returns: [RTID, FOUND],
      example: 'local rtid, found = omega.blocks.java_str_to_rtid(s)',
    }),
    blocks('new_nbt(): userdata', 'any', {
      zh: '新建一个空的方块 NBT。',
      en: 'Creates an empty block NBT.',
      returns: [['NBT 对象。', 'The NBT.']],
      example: 'local nbt = omega.blocks.new_nbt()',
    }),
  ],
);

const structures = functionsOf('omega.structures', 'OmegaStructures', 'building', '.');

export const STRUCTURES: ApiType = defineType(
  {
    id: 'OmegaStructures',
    kind: 'shape',
    receiver: 'omega.structures',
    name: ['omega.structures', 'omega.structures'],
    summary: [
      '结构与画布：打开、转换、新建、复制。',
      'Structures and canvases: open, convert, create, copy.',
    ],
    closed: false,
  },
  [
    structures('open_or_create_structure(path: string): Canvas', 'any', {
      zh: '打开（没有时新建）一个结构。',
      en: 'Opens a structure, creating it when missing.',
      params: { path: ['结构所在的目录。', 'Its folder.'] },
      returns: [['结构。', 'The structure.']],
      example:
        'local structures = omega.structures\nlocal s = structures.open_or_create_structure("dir")',
    }),
    structures(
      'convert_file_to_structure(structure_path: string, file_path: string): Canvas',
      'any',
      {
        zh: '把一个结构文件转换为结构。',
        en: 'Converts a structure file into a structure.',
        params: {
          structure_path: ['结构保存的目录。', 'Where to keep the structure.'],
          file_path: ['结构文件。', 'The file.'],
        },
        returns: [['结构。', 'The structure.']],
        example:
          'local structures = omega.structures\nlocal s =\n    structures.convert_file_to_structure(dir, file)',
      },
    ),
    structures('new_canvas(): Canvas', 'any', {
      zh: '新建一块空画布。',
      en: 'Creates an empty canvas.',
      returns: [['画布。', 'The canvas.']],
      example: 'local canvas = omega.structures.new_canvas()',
    }),
    structures(
      'copy(source: Canvas, target: Canvas, start_pos: Pos, end_pos: Pos, offset: Pos)',
      'any',
      {
        zh: '把源的一个区域复制到目标，位置加上偏移。',
        en: 'Copies a region of the source into the target, shifted by the offset.',
        params: {
          source: ['源。', 'The source.'],
          target: ['目标。', 'The target.'],
          start_pos: ['区域起点。', 'Region start.'],
          end_pos: ['区域终点。', 'Region end.'],
          offset: ['偏移。', 'The offset.'],
        },
        example:
          'omega.structures.copy(src, dst, src:get_start_pos(),\n    src:get_end_pos(), { x = 0, y = 0, z = 0 })',
      },
    ),
  ],
);

const omegaField = fieldsOf('omega', 'mod.omega');

export const OMEGA_MODULE: ApiType = defineType(
  {
    id: 'mod.omega',
    kind: 'module',
    receiver: 'omega',
    name: ['omega 模块', 'omega module'],
    summary: [
      'neomega 宿主模块：传给 `require("coromega").from(omega)`；也有 `omega.storage_path` 等底层接口。',
      'The neomega host module, passed to `require("coromega").from(omega)`; also low-level parts such as `omega.storage_path`.',
    ],
    closed: false,
    module: 'omega',
  },
  [],
  [
    omegaField('storage_path', 'OmegaStoragePath', {
      zh: '存储路径函数，常用来设置 `package.path`。',
      en: 'Storage path functions, often used to set `package.path`.',
      example: 'local sp = omega.storage_path\nlocal p = sp.get_code_path("LuaLoader", "?.lua")',
    }),
    omegaField('packets', 'table<string, string>', {
      zh: '数据包类型名：`packets.Text`、`packets.all`、`packets.noMovePlayer`……',
      en: 'Packet type names: `packets.Text`, `packets.all`, `packets.noMovePlayer`...',
      example: 'local packets = omega.packets',
    }),
    omegaField('blocks', 'OmegaBlocks', {
      zh: '方块表示的转换和 NBT。',
      en: 'Block conversions and NBT.',
      example: 'local blocks = omega.blocks',
    }),
    omegaField('structures', 'OmegaStructures', {
      zh: '结构与画布。',
      en: 'Structures and canvases.',
      example: 'local structures = omega.structures',
    }),
    omegaField('sync_sql', 'table', {
      zh: 'SQL 数据库（sqlite 等）：`omega.sync_sql.open("sqlite3", 地址, 设置)`。',
      en: 'SQL databases (sqlite...): `omega.sync_sql.open("sqlite3", dsn, config)`.',
      example: 'local sql = omega.sync_sql\nlocal db, err = sql.open("sqlite3", "file:t.db", {})',
    }),
    omegaField('config', 'userdata', {
      zh: '插件配置的底层对象；请用 `coromega.config` 读取。',
      en: 'The raw plugin config object; read it through `coromega.config`.',
      example: 'local cfg = coromega.config',
    }),
  ],
);

const coromegaModule = functionsOf('coromega', 'mod.coromega', 'module', '.');

export const COROMEGA_MODULE: ApiType = defineType(
  {
    id: 'mod.coromega',
    kind: 'module',
    receiver: 'coromega',
    name: ['coromega 模块', 'coromega module'],
    summary: [
      '协程封装：`.from(omega)` 得到 coromega 对象，异步调用写起来像同步调用。',
      'The coroutine wrapper: `.from(omega)` gives the coromega object; asynchronous calls read like synchronous ones.',
    ],
    closed: false,
    module: 'coromega',
  },
  [
    coromegaModule('from(omega: mod.omega): Coromega', 'any', {
      zh: '用 omega 创建 coromega 对象，并把插件配置读入 `coromega.config`。',
      en: 'Creates the coromega object from omega and reads the plugin config into `coromega.config`.',
      params: { omega: ['`require("omega")` 的结果。', 'What `require("omega")` gives.'] },
      returns: [['coromega 对象。', 'The coromega object.']],
      example: 'local omega = require("omega")\nlocal coromega = require("coromega").from(omega)',
    }),
  ],
);

const global = functionsOf('global', 'globals', 'system', '.');

export const GLOBALS: ApiType = defineType(
  {
    id: 'globals',
    kind: 'module',
    receiver: '_G',
    name: ['全局函数', 'globals'],
    summary: ['neomega 提供的全局函数。', 'Global functions neomega provides.'],
    closed: false,
  },
  [
    global('ud2lua(ud: userdata): any', 'any', {
      zh: '把 userdata（如数据包数据）转换成普通的 Lua 表，之后可以用 pairs 遍历。转换有开销，尽量少用。',
      en: 'Turns userdata (e.g. packet data) into a plain Lua table you can iterate with pairs. It costs time: use sparingly.',
      params: { ud: ['要转换的 userdata。', 'The userdata.'] },
      returns: [['转换后的值。', 'The converted value.']],
      example: 'local t = ud2lua(packet:user_data())',
    }),
  ],
);
