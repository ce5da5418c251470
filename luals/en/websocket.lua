-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---WebSocket connection: A WebSocket connection: send messages, wait for the next one, or run a handler for each.
---@class WSConnWrapper
local WSConnWrapper = {}

---Each message `receive_message` does not take goes to the function in a new coroutine; nil when the connection closes.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---conn:when_new_msg(function(msg)
---    if msg == nil then print("closed") return end
---    conn:send_message("echo: " .. msg)
---end)
---```
---@param coro_fn fun(msg: string?) Handles a message.
---@return WSConnWrapper # The connection itself.
function WSConnWrapper:when_new_msg(coro_fn) end

---Sends a text message.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---conn:send_message("hello")
---```
---@param msg string The message.
function WSConnWrapper:send_message(msg) end

---Sends a value as a text message, encoded with `json.encode`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---conn:send({ author = "somebody", age = 18 })
---```
---@param msg any The value.
function WSConnWrapper:send(msg) end

---Waits for and returns the next message (`when_new_msg` does not see it); nil when the connection closes.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local msg = conn:receive_message()
---if msg == nil then print("closed") end
---```
---@return string? # The next message, or nil.
function WSConnWrapper:receive_message() end

---Internal: delivers a received message.
---
---**Scope**: anywhere
---
---**Example**
---```lua
----- internal
---```
---@private
---@param message string? The message.
function WSConnWrapper:on_new_msg(message) end

---WebSocket server: The server `create_websocket_server` starts: handles new connections and its own end.
---@class WSServerSessionFactory
local WSServerSessionFactory = {}

---Runs the function in a new coroutine for every client that connects, with the connection.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---server:when_new_conn(function(conn)
---    conn:send_message("welcome")
---end)
---```
---@param coro_fn fun(conn: WSConnWrapper) Handles a connection.
---@return WSServerSessionFactory # The server itself.
function WSServerSessionFactory:when_new_conn(coro_fn) end

---Runs the function in a new coroutine when the server stops, with the reason.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---server:when_dead(function(reason)
---    print("server down:", reason)
---end)
---```
---@param cb fun(reason: string) Handles the end.
---@return WSServerSessionFactory # The server itself.
function WSServerSessionFactory:when_dead(cb) end

---Internal: starts the coroutine for a new connection.
---
---**Scope**: anywhere
---
---**Example**
---```lua
----- internal
---```
---@private
---@param conn WSConnWrapper The connection.
function WSServerSessionFactory:on_new_conn(conn) end
