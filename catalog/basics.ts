/**
 * The coromega basics an HTTP plugin needs (coroutines, output, input, time, config, paths, files, menus),
 * the `json` module, and the modules plugins `require`.
 */
import type {
  ApiCategory,
  ApiField,
  ApiFunction,
  ApiParam,
  LocalText,
  ModuleInfo,
  OptionKey,
  Scope,
} from './types';

const varargs: ApiParam = {
  name: '...',
  type: 'any',
  variadic: true,
  doc: {
    'zh-cn': '任意数量、任意类型的值，以空格连接；表显示为 JSON。',
    en: 'Any number of values of any type, joined with spaces; tables show as JSON.',
  },
};

const pathParts: ApiParam = {
  name: '...',
  type: 'string',
  variadic: true,
  doc: {
    'zh-cn': '要接在后面的子目录或文件名，可以有多个。',
    en: 'Sub-folders or a file name to append; any number.',
  },
};

function p(name: string, type: string, zh: string, en: string, optional = false): ApiParam {
  return { name, type, optional, doc: { 'zh-cn': zh, en } };
}

function method(
  name: string,
  category: ApiCategory,
  scope: Scope,
  params: ApiParam[],
  returns: ApiFunction['returns'],
  summary: LocalText,
  example: string,
  extra: Partial<ApiFunction> = {},
): ApiFunction {
  return {
    name,
    owner: 'coromega',
    call: ':',
    category,
    params,
    returns,
    scope,
    summary,
    example,
    ...extra,
  };
}

function ret(type: string, zh: string, en: string): ApiFunction['returns'][number] {
  return { type, doc: { 'zh-cn': zh, en } };
}

function level(name: string, zhLevel: string, enLevel: string, zhNote: string, enNote: string) {
  return method(
    name,
    'output',
    'any',
    [varargs],
    [],
    {
      'zh-cn': `以 ${zhLevel} 级别在终端显示并记录日志。${zhNote}`,
      en: `Shows and logs at ${enLevel} level. ${enNote}`,
    },
    `coromega:${name}("value: ", 1, { "a", "b" })`,
  );
}

