-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---listener: What `when_...` returns: `:start_new(fn)` sets the function to run in a new coroutine on each event.
---@class SessionFactory
local SessionFactory = {}

---Sets the function to run in a new coroutine on each event; its arguments depend on the `when_...`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_chat_msg():start_new(function(chat)
---    coromega:print(chat.name)
---end)
---```
---@param coro_fn fun(...: any) The handler.
---@return SessionFactory # The listener itself.
function SessionFactory:start_new(coro_fn) end

---Sets a function that receives the handler's return values when it finishes (nil clears it).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_chat_msg()
---    :on_result(function(r) print("done", r) end)
---    :start_new(function(chat) return chat.name end)
---```
---@param handle? fun(...: any) Gets the return values.
---@return SessionFactory # The listener itself.
function SessionFactory:on_result(handle) end

---Internal: starts the coroutine for an event.
---
---**Scope**: anywhere
---
---**Example**
---```lua
----- internal
---```
---@private
---@param ... any The event.
function SessionFactory:on_new_session(...) end

---`coromega:when_chat_msg`: A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
---@class SessionFactory.when_chat_msg: SessionFactory
local SessionFactory_when_chat_msg = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(chat: ChatMessage) The handler receives
---@return SessionFactory.when_chat_msg
function SessionFactory_when_chat_msg:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_chat_msg
function SessionFactory_when_chat_msg:on_result(handle) end

---`coromega:when_receive_msg_from_sender_named`: A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
---@class SessionFactory.when_receive_msg_from_sender_named: SessionFactory
local SessionFactory_when_receive_msg_from_sender_named = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(chat: ChatMessage) The handler receives
---@return SessionFactory.when_receive_msg_from_sender_named
function SessionFactory_when_receive_msg_from_sender_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_msg_from_sender_named
function SessionFactory_when_receive_msg_from_sender_named:on_result(handle) end

---`coromega:when_receive_msg_from_command_block_named`: A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
---@class SessionFactory.when_receive_msg_from_command_block_named: SessionFactory
local SessionFactory_when_receive_msg_from_command_block_named = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(chat: ChatMessage) The handler receives
---@return SessionFactory.when_receive_msg_from_command_block_named
function SessionFactory_when_receive_msg_from_command_block_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_msg_from_command_block_named
function SessionFactory_when_receive_msg_from_command_block_named:on_result(handle) end

---`coromega:when_player_change`: A listener: `:start_new(function(player, action) ... end)`.
---@class SessionFactory.when_player_change: SessionFactory
local SessionFactory_when_player_change = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(player: CoroPlayer, action: string) The handler receives
---@return SessionFactory.when_player_change
function SessionFactory_when_player_change:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_player_change
function SessionFactory_when_player_change:on_result(handle) end

---`coromega:when_called_by_terminal_menu`: A listener: `:start_new(function(input) ... end)`; `input` is the words after the trigger.
---@class SessionFactory.when_called_by_terminal_menu: SessionFactory
local SessionFactory_when_called_by_terminal_menu = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(input: string[]) The handler receives
---@return SessionFactory.when_called_by_terminal_menu
function SessionFactory_when_called_by_terminal_menu:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_terminal_menu
function SessionFactory_when_called_by_terminal_menu:on_result(handle) end

---`coromega:when_called_by_game_menu`: A listener: `:start_new(function(chat) ... end)`; `chat` is the message (`chat.name` the player, `chat.msg` the words).
---@class SessionFactory.when_called_by_game_menu: SessionFactory
local SessionFactory_when_called_by_game_menu = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(chat: ChatMessage) The handler receives
---@return SessionFactory.when_called_by_game_menu
function SessionFactory_when_called_by_game_menu:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_game_menu
function SessionFactory_when_called_by_game_menu:on_result(handle) end

---`coromega:when_receive_packet_of_types`: A listener: `:start_new(function(packet) ... end)`; `packet` has `name()`, `id()`, `user_data()`, `json_str()`.
---@class SessionFactory.when_receive_packet_of_types: SessionFactory
local SessionFactory_when_receive_packet_of_types = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(packet: Packet) The handler receives
---@return SessionFactory.when_receive_packet_of_types
function SessionFactory_when_receive_packet_of_types:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_packet_of_types
function SessionFactory_when_receive_packet_of_types:on_result(handle) end

---`coromega:when_called_by_api_named`: A listener: `:start_new(function(args, set_result) ... end)`.
---@class SessionFactory.when_called_by_api_named: SessionFactory
local SessionFactory_when_called_by_api_named = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(args: any, set_result: fun(result: any, err?: string)) The handler receives
---@return SessionFactory.when_called_by_api_named
function SessionFactory_when_called_by_api_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_called_by_api_named
function SessionFactory_when_called_by_api_named:on_result(handle) end

---`coromega:when_new_data_in_subscribed_topic_named`: A listener: `:start_new(function(data) ... end)`; `data` is what was published.
---@class SessionFactory.when_new_data_in_subscribed_topic_named: SessionFactory
local SessionFactory_when_new_data_in_subscribed_topic_named = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(data: any) The handler receives
---@return SessionFactory.when_new_data_in_subscribed_topic_named
function SessionFactory_when_new_data_in_subscribed_topic_named:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_new_data_in_subscribed_topic_named
function SessionFactory_when_new_data_in_subscribed_topic_named:on_result(handle) end

---`coromega:when_progress_increased_by_build`: A listener: `:start_new(function(total, current) ... end)`.
---@class SessionFactory.when_progress_increased_by_build: SessionFactory
local SessionFactory_when_progress_increased_by_build = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(total: number, current: number) The handler receives
---@return SessionFactory.when_progress_increased_by_build
function SessionFactory_when_progress_increased_by_build:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_progress_increased_by_build
function SessionFactory_when_progress_increased_by_build:on_result(handle) end

---`coromega:when_receive_cqhttp_message`: A listener: `:start_new(function(message_type, message, raw_message_string) ... end)`.
---@class SessionFactory.when_receive_cqhttp_message: SessionFactory
local SessionFactory_when_receive_cqhttp_message = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(message_type: string, message: string, raw_message_string: string) The handler receives
---@return SessionFactory.when_receive_cqhttp_message
function SessionFactory_when_receive_cqhttp_message:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_cqhttp_message
function SessionFactory_when_receive_cqhttp_message:on_result(handle) end

---`coromega:when_receive_filtered_cqhttp_message_from_default`: A listener: `:start_new(function(source, name, message) ... end)`; `name` reads `nickname#QQ`.
---@class SessionFactory.when_receive_filtered_cqhttp_message_from_default: SessionFactory
local SessionFactory_when_receive_filtered_cqhttp_message_from_default = {}

---Sets the function to run in a new coroutine on each event.
---@param coro_fn fun(source: string, name: string, message: string) The handler receives
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default
function SessionFactory_when_receive_filtered_cqhttp_message_from_default:start_new(coro_fn) end

---@param handle? fun(...: any)
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default
function SessionFactory_when_receive_filtered_cqhttp_message_from_default:on_result(handle) end
