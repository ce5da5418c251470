/**
 * The server's own user-facing text (diagnostics, quick-fix titles, labels), in zh-CN and English.
 * `{0}`, `{1}`... are replaced by the arguments.
 *
 * Longer than most modules: every message, in both languages side by side, so translations stay in step.
 */
import type { Locale } from '../../catalog';

type Table = Record<string, { 'zh-cn': string; en: string }>;

const MESSAGES = {
  // diagnostics
  'syntax-error': {
    'zh-cn': '语法错误：{0}（Lua 5.1：{1}）',
    en: 'Syntax error: {1}',
  },
  'gopher-syntax-error': {
    'zh-cn': '语法错误：{0}（neomega 使用的 gopher-lua 会拒绝加载整个文件）',
    en: 'Syntax error: {0} (gopher-lua, which neomega runs, refuses to load the whole file)',
  },
  'lua53-operator': {
    'zh-cn':
      '`{0}` 是 Lua 5.3 的运算符，neomega 使用的 Lua 5.1（gopher-lua）不支持，整个文件将无法加载。{1}',
    en: '`{0}` is a Lua 5.3 operator; neomega runs Lua 5.1 (gopher-lua), which rejects it and the whole file fails to load. {1}',
  },
  'unknown-escape': {
    'zh-cn': '`{0}` 不是标准转义：Lua 5.1 把它当作 `{1}`。可以直接写 `{1}`。',
    en: '`{0}` is not a standard escape: Lua 5.1 reads it as `{1}`. You can write `{1}` directly.',
  },
  'unknown-option-key': {
    'zh-cn':
      'neomega 不认识选项 `{0}`，它会被忽略。可用的选项：query、headers、cookies、body、form、timeout、auth。',
    en: 'neomega does not know the option `{0}`; it is ignored. Options: query, headers, cookies, body, form, timeout, auth.',
  },
  'unknown-option-key-suggest': {
    'zh-cn': 'neomega 不认识选项 `{0}`，它会被忽略。是否想写 `{1}`？',
    en: 'neomega does not know the option `{0}`; it is ignored. Did you mean `{1}`?',
  },
  'option-type': {
    'zh-cn': '选项 `{0}` 应为{1}，这里是{2}：neomega 会忽略它。',
    en: 'Option `{0}` should be a {1}, not a {2}: neomega ignores it.',
  },
  'option-not-table': {
    'zh-cn': '第 {0} 个参数 option 应为表（如 `{ timeout = "10s" }`），这里是{1}。',
    en: 'Argument {0} (option) should be a table (e.g. `{ timeout = "10s" }`), not a {1}.',
  },
  'invalid-duration': {
    'zh-cn':
      '`timeout` 不是有效的 Go 时长，请求会失败：{0}。请写成 "30s"、"500ms"、"1m30s" 这样的形式。',
    en: '`timeout` is not a valid Go duration and the request fails: {0}. Write it like "30s", "500ms", "1m30s".',
  },
  'invalid-duration-unit': {
    'zh-cn': '`timeout` 缺少单位，请求会失败：{0}。要 {1} 秒请写 "{1}s"。',
    en: '`timeout` has no unit and the request fails: {0}. For {1} seconds write "{1}s".',
  },
  'fractional-timeout': {
    'zh-cn': '数字 timeout 会被截断为整数秒：{0} 变成 {1}。{2}',
    en: 'A numeric timeout is truncated to whole seconds: {0} becomes {1}. {2}',
  },
  'zero-timeout': {
    'zh-cn': '`timeout = 0` 会让请求立即超时。不想限时请去掉 timeout；否则写成 "30s" 这样的时长。',
    en: '`timeout = 0` makes the request time out at once. Leave timeout out for no limit, or write a duration like "30s".',
  },
  'fractional-timeout-zero': {
    'zh-cn': '请求会立即超时。要 {0} 请写 "{0}"。',
    en: 'The request times out at once. For {0} write "{0}".',
  },
  'fractional-timeout-some': {
    'zh-cn': '要精确的时长请写 "{0}"。',
    en: 'For the exact duration write "{0}".',
  },
  'auth-missing-field': {
    'zh-cn':
      '`auth` 缺少 `{0}`：请求会失败（auth table must contain no nil user and pass fields）。',
    en: '`auth` has no `{0}`: the request fails (auth table must contain no nil user and pass fields).',
  },
  'unknown-http-method': {
    'zh-cn':
      '`{0}` 不是常用的 HTTP 方法（GET、POST、PUT、DELETE、HEAD、PATCH）；neomega 会原样发送 `{1}`。',
    en: '`{0}` is not a usual HTTP method (GET, POST, PUT, DELETE, HEAD, PATCH); neomega sends `{1}` as is.',
  },
  'coroutine-only': {
    'zh-cn':
      '`{0}` 只能在协程内调用（范围：协程内），在主代码块中调用会报错。请放进 `{1}:start_new(function() ... end)`。',
    en: '`{0}` only works inside a coroutine; called on the main chunk it raises an error. Put it in `{1}:start_new(function() ... end)`.',
  },
  'assignment-order': {
    'zh-cn':
      '在 neomega（gopher-lua）上，这里读到的 `{0}` 已是这一句刚赋给它的新值：多重赋值中，局部变量一算出值就被赋值（`a, b = b, a` 不会交换）。需要旧值时先存到另一个局部变量。',
    en: 'On neomega (gopher-lua), `{0}` is read here after this statement gave it its new value: a multiple assignment stores into a local as soon as its value is computed (`a, b = b, a` does not swap). Keep the old value in another local first.',
  },
  'yield-in-pcall': {
    'zh-cn':
      '`{0}` 会挂起协程，但它在 `{1}` 运行的函数里：gopher-lua 不能跨过 {1} 挂起——在 neomega 中 {1} 会立即返回，结果到达时插件崩溃。请把这个调用移到 {1} 之外。',
    en: '`{0}` suspends the coroutine, but it runs inside a function `{1}` runs: gopher-lua cannot suspend across {1} — in neomega the {1} returns at once and the plugin crashes when the result arrives. Move the call out of the {1}.',
  },
  'yield-in-callback': {
    'zh-cn':
      '`{0}` 会挂起协程，但它在 `{1}` 调用的函数里：gopher-lua 不能在 Go 函数调用的 Lua 函数中挂起，neomega 中会报错 can not yield from outside of a coroutine。',
    en: '`{0}` suspends the coroutine, but it runs inside a function `{1}` calls: gopher-lua cannot suspend in a Lua function a Go function called, and neomega raises "can not yield from outside of a coroutine".',
  },
  'yield-in-metamethod': {
    'zh-cn':
      '`{0}` 会挂起协程，但它在元方法 `{1}` 里：gopher-lua 不能在元方法中挂起——在 neomega 中元方法会立即返回，恢复协程时插件崩溃。',
    en: '`{0}` suspends the coroutine, but it runs inside the metamethod `{1}`: gopher-lua cannot suspend there — in neomega the metamethod returns at once and the plugin crashes when the coroutine is resumed.',
  },
  'unknown-method': {
    'zh-cn': '{0}没有 `{1}` 方法，调用会报错（attempt to call a non-function object）。',
    en: '{0} has no `{1}` method; the call raises an error (attempt to call a non-function object).',
  },
  'unknown-method-suggest': {
    'zh-cn': '{0}没有 `{1}` 方法，调用会报错。是否想写 `{2}`？',
    en: '{0} has no `{1}` method; the call raises an error. Did you mean `{2}`?',
  },
  'unknown-field': {
    'zh-cn': '{0}没有 `{1}` 字段（值为 nil）。是否想写 `{2}`？',
    en: '{0} has no `{1}` field (it is nil). Did you mean `{2}`?',
  },
  'unknown-table-key': {
    'zh-cn': '{0}没有 `{1}` 这个键，它会被忽略。是否想写 `{2}`？',
    en: '{0} has no `{1}` key; it is ignored. Did you mean `{2}`?',
  },
  'dot-call': {
    'zh-cn': '`{0}.{1}(...)` 用了点号：{2}的方法要用冒号调用 `{0}:{1}(...)`，否则参数会错位。',
    en: '`{0}.{1}(...)` uses a dot: methods of {2} are called with a colon, `{0}:{1}(...)`, or every argument shifts by one.',
  },
  'colon-call': {
    'zh-cn':
      '`{0}:{1}(...)` 用了冒号：`{1}` 是普通函数，要写成 `{0}.{1}(...)`，否则 `{0}` 会被当作第一个参数传入。',
    en: '`{0}:{1}(...)` uses a colon: `{1}` is a plain function, written `{0}.{1}(...)`, or `{0}` is passed as its first argument.',
  },
  'blocking-call': {
    'zh-cn': '`{0}` 写在协程外：它会阻塞整个插件直到完成（在协程内只挂起当前协程）。',
    en: '`{0}` outside a coroutine blocks the whole plugin until it is done (inside a coroutine only that coroutine waits).',
  },
  'missing-argument': {
    'zh-cn': '`{0}` 至少需要 {1} 个参数，这里只有 {2} 个：缺少 `{3}`。',
    en: '`{0}` needs at least {1} arguments, here {2}: `{3}` is missing.',
  },
  'extra-argument': {
    'zh-cn': '`{0}` 最多接受 {1} 个参数，这里有 {2} 个：多出的参数会被忽略。',
    en: '`{0}` takes at most {1} arguments, here {2}: the extra ones are ignored.',
  },
  'missing-run': {
    'zh-cn':
      '插件启动了协程或发出请求，但没有调用 `coromega:run()`：请求结果、菜单触发都不会被处理。请在文件末尾加上 `coromega:run()`。',
    en: 'The plugin starts coroutines or sends requests but never calls `coromega:run()`: no result or menu trigger is ever delivered. Add `coromega:run()` at the end of the file.',
  },
  'deprecated-form': {
    'zh-cn':
      '`form` 已弃用：建议改用 `body` 并设置 `headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }`。',
    en: '`form` is deprecated: prefer `body` with `headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }`.',
  },
  'file-too-large': {
    'zh-cn': '文件过大（{0} 个字符，上限 {1}）：只在光标附近提供补全和悬停，不做诊断。',
    en: 'The file is too large ({0} characters, limit {1}): completion and hover work near the cursor; no diagnostics.',
  },
  // the plugin's config file (features/configFile.ts)
  'config-key-missing': {
    'zh-cn': '配置文件 {0} 的“配置”中没有 `{1}`：插件读到的是 nil。',
    en: 'The config file {0} has no `{1}` in its 配置 section: the plugin reads nil.',
  },
  'config-no-file': {
    'zh-cn': '插件没有配置文件（应为 {0}），coromega.config 是空表：`{1}` 读到的是 nil。',
    en: 'The plugin has no config file (expected {0}), so coromega.config is empty: `{1}` reads nil.',
  },
  'config-no-section': {
    'zh-cn': '配置文件 {0} 没有“配置”字段，coromega.config 是空表：`{1}` 读到的是 nil。',
    en: 'The config file {0} has no 配置 section, so coromega.config is empty: `{1}` reads nil.',
  },
  'config-invalid': {
    'zh-cn': '配置文件 {0} 不是有效的 JSON（第 {1} 行第 {2} 列：{3}），插件无法加载。',
    en: 'The config file {0} is not valid JSON (line {1}, column {2}: {3}); the plugin cannot load.',
  },
  'fix-config-add': {
    'zh-cn': '在配置文件中加入 `{0}`: {1}',
    en: 'Add `{0}`: {1} to the config file',
  },
  'fix-config-add-all': {
    'zh-cn': '在配置文件中加入所有缺少的键（{0} 个）',
    en: 'Add all {0} missing keys to the config file',
  },
  'fix-config-create': {
    'zh-cn': '创建配置文件 {0}，加入 `{1}`: {2}',
    en: 'Create the config file {0} with `{1}`: {2}',
  },
  'label-config-key': { 'zh-cn': '配置项', en: 'Config key' },
  'label-config-file': { 'zh-cn': '配置文件', en: 'Config file' },
  'label-config-line': { 'zh-cn': '{0} 第 {1} 行', en: '{0}, line {1}' },
  'label-config-absent': {
    'zh-cn': '配置文件中没有，读到的是 nil',
    en: 'not in the config file: reads nil',
  },
  // world and test files (features/companionFiles.ts)
  'unknown-game-menu': {
    'zh-cn': '{0} 没有注册游戏菜单“{1}”（已注册：{2}）。',
    en: '{0} registers no game menu "{1}" (registered: {2}).',
  },
  'unknown-terminal-menu': {
    'zh-cn': '{0} 没有注册终端菜单“{1}”（已注册：{2}）。',
    en: '{0} registers no terminal menu "{1}" (registered: {2}).',
  },
  'unknown-api-name': {
    'zh-cn': '{0} 没有提供 API“{1}”，本文件的 apis 也不回答它（已有：{2}）。',
    en: '{0} exposes no API "{1}" and this file\'s apis do not answer it (known: {2}).',
  },
  'did-you-mean': { 'zh-cn': '是否想写“{0}”？', en: 'Did you mean "{0}"?' },
  'none-registered': { 'zh-cn': '无', en: 'none' },
  'plugin-not-found': {
    'zh-cn': '找不到插件文件 {0}',
    en: 'plugin file not found: {0}',
  },
  'plugin-not-beside': {
    'zh-cn': '没有 "plugins"，而旁边没有 {0}',
    en: 'no "plugins", and there is no {0} beside it',
  },
  'label-game-menu': { 'zh-cn': '游戏菜单', en: 'Game menu' },
  'label-terminal-menu': { 'zh-cn': '终端菜单', en: 'Terminal menu' },
  'label-api': { 'zh-cn': '插件提供的 API', en: 'API the plugin exposes' },
  'label-api-used': { 'zh-cn': '插件调用的 API', en: 'API the plugin calls' },
  'label-player': { 'zh-cn': '玩家', en: 'Player' },
  'label-sender': { 'zh-cn': '发送者（when_receive_msg_from_sender_named）', en: 'Sender' },
  'label-command-block': { 'zh-cn': '命令方块', en: 'Command block' },
  'label-qq-group': { 'zh-cn': 'QQ 群', en: 'QQ group' },
  'label-qq-user': { 'zh-cn': 'QQ 用户', en: 'QQ user' },
  'label-objective': { 'zh-cn': '计分板目标', en: 'Scoreboard objective' },
  'label-registered-at': { 'zh-cn': '{0} 第 {1} 行', en: '{0}, line {1}' },
  // quick fixes
  'fix-rename-key': { 'zh-cn': '改为 `{0}`', en: 'Change to `{0}`' },
  'fix-keep-old-value': {
    'zh-cn': '先把 `{0}` 的旧值存到 `{1}`',
    en: 'Keep the old `{0}` in `{1}` first',
  },
  'fix-colon': { 'zh-cn': '改用冒号：`{0}:{1}`', en: 'Use a colon: `{0}:{1}`' },
  'fix-add-unit': { 'zh-cn': '加上单位：{0}', en: 'Add the unit: {0}' },
  'fix-duration-string': { 'zh-cn': '改为时长字符串 {0}', en: 'Use the duration string {0}' },
  'fix-wrap-start-new': {
    'zh-cn': '放进 {0}:start_new(function() ... end)',
    en: 'Wrap in {0}:start_new(function() ... end)',
  },
  'fix-append-run': { 'zh-cn': '在文件末尾加上 {0}:run()', en: 'Append {0}:run()' },
  'fix-dot': { 'zh-cn': '改用点号：`{0}.{1}`', en: 'Use a dot: `{0}.{1}`' },
  'fix-method-upper': { 'zh-cn': '改为 "{0}"', en: 'Change to "{0}"' },
  // type names
  'type-string': { 'zh-cn': '字符串', en: 'string' },
  'type-number': { 'zh-cn': '数字', en: 'number' },
  'type-table': { 'zh-cn': '表', en: 'table' },
  'type-boolean': { 'zh-cn': '布尔值', en: 'boolean' },
  'type-function': { 'zh-cn': '函数', en: 'function' },
  'type-nil': { 'zh-cn': 'nil', en: 'nil' },
  'type-number|string': { 'zh-cn': '数字或字符串', en: 'number or string' },
  // hover labels
  'label-scope': { 'zh-cn': '范围', en: 'Scope' },
  'label-params': { 'zh-cn': '参数', en: 'Parameters' },
  'label-returns': { 'zh-cn': '返回', en: 'Returns' },
  'label-example': { 'zh-cn': '示例', en: 'Example' },
  'label-type': { 'zh-cn': '类型', en: 'Type' },
  'label-option-key': { 'zh-cn': 'HTTP 选项', en: 'HTTP option' },
  'label-menu-key': { 'zh-cn': '菜单选项', en: 'Menu option' },
  'unknown-menu-key': {
    'zh-cn':
      '菜单选项没有 `{0}`，它会被忽略。是否想写 `{1}`？可用的键：triggers、argument_hint、usage。',
    en: 'Menu options have no `{0}`; it is ignored. Did you mean `{1}`? Keys: triggers, argument_hint, usage.',
  },
  'label-module': { 'zh-cn': '模块', en: 'Module' },
  'label-deprecated': { 'zh-cn': '（已弃用）', en: '(deprecated)' },
  'label-sends': { 'zh-cn': '发送方法', en: 'Sends' },
  'label-header': { 'zh-cn': '请求头', en: 'Request header' },
  'label-duration': { 'zh-cn': 'Go 时长', en: 'Go duration' },
  'label-auth-key': { 'zh-cn': 'auth 字段', en: 'auth field' },
  'label-http-method': { 'zh-cn': 'HTTP 方法', en: 'HTTP method' },
  'label-yields-when': {
    'zh-cn': '（仅当 `{0}` 为 true 时需要协程）',
    en: '(needs a coroutine only when `{0}` is true)',
  },
  'label-handler': { 'zh-cn': '处理函数收到', en: 'The handler receives' },
  // rename, formatting, the plugin's own symbols
  'rename-catalog': {
    'zh-cn': '`{0}` 是 neomega 提供的名字（{1}），不能重命名。',
    en: '`{0}` is a name neomega provides ({1}); it cannot be renamed.',
  },
  'rename-catalog-api': { 'zh-cn': 'coromega API', en: 'the coromega API' },
  'rename-catalog-global': { 'zh-cn': '全局变量', en: 'a global' },
  'rename-catalog-key': { 'zh-cn': '目录中表的键', en: 'a key of a table the catalog describes' },
  'rename-self': {
    'zh-cn': '`self` 是方法隐含的参数，不能重命名。',
    en: '`self` is the implicit parameter of a method; it cannot be renamed.',
  },
  'rename-not-symbol': {
    'zh-cn': '这里没有可以重命名的局部变量、函数、参数或插件自己的表字段。',
    en: 'Nothing to rename here: not a local, function, parameter or field of a table of the plugin.',
  },
  'rename-invalid': {
    'zh-cn': '`{0}` 不是合法的 Lua 名字（字母或下划线开头，只含字母、数字、下划线）。',
    en: '`{0}` is not a valid Lua name (a letter or underscore, then letters, digits, underscores).',
  },
  'rename-keyword': {
    'zh-cn': '`{0}` 是 Lua 关键字，不能用作名字。',
    en: '`{0}` is a Lua keyword and cannot be a name.',
  },
  'rename-shadowed': {
    'zh-cn': '改名为 `{0}` 后，第 {1} 行的使用会指向第 {2} 行声明的另一个 `{0}`。',
    en: 'After renaming to `{0}`, the use on line {1} would refer to the other `{0}` declared on line {2}.',
  },
  'rename-captures': {
    'zh-cn': '改名为 `{0}` 后，第 {1} 行原本的 `{0}` 会变成指向这个变量。',
    en: 'After renaming to `{0}`, the existing `{0}` on line {1} would refer to this variable instead.',
  },
  'rename-field-exists': {
    'zh-cn': '这个表已经有字段 `{0}`（第 {1} 行）。',
    en: 'This table already has a field `{0}` (line {1}).',
  },
  'rename-global-exists': {
    'zh-cn': '插件已经在使用全局变量 `{0}`（第 {1} 行）。',
    en: 'The plugin already uses a global `{0}` (line {1}).',
  },
  'format-syntax': {
    'zh-cn': '未格式化 {0}：文件有语法错误（第 {1} 行：{2}）。修正后再格式化。',
    en: 'Did not format {0}: the file has a syntax error (line {1}: {2}). Fix it, then format again.',
  },
  'format-failed': {
    'zh-cn': '未格式化 {0}：StyLua 无法处理这个文件：{1}',
    en: 'Did not format {0}: StyLua could not format it: {1}',
  },
  'format-config': {
    'zh-cn': '{0} 无法读取，按默认设置格式化：{1}',
    en: '{0} could not be read; formatting with the defaults: {1}',
  },
  'label-plugin-function': { 'zh-cn': '插件函数', en: "Plugin's function" },
  'label-defined-in': { 'zh-cn': '定义于 {0}', en: 'Defined in {0}' },
  'label-table-fields': { 'zh-cn': '插件的表', en: "Plugin's table" },
  // LuaLS definition files
  'luals-start-new': {
    'zh-cn': '指定事件发生时在新协程中运行的函数。',
    en: 'Sets the function to run in a new coroutine on each event.',
  },
  'luals-wrote': {
    'zh-cn': '已写入 {0} 个 LuaLS 定义文件到 {1}',
    en: 'Wrote {0} LuaLS definition files to {1}',
  },
  'luals-failed': {
    'zh-cn': '无法写入 {0}：{1}',
    en: 'Cannot write to {0}: {1}',
  },
  // framework versions (features/frameworkVersion.ts)
  'label-framework': { 'zh-cn': '框架版本', en: 'Framework version' },
  'only-in-versions': {
    'zh-cn': '只有{0}有它；所选的版本：{1}（设置 coromegaLua.frameworkVersion）',
    en: 'only {0} has it; the version chosen: {1} (setting coromegaLua.frameworkVersion)',
  },
  'not-in-framework': {
    'zh-cn':
      '所选的框架版本（{0}）没有 `{1}`：在这样的 neomega 中调用会报错（attempt to call a non-function object）。{2}有它；可在设置 coromegaLua.frameworkVersion 中选择版本。',
    en: 'The framework version chosen ({0}) has no `{1}`: on such a neomega the call raises an error (attempt to call a non-function object). {2} has it; the setting coromegaLua.frameworkVersion picks the version.',
  },
} satisfies Table;