export const COROMEGA_FUNCTIONS: ApiFunction[] = [
  method(
    'start_new',
    'coroutine',
    'any',
    [
      p(
        'fn',
        'function',
        '在新协程中执行的函数（无参数）。',
        'The function to run in a new coroutine (no arguments).',
      ),
    ],
    [],
    {
      'zh-cn':
        '在一个新的协程中开始执行函数；HTTP、sleep、input 等“协程内”的调用只能在这里面使用。',
      en: 'Starts running a function in a new coroutine; "coroutine-only" calls (HTTP, sleep, input...) work only inside one.',
    },
    'coromega:start_new(function()\n    coromega:sleep(1)\n    coromega:print("running in a coroutine")\nend)',
  ),
  method(
    'run',
    'coroutine',
    'any',
    [],
    [],
    {
      'zh-cn':
        '进入事件循环，把请求结果、输入、定时等送回挂起的协程。一般写在插件最后一行；之后的代码不会执行。',
      en: 'Enters the event loop that delivers request results, input and timers to suspended coroutines. Usually the last line of a plugin; code after it never runs.',
    },
    'coromega:run()',
  ),
  method(
    'halt',
    'coroutine',
    'any',
    [],
    [],
    {
      'zh-cn': '停止事件循环，之后挂起的协程都不再恢复。',
      en: 'Stops the event loop; suspended coroutines are never resumed afterwards.',
    },
    'coromega:halt()',
  ),
  method(
    'pause',
    'coroutine',
    'coroutine',
    [],
    [
      ret(
        'any',
        '`get_resume()` 得到的函数被调用时传入的值。',
        'The value passed to the function from `get_resume()`.',
      ),
    ],
    {
      'zh-cn': '挂起当前协程，直到 `get_resume()` 返回的函数被调用。',
      en: 'Suspends the coroutine until the function from `get_resume()` is called.',
    },
    'local resume = coromega:get_resume()\n-- ... pass resume to another coroutine, which calls resume("done")\nlocal ret = coromega:pause()',
  ),
  method(
    'get_resume',
    'coroutine',
    'coroutine',
    [],
    [
      ret(
        'function',
        '调用它（可带一个值）即恢复 `pause()` 中的协程。',
        'Call it (with a value) to resume the coroutine in `pause()`.',
      ),
    ],
    {
      'zh-cn': '取得恢复当前协程的函数，与 `pause()` 配合。',
      en: 'Returns the function that resumes this coroutine; pairs with `pause()`.',
    },
    'local resume = coromega:get_resume()',
  ),
  method(
    'print',
    'output',
    'any',
    [varargs],
    [],
    {
      'zh-cn':
        '在终端显示信息：参数以空格连接，带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。支持 `§a` 等颜色代码。',
      en: 'Shows a line in the terminal: arguments joined by spaces, fractional numbers with 3 decimals, tables as JSON, nil as `nil`. Colour codes such as `§a` work.',
    },
    'coromega:print("§a在终端显示: ", 1, { "a", "b" })',
  ),
  method(
    'log',
    'output',
    'any',
    [varargs],
    [],
    { 'zh-cn': '写入日志（不显示在终端）。', en: 'Writes to the log (not shown in the terminal).' },
    'coromega:log("记录日志: ", 1, { "a", "b" })',
  ),
  method(
    'log_and_print',
    'output',
    'any',
    [varargs],
    [],
    { 'zh-cn': '在终端显示并写入日志。', en: 'Shows in the terminal and writes to the log.' },
    'coromega:log_and_print("显示并记录: ", 1)',
  ),
  level(
    'debug_out',
    'DEBUG',
    'DEBUG',
    '默认不显示，除非框架配置打开 DEBUG 级别；带 [DEBUG] 前缀。',
    'Hidden unless the framework config enables DEBUG; prefixed [DEBUG].',
  ),
  level('info_out', 'INFO', 'INFO', '默认显示，无前缀。', 'Shown by default, no prefix.'),
  level('success_out', 'SUCCESS', 'SUCCESS', '绿色。', 'Green.'),
  level('warning_out', 'WARNING', 'WARNING', '黄色。', 'Yellow.'),
  level('error_out', 'ERROR', 'ERROR', '红色。', 'Red.'),
  method(
    'input',
    'input',
    'coroutine',
    [
      p('hint', 'string', '提示信息。', 'The prompt.'),
      p(
        'timeout',
        'number?',
        '超时秒数，超时得到空字符串。',
        'Timeout in seconds; an empty string on timeout.',
        true,
      ),
    ],
    [
      ret(
        'string',
        '输入的一行（去掉末尾换行）。',
        'The line typed (without the trailing newline).',
      ),
    ],
    {
      'zh-cn': '从终端读取一行输入。',
      en: 'Reads one line of input from the terminal.',
    },
    'local name = coromega:input("请输入名字：")',
  ),
  method(
    'backend_input',
    'input',
    'coroutine',
    [
      p('hint', 'string', '提示信息。', 'The prompt.'),
      p(
        'timeout',
        'number?',
        '超时秒数，超时得到空字符串。',
        'Timeout in seconds; an empty string on timeout.',
        true,
      ),
    ],
    [
      ret(
        'string',
        '输入的一行（去掉末尾换行）。',
        'The line typed (without the trailing newline).',
      ),
    ],
    {
      'zh-cn': '从终端读取一行输入，与 `input` 相同。',
      en: 'Reads one line from the terminal; the same as `input`.',
    },
    'local cmd = coromega:backend_input("please input cmd: ")',
  ),
  method(
    'sleep',
    'time',
    'coroutine',
    [
      p(
        'seconds',
        'number',
        '休眠秒数，可带小数（如 `0.5`）。',
        'Seconds to sleep; fractions allowed (e.g. `0.5`).',
      ),
    ],
    [],
    {
      'zh-cn': '挂起当前协程一段时间（不阻塞其他协程）。',
      en: 'Suspends the coroutine for a while (other coroutines keep running).',
    },
    'coromega:sleep(1.5)',
  ),
  method(
    'now',
    'time',
    'any',
    [],
    [ret('number', 'Unix 时间（秒）。', 'Unix time in seconds.')],
    { 'zh-cn': '当前时间（Unix 秒）。', en: 'The current time (Unix seconds).' },
    'local t = coromega:now()',
  ),
  method(
    'now_unix',
    'time',
    'any',
    [],
    [ret('number', 'Unix 时间（秒）。', 'Unix time in seconds.')],
    {
      'zh-cn': '当前时间（Unix 秒），同 `now()`。',
      en: 'The current time (Unix seconds); same as `now()`.',
    },
    'local t = coromega:now_unix()',
  ),
  method(
    'now_since_start',
    'time',
    'any',
    [],
    [ret('number', '秒。', 'Seconds.')],
    { 'zh-cn': '插件启动以来的秒数。', en: 'Seconds since the plugin started.' },
    'local uptime = coromega:now_since_start()',
  ),
  method(
    'uuid',
    'system',
    'any',
    [],
    [ret('string', 'UUID 字符串。', 'A UUID string.')],
    { 'zh-cn': '生成一个 UUID 字符串。', en: 'Generates a UUID string.' },
    'local id = coromega:uuid()',
  ),
  method(
    'os',
    'system',
    'any',
    [],
    [ret('string', '如 `"linux-amd64"`。', 'E.g. `"linux-amd64"`.')],
    { 'zh-cn': '操作系统和架构。', en: 'Operating system and architecture.' },
    'local platform = coromega:os()',
  ),
  method(
    'current_dir',
    'path',
    'any',
    [],
    [ret('string', '当前目录。', 'The current directory.')],
    { 'zh-cn': '当前工作目录。', en: 'The current working directory.' },
    'local dir = coromega:current_dir()',
  ),
  method(
    'update_config',
    'config',
    'any',
    [
      p(
        'new_config',
        'table',
        '新的配置（通常是修改后的 `coromega.config`）。',
        'The new config (usually the modified `coromega.config`).',
      ),
    ],
    [],
    {
      'zh-cn': '把新配置写回插件配置文件的 `配置` 部分（用于升级配置）。',
      en: "Writes a new config back into the plugin config file's `配置` section (to upgrade a config).",
    },
    'coromega.config.Version = "0.0.2"\ncoromega:update_config(coromega.config)',
  ),
  method(
    'config_path_of',
    'path',
    'any',
    [pathParts],
    [ret('string', '路径。', 'The path.')],
    { 'zh-cn': '`{存储目录}/config/` 下的路径。', en: 'A path under `{storage}/config/`.' },
    'local p = coromega:config_path_of("插件", "配置.json")',
  ),
  method(
    'code_path_of',
    'path',
    'any',
    [pathParts],
    [ret('string', '路径。', 'The path.')],
    { 'zh-cn': '`{存储目录}/lang/` 下的路径。', en: 'A path under `{storage}/lang/`.' },
    'local p = coromega:code_path_of("LuaLoader", "lib.lua")',
  ),
  method(
    'data_path_of',
    'path',
    'any',
    [pathParts],
    [ret('string', '路径。', 'The path.')],
    { 'zh-cn': '`{存储目录}/data/` 下的路径。', en: 'A path under `{storage}/data/`.' },
    'local p = coromega:data_path_of("my_plugin", "state.json")',
  ),
  method(
    'cache_path_of',
    'path',
    'any',
    [pathParts],
    [ret('string', '路径。', 'The path.')],
    {
      'zh-cn': '`{存储目录}/cache/` 下的路径（文件可能被清除，使用前检查是否存在）。',
      en: 'A path under `{storage}/cache/` (files may be cleared: check before use).',
    },
    'local p = coromega:cache_path_of("download.bin")',
  ),
  method(
    'path_join',
    'path',
    'any',
    [pathParts],
    [ret('string', '拼接后的路径。', 'The joined path.')],
    { 'zh-cn': '拼接路径。', en: 'Joins path parts.' },
    'local p = coromega:path_join("storage", "test")',
  ),
  method(
    'path_exist',
    'path',
    'any',
    [p('path', 'string', '路径。', 'The path.')],
    [ret('boolean', '是否存在。', 'Whether it exists.')],
    { 'zh-cn': '判断路径是否存在。', en: 'Whether a path exists.' },
    'if coromega:path_exist(p) then ... end',
  ),
  method(
    'path_list',
    'path',
    'any',
    [p('path', 'string', '目录。', 'The directory.')],
    [ret('table', '文件和目录列表。', 'Files and directories.')],
    { 'zh-cn': '列出目录内容。', en: 'Lists a directory.' },
    'local files = coromega:path_list(coromega:data_path_of())',
  ),
  method(
    'path_abs',
    'path',
    'any',
    [p('path', 'string', '路径。', 'The path.')],
    [ret('string', '绝对路径。', 'The absolute path.')],
    { 'zh-cn': '取得绝对路径。', en: 'The absolute path.' },
    'local abs = coromega:path_abs("storage")',
  ),
  method(
    'path_ext',
    'path',
    'any',
    [p('path', 'string', '路径。', 'The path.')],
    [ret('string', '扩展名，如 `.lua`。', 'The extension, e.g. `.lua`.')],
    { 'zh-cn': '取得扩展名。', en: 'The file extension.' },
    'local ext = coromega:path_ext("test.lua") -- .lua',
  ),
  method(
    'path_move',
    'path',
    'any',
    [p('src', 'string', '原路径。', 'Source.'), p('dst', 'string', '新路径。', 'Destination.')],
    [],
    { 'zh-cn': '移动（剪切）文件或目录。', en: 'Moves a file or directory.' },
    'coromega:path_move("a.txt", "b.txt")',
  ),
  method(
    'path_remove',
    'path',
    'any',
    [p('path', 'string', '路径。', 'The path.')],
    [],
    { 'zh-cn': '删除文件或目录。', en: 'Deletes a file or directory.' },
    'coromega:path_remove("old.txt")',
  ),
  method(
    'make_dir',
    'path',
    'any',
    [p('path', 'string', '目录。', 'The directory.')],
    [],
    { 'zh-cn': '创建目录。', en: 'Creates a directory.' },
    'coromega:make_dir(coromega:data_path_of("my_plugin"))',
  ),
  method(
    'make_temp_dir',
    'path',
    'any',
    [],
    [ret('string', '临时目录路径。', 'The temporary directory.')],
    {
      'zh-cn': '创建临时目录（neomega 重启时删除）。',
      en: 'Creates a temporary directory (removed when neomega restarts).',
    },
    'local tmp = coromega:make_temp_dir()',
  ),
  method(
    'save_text',
    'storage',
    'any',
    [p('path', 'string', '文件路径。', 'File path.'), p('text', 'string', '内容。', 'The text.')],
    [],
    { 'zh-cn': '把字符串写入文件。', en: 'Writes a string to a file.' },
    'coromega:save_text(coromega:data_path_of("a.txt"), "Hello")',
  ),
  method(
    'load_text',
    'storage',
    'any',
    [p('path', 'string', '文件路径。', 'File path.')],
    [ret('string', '文件内容。', 'The file content.')],
    { 'zh-cn': '读取文件为字符串。', en: 'Reads a file as a string.' },
    'local text = coromega:load_text(coromega:data_path_of("a.txt"))',
  ),
  method(
    'save_data',
    'storage',
    'any',
    [
      p('path', 'string', '文件路径。', 'File path.'),
      p('data', 'any', '要保存的值（存为 JSON）。', 'The value (saved as JSON).'),
    ],
    [],
    { 'zh-cn': '把值以 JSON 写入文件。', en: 'Writes a value to a file as JSON.' },
    'coromega:save_data(coromega:data_path_of("state.json"), { count = 1 })',
  ),
  method(
    'load_data',
    'storage',
    'any',
    [p('path', 'string', '文件路径。', 'File path.')],
    [ret('any', '解析后的值。', 'The decoded value.')],
    { 'zh-cn': '读取 JSON 文件。', en: 'Reads a JSON file.' },
    'local state = coromega:load_data(coromega:data_path_of("state.json"))',
  ),
  method(
    'when_called_by_terminal_menu',
    'menu',
    'outside',
    [
      p(
        'options',
        'table',
        '`{ triggers = { "词1", ... }, argument_hint = "[参数]", usage = "说明" }`。',
        '`{ triggers = { "word", ... }, argument_hint = "[args]", usage = "what it does" }`.',
      ),
    ],
    [
      ret(
        'listener',
        '监听器：用 `:start_new(function(input) ... end)` 处理，`input` 为去掉触发词、按空格切分后的参数表。',
        'A listener: handle it with `:start_new(function(input) ... end)`; `input` is the words after the trigger.',
      ),
    ],
    {
      'zh-cn': '在后台（终端）菜单添加入口；输入触发词时在新协程中运行处理函数。',
      en: 'Adds a terminal (backend) menu entry; typing a trigger runs the handler in a new coroutine.',
    },
    'coromega:when_called_by_terminal_menu({\n    triggers = { "fetch" },\n    argument_hint = "[url]",\n    usage = "fetch a url",\n}):start_new(function(input)\n    local response, err = coromega:http_get(input[1] or "http://example.com")\n    coromega:print(err or response.status_code)\nend)',
    { listener: true },
  ),
  method(
    'when_called_by_game_menu',
    'menu',
    'outside',
    [
      p(
        'options',
        'table',
        '`{ triggers = { "词1", ... }, argument_hint = "[参数]", usage = "说明" }`。',
        '`{ triggers = { "word", ... }, argument_hint = "[args]", usage = "what it does" }`.',
      ),
    ],
    [
      ret(
        'listener',
        '监听器：用 `:start_new(function(chat) ... end)` 处理。',
        'A listener: handle it with `:start_new(function(chat) ... end)`.',
      ),
    ],
    {
      'zh-cn': '在游戏内 neomega 菜单添加入口；触发时在新协程中运行处理函数。',
      en: 'Adds an entry to the in-game neomega menu; the handler runs in a new coroutine.',
    },
    'coromega:when_called_by_game_menu({\n    triggers = { "hello" },\n    usage = "say hello",\n}):start_new(function(chat)\n    coromega:print(chat.name)\nend)',
    { listener: true },
  ),
  {
    name: 'from',
    owner: 'coromega',
    call: '.',
    category: 'module',
    params: [
      p('omega', 'table', '`require("omega")` 的结果。', 'The result of `require("omega")`.'),
    ],
    returns: [ret('coromega', 'coromega 对象。', 'The coromega object.')],
    scope: 'any',
    summary: {
      'zh-cn': '用 omega 创建 coromega 对象，并读取插件配置到 `coromega.config`。',
      en: 'Creates the coromega object from omega and loads the plugin config into `coromega.config`.',
    },
    example: 'local omega = require("omega")\nlocal coromega = require("coromega").from(omega)',
  },
];

