/**
 * coromega's storage chapter: the storage folders, path helpers, text and JSON files, the key-value database,
 * the plugin's config and name (docs: 存储相关, 配置读取和升级).
 */
import { fieldsOf, functionsOf } from '../dsl';
import type { ApiField, ApiFunction } from '../types';

const path = functionsOf('coromega', 'Coromega', 'path');
const store = functionsOf('coromega', 'Coromega', 'storage');
const config = functionsOf('coromega', 'Coromega', 'config');

const PARTS = [
  '要接在后面的子目录或文件名，可以有多个。',
  'Sub-folders or a file name to append; any number.',
] as const;
const PATH = ['路径。', 'The path.'] as const;
const FILE = ['文件路径。', 'The file path.'] as const;

function storageFolder(name: string, folder: string, example: string): ApiFunction {
  return path(`${name}(...: string): string`, 'any', {
    zh: `\`{存储目录}/${folder}/\` 下的路径，参数依次接在后面。`,
    en: `A path under \`{storage}/${folder}/\`, with the arguments appended.`,
    params: { '...': PARTS },
    returns: [['拼好的路径。', 'The path.']],
    example,
  });
}

export const STORAGE_METHODS: ApiFunction[] = [
  storageFolder(
    'config_path_of',
    'config',
    'local p = coromega:config_path_of("插件", "配置.json")',
  ),
  storageFolder('code_path_of', 'lang', 'local p = coromega:code_path_of("LuaLoader", "lib.lua")'),
  storageFolder('data_path_of', 'data', 'local p = coromega:data_path_of("my_plugin", "a.json")'),
  path('cache_path_of(...: string): string', 'any', {
    zh: '`{存储目录}/cache/` 下的路径。缓存文件可能被清除，使用前先检查是否存在。',
    en: 'A path under `{storage}/cache/`. Cache files may be cleared: check they exist before use.',
    params: { '...': PARTS },
    returns: [['拼好的路径。', 'The path.']],
    example: 'local p = coromega:cache_path_of("download.bin")',
  }),
  path('path_join(...: string): string', 'any', {
    zh: '把几段路径拼接成一个路径。',
    en: 'Joins path parts into one path.',
    params: { '...': ['路径的各段。', 'The parts.'] },
    returns: [['拼接后的路径。', 'The joined path.']],
    example: 'local p = coromega:path_join("storage", "test")',
  }),
  path('path_list(path: string): table, string?', 'any', {
    zh: '列出目录中的文件和子目录。',
    en: 'Lists the files and folders in a directory.',
    params: { path: ['要列出的目录。', 'The directory.'] },
    returns: [
      ['文件和目录的列表。', 'The entries.'],
      ['出错时的错误信息。', 'The error, if any.'],
    ],
    example: 'local dir = coromega:data_path_of()\nlocal files, err = coromega:path_list(dir)',
  }),
  path('path_abs(path: string): string', 'any', {
    zh: '取得绝对路径。',
    en: 'The absolute form of a path.',
    params: { path: PATH },
    returns: [['绝对路径。', 'The absolute path.']],
    example: 'local abs = coromega:path_abs("storage")',
  }),
  path('path_ext(path: string): string', 'any', {
    zh: '取得文件的扩展名（带点，如 `.lua`）。',
    en: 'The file extension, dot included (`.lua`).',
    params: { path: PATH },
    returns: [['扩展名。', 'The extension.']],
    example: 'local ext = coromega:path_ext("test.lua") -- .lua',
  }),
  path('path_move(src: string, dst: string)', 'any', {
    zh: '把文件或目录移动（剪切）到新位置。',
    en: 'Moves (cuts) a file or directory to a new place.',
    params: { src: ['原路径。', 'Where it is.'], dst: ['新路径。', 'Where it goes.'] },
    example: 'coromega:path_move("a.txt", "b.txt")',
  }),
  path('path_remove(path: string)', 'any', {
    zh: '删除文件或目录。',
    en: 'Deletes a file or directory.',
    params: { path: PATH },
    example: 'coromega:path_remove("old.txt")',
  }),
  path('path_exist(path: string): boolean', 'any', {
    zh: '路径是否存在。',
    en: 'Whether a path exists.',
    params: { path: PATH },
    returns: [['存在时为 true。', 'true when it exists.']],
    example: 'if coromega:path_exist("a.txt") then\n    print("found")\nend',
  }),
  store('save_text(path: string, text: string)', 'any', {
    zh: '把字符串写入文件（覆盖原内容）。',
    en: 'Writes a string to a file, replacing its content.',
    params: { path: FILE, text: ['要写入的内容。', 'The text.'] },
    example: 'coromega:save_text(coromega:data_path_of("a.txt"), "Hi")',
  }),
  store('load_text(path: string): string?', 'any', {
    zh: '把文件读成字符串。',
    en: 'Reads a file as a string.',
    params: { path: FILE },
    returns: [['文件内容；读不到时为 nil。', 'The content; nil when it cannot be read.']],
    example: 'local file = coromega:data_path_of("a.txt")\nlocal text = coromega:load_text(file)',
  }),
  store('save_data(path: string, data: any)', 'any', {
    zh: '把值以 JSON 保存到文件。',
    en: 'Saves a value to a file as JSON.',
    params: { path: FILE, data: ['要保存的值。', 'The value.'] },
    example: 'local file = coromega:data_path_of("s.json")\ncoromega:save_data(file, { n = 1 })',
  }),
  store('load_data(path: string): any', 'any', {
    zh: '读取 JSON 文件并解析。',
    en: 'Reads and decodes a JSON file.',
    params: { path: FILE },
    returns: [['解析出的值。', 'The decoded value.']],
    example: 'local file = coromega:data_path_of("s.json")\nlocal state = coromega:load_data(file)',
  }),
  store('key_value_db(path: string, db_type?: string): WrappedKVDB', 'any', {
    zh: '打开（不存在时创建）一个键值数据库。',
    en: 'Opens a key-value database, creating it when missing.',
    detail: [
      '类型：`""`/`"text_log"`（默认，可读、意外关闭也不会全毁，适合少量数据）、`"level"`（leveldb，最快，二进制）、`"json"`（便于查看，最慢也最不安全，只建议调试时用）。',
      'Kinds: `""`/`"text_log"` (default; readable, survives a crash, for small data), `"level"` (leveldb; fastest, binary), `"json"` (easy to read, slowest and least safe: for debugging).',
    ],
    params: {
      path: ['数据库的路径。', 'Where the database lives.'],
      db_type: [
        '`""`、`"text_log"`、`"level"` 或 `"json"`，默认 `"text_log"`。',
        '`""`, `"text_log"`, `"level"` or `"json"`; default `"text_log"`.',
      ],
    },
    returns: [['数据库对象。', 'The database.']],
    example: 'local db = coromega:key_value_db("scores", "level")\ndb:set("Steve", 10)',
  }),
  config('update_config(new_config: table)', 'any', {
    zh: '把新的配置写回插件配置文件的 `配置` 部分，常用于升级旧配置。',
    en: "Writes a new config into the plugin config file's `配置` section, e.g. to upgrade an old one.",
    params: {
      new_config: [
        '新的配置（通常是修改后的 `coromega.config`）。',
        'The new config (usually the modified `coromega.config`).',
      ],
    },
    example: 'coromega.config.Version = "0.0.2"\ncoromega:update_config(coromega.config)',
  }),
  config('get_plugin_name(): string', 'any', {
    zh: '插件自己的名字（不带 `.lua`）。',
    en: "The plugin's own name, without `.lua`.",
    returns: [['插件名。', 'The plugin name.']],
    example: 'print(coromega:get_plugin_name())',
  }),
];