// Lua syntax error kinds (see analysis/syntax.ts and lexer.ts)
const SYNTAX: Table = {
  expected: { 'zh-cn': "缺少 '{0}'", en: "'{0}' expected" },
  expectedToClose: {
    'zh-cn': "缺少 '{0}'（用来结束第 {2} 行的 '{1}'）",
    en: "'{0}' expected (to close '{1}' at line {2})",
  },
  unexpected: { 'zh-cn': '意外的符号', en: 'unexpected symbol' },
  syntax: { 'zh-cn': '不能赋值的表达式', en: 'syntax error' },
  funcArgs: { 'zh-cn': '此处应为函数参数', en: 'function arguments expected' },
  ambiguous: {
    'zh-cn':
      "有歧义：'(' 在新的一行，既可能是函数调用也可能是新语句；请把 '(' 放回上一行或在上一句末尾加 ';'",
    en: 'ambiguous syntax (function call x new statement)',
  },
  noLoop: { 'zh-cn': 'break 不在循环内', en: 'no loop to break' },
  forExpected: { 'zh-cn': "缺少 '=' 或 'in'", en: "'=' or 'in' expected" },
  paramExpected: { 'zh-cn': "此处应为参数名或 '...'", en: "<name> or '...' expected" },
  vararg: {
    'zh-cn': "'...' 只能在可变参数函数中使用",
    en: "cannot use '...' outside a vararg function",
  },
  levels: { 'zh-cn': '嵌套层数过多', en: 'chunk has too many syntax levels' },
  tooManyLocals: { 'zh-cn': '一个函数中的局部变量超过 200 个', en: 'too many local variables' },
  'unfinished string': { 'zh-cn': '字符串没有结束（缺少引号）', en: 'unfinished string' },
  'unfinished long string': {
    'zh-cn': '长字符串没有结束（缺少 ]]）',
    en: 'unfinished long string',
  },
  'unfinished long comment': {
    'zh-cn': '长注释没有结束（缺少 ]]）',
    en: 'unfinished long comment',
  },
  'malformed number': { 'zh-cn': '数字格式错误', en: 'malformed number' },
  'escape sequence too large': {
    'zh-cn': '转义序列超出范围（\\ddd 最大为 255）',
    en: 'escape sequence too large',
  },
  'invalid long string delimiter': {
    'zh-cn': '长字符串的分隔符无效（应为 [[ 或 [==[）',
    en: 'invalid long string delimiter',
  },
  'nesting of [[...]] is deprecated': {
    'zh-cn': '长字符串/长注释中不能再出现 [[（Lua 5.1）；可改用 [==[ ... ]==]',
    en: 'nesting of [[...]] is deprecated',
  },
};

