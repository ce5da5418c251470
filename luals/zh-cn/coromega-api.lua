-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---coromega 对象: coromega 对象：把 neomega 的异步回调包装成协程，插件通过它做一切事情。
---@class Coromega
---@field config table 插件配置：配置文件中 `配置` 部分的内容，加载插件时读入。
---@field omega mod.omega 创建 coromega 时传入的 omega 模块。
---@field enabled boolean 内部状态：事件循环是否仍在分发（`halt()` 后为 false）。
---@field mux_poller userdata 内部：事件循环的多路轮询器。
---@field maintained_cbs table 内部：事件源到处理函数的表。
---@field cbs table 内部：兼容旧代码的回调表。
local Coromega = {}

---发送一个 HTTP 请求，等待响应后返回 `response, err`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---coromega:start_new(function()
---    local res, err = coromega:http_request("GET",
---        "http://example.com", {
---            query = "page=1",
---            timeout = "30s",
---            headers = { Accept = "*/*" },
---        })
---    if err then
---        coromega:print("request error: " .. err)
---    else
---        coromega:print(res.status_code, res.body_size)
---    end
---end)
---coromega:run()
---```
---@param method string HTTP 方法：`"GET"`、`"POST"`、`"PUT"`、`"DELETE"`、`"HEAD"`、`"PATCH"`（大小写均可，发送前转为大写）。
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_request(method, url, option) end

---发送 GET 请求，等同于 `coromega:http_request("GET", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_get(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code,
---        res.body)
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_get(url, option) end

---发送 POST 请求，等同于 `coromega:http_request("POST", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_post(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_post(url, option) end

---发送 PUT 请求，等同于 `coromega:http_request("PUT", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_put(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_put(url, option) end

---发送 DELETE 请求，等同于 `coromega:http_request("DELETE", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_delete(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code,
---        res.body)
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_delete(url, option) end

---发送 HEAD 请求，等同于 `coromega:http_request("HEAD", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_head(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    print(res.status_code,
---        res.headers["Content-Length"])
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_head(url, option) end

---发送 PATCH 请求，等同于 `coromega:http_request("PATCH", url, option)`。
---
---只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_patch(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string 请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。
---@param option? HttpOption 可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。
---@return HttpResponse? # 成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。
---@return string? # 失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。
function Coromega:http_patch(url, option) end

---在一个新的协程中开始执行函数；HTTP、input 等“协程内”的调用只能在协程里使用。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:start_new(function()
---    coromega:sleep(1)
---    coromega:print("in a coroutine")
---end)
---```
---@param fn fun() 在新协程中执行的函数（没有参数）。
function Coromega:start_new(fn) end

---进入事件循环，把请求结果、输入、菜单和事件送回挂起的协程。一般写在插件最后一行，之后的代码不会执行。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:start_new(function()
---    coromega:sleep(1)
---end)
---coromega:run()
---```
function Coromega:run() end

---停止事件循环：之后挂起的协程都不再恢复，插件相当于失效。
---
---**范围**: 任意
---
---**示例**
---```lua
---if coromega.config.disabled then
---    coromega:halt()
---end
---```
function Coromega:halt() end

---挂起当前协程，直到 `get_resume()` 取得的函数被调用。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local resume = coromega:get_resume()
----- hand resume to another coroutine
---local value = coromega:pause()
---```
---@return any # 调用恢复函数时传入的值。
function Coromega:pause() end

---取得恢复当前协程的函数，与 `pause()` 配合使用。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local resume = coromega:get_resume()
---```
---@return fun(...: any) # 调用它（可带值）即恢复在 `pause()` 中等待的协程。
function Coromega:get_resume() end

---在终端显示一行：尽量把任何值都显示得可读。支持 `§a` 等颜色代码。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:print("§a在终端显示: ", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:print(...) end

---像 `print` 那样拼接参数，但不显示，而是返回把 MC 颜色代码转换成终端颜色后的字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = coromega:sprint("§l§bHello §r§eWorld")
---print(s)
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
---@return string # 转换后的字符串。
function Coromega:sprint(...) end

---写入日志，不在终端显示。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:log("记录日志: ", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:log(...) end

---在终端显示并写入日志。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:log_and_print("显示并记录: ", 1)
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:log_and_print(...) end

---DEBUG 级别输出：默认既不显示也不记录，除非框架配置打开 DEBUG；带 [DEBUG] 前缀。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:debug_out("value:", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:debug_out(...) end

---INFO 级别输出：默认显示并记录，没有前缀。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:info_out("value:", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:info_out(...) end

---SUCCESS 级别输出：绿色，默认显示并记录。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:success_out("value:", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:success_out(...) end

---WARNING 级别输出：黄色，默认显示并记录。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:warning_out("value:", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:warning_out(...) end

---ERROR 级别输出：红色，默认显示并记录。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:error_out("value:", 1, { "a", "b" })
---```
---@param ... any 任意数量、任意类型的值，以空格连接；带小数的数字保留 3 位，表显示为 JSON，nil 显示为 `nil`。
function Coromega:error_out(...) end

---显示提示后等待终端输入一行，返回去掉行尾换行的内容。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local cmd = coromega:backend_input("请输入命令: ")
---```
---@param hint? string 输入前显示的提示（可省略）。
---@param timeout? number 超时秒数（可省略）；超时时得到空字符串。
---@return string # 输入的一行。
function Coromega:backend_input(hint, timeout) end

---从终端读取一行输入，与 `backend_input` 相同。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local name = coromega:input("请输入名字：", 30)
---```
---@param hint? string 输入前显示的提示（可省略）。
---@param timeout? number 超时秒数（可省略）；超时时得到空字符串。
---@return string # 输入的一行。
function Coromega:input(hint, timeout) end

---暂停一段时间。在协程内只挂起当前协程；在协程外会阻塞整个插件。
---
---时间很短时可能因系统调度而不精确。需要等待时尽量放在协程里。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---coromega:sleep(1.5)
---```
---@param seconds number 秒数，可带小数（如 `0.5`）。
function Coromega:sleep(seconds) end

---当前时间（Unix 秒）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local t = coromega:now()
---```
---@return number # Unix 时间（秒）。
function Coromega:now() end

---当前时间（Unix 秒），与 `now()` 相同。
---
---**范围**: 任意
---
---**示例**
---```lua
---local t = coromega:now_unix()
---```
---@return number # Unix 时间（秒）。
function Coromega:now_unix() end

---插件启动以来经过的秒数。
---
---**范围**: 任意
---
---**示例**
---```lua
---local uptime = coromega:now_since_start()
---```
---@return number # 秒数。
function Coromega:now_since_start() end

---操作系统和架构，如 `"linux-amd64"`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local platform = coromega:os()
---```
---@return string # 系统与架构。
function Coromega:os() end

---neomega 的当前工作目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---local dir = coromega:current_dir()
---```
---@return string # 当前目录。
function Coromega:current_dir() end

---创建目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:make_dir(coromega:data_path_of("my_plugin"))
---```
---@param path string 要创建的目录。
function Coromega:make_dir(path) end

---创建一个临时目录并返回其路径；neomega 退出或重启时删除。目录中的文件可执行（安卓的下载目录不行）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local tmp = coromega:make_temp_dir()
---```
---@return string # 临时目录的路径。
function Coromega:make_temp_dir() end

---生成一个 UUID 字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local id = coromega:uuid()
---```
---@return string # UUID 字符串。
function Coromega:uuid() end

---把 Minecraft 的名称或物品数据翻译成中文。
---
---**范围**: 任意
---
---**示例**
---```lua
---local name, ok =
---    coromega:translate("iron_sword", "item")
---```
---@param input string 要翻译的内容（名称或 JSON 数据）。
---@param type? string 类型：`"mc"`（默认）、`"block"`、`"item"`、`"container_data"`、`"container_slot_data"`、`"item_data"`。
---@return string # 翻译结果。
---@return boolean # 是否翻译成功。
function Coromega:translate(input, type) end

---把游戏的语言键翻译为游戏内文本，并用其余参数替换 `%s` 等占位符。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s, ok = coromega:lang_format(0, "item.apple.name")
---```
---@param lang_code number 语言代号，0 为简体中文。
---@param input string 语言键或文本。
---@param ... any 替换占位符的值。
---@return string # 格式化后的文本。
---@return boolean # 是否成功。
function Coromega:lang_format(lang_code, input, ...) end

---框架内部的调试接口，插件不应使用。
---
---**范围**: 任意
---
---**示例**
---```lua
----- internal
---```
---@private
---@param a number 调试参数。
---@param b number 调试参数。
---@return any # 调试结果。
function Coromega:_debug_c_print_int(a, b) end

---框架内部接口：把一个事件源接入事件循环。插件应使用 `when_...` 监听器。
---
---**范围**: 任意
---
---**示例**
---```lua
----- internal
---```
---@private
---@param source userdata 事件源。
---@param handler fun(data: any) 事件到达时调用的函数。
function Coromega:new_event_source(source, handler) end

---`{存储目录}/config/` 下的路径，参数依次接在后面。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = coromega:config_path_of("插件", "配置.json")
---```
---@param ... string 要接在后面的子目录或文件名，可以有多个。
---@return string # 拼好的路径。
function Coromega:config_path_of(...) end

---`{存储目录}/lang/` 下的路径，参数依次接在后面。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = coromega:code_path_of("LuaLoader", "lib.lua")
---```
---@param ... string 要接在后面的子目录或文件名，可以有多个。
---@return string # 拼好的路径。
function Coromega:code_path_of(...) end

---`{存储目录}/data/` 下的路径，参数依次接在后面。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = coromega:data_path_of("my_plugin", "a.json")
---```
---@param ... string 要接在后面的子目录或文件名，可以有多个。
---@return string # 拼好的路径。
function Coromega:data_path_of(...) end

---`{存储目录}/cache/` 下的路径。缓存文件可能被清除，使用前先检查是否存在。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = coromega:cache_path_of("download.bin")
---```
---@param ... string 要接在后面的子目录或文件名，可以有多个。
---@return string # 拼好的路径。
function Coromega:cache_path_of(...) end

---把几段路径拼接成一个路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = coromega:path_join("storage", "test")
---```
---@param ... string 路径的各段。
---@return string # 拼接后的路径。
function Coromega:path_join(...) end

---列出目录中的文件和子目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---local dir = coromega:data_path_of()
---local files, err = coromega:path_list(dir)
---```
---@param path string 要列出的目录。
---@return table # 文件和目录的列表。
---@return string? # 出错时的错误信息。
function Coromega:path_list(path) end

---取得绝对路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local abs = coromega:path_abs("storage")
---```
---@param path string 路径。
---@return string # 绝对路径。
function Coromega:path_abs(path) end

---取得文件的扩展名（带点，如 `.lua`）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local ext = coromega:path_ext("test.lua") -- .lua
---```
---@param path string 路径。
---@return string # 扩展名。
function Coromega:path_ext(path) end

---把文件或目录移动（剪切）到新位置。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:path_move("a.txt", "b.txt")
---```
---@param src string 原路径。
---@param dst string 新路径。
function Coromega:path_move(src, dst) end

---删除文件或目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:path_remove("old.txt")
---```
---@param path string 路径。
function Coromega:path_remove(path) end

---路径是否存在。
---
---**范围**: 任意
---
---**示例**
---```lua
---if coromega:path_exist("a.txt") then
---    print("found")
---end
---```
---@param path string 路径。
---@return boolean # 存在时为 true。
function Coromega:path_exist(path) end

---把字符串写入文件（覆盖原内容）。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:save_text(coromega:data_path_of("a.txt"), "Hi")
---```
---@param path string 文件路径。
---@param text string 要写入的内容。
function Coromega:save_text(path, text) end

---把文件读成字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local file = coromega:data_path_of("a.txt")
---local text = coromega:load_text(file)
---```
---@param path string 文件路径。
---@return string? # 文件内容；读不到时为 nil。
function Coromega:load_text(path) end

---把值以 JSON 保存到文件。
---
---**范围**: 任意
---
---**示例**
---```lua
---local file = coromega:data_path_of("s.json")
---coromega:save_data(file, { n = 1 })
---```
---@param path string 文件路径。
---@param data any 要保存的值。
function Coromega:save_data(path, data) end

---读取 JSON 文件并解析。
---
---**范围**: 任意
---
---**示例**
---```lua
---local file = coromega:data_path_of("s.json")
---local state = coromega:load_data(file)
---```
---@param path string 文件路径。
---@return any # 解析出的值。
function Coromega:load_data(path) end

---打开（不存在时创建）一个键值数据库。
---
---类型：`""`/`"text_log"`（默认，可读、意外关闭也不会全毁，适合少量数据）、`"level"`（leveldb，最快，二进制）、`"json"`（便于查看，最慢也最不安全，只建议调试时用）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local db = coromega:key_value_db("scores", "level")
---db:set("Steve", 10)
---```
---@param path string 数据库的路径。
---@param db_type? string `""`、`"text_log"`、`"level"` 或 `"json"`，默认 `"text_log"`。
---@return WrappedKVDB # 数据库对象。
function Coromega:key_value_db(path, db_type) end

---把新的配置写回插件配置文件的 `配置` 部分，常用于升级旧配置。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega.config.Version = "0.0.2"
---coromega:update_config(coromega.config)
---```
---@param new_config table 新的配置（通常是修改后的 `coromega.config`）。
function Coromega:update_config(new_config) end

---插件自己的名字（不带 `.lua`）。
---
---**范围**: 任意
---
---**示例**
---```lua
---print(coromega:get_plugin_name())
---```
---@return string # 插件名。
function Coromega:get_plugin_name() end

---按名字取得在线玩家的对象。
---
---**范围**: 任意
---
---**示例**
---```lua
---local player = coromega:get_player_by_name("Steve")
---if player then player:say("hi") end
---```
---@param player_name string 玩家名。
---@return CoroPlayer? # 玩家对象；找不到该玩家时为 nil。
function Coromega:get_player_by_name(player_name) end

---按 UUID 字符串取得在线玩家的对象。
---
---**范围**: 任意
---
---**示例**
---```lua
---local player = coromega:get_player_by_uuid_string(uuid)
---```
---@param uuid_string string 玩家的 UUID 字符串。
---@return CoroPlayer? # 玩家对象；找不到该玩家时为 nil。
function Coromega:get_player_by_uuid_string(uuid_string) end

---按 UUID 或名字取得在线玩家的对象（先按 UUID 找，再按名字找）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local player = coromega:get_player(chat.name)
---```
---@param uuid_string_or_name string UUID 字符串或玩家名。
---@return CoroPlayer? # 玩家对象；找不到该玩家时为 nil。
function Coromega:get_player(uuid_string_or_name) end

---所有在线玩家的对象。
---
---**范围**: 任意
---
---**示例**
---```lua
---for _, p in ipairs(coromega:get_all_online_players()) do
---    coromega:print(p:name())
---end
---```
---@return CoroPlayer[] # 玩家对象的数组。
function Coromega:get_all_online_players() end

---每收到一条聊天消息，就在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_chat_msg():start_new(function(chat)
---    coromega:print(chat.name, chat.raw_msg)
---end)
---```
---@return SessionFactory.when_chat_msg # 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
function Coromega:when_chat_msg() end

---收到指定名字的发送者（可以是物品名，如雪球）发来的消息时，在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_receive_msg_from_sender_named("雪球")
---    :start_new(function(chat)
---        coromega:print(chat.raw_msg)
---    end)
---```
---@param name string 发送者的名字。
---@return SessionFactory.when_receive_msg_from_sender_named # 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
function Coromega:when_receive_msg_from_sender_named(name) end

---收到指定名字的命令方块用 tell 发给机器人的消息时，在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_receive_msg_from_command_block_named(
---    "扫地机"):start_new(function(chat)
---        coromega:print(chat.raw_msg)
---    end)
---```
---@param command_block_name string 命令方块的名字。
---@return SessionFactory.when_receive_msg_from_command_block_named # 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
function Coromega:when_receive_msg_from_command_block_named(command_block_name) end

---玩家在线情况变化时在新协程中运行处理函数：收到玩家对象和动作 `"exist"`（启动时已在线）、`"online"`（上线）或 `"offline"`（下线）。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_player_change()
---    :start_new(function(player, action)
---        if action == "online" then
---            player:say("欢迎！")
---        end
---    end)
---```
---@return SessionFactory.when_player_change # 监听器：`:start_new(function(player, action) ... end)`。
function Coromega:when_player_change() end

---在后台（终端）菜单添加入口；输入触发词时在新协程中运行处理函数。
---
---**范围**: 协程外
---
---**示例**
---```lua
---coromega:when_called_by_terminal_menu({
---    triggers = { "hello" },
---    usage = "say hello",
---}):start_new(function(input)
---    coromega:print("hello", input[1])
---end)
---```
---@param options MenuOptions `{ triggers = { "词1", ... }, argument_hint = "[参数]", usage = "说明" }`。
---@return SessionFactory.when_called_by_terminal_menu # 监听器：`:start_new(function(input) ... end)`，`input` 是去掉触发词、按空格切分后的参数表。
function Coromega:when_called_by_terminal_menu(options) end

---在游戏内的 neomega 菜单添加入口；玩家选择它时在新协程中运行处理函数。
---
---**范围**: 协程外
---
---**示例**
---```lua
---coromega:when_called_by_game_menu({
---    triggers = { "hello" },
---    usage = "say hello",
---}):start_new(function(chat)
---    local player = coromega:get_player(chat.name)
---    player:say("hello")
---end)
---```
---@param options MenuOptions `{ triggers = { "词1", ... }, argument_hint = "[参数]", usage = "说明" }`。
---@return SessionFactory.when_called_by_game_menu # 监听器：`:start_new(function(chat) ... end)`，`chat` 是触发菜单的聊天消息（`chat.name` 是玩家名，`chat.msg` 是参数）。
function Coromega:when_called_by_game_menu(options) end

---机器人收到指定类型的数据包时，在新协程中运行处理函数。
---
---写法一：列出要的类型，如 `packets.Text, packets.CommandOutput`。写法二：`packets.all` 后面跟要排除的 `packets.noXxx`。
---
---**范围**: 协程外
---
---**示例**
---```lua
---local packets = omega.packets
---coromega:when_receive_packet_of_types(packets.Text)
---    :start_new(function(packet)
---        coromega:print(packet:name(), packet:id())
---    end)
---```
---@param ... string|number 数据包类型（`omega.packets` 中的值）。
---@return SessionFactory.when_receive_packet_of_types # 监听器：`:start_new(function(packet) ... end)`，`packet` 有 `name()`、`id()`、`user_data()`、`json_str()`。
function Coromega:when_receive_packet_of_types(...) end

---以 wo 身份（设置命令）发送命令，没有结果；部分命令这样发送无效。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:send_wo_cmd("say hello")
---```
---@param cmd string 命令（不带 `/`）。
function Coromega:send_wo_cmd(cmd) end

---以 websocket 身份发送命令，可以等待并取得结果。
---
---有些命令（如 `say`）没有结果：对它们等待结果会一直等下去，请给出 timeout。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local result = coromega:send_ws_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string 命令（不带 `/`）。
---@param get_result? boolean 为 true 时等待并返回命令的结果（此时只能在协程内调用）；省略或 false 时发出即返回。
---@param timeout? number 等待结果的超时秒数（可省略）；超时得到 nil。
---@return CommandOutput? # `get_result` 为 true 时是命令的结果（`OutputMessages`、`SuccessCount`...）；否则或超时为 nil。
function Coromega:send_ws_cmd(cmd, get_result, timeout) end

---以机器人玩家的身份发送命令，可以等待并取得结果。
---
---有些命令（如 `say`）没有结果：对它们等待结果会一直等下去，请给出 timeout。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local result = coromega:send_player_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string 命令（不带 `/`）。
---@param get_result? boolean 为 true 时等待并返回命令的结果（此时只能在协程内调用）；省略或 false 时发出即返回。
---@param timeout? number 等待结果的超时秒数（可省略）；超时得到 nil。
---@return CommandOutput? # `get_result` 为 true 时是命令的结果（`OutputMessages`、`SuccessCount`...）；否则或超时为 nil。
function Coromega:send_player_cmd(cmd, get_result, timeout) end

---以网易魔法指令（AI 命令）的身份发送命令，可以等待并取得结果。
---
---有些命令（如 `say`）没有结果：对它们等待结果会一直等下去，请给出 timeout。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local result = coromega:send_ai_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string 命令（不带 `/`）。
---@param get_result? boolean 为 true 时等待并返回命令的结果（此时只能在协程内调用）；省略或 false 时发出即返回。
---@param timeout? number 等待结果的超时秒数（可省略）；超时得到 nil。
---@return CommandOutput? # `get_result` 为 true 时是命令的结果（`OutputMessages`、`SuccessCount`...）；否则或超时为 nil。
function Coromega:send_ai_cmd(cmd, get_result, timeout) end

---调用另一个插件（或框架服务）暴露的 API，等待并返回结果。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local sum, err = coromega:call_other_plugin_api(
---    "/calculator/add", { 1, 2 }, 1)
---```
---@param func string 跨插件 API 的名字，如 `"/calculator/add"`。
---@param args? any 调用参数：任何 `json.encode` 能处理的值（可以是 nil）。
---@param timeout? number 超时秒数（可省略）；超时返回 `nil, "context deadline exceeded"`。
---@return any # 对方返回的结果。
---@return string? # 出错时的错误信息。
function Coromega:call_other_plugin_api(func, args, timeout) end

---调用跨插件 API，但不等待结果。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:call_other_plugin_api_no_result(
---    "/time/set", 100)
---```
---@param func string 跨插件 API 的名字，如 `"/calculator/add"`。
---@param args? any 调用参数：任何 `json.encode` 能处理的值（可以是 nil）。
function Coromega:call_other_plugin_api_no_result(func, args) end

---向一个话题发布数据，所有订阅该话题的插件都会收到。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:publish_info("/send_time/1",
---    { send_time = os.time() })
---```
---@param topic string 话题名，如 `"/send_time/1"`。
---@param data any 要发布的值（可被 `json.encode` 处理）。
function Coromega:publish_info(topic, data) end

---以这个名字暴露一个跨插件 API；每次被调用时在新协程中运行处理函数。
---
---处理函数收到调用参数 `args` 和 `set_result`。用 `set_result(结果, 错误)` 回答（最多一次），或直接 `return 结果, 错误`。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_called_by_api_named("/calculator/add")
---    :start_new(function(args, set_result)
---        set_result(args[1] + args[2])
---    end)
---```
---@param api_name string 跨插件 API 的名字，如 `"/calculator/add"`。
---@return SessionFactory.when_called_by_api_named # 监听器：`:start_new(function(args, set_result) ... end)`。
function Coromega:when_called_by_api_named(api_name) end

---订阅一个话题；每当有新数据，就在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_new_data_in_subscribed_topic_named(
---    "/send_time/1"):start_new(function(data)
---        print(data.send_time)
---    end)
---```
---@param topic string 话题名，如 `"/send_time/1"`。
---@return SessionFactory.when_new_data_in_subscribed_topic_named # 监听器：`:start_new(function(data) ... end)`，`data` 是发布的值。
function Coromega:when_new_data_in_subscribed_topic_named(topic) end

---写入一个软值：跨插件、跨进程可读，框架崩溃也不会丢（机器人退出才消失）。跨进程，速度不快。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:soft_set("status/my_plugin", "start")
---```
---@param key string 名字。
---@param val string 值（字符串）。
function Coromega:soft_set(key, val) end

---读取一个软值，如 `"HashedServerCode"`、`"HashedUserID"`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local code, found =
---    coromega:soft_get("HashedServerCode")
---```
---@param key string 名字。
---@return string? # 值。
---@return boolean # 是否存在。
function Coromega:soft_get(key) end

---用户 Token 和服务器号的 MD5，可用来限制插件只在授权的服务器上运行。
---
---**范围**: 任意
---
---**示例**
---```lua
---local info = coromega:user_info()
---print(info.HashedServerCode)
---```
---@return UserInfo # `{ HashedUserToken = ..., HashedServerCode = ... }`。
function Coromega:user_info() end

---取得所有插件共享的字符串键值表。
---
---**范围**: 任意
---
---**示例**
---```lua
---local sm = coromega:shared_map()
---local old = sm:set("count", 1)
---```
---@return SharedMap # 共享表对象。
function Coromega:shared_map() end

---机器人的名字。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_name()
---```
---@return string # 名字。
function Coromega:bot_name() end

---机器人的 UUID 字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_uuid_string()
---```
---@return string # UUID 字符串。
function Coromega:bot_uuid_string() end

---机器人的 unique id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_unique_id()
---```
---@return string # unique id。
function Coromega:bot_unique_id() end

---机器人的 runtime id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_runtime_id()
---```
---@return string # runtime id。
function Coromega:bot_runtime_id() end

---机器人的身份。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_identity()
---```
---@return string # 身份。
function Coromega:bot_identity() end

---让机器人像普通玩家一样在聊天栏说一句话。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:bot_say("Hello World!")
---```
---@param msg string 要说的话。
function Coromega:bot_say(msg) end

---机器人所在的维度：0 主世界、1 下界、2 末地……
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:bot_dimension()
---```
---@return number # 维度编号。
---@return boolean # 是否成功取得。
function Coromega:bot_dimension() end

---机器人的当前位置（omega 自己记录的值）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local x, y, z, stale = coromega:bot_position()
---```
---@return number # x 坐标。
---@return number # y 坐标。
---@return number # z 坐标。
---@return number # 距服务器上次明确报告位置过去的 tick 数。
function Coromega:bot_position() end

---服务器当前的 tick。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:current_tick()
---```
---@return number # tick。
---@return boolean # 是否成功取得。
function Coromega:current_tick() end

---服务器的运行速度（实际 TPS / 20）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:sync_ratio()
---```
---@return number # 同步率。
---@return boolean # 是否成功取得。
function Coromega:sync_ratio() end

---服务器的游戏规则表，如 `{ pvp = "true", ... }`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:game_rules()
---```
---@return table # 规则名到值（字符串）的表。
function Coromega:game_rules() end

---服务器时间。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:server_time()
---```
---@return number # 服务器时间。
---@return boolean # 是否成功取得。
function Coromega:server_time() end

---服务器一个昼夜之内的时间。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:server_day_time()
---```
---@return number # 昼夜内的时间。
---@return boolean # 是否成功取得。
function Coromega:server_day_time() end

---这一天过去了多少（0 到 1）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value = coromega:server_day_percent()
---```
---@return number # 0 到 1 之间的数。
---@return boolean # 是否成功取得。
function Coromega:server_day_percent() end

---机器人扔出快捷栏某一格的物品。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local err = coromega:drop_item(0)
---coromega:print(err or "ok")
---```
---@param slot integer 快捷栏格子号（0~8）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:drop_item(slot) end

---机器人按物品数据制作物品，放到快捷栏的指定格子。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local p = { x = 0, y = 64, z = 0 }
---local q = { x = 2, y = 64, z = 0 }
---local err = coromega:make_item(item_json, 0, p, q)
---coromega:print(err or "ok")
---```
---@param item_info string 物品 NBT 的 JSON 字符串。
---@param slotID integer 快捷栏格子号（0~8）。
---@param anvil_pos Pos 需要铁砧时使用的坐标。
---@param next_container_pos Pos 需要容器时使用的坐标。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:make_item(item_info, slotID, anvil_pos, next_container_pos) end

---把一格物品移到另一格（快捷栏或背包，0~44）。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local err = coromega:move_item(0, 9, 1)
---coromega:print(err or "ok")
---```
---@param source_slot integer 来源格子，移动前必须有物品。
---@param target_slot integer 目标格子，移动前必须为空。
---@param count integer 移动的数量。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:move_item(source_slot, target_slot, count) end

---把背包里的物品放进指定位置容器的指定格子。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local box = { x = -6, y = -60, z = -24 }
---local err =
---    coromega:move_item_to_container(box, { [0] = 0 })
---coromega:print(err or "ok")
---```
---@param container_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param move_operations table<integer, integer> 背包格子号 → 容器格子号，如 `{ [0] = 0, [9] = 1 }`。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:move_item_to_container(container_pos, move_operations) end

---用铁砧给快捷栏某一格的物品改名。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local anvil = { x = -6, y = -60, z = -24 }
---local err = coromega:rename_item(anvil, 0, "宝剑", true)
---coromega:print(err or "ok")
---```
---@param anvil_pos Pos 铁砧的坐标。
---@param slot integer 快捷栏格子号（0~8）。
---@param new_name string 新名字（可含 `\n`）。
---@param auto_gen_anvil boolean 没有铁砧时是否自动放一个。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:rename_item(anvil_pos, slot, new_name, auto_gen_anvil) end

---给快捷栏某一格的物品附魔。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local enchants = { [9] = 1, [12] = 2 }
---local err = coromega:enchant_item(0, enchants)
---coromega:print(err or "ok")
---```
---@param slot integer 快捷栏格子号（0~8）。
---@param enchants table<integer, integer> 附魔编号 → 等级，如 `{ [9] = 1 }` 为锋利 I（编号表见文档）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:enchant_item(slot, enchants) end

---使用快捷栏某一格的物品。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local err = coromega:use_item(0)
---coromega:print(err or "ok")
---```
---@param slotID integer 快捷栏格子号（0~8）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:use_item(slotID) end

---对一个方块的某个面使用快捷栏某一格的物品。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = { x = -7, y = -56, z = -27 }
---local err = coromega:use_item_on_block(pos, 1, 0)
---coromega:print(err or "ok")
---```
---@param block_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param face integer 方块的面：0 y-、1 y+、2 z-、3 z+、4 x-、5 x+。
---@param slot integer 快捷栏格子号（0~8）。
---@param blockNEMCRuntimeID? integer 方块的 runtime id（可省略；给出时更快）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:use_item_on_block(block_pos, face, slot, blockNEMCRuntimeID) end

---机器人站在相对方块的偏移处，对方块使用快捷栏某一格的物品。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = { x = -7, y = -56, z = -27 }
---local off = { x = 1, y = 0, z = 0 }
---local err = coromega:use_item_on_block_with_bot_offset(
---    pos, off, 1, 0)
---coromega:print(err or "ok")
---```
---@param block_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param bot_offset Pos 机器人相对方块的偏移。
---@param face integer 方块的面：0 y-、1 y+、2 z-、3 z+、4 x-、5 x+。
---@param slot integer 快捷栏格子号（0~8）。
---@param blockNEMCRuntimeID? integer 方块的 runtime id（可省略；给出时更快）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:use_item_on_block_with_bot_offset(block_pos, bot_offset, face, slot, blockNEMCRuntimeID) end

---把机器人的主手切到快捷栏某一格。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local err = coromega:select_hotbar(0)
---coromega:print(err or "ok")
---```
---@param slot integer 快捷栏格子号（0~8）。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:select_hotbar(slot) end

---获取（选取）某个坐标的方块，放到快捷栏某一格。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local err = coromega:pick_block(pos, 0, 3)
---coromega:print(err or "ok")
---```
---@param block_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param target_hotbar integer 快捷栏格子号（0~8）。
---@param retry_times integer 失败时的重试次数。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:pick_block(block_pos, target_hotbar, retry_times) end

---破坏某个坐标的方块，把掉落物拾取到快捷栏某一格。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local err =
---    coromega:break_and_pick_block(pos, 0, true, 3)
---coromega:print(err or "ok")
---```
---@param block_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param target_hotbar integer 快捷栏格子号（0~8）。
---@param recover_block boolean 之后是否把方块恢复原样。
---@param retry_times integer 失败时的重试次数。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:break_and_pick_block(block_pos, target_hotbar, recover_block, retry_times) end

---读取机器人某一格物品的信息。
---
---**范围**: 任意
---
---**示例**
---```lua
---local item, ok = coromega:get_inventory_content(0)
---if ok then print(json.encode(item)) end
---```
---@param slot integer 格子号（0~44）。
---@param windows? integer 窗口编号，默认 0。
---@return table # 物品信息。
---@return boolean # 是否读取成功。
function Coromega:get_inventory_content(slot, windows) end

---设置某个坐标上结构方块的内容。
---
---**范围**: 任意
---
---**示例**
---```lua
---local err = coromega:set_structure_block_data(
---    { x = 0, y = 64, z = 0 }, settings)
---```
---@param block_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param settings table<string, any> 结构方块的 NBT 设置表。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:set_structure_block_data(block_pos, settings) end

---把某个坐标上容器的内容设为给定的数据。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local box = { x = -6, y = -60, z = -24 }
---local err = coromega:set_container_content(box, data)
---coromega:print(err or "ok")
---```
---@param container_pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param container_data_json string 容器内容的 JSON 字符串。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:set_container_content(container_pos, container_data_json) end

---把内容写成一本书，放到快捷栏某一格。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pages = { "一", "二" }
---local err = coromega:write_book(0, pages, "书", "我")
---coromega:print(err or "ok")
---```
---@param slotID integer 快捷栏格子号（0~8）。
---@param pages string[] 每一页的内容。
---@param title string 书名。
---@param author string 作者。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:write_book(slotID, pages, title, author) end

---把快捷栏某一格的物品放进某个坐标的物品展示框。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local frame = { x = -6, y = -60, z = -24 }
---local err = coromega:place_item_frame_item(frame, 0, 90)
---coromega:print(err or "ok")
---```
---@param block_pos Pos 物品展示框的坐标。
---@param slotID integer 快捷栏格子号（0~8）。
---@param rotation? integer 旋转：0、1、2… 或 0、45、90…（小于 45 的值乘以 45）；默认 0。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:place_item_frame_item(block_pos, slotID, rotation) end

---在某个坐标放一个容器并填入内容。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = { x = -6, y = -60, z = -24 }
---local err = coromega:gen_container(pos, data, "chest")
---coromega:print(err or "ok")
---```
---@param pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param container_data_json string 容器内容的 JSON 字符串。
---@param container_block string 容器方块，如 `chest ["facing_direction"=4]`。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:gen_container(pos, container_data_json, container_block) end

---立即用 setblock 在某个坐标放一个方块。请确保该处在机器人可放置的范围内且区块已加载。
---
---**范围**: 任意
---
---**示例**
---```lua
---local pos = { x = 1, y = 2, z = 3 }
---coromega:place_block(pos, "stone", "0")
---```
---@param pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param block_name string 方块名，如 `"stone"`。
---@param block_data integer|string 方块数据值或状态。
function Coromega:place_block(pos, block_name, block_data) end

---在某个坐标放置并设置一个命令方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---local err = coromega:place_command_block(
---    { x = 884, y = 73, z = 829 },
---    "repeating_command_block", 0,
---    { command = "list @a", tick_delay = 10 })
---```
---@param pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param block_name string `"command_block"`、`"chain_command_block"` 或 `"repeating_command_block"`。
---@param block_data integer|string 方块数据值（决定朝向）。
---@param option CommandBlockOptions 命令方块的设置：`command`、`name`、`need_red_stone`、`conditional`、`tick_delay`、`track_output`、`execute_on_first_tick`。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:place_command_block(pos, block_name, block_data, option) end

---在某个坐标放一个写好字的告示牌。
---
---**范围**: 任意
---
---**示例**
---```lua
---local pos = { x = 1, y = -60, z = 0 }
---local err = coromega:place_sign(pos,
---    "jungle_standing_sign 0", "§a§l240!", true)
---```
---@param pos Pos 坐标 `{ x = ..., y = ..., z = ... }`。
---@param block_name string 告示牌方块，如 `"jungle_standing_sign 0"`。
---@param text string 告示牌上的字（可用 `§` 颜色）。
---@param lighting boolean 字是否发光。
---@return string? # 成功时为 nil，失败时为错误信息。
function Coromega:place_sign(pos, block_name, text, lighting) end

---向服务器读取一个区域的全部方块，结果以画布（canvas）的形式放在内存里。
---
---区域可以很大，但不建议这样做。`move_bot` 为 false 且区域未加载（附近没有玩家）时读取会失败。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local canvas = coromega:request_structure(
---    { x = 10001, y = 100, z = 10000 },
---    { x = 14, y = 3, z = 4 }, true)
---```
---@param start_pos Pos 区域的起点。
---@param region_size Pos 区域的大小 `{ x = ..., y = ..., z = ... }`。
---@param move_bot boolean 是否让机器人先移动到区域附近。
---@return Canvas # 读到的画布。
function Coromega:request_structure(start_pos, region_size, move_bot) end

---让 omega builder 把结构或画布建造到服务器中；每当进度增加，就在新协程中运行处理函数。
---
---需要相应的权限。处理函数收到 `total` 和 `current`，两者相等时建造完成。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_progress_increased_by_build(canvas,
---    canvas:get_start_pos(), canvas:get_end_pos(),
---    { x = 31000, y = 100, z = 11000 }, { speed = 2000 })
---    :start_new(function(total, current)
---        coromega:print(current .. "/" .. total)
---    end)
---```
---@param aread_chunk Canvas 要建造的结构或画布。
---@param start_pos Pos 要建造部分的起点。
---@param end_pos Pos 要建造部分的终点。
---@param target_pos Pos 在服务器中建造的位置。
---@param option BuildOptions 建造选项：`speed`、`incremental`、`force_use_block_state`、`ignore_nbt_block`、`clear_target_block`、`clear_dropped_item`、`auto_reverse`、`start_hop`。
---@return SessionFactory.when_progress_increased_by_build # 监听器：`:start_new(function(total, current) ... end)`。
function Coromega:when_progress_increased_by_build(aread_chunk, start_pos, end_pos, target_pos, option) end

---向 cqhttp 的一个目标发送消息，目标写作 `"群聊:群号"` 或 `"频道:频道名:聊天室名"`。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:send_cqhttp_message("群聊:548589654", "hello")
---```
---@param target string 目标，如 `"群聊:548589654"`。
---@param message string 消息内容。
function Coromega:send_cqhttp_message(target, message) end

---向 cqhttp 配置中的默认发送列表发送消息。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:send_cqhttp_message_to_default("服务器已启动")
---```
---@param message string 消息内容。
function Coromega:send_cqhttp_message_to_default(message) end

---向一个 QQ 号发送私聊消息。
---
---**范围**: 协程内
---
---**示例**
---```lua
---coromega:send_cqhttp_message_to_id(1634268014, "hi")
---```
---@param id number QQ 号。
---@param message string 消息内容。
---@return boolean # 是否已发出（不代表对方一定收到）。
function Coromega:send_cqhttp_message_to_id(id, message) end

---向一个群发送消息。
---
---**范围**: 协程内
---
---**示例**
---```lua
---coromega:send_cqhttp_message_to_group(548589654, "hi")
---```
---@param group_id number 群号。
---@param message string 消息内容。
---@return boolean # 是否已发出（不代表对方一定收到）。
function Coromega:send_cqhttp_message_to_group(group_id, message) end

---向一个频道的一个聊天室发送消息（号码不好找时改用 `send_cqhttp_message`）。
---
---**范围**: 协程内
---
---**示例**
---```lua
---coromega:send_cqhttp_message_to_guild(
---    671889153994807378, 606767554, "hi")
---```
---@param guild_id number 频道号。
---@param chanel_id number 聊天室号。
---@param message string 消息内容。
---@return boolean # 是否已发出（不代表对方一定收到）。
function Coromega:send_cqhttp_message_to_guild(guild_id, chanel_id, message) end

---取得一个群的成员信息。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local members =
---    coromega:get_cqhttp_group_members_info(548589654)
---```
---@param group_id number 群号。
---@return table # 成员信息表。
function Coromega:get_cqhttp_group_members_info(group_id) end

---取得机器人已加入的频道（每项有 `GuildID`、`GuildName`、`GuildDisplayID`）。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local guilds = coromega:get_cqhttp_joined_guilds()
---for _, g in ipairs(guilds) do
---    print(g.GuildName)
---end
---```
---@return table # 频道列表。
function Coromega:get_cqhttp_joined_guilds() end

---取得一个频道的聊天室信息。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local rooms =
---    coromega:get_cqhttp_guild_channels(guild_id)
---```
---@param guild_id number 频道号。
---@return table # 聊天室信息。
function Coromega:get_cqhttp_guild_channels(guild_id) end

---取得频道中一个成员的信息。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local owner =
---    coromega:get_cqhttp_guild_member(guild_id, "123")
---```
---@param guild_id number 频道号。
---@param user_id string 成员号。
---@return table # 成员信息。
function Coromega:get_cqhttp_guild_member(guild_id, user_id) end

---每收到一条 cqhttp（QQ）消息，就在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_receive_cqhttp_message()
---    :start_new(function(message_type, message, raw)
---        print(message_type, message)
---    end)
---```
---@return SessionFactory.when_receive_cqhttp_message # 监听器：`:start_new(function(message_type, message, raw_message_string) ... end)`。
function Coromega:when_receive_cqhttp_message() end

---收到默认发送列表中的对象发来的 cqhttp 消息时，在新协程中运行处理函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---local c = coromega
---c:when_receive_filtered_cqhttp_message_from_default()
---    :start_new(function(source, name, message)
---        print(source, name, message)
---    end)
---```
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default # 监听器：`:start_new(function(source, name, message) ... end)`，`name` 形如 `昵称#QQ号`。
function Coromega:when_receive_filtered_cqhttp_message_from_default() end

---在给定的地址和端口启动一个 WebSocket 服务器。
---
---用 `:when_new_conn(function(conn) ... end)` 处理每个连接，`:when_dead(function(reason) ... end)` 处理服务器关闭。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:create_websocket_server("127.0.0.1", 1042)
---    :when_new_conn(function(conn)
---        conn:send_message("hello")
---    end)
---```
---@param host string `"127.0.0.1"`（只允许本机）或 `"0.0.0.0"`（允许其他机器）。
---@param port integer 端口号。
---@return WSServerSessionFactory? # 服务器对象；启动失败时为 nil。
function Coromega:create_websocket_server(host, port) end

---连接到一个 WebSocket 服务器。
---
---**范围**: 任意
---
---**示例**
---```lua
---local conn =
---    coromega:connect_to_websocket("ws://127.0.0.1:1042")
---if conn then conn:send_message("hi") end
---```
---@param addr string 地址，如 `"ws://127.0.0.1:1042/path"`。
---@param header? table<string, string|string[]> 可选的 HTTP 请求头：名称 → 字符串或字符串表。
---@return WSConnWrapper? # 连接对象；连接失败时为 nil。
function Coromega:connect_to_websocket(addr, header) end