const field = fieldsOf('coromega', 'Coromega');

export const COROMEGA_FIELDS_ALL: ApiField[] = [
  field('config', 'table', {
    zh: '插件配置：配置文件中 `配置` 部分的内容，加载插件时读入。',
    en: "The plugin config: the `配置` section of the plugin's config file, read at load.",
    detail: [
      '用点号访问（`coromega.config.Version`，不是冒号）。修改后用 `coromega:update_config(coromega.config)` 写回。',
      'Use a dot (`coromega.config.Version`, not a colon). Write changes back with `coromega:update_config(coromega.config)`.',
    ],
    example: 'local version = coromega.config.Version\nlocal name = coromega.config["记分板名"]',
  }),
  field('omega', 'mod.omega', {
    zh: '创建 coromega 时传入的 omega 模块。',
    en: 'The omega module coromega was created from.',
    example: 'local packets = coromega.omega.packets',
  }),
  field('enabled', 'boolean', {
    zh: '内部状态：事件循环是否仍在分发（`halt()` 后为 false）。',
    en: 'Internal: whether the event loop still delivers (false after `halt()`).',
    example: '-- internal',
    internal: true,
  }),
  field('mux_poller', 'userdata', {
    zh: '内部：事件循环的多路轮询器。',
    en: "Internal: the event loop's poller.",
    example: '-- internal',
    internal: true,
  }),
  field('maintained_cbs', 'table', {
    zh: '内部：事件源到处理函数的表。',
    en: 'Internal: event sources and their handlers.',
    example: '-- internal',
    internal: true,
  }),
  field('cbs', 'table', {
    zh: '内部：兼容旧代码的回调表。',
    en: 'Internal: callbacks kept for old code.',
    example: '-- internal',
    internal: true,
  }),
];
