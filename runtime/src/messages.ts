/**
 * The runtime's own messages (warnings, errors, hints), in the one language chosen for the run: `--lang zh-cn|en`,
 * else the locale in LC_ALL / LC_MESSAGES / LANG, else Simplified Chinese. Nothing the plugin receives (Go error
 * texts, command outputs) is translated.
 */
export type Lang = 'zh-cn' | 'en';

export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (v.startsWith('en')) return 'en';
  return 'zh-cn';
}

/** Picks the text of the run's language. */
export function tr(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

type Texts = readonly [zh: (...a: string[]) => string, en: (...a: string[]) => string];

const MESSAGES = {
  need_co: [
    (n) => `coromega:${n} 只能在 coromega:start_new(function() ... end) 启动的协程内调用`,
    (n) =>
      `coromega:${n} must run inside a coroutine started by coromega:start_new(function() ... end)`,
  ],
  colon: [
    (n) => `请用冒号调用：coromega:${n}(...)，而不是 coromega.${n}(...)`,
    (n) => `call it with a colon: coromega:${n}(...), not coromega.${n}(...)`,
  ],
  need_fn: [(n) => `${n} 需要一个函数参数`, (n) => `${n} expects a function`],
  bad_arg: [
    (f, i, n, t) => `coromega:${f} 的第 ${i} 个参数 ${n} 应为字符串，实际是 ${t}`,
    (f, i, n, t) => `bad argument #${i} (${n}) to coromega:${f}: string expected, got ${t}`,
  ],
  offline: [
    (n) =>
      `${n} 需要连接游戏/neomega 框架，离线运行时不可用（调用已忽略，返回空对象）；若不是这样，请检查名称拼写`,
    (n) =>
      `${n} needs the game / neomega and is not available offline (call ignored, an empty stand-in returned); if that is not it, check the spelling`,
  ],
  no_run: [
    () =>
      '插件没有调用 coromega:run()：在 neomega 中，协程将不会被恢复（HTTP 结果、sleep 不会返回）。这里仍继续运行',
    () =>
      'the plugin never called coromega:run(): in neomega its coroutines would never resume (HTTP results and sleeps would not return). Running on here anyway',
  ],
  option_type: [
    (f, t) => `${f} 的 option 应为 table，实际是 ${t}；neomega 会忽略它`,
    (f, t) => `${f}: option should be a table, got ${t}; neomega ignores it`,
  ],
  option_ignored: [
    (k, want, got) => `option.${k} 应为 ${want}，实际是 ${got}；neomega 会忽略它`,
    (k, want, got) => `option.${k} should be a ${want}, got ${got}; neomega ignores it`,
  ],
  option_unknown: [
    (k, known) => `option.${k} 不是 neomega 认识的选项，会被忽略（可用：${known}）`,
    (k, known) => `option.${k} is not an option neomega knows; it is ignored (known: ${known})`,
  ],
  option_timeout_type: [
    (t) => `option.timeout 是 ${t}：neomega 会把它当作 0 秒（立即超时）`,
    (t) => `option.timeout is a ${t}: neomega treats it as 0 s (times out at once)`,
  ],
  header_table: [
    (k, t, v) => `请求头 ${k} 的值是 ${t}，会按 tostring 发送（${v}）`,
    (k, t, v) => `header ${k} has a ${t} value; it is sent as tostring gives it (${v})`,
  ],
  stdin_closed: [
    () => '标准输入已关闭，等待输入的协程不会再被恢复',
    () => 'stdin is closed; coroutines waiting for input will not resume',
  ],
  no_trigger: [
    (w, list) => `没有终端菜单触发词匹配 "${w}"；可用：${list || '（无）'}`,
    (w, list) => `no terminal menu trigger matches "${w}"; available: ${list || '(none)'}`,
  ],
  memory: [
    (mb) => `插件内存超过上限 ${mb} MB（--max-memory / coromegaLua.run.memoryLimitMb），已停止`,
    (mb) =>
      `the plugin exceeded the ${mb} MB memory limit (--max-memory / coromegaLua.run.memoryLimitMb) and was stopped`,
  ],
  stopped: [() => '运行已停止', () => 'run stopped'],
  exit_called: [(c) => `插件调用了 os.exit(${c})`, (c) => `the plugin called os.exit(${c})`],
  not_found: [(p) => `找不到插件文件：${p}`, (p) => `plugin file not found: ${p}`],
  stack: [() => '栈溢出（递归太深）', () => 'stack overflow (recursion too deep)'],
  config_no_field: [
    (f) => `配置文件 ${f} 没有 "配置" 字段，coromega.config 为空表`,
    (f) => `config file ${f} has no "配置" field; coromega.config is empty`,
  ],
  config_unreadable: [
    (f, d) => `无法读取配置文件 ${f}：${d}`,
    (f, d) => `cannot read config file ${f}: ${d}`,
  ],
  unexpected_exit: [
    (c) => `运行时意外退出（代码 ${c}）`,
    (c) => `the runtime exited unexpectedly (code ${c})`,
  ],
} satisfies Record<string, Texts>;

export type MessageKey = keyof typeof MESSAGES;

export function message(lang: Lang, key: MessageKey, ...a: string[]): string {
  const texts: Texts = MESSAGES[key];
  return (lang === 'en' ? texts[1] : texts[0])(...a);
}