export const COROMEGA_FIELDS: ApiField[] = [
  {
    name: 'config',
    owner: 'coromega',
    type: 'table',
    summary: {
      'zh-cn': '插件配置：配置文件中 `配置` 部分的内容。',
      en: "The plugin config: the `配置` section of the plugin's config file.",
    },
    detail: {
      'zh-cn':
        '用点号访问（`coromega.config.Version`，不是冒号）。修改后用 `coromega:update_config(coromega.config)` 写回。',
      en: 'Accessed with a dot (`coromega.config.Version`, not a colon). Write changes back with `coromega:update_config(coromega.config)`.',
    },
    example: 'local version = coromega.config.Version\nlocal name = coromega.config["记分板名"]',
  },
];

export const JSON_FUNCTIONS: ApiFunction[] = [
  {
    name: 'encode',
    owner: 'json',
    call: '.',
    category: 'json',
    params: [p('value', 'any', '要编码的值。', 'The value to encode.')],
    returns: [ret('string', 'JSON 文本。', 'JSON text.')],
    scope: 'any',
    summary: {
      'zh-cn': '把 Lua 值编码为 JSON：键为 1..n 的表编码为数组，其他为对象；空表编码为 `[]`。',
      en: 'Encodes a Lua value as JSON: a table with keys 1..n becomes an array, otherwise an object; `{}` encodes as `[]`.',
    },
    example: 'local text = json.encode({ name = "steve", level = 3 })',
  },
  {
    name: 'decode',
    owner: 'json',
    call: '.',
    category: 'json',
    params: [p('text', 'string', 'JSON 文本。', 'JSON text.')],
    returns: [
      ret('any', '解析出的值；失败时为 nil。', 'The decoded value; nil on failure.'),
      ret('string|nil', '失败时的错误信息。', 'The error message on failure.'),
    ],
    scope: 'any',
    summary: {
      'zh-cn': '解析 JSON 文本；无效时返回 `nil, 错误信息`。',
      en: 'Decodes JSON text; invalid text returns `nil, error_message`.',
    },
    example:
      'local data, err = json.decode(response.body)\nif not data then coromega:print("bad json: " .. err) end',
  },
];

