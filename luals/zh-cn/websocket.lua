-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---WebSocket 连接: 一个 WebSocket 连接：发送消息、等待下一条消息，或为每条消息运行处理函数。
---@class WSConnWrapper
local WSConnWrapper = {}

---每条没有被 `receive_message` 取走的消息都在新协程中交给函数；连接断开时收到 nil。
---
---**范围**: 任意
---
---**示例**
---```lua
---conn:when_new_msg(function(msg)
---    if msg == nil then print("closed") return end
---    conn:send_message("echo: " .. msg)
---end)
---```
---@param coro_fn fun(msg: string?) 处理消息的函数。
---@return WSConnWrapper # 连接本身。
function WSConnWrapper:when_new_msg(coro_fn) end

---发送一条文本消息。
---
---**范围**: 任意
---
---**示例**
---```lua
---conn:send_message("hello")
---```
---@param msg string 消息。
function WSConnWrapper:send_message(msg) end

---把值用 `json.encode` 编码后作为文本消息发送。
---
---**范围**: 任意
---
---**示例**
---```lua
---conn:send({ author = "somebody", age = 18 })
---```
---@param msg any 要发送的值。
function WSConnWrapper:send(msg) end

---等待并返回下一条消息（它不会再交给 `when_new_msg`）；连接断开时为 nil。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local msg = conn:receive_message()
---if msg == nil then print("closed") end
---```
---@return string? # 下一条消息，或 nil。
function WSConnWrapper:receive_message() end

---框架内部：分发收到的消息。
---
---**范围**: 任意
---
---**示例**
---```lua
----- internal
---```
---@private
---@param message string? 收到的消息。
function WSConnWrapper:on_new_msg(message) end

---WebSocket 服务器: `create_websocket_server` 启动的服务器：处理新连接和服务器关闭。
---@class WSServerSessionFactory
local WSServerSessionFactory = {}

---每有一个客户端连上来，就在新协程中运行函数，参数是这个连接。
---
---**范围**: 任意
---
---**示例**
---```lua
---server:when_new_conn(function(conn)
---    conn:send_message("welcome")
---end)
---```
---@param coro_fn fun(conn: WSConnWrapper) 处理新连接的函数。
---@return WSServerSessionFactory # 服务器本身。
function WSServerSessionFactory:when_new_conn(coro_fn) end

---服务器关闭时在新协程中运行函数，参数是关闭的原因。
---
---**范围**: 任意
---
---**示例**
---```lua
---server:when_dead(function(reason)
---    print("server down:", reason)
---end)
---```
---@param cb fun(reason: string) 处理服务器关闭的函数。
---@return WSServerSessionFactory # 服务器本身。
function WSServerSessionFactory:when_dead(cb) end

---框架内部：为新连接启动协程。
---
---**范围**: 任意
---
---**示例**
---```lua
----- internal
---```
---@private
---@param conn WSConnWrapper 新连接。
function WSServerSessionFactory:on_new_conn(conn) end
