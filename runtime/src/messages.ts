/**
 * The runtime's own messages (warnings, errors, hints), in the one language chosen for the run: `--lang zh-cn|en`,
 * else the locale in LC_ALL / LC_MESSAGES / LANG, else Simplified Chinese. Nothing the plugin receives (Go error
 * texts, command outputs) is translated.
 */
import { WORLD_MESSAGES } from './worldMessages';

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

/** `ask` is `coromega:ask`; a name with its object (`player:ask`) stays as written. */
function callName(n: string): string {
  return n.includes(':') ? n : `coromega:${n}`;
}

type Texts = readonly [zh: (...a: string[]) => string, en: (...a: string[]) => string];

const MESSAGES = {
  // `n` is a coromega method's name, or a whole call such as `player:ask` for the other objects' methods.
  need_co: [
    (n) => `${callName(n)} 只能在 coromega:start_new(function() ... end) 启动的协程内调用`,
    (n) =>
      `${callName(n)} must run inside a coroutine started by coromega:start_new(function() ... end)`,
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
  world_beside: [
    (f) => `世界文件：${f}（插件旁的同名世界文件；--no-world 不加载它）`,
    (f) => `world file: ${f} (the one beside the plugin; --no-world leaves it out)`,
  ],
  reload_kept: [
    () => '保存的文件无法使用，旧的运行继续；修正并保存后重新加载',
    () => 'the saved file cannot be used; the old run goes on until a save that can',
  ],
  reload_waiting: [
    () => '保存的文件无法使用；修正并保存后在同一个世界中重新运行',
    () => 'the saved file cannot be used; fix it and save to run again in the same world',
  ],
  reloaded: [
    (files) => `重新加载（${files}），世界保持原样`,
    (files) => `Reloaded (${files}); the world is as it was`,
  ],
  watching: [
    (how) => `插件已结束（${how}）；保存插件或配置后在同一个世界中重新运行，Ctrl+C 退出`,
    (how) =>
      `the plugin ended (${how}); save the plugin or its config to run it again in the same world, Ctrl+C to quit`,
  ],
  watch_start: [
    (files) => `监视 ${files}：保存后在同一个世界中重新加载`,
    (files) => `watching ${files}: a save reloads the plugin in the same world`,
  ],
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
  cmd_unknown: [
    (n) => `离线世界不模拟命令 ${n}：按成功处理（可在世界文件的 commands 中写规则来回答它）`,
    (n) =>
      `the offline world does not simulate the command ${n}: it succeeds generically (a rule in the world file's commands can answer it)`,
  ],
  cmd_no_answer: [
    (n) => `游戏不会回答 ${n} 命令：等待结果的调用要到超时才返回（没有超时则一直等待）`,
    (n) =>
      `the game sends no answer to ${n}: a call waiting for the result returns only at its timeout (or never without one)`,
  ],
  api_unknown: [
    (a, list) => `没有插件提供跨插件 API "${a}"；已有：${list || '（无）'}`,
    (a, list) => `no plugin exposes the cross-plugin API "${a}"; known: ${list || '(none)'}`,
  ],
  unavailable: [
    (a) => `${a} 在离线世界中不可用`,
    (a) => `${a} is not available in the offline world`,
  ],
  ws_connect_failed: [
    (addr, e) => `无法连接 WebSocket ${addr}：${e}`,
    (addr, e) => `cannot connect to the WebSocket ${addr}: ${e}`,
  ],
  poll_fn: [
    () =>
      'mux_poller:poll 只能轮询事件源、omega.system.block_sleep、omega.system.block_input 或 event_after',
    () =>
      'mux_poller:poll takes an event source, omega.system.block_sleep, omega.system.block_input or event_after',
  ],
  poll_source: [
    (t) => `mux_poller:poll 需要一个事件源，得到 ${t}`,
    (t) => `mux_poller:poll expects an event source, got ${t}`,
  ],
  menu_options: [
    (t) => `菜单选项应为 table（triggers、argument_hint、usage），得到 ${t}`,
    (t) => `menu options should be a table (triggers, argument_hint, usage), got ${t}`,
  ],
  ask_unanswered: [
    (n) =>
      `${n} 的 ask 没有得到回答：脚本已结束且标准输入已关闭（可用 {"as":"${n}","chat":"..."} 回答）`,
    (n) =>
      `the ask of ${n} was never answered: the script is over and stdin is closed (answer it with {"as":"${n}","chat":"..."})`,
  ],
  action_invalid: [(p) => `忽略无效的动作：${p}`, (p) => `ignored an invalid action: ${p}`],
  action_unknown_player: [
    (n, list) => `世界中没有玩家 "${n}"（玩家：${list || '无'}）`,
    (n, list) => `there is no player "${n}" in the world (players: ${list || 'none'})`,
  ],
  action_offline: [(n) => `玩家 "${n}" 不在线`, (n) => `player "${n}" is not online`],
  action_already_online: [(n) => `玩家 "${n}" 已经在线`, (n) => `player "${n}" is already online`],
  action_unknown_menu: [
    (t, list) => `没有游戏菜单触发词 "${t}"；可用：${list || '（无）'}`,
    (t, list) => `no game menu has the trigger "${t}"; available: ${list || '(none)'}`,
  ],
  action_no_qq_listener: [
    (t) => `来自 ${t} 的 QQ 消息没有插件在监听`,
    (t) => `no plugin listens for the QQ message from ${t}`,
  ],
  ...WORLD_MESSAGES,
} satisfies Record<string, Texts>;

export type MessageKey = keyof typeof MESSAGES;

export function message(lang: Lang, key: MessageKey, ...a: string[]): string {
  const texts: Texts = MESSAGES[key];
  return (lang === 'en' ? texts[1] : texts[0])(...a);
}