export const MODULES: ModuleInfo[] = [
  {
    name: 'omega',
    summary: {
      'zh-cn':
        'neomega 宿主模块，传给 `require("coromega").from(omega)`；也提供 `omega.storage_path` 等底层接口。',
      en: 'The neomega host module, passed to `require("coromega").from(omega)`; also gives low-level APIs such as `omega.storage_path`.',
    },
    example: 'local omega = require("omega")',
  },
  {
    name: 'coromega',
    summary: {
      'zh-cn': '协程封装：用 `.from(omega)` 得到 coromega 对象，异步调用写成同步的样子。',
      en: 'The coroutine wrapper: `.from(omega)` gives the coromega object; asynchronous calls read like synchronous ones.',
    },
    example: 'local coromega = require("coromega").from(omega)',
  },
  {
    name: 'json',
    summary: {
      'zh-cn': 'JSON 编解码：`json.encode(value)`、`json.decode(text)`。',
      en: 'JSON: `json.encode(value)`, `json.decode(text)`.',
    },
    example: 'local json = require("json")',
  },
];

/** Keys of the options table of `when_called_by_terminal_menu` / `when_called_by_game_menu`. */
export const MENU_OPTION_KEYS: OptionKey[] = [
  {
    name: 'triggers',
    types: ['table'],
    typeLabel: 'table',
    summary: {
      'zh-cn': '触发词列表（字符串表）：输入其中任意一个即触发菜单。',
      en: 'Trigger words (a table of strings): typing any of them triggers the entry.',
    },
    detail: {
      'zh-cn': '菜单中显示第一个触发词。处理函数收到去掉触发词、按空格切分后的其余输入。',
      en: 'The menu shows the first one. The handler receives the rest of the input, split on spaces.',
    },
    example: 'triggers = { "fetch", "抓取" }',
  },
  {
    name: 'argument_hint',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '参数提示，只在菜单中显示。',
      en: 'Argument hint, only shown in the menu.',
    },
    detail: { 'zh-cn': '不影响行为。', en: 'Does not change behaviour.' },
    example: 'argument_hint = "[url]"',
  },
  {
    name: 'usage',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '功能说明，只在菜单中显示。',
      en: 'What the entry does, only shown in the menu.',
    },
    detail: { 'zh-cn': '不影响行为。', en: 'Does not change behaviour.' },
    example: 'usage = "抓取一个网址"',
  },
];