export type MessageKey = keyof typeof MESSAGES;

function fill(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

export function t(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  const entry = (MESSAGES as Table)[key];
  return fill(entry[locale] ?? entry['zh-cn'], args);
}

/** gopher-lua's own words for what it rejects, translated. */
const GOPHER_DETAIL: Array<[RegExp, string, string]> = [
  [/^syntax error$/, '语法错误', 'syntax error'],
  [
    /^parse error$/,
    '不是函数调用的表达式不能单独成为语句',
    'parse error (an expression that is not a call cannot stand alone)',
  ],
  [/^Invalid token$/, '无效的字符', 'invalid character'],
  [
    /^Invalid '~' token$/,
    "无效的 '~'（Lua 5.1 没有位运算）",
    "invalid '~' (Lua 5.1 has no bitwise operators)",
  ],
  [/^unterminated string$/, '字符串没有结束（缺少引号）', 'unterminated string'],
  [
    /^unterminated multiline string$/,
    '长字符串没有结束（缺少 ]]）',
    'unterminated multiline string',
  ],
  [
    /^invalid multiline string$/,
    '长字符串的开头无效（应为 [[ 或 [==[）',
    'invalid multiline string',
  ],
  [/^invalid multiline comment$/, '长注释无效或没有结束', 'invalid multiline comment'],
  [/^illegal hexadecimal number$/, '十六进制数字不完整', 'illegal hexadecimal number'],
  [/^no loop to break$/, 'break 不在循环内', 'no loop to break'],
  [
    /^cannot use '\.\.\.' outside a vararg function$/,
    "'...' 只能在可变参数函数中使用",
    "cannot use '...' outside a vararg function",
  ],
  [/^too many local variables$/, '一个函数中的局部变量超过 200 个', 'too many local variables'],
  [/^register overflow$/, '参数超过 200 个', 'register overflow (more than 200 parameters)'],
  [
    /^label '(.*)' already defined on line (\d+)$/,
    "标签 '$1' 已在第 $2 行定义",
    "label '$1' already defined on line $2",
  ],
  [
    /^no visible label '(.*)' for <goto> at line (\d+)$/,
    "第 $2 行的 goto 找不到可见的标签 '$1'",
    "no visible label '$1' for <goto> at line $2",
  ],
  [
    /^<goto (.*)> at line (\d+) jumps into the scope of local '(.*)'$/,
    "第 $2 行的 goto $1 跳进了局部变量 '$3' 的作用域",
    "<goto $1> at line $2 jumps into the scope of local '$3'",
  ],
];

export function gopherDetail(locale: Locale, detail: string): string {
  for (const [re, zh, en] of GOPHER_DETAIL)
    if (re.test(detail)) return detail.replace(re, locale === 'en' ? en : zh);
  return detail;
}

/** A Lua syntax error message in the locale: the translated reason and where. */
export function syntaxReason(
  locale: Locale,
  kind: string,
  args: readonly string[],
  near: string,
): string {
  const entry = SYNTAX[kind];
  const reason = entry ? fill(entry[locale], args) : kind;
  if (!near) return reason;
  return locale === 'en' ? `${reason} near '${near}'` : `${reason}，位置在 '${near}' 附近`;
}
