/** Runtime messages, zh-CN and English. Both languages are always shown; `lang` decides which comes first. */
export type Lang = 'zh-cn' | 'en';

export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (v.startsWith('en')) return 'en';
  return 'zh-cn';
}

export function bi(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? `${en} / ${zh}` : `${zh} / ${en}`;
}

export type MessageKey =
  | 'need_co'
  | 'colon'
  | 'need_fn'
  | 'bad_arg'
  | 'offline'
  | 'no_run'
  | 'option_type'
  | 'option_ignored'
  | 'header_table'
  | 'stdin_closed'
  | 'no_trigger'
  | 'memory'
  | 'stopped'
  | 'exit_called'
  | 'not_found'
  | 'stack';

export function message(lang: Lang, key: MessageKey, ...a: string[]): string {
  switch (key) {
    case 'need_co':
      return bi(
        lang,
        `coromega:${a[0]} 只能在 coromega:start_new(function() ... end) 启动的协程内调用`,
        `coromega:${a[0]} must run inside a coroutine started by coromega:start_new(function() ... end)`,
      );
    case 'colon':
      return bi(
        lang,
        `请用冒号调用：coromega:${a[0]}(...)，而不是 coromega.${a[0]}(...)`,
        `call it with a colon: coromega:${a[0]}(...), not coromega.${a[0]}(...)`,
      );
    case 'need_fn':
      return bi(lang, `${a[0]} 需要一个函数参数`, `${a[0]} expects a function`);
    case 'bad_arg':
      return bi(
        lang,
        `coromega:${a[0]} 的第 ${a[1]} 个参数 ${a[2]} 应为字符串，实际是 ${a[3]}`,
        `bad argument #${a[1]} (${a[2]}) to coromega:${a[0]}: string expected, got ${a[3]}`,
      );
    case 'offline':
      return bi(
        lang,
        `${a[0]} 需要连接游戏/neomega 框架，离线运行时不可用（调用已忽略，返回空对象）；若不是这样，请检查名称拼写`,
        `${a[0]} needs the game / neomega and is not available offline (call ignored, an empty stand-in returned); if that is not it, check the spelling`,
      );
    case 'no_run':
      return bi(
        lang,
        '插件没有调用 coromega:run()：在 neomega 中，协程将不会被恢复（HTTP 结果、sleep 不会返回）。这里仍继续运行',
        'the plugin never called coromega:run(): in neomega its coroutines would never resume (HTTP results and sleeps would not return). Running on here anyway',
      );
    case 'option_type':
      return bi(
        lang,
        `${a[0]} 的 option 应为 table，实际是 ${a[1]}；neomega 会忽略它`,
        `${a[0]}: option should be a table, got ${a[1]}; neomega ignores it`,
      );
    case 'option_ignored':
      return bi(
        lang,
        `option.${a[0]} 应为 ${a[1]}，实际是 ${a[2]}；neomega 会忽略它`,
        `option.${a[0]} should be a ${a[1]}, got ${a[2]}; neomega ignores it`,
      );
    case 'header_table':
      return bi(
        lang,
        `请求头 ${a[0]} 的值是 ${a[1]}，会按 tostring 发送（${a[2]}）`,
        `header ${a[0]} has a ${a[1]} value; it is sent as tostring gives it (${a[2]})`,
      );
    case 'stdin_closed':
      return bi(
        lang,
        '标准输入已关闭，等待输入的协程不会再被恢复',
        'stdin is closed; coroutines waiting for input will not resume',
      );
    case 'no_trigger':
      return bi(
        lang,
        `没有菜单触发词匹配 "${a[0]}"；可用：${a[1]}`,
        `no menu trigger matches "${a[0]}"; available: ${a[1]}`,
      );
    case 'memory':
      return bi(
        lang,
        `插件内存超过上限 ${a[0]} MB（--max-memory / coromegaLua.run.memoryLimitMb），已停止`,
        `the plugin exceeded the ${a[0]} MB memory limit (--max-memory / coromegaLua.run.memoryLimitMb) and was stopped`,
      );
    case 'stopped':
      return bi(lang, '运行已停止', 'run stopped');
    case 'exit_called':
      return bi(lang, `插件调用了 os.exit(${a[0]})`, `the plugin called os.exit(${a[0]})`);
    case 'not_found':
      return bi(lang, `找不到插件文件：${a[0]}`, `plugin file not found: ${a[0]}`);
    case 'stack':
      return bi(lang, '栈溢出（递归太深）', 'stack overflow (recursion too deep)');
  }
}
