/**
 * coromega's system chapter: coroutines and the event loop, printing and logging, terminal input, time, the
 * operating system, UUIDs and translation (docs: 系统功能, 其他功能).
 */
import { functionsOf, type FnBuilder } from '../dsl';
import type { ApiFunction } from '../types';

const fn = (category: Parameters<typeof functionsOf>[2]): FnBuilder =>
  functionsOf('coromega', 'Coromega', category);
const co = fn('coroutine');
const out = fn('output');
const input = fn('input');
const time = fn('time');
const sys = fn('system');

const ANY_VALUES = [
  '任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。',
  'Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.',
] as const;

function level(name: string, zh: string, en: string): ApiFunction {
  return out(`${name}(...: any)`, 'any', {
    zh,
    en,
    params: { '...': ANY_VALUES },
    example: `coromega:${name}("value:", 1, { "a", "b" })`,
  });
}

const hintTimeout = {
  hint: ['输入前显示的提示（可省略）。', 'The prompt shown first (optional).'],
  timeout: [
    '超时秒数（可省略）；超时时得到空字符串。',
    'Timeout in seconds (optional); an empty string on timeout.',
  ],
} as const;

export const SYSTEM_METHODS: ApiFunction[] = [
  co('start_new(fn: fun())', 'any', {
    zh: '在一个新的协程中开始执行函数；HTTP、input 等“协程内”的调用只能在协程里使用。',
    en: 'Starts running a function in a new coroutine; coroutine-only calls (HTTP, input...) work only inside one.',
    params: { fn: ['在新协程中执行的函数（没有参数）。', 'The function to run (no arguments).'] },
    example:
      'coromega:start_new(function()\n    coromega:sleep(1)\n    coromega:print("in a coroutine")\nend)',
    needsRun: true,
  }),
  co('run()', 'any', {
    zh: '进入事件循环，把请求结果、输入、菜单和事件送回挂起的协程。一般写在插件最后一行，之后的代码不会执行。',
    en: 'Enters the event loop that delivers results, input, menus and events to suspended coroutines. Usually the last line; code after it never runs.',
    example: 'coromega:start_new(function()\n    coromega:sleep(1)\nend)\ncoromega:run()',
  }),
  co('halt()', 'any', {
    zh: '停止事件循环：之后挂起的协程都不再恢复，插件相当于失效。',
    en: 'Stops the event loop: suspended coroutines are never resumed again, as if the plugin were off.',
    example: 'if coromega.config.disabled then\n    coromega:halt()\nend',
  }),
  co('pause(): any', 'coroutine', {
    zh: '挂起当前协程，直到 `get_resume()` 取得的函数被调用。',
    en: 'Suspends the coroutine until the function from `get_resume()` is called.',
    returns: [['调用恢复函数时传入的值。', 'What was passed to the resume function.']],
    example:
      'local resume = coromega:get_resume()\n-- hand resume to another coroutine\nlocal value = coromega:pause()',
  }),
  co('get_resume(): fun(...: any)', 'coroutine', {
    zh: '取得恢复当前协程的函数，与 `pause()` 配合使用。',
    en: 'Returns the function that resumes this coroutine; pairs with `pause()`.',
    returns: [
      [
        '调用它（可带值）即恢复在 `pause()` 中等待的协程。',
        'Call it (with values) to resume the coroutine waiting in `pause()`.',
      ],
    ],
    example: 'local resume = coromega:get_resume()',
  }),
  out('print(...: any)', 'any', {
    zh: '在终端显示一行：尽量把任何值都显示得可读。支持 `§a` 等颜色代码。',
    en: 'Shows a line in the terminal, making any value readable. Colour codes such as `§a` work.',
    params: { '...': ANY_VALUES },
    example: 'coromega:print("§a在终端显示: ", 1, { "a", "b" })',
  }),
  out('sprint(...: any): string', 'any', {
    zh: '像 `print` 那样拼接参数，但不显示，而是返回把 MC 颜色代码转换成终端颜色后的字符串。',
    en: 'Joins the arguments like `print` but returns the text, with Minecraft colour codes turned into terminal colours.',
    params: { '...': ANY_VALUES },
    returns: [['转换后的字符串。', 'The converted text.']],
    example: 'local s = coromega:sprint("§l§bHello §r§eWorld")\nprint(s)',
  }),
  out('log(...: any)', 'any', {
    zh: '写入日志，不在终端显示。',
    en: 'Writes to the log without showing it in the terminal.',
    params: { '...': ANY_VALUES },
    example: 'coromega:log("记录日志: ", 1, { "a", "b" })',
  }),
  out('log_and_print(...: any)', 'any', {
    zh: '在终端显示并写入日志。',
    en: 'Shows in the terminal and writes to the log.',
    params: { '...': ANY_VALUES },
    example: 'coromega:log_and_print("显示并记录: ", 1)',
  }),
  level(
    'debug_out',
    'DEBUG 级别输出：默认既不显示也不记录，除非框架配置打开 DEBUG；带 [DEBUG] 前缀。',
    'DEBUG level: neither shown nor logged unless the framework config enables DEBUG; prefixed [DEBUG].',
  ),
  level(
    'info_out',
    'INFO 级别输出：默认显示并记录，没有前缀。',
    'INFO level: shown and logged by default, no prefix.',
  ),
  level(
    'success_out',
    'SUCCESS 级别输出：绿色，默认显示并记录。',
    'SUCCESS level: green, shown and logged by default.',
  ),
  level(
    'warning_out',
    'WARNING 级别输出：黄色，默认显示并记录。',
    'WARNING level: yellow, shown and logged by default.',
  ),
  level(
    'error_out',
    'ERROR 级别输出：红色，默认显示并记录。',
    'ERROR level: red, shown and logged by default.',
  ),
  input('backend_input(hint?: string, timeout?: number): string', 'coroutine', {
    zh: '显示提示后等待终端输入一行，返回去掉行尾换行的内容。',
    en: 'Shows the prompt and waits for a line typed in the terminal; returns it without the line break.',
    params: hintTimeout,
    returns: [['输入的一行。', 'The line typed.']],
    example: 'local cmd = coromega:backend_input("请输入命令: ")',
  }),
  input('input(hint?: string, timeout?: number): string', 'coroutine', {
    zh: '从终端读取一行输入，与 `backend_input` 相同。',
    en: 'Reads one line from the terminal; the same as `backend_input`.',
    params: hintTimeout,
    returns: [['输入的一行。', 'The line typed.']],
    example: 'local name = coromega:input("请输入名字：", 30)',
  }),
  time('sleep(seconds: number)', 'blocks-outside', {
    zh: '暂停一段时间。在协程内只挂起当前协程；在协程外会阻塞整个插件。',
    en: 'Waits for a while. Inside a coroutine only that coroutine waits; outside one the whole plugin blocks.',
    detail: [
      '时间很短时可能因系统调度而不精确。需要等待时尽量放在协程里。',
      'Very short waits may be imprecise. Prefer waiting inside a coroutine.',
    ],
    params: { seconds: ['秒数，可带小数（如 `0.5`）。', 'Seconds; fractions allowed (`0.5`).'] },
    example: 'coromega:sleep(1.5)',
  }),
  time('now(): number', 'any', {
    zh: '当前时间（Unix 秒）。',
    en: 'The current time (Unix seconds).',
    returns: [['Unix 时间（秒）。', 'Unix time in seconds.']],
    example: 'local t = coromega:now()',
  }),
  time('now_unix(): number', 'any', {
    zh: '当前时间（Unix 秒），与 `now()` 相同。',
    en: 'The current time (Unix seconds); the same as `now()`.',
    returns: [['Unix 时间（秒）。', 'Unix time in seconds.']],
    example: 'local t = coromega:now_unix()',
  }),
  time('now_since_start(): number', 'any', {
    zh: '插件启动以来经过的秒数。',
    en: 'Seconds since the plugin started.',
    returns: [['秒数。', 'Seconds.']],
    example: 'local uptime = coromega:now_since_start()',
  }),
  sys('os(): string', 'any', {
    zh: '操作系统和架构，如 `"linux-amd64"`。',
    en: 'Operating system and architecture, e.g. `"linux-amd64"`.',
    returns: [['系统与架构。', 'System and architecture.']],
    example: 'local platform = coromega:os()',
  }),
  sys('current_dir(): string', 'any', {
    zh: 'neomega 的当前工作目录。',
    en: "neomega's current working directory.",
    returns: [['当前目录。', 'The current directory.']],
    example: 'local dir = coromega:current_dir()',
  }),
  sys('make_dir(path: string)', 'any', {
    zh: '创建目录。',
    en: 'Creates a directory.',
    params: { path: ['要创建的目录。', 'The directory to create.'] },
    example: 'coromega:make_dir(coromega:data_path_of("my_plugin"))',
  }),
  sys('make_temp_dir(): string', 'any', {
    zh: '创建一个临时目录并返回其路径；neomega 退出或重启时删除。目录中的文件可执行（安卓的下载目录不行）。',
    en: 'Creates a temporary directory and returns its path; removed when neomega exits or restarts. Files in it may be executed (unlike Android Downloads).',
    returns: [['临时目录的路径。', 'Path of the directory.']],
    example: 'local tmp = coromega:make_temp_dir()',
  }),
  sys('uuid(): string', 'any', {
    zh: '生成一个 UUID 字符串。',
    en: 'Generates a UUID string.',
    returns: [['UUID 字符串。', 'A UUID string.']],
    example: 'local id = coromega:uuid()',
  }),
  sys('translate(input: string, type?: string): string, boolean', 'any', {
    zh: '把 Minecraft 的名称或物品数据翻译成中文。',
    en: 'Translates a Minecraft name or item data into Chinese.',
    params: {
      input: ['要翻译的内容（名称或 JSON 数据）。', 'What to translate (a name or JSON data).'],
      type: [
        '类型：`"mc"`（默认）、`"block"`、`"item"`、`"container_data"`、`"container_slot_data"`、`"item_data"`。',
        'Kind: `"mc"` (default), `"block"`, `"item"`, `"container_data"`, `"container_slot_data"`, `"item_data"`.',
      ],
    },
    returns: [
      ['翻译结果。', 'The translation.'],
      ['是否翻译成功。', 'Whether it was translated.'],
    ],
    example: 'local name, ok =\n    coromega:translate("iron_sword", "item")',
  }),
  sys('lang_format(lang_code: number, input: string, ...: any): string, boolean', 'any', {
    zh: '把游戏的语言键翻译为游戏内文本，并用其余参数替换 `%s` 等占位符。',
    en: "Turns a game language key into the game's text, filling `%s` placeholders with the other arguments.",
    params: {
      lang_code: ['语言代号，0 为简体中文。', 'Language code; 0 is Simplified Chinese.'],
      input: ['语言键或文本。', 'The language key or text.'],
      '...': ['替换占位符的值。', 'Values for the placeholders.'],
    },
    returns: [
      ['格式化后的文本。', 'The formatted text.'],
      ['是否成功。', 'Whether it succeeded.'],
    ],
    example: 'local s, ok = coromega:lang_format(0, "item.apple.name")',
  }),
  sys('_debug_c_print_int(a: number, b: number): any', 'any', {
    zh: '框架内部的调试接口，插件不应使用。',
    en: "The framework's internal debugging hook; not for plugins.",
    params: { a: ['调试参数。', 'Debug value.'], b: ['调试参数。', 'Debug value.'] },
    returns: [['调试结果。', 'Debug result.']],
    example: '-- internal',
    internal: true,
  }),
  sys('new_event_source(source: userdata, handler: fun(data: any))', 'any', {
    zh: '框架内部接口：把一个事件源接入事件循环。插件应使用 `when_...` 监听器。',
    en: 'Internal: plugs an event source into the event loop. Plugins use the `when_...` listeners.',
    params: {
      source: ['事件源。', 'The event source.'],
      handler: ['事件到达时调用的函数。', 'Called with each event.'],
    },
    example: '-- internal',
    internal: true,
  }),
];
