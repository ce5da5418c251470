-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---监听器: `when_...` 返回的监听器：用 `:start_new(fn)` 指定事件发生时在新协程中运行的函数。
---@class SessionFactory
local SessionFactory = {}

---指定事件发生时在新协程中运行的函数；它收到的参数取决于是哪个 `when_...`。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_chat_msg():start_new(function(chat)
---    coromega:print(chat.name)
---end)
---```
---@param coro_fn fun(...: any) 处理函数。
---@return SessionFactory # 监听器本身。
function SessionFactory:start_new(coro_fn) end

---指定处理函数结束后接收其返回值的函数（可为 nil）。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:when_chat_msg()
---    :on_result(function(r) print("done", r) end)
---    :start_new(function(chat) return chat.name end)
---```
---@param handle? fun(...: any) 接收返回值的函数。
---@return SessionFactory # 监听器本身。
function SessionFactory:on_result(handle) end

---框架内部：事件到达时启动新协程。
---
---**范围**: 任意
---
---**示例**
---```lua
----- internal
---```
---@private
---@param ... any 事件的参数。
function SessionFactory:on_new_session(...) end

---`coromega:when_chat_msg`: 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
---@class SessionFactory.when_chat_msg: SessionFactory
local SessionFactory_when_chat_msg = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(chat: ChatMessage) 处理函数收到
---@return SessionFactory.when_chat_msg
function SessionFactory_when_chat_msg:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_chat_msg
function SessionFactory_when_chat_msg:on_result(handle) end

---`coromega:when_receive_msg_from_sender_named`: 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
---@class SessionFactory.when_receive_msg_from_sender_named: SessionFactory
local SessionFactory_when_receive_msg_from_sender_named = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(chat: ChatMessage) 处理函数收到
---@return SessionFactory.when_receive_msg_from_sender_named
function SessionFactory_when_receive_msg_from_sender_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_msg_from_sender_named
function SessionFactory_when_receive_msg_from_sender_named:on_result(handle) end

---`coromega:when_receive_msg_from_command_block_named`: 监听器：用 `:start_new(function(chat) ... end)` 处理，`chat` 是聊天消息（`name`、`msg`、`raw_msg`...）。
---@class SessionFactory.when_receive_msg_from_command_block_named: SessionFactory
local SessionFactory_when_receive_msg_from_command_block_named = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(chat: ChatMessage) 处理函数收到
---@return SessionFactory.when_receive_msg_from_command_block_named
function SessionFactory_when_receive_msg_from_command_block_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_msg_from_command_block_named
function SessionFactory_when_receive_msg_from_command_block_named:on_result(handle) end

---`coromega:when_player_change`: 监听器：`:start_new(function(player, action) ... end)`。
---@class SessionFactory.when_player_change: SessionFactory
local SessionFactory_when_player_change = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(player: CoroPlayer, action: string) 处理函数收到
---@return SessionFactory.when_player_change
function SessionFactory_when_player_change:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_player_change
function SessionFactory_when_player_change:on_result(handle) end

---`coromega:when_called_by_terminal_menu`: 监听器：`:start_new(function(input) ... end)`，`input` 是去掉触发词、按空格切分后的参数表。
---@class SessionFactory.when_called_by_terminal_menu: SessionFactory
local SessionFactory_when_called_by_terminal_menu = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(input: string[]) 处理函数收到
---@return SessionFactory.when_called_by_terminal_menu
function SessionFactory_when_called_by_terminal_menu:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_terminal_menu
function SessionFactory_when_called_by_terminal_menu:on_result(handle) end

---`coromega:when_called_by_game_menu`: 监听器：`:start_new(function(chat) ... end)`，`chat` 是触发菜单的聊天消息（`chat.name` 是玩家名，`chat.msg` 是参数）。
---@class SessionFactory.when_called_by_game_menu: SessionFactory
local SessionFactory_when_called_by_game_menu = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(chat: ChatMessage) 处理函数收到
---@return SessionFactory.when_called_by_game_menu
function SessionFactory_when_called_by_game_menu:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_game_menu
function SessionFactory_when_called_by_game_menu:on_result(handle) end

---`coromega:when_receive_packet_of_types`: 监听器：`:start_new(function(packet) ... end)`，`packet` 有 `name()`、`id()`、`user_data()`、`json_str()`。
---@class SessionFactory.when_receive_packet_of_types: SessionFactory
local SessionFactory_when_receive_packet_of_types = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(packet: Packet) 处理函数收到
---@return SessionFactory.when_receive_packet_of_types
function SessionFactory_when_receive_packet_of_types:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_packet_of_types
function SessionFactory_when_receive_packet_of_types:on_result(handle) end

---`coromega:when_called_by_api_named`: 监听器：`:start_new(function(args, set_result) ... end)`。
---@class SessionFactory.when_called_by_api_named: SessionFactory
local SessionFactory_when_called_by_api_named = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(args: any, set_result: fun(result: any, err?: string)) 处理函数收到
---@return SessionFactory.when_called_by_api_named
function SessionFactory_when_called_by_api_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_api_named
function SessionFactory_when_called_by_api_named:on_result(handle) end

---`coromega:when_new_data_in_subscribed_topic_named`: 监听器：`:start_new(function(data) ... end)`，`data` 是发布的值。
---@class SessionFactory.when_new_data_in_subscribed_topic_named: SessionFactory
local SessionFactory_when_new_data_in_subscribed_topic_named = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(data: any) 处理函数收到
---@return SessionFactory.when_new_data_in_subscribed_topic_named
function SessionFactory_when_new_data_in_subscribed_topic_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_new_data_in_subscribed_topic_named
function SessionFactory_when_new_data_in_subscribed_topic_named:on_result(handle) end

---`coromega:when_progress_increased_by_build`: 监听器：`:start_new(function(total, current) ... end)`。
---@class SessionFactory.when_progress_increased_by_build: SessionFactory
local SessionFactory_when_progress_increased_by_build = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(total: number, current: number) 处理函数收到
---@return SessionFactory.when_progress_increased_by_build
function SessionFactory_when_progress_increased_by_build:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_progress_increased_by_build
function SessionFactory_when_progress_increased_by_build:on_result(handle) end

---`coromega:when_receive_cqhttp_message`: 监听器：`:start_new(function(message_type, message, raw_message_string) ... end)`。
---@class SessionFactory.when_receive_cqhttp_message: SessionFactory
local SessionFactory_when_receive_cqhttp_message = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(message_type: string, message: string, raw_message_string: string) 处理函数收到
---@return SessionFactory.when_receive_cqhttp_message
function SessionFactory_when_receive_cqhttp_message:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_cqhttp_message
function SessionFactory_when_receive_cqhttp_message:on_result(handle) end

---`coromega:when_receive_filtered_cqhttp_message_from_default`: 监听器：`:start_new(function(source, name, message) ... end)`，`name` 形如 `昵称#QQ号`。
---@class SessionFactory.when_receive_filtered_cqhttp_message_from_default: SessionFactory
local SessionFactory_when_receive_filtered_cqhttp_message_from_default = {}

---指定事件发生时在新协程中运行的函数。
---@param coro_fn fun(source: string, name: string, message: string) 处理函数收到
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default
function SessionFactory_when_receive_filtered_cqhttp_message_from_default:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default
function SessionFactory_when_receive_filtered_cqhttp_message_from_default:on_result(handle) end
