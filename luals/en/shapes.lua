-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---chat message: A chat message, as game-menu, chat and command-block handlers receive it.
---@class ChatMessage
---@field name string The sender, prefixes removed (`<tag> Steve` gives `Steve`).
---@field msg string[] The message split on spaces; in a game menu, without the trigger.
---@field raw_msg string The message as typed, not split.
---@field raw_name string The sender as sent, prefixes included.
---@field type number The message type (the Text packet type; chat is 1).
---@field raw_parameters string[] The raw parameters of the Text packet.
---@field aux any Extra information, usually empty; do not rely on it.
local ChatMessage = {}

---packet: A packet, as `when_receive_packet_of_types` handlers receive it.
---@class Packet
local Packet = {}

---The packet name, e.g. `"IDText"`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---if packet:name() == omega.packets.Text then end
---```
---@return string # The name.
function Packet:name() end

---The packet type id, e.g. 27.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local id = packet:id()
---```
---@return number # The id.
function Packet:id() end

---The packet data (userdata): fields can be read but not iterated with pairs; `ud2lua` makes a table (slower).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local data = packet:user_data()
---print(data.CommandOrigin.Origin)
---```
---@return userdata # The data.
function Packet:user_data() end

---The packet data as a JSON string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:print(packet:json_str())
---```
---@return string # The JSON text.
function Packet:json_str() end

---position: A position `{ x = ..., y = ..., z = ... }`.
---@class Pos
---@field x number x.
---@field y number y (height).
---@field z number z.
local Pos = {}

---player position: What `player:get_pos()` returns.
---@class PlayerPos
---@field position Pos The coordinates (fractional).
---@field dimension number The dimension: 0 overworld, 1 nether, 2 the end...
---@field yRot number Horizontal rotation (degrees).
---@field uniqueId string The player's unique id.
local PlayerPos = {}

---command output: The output `send_ws_cmd` and friends return with `get_result`.
---@class CommandOutput
---@field SuccessCount number How many times it succeeded (0: it failed).
---@field OutputMessages table The output messages, each with `Message`, `Success`, `Parameters`.
---@field CommandOrigin table Where the command came from.
---@field OutputType number The output type.
---@field DataSet string Extra data (some commands).
local CommandOutput = {}

---user info: What `coromega:user_info()` returns.
---@class UserInfo
---@field HashedUserToken string? MD5 of the user token (empty without one).
---@field HashedServerCode string? MD5 of the server number.
---@field HashedServeCode string? The same as `HashedServerCode` (old spelling).
local UserInfo = {}

---HTTP options: The `option` table of an HTTP call.
---@class HttpOption
---@field query string The query string (without `?`); replaces the URL's whole query.
---@field headers table<string, string> Request headers: each `name = value` sets one header.
---@field cookies table<string, string> Cookies to send: each `name = value` is added to the `Cookie` header.
---@field body string The request body as a string (Content-Length is set).
---@field form string (Deprecated) A form body string, used only when `body` is not a string.
---@field timeout number|string Timeout: a number is whole seconds, a string is a Go duration (`"30s"`, `"500ms"`, `"1m30s"`). Absent: no limit.
---@field auth HttpAuth HTTP basic auth: `{ user = "...", pass = "..." }`.
local HttpOption = {}

---HTTP auth: `option.auth`: HTTP basic auth.
---@class HttpAuth
---@field user string User name.
---@field pass string Password.
local HttpAuth = {}

---HTTP response: The first value of a successful HTTP call.
---@class HttpResponse
---@field status_code number The HTTP status, e.g. 200, 404.
---@field headers table Response headers: canonical name -> first value.
---@field body_size number Length of the body in bytes (not characters).
---@field body string The raw body (empty for HEAD).
---@field cookies table Cookies the server set (Set-Cookie): name -> value.
---@field url string The final URL after redirects (at most 10 are followed).
local HttpResponse = {}

---menu options: The options table of a menu listener.
---@class MenuOptions
---@field triggers string[] Trigger words (a table of strings): typing any of them triggers the entry.
---@field argument_hint string Argument hint, only shown in the menu.
---@field usage string What the entry does, only shown in the menu.
local MenuOptions = {}

---command block settings: The 4th argument of `place_command_block`.
---@class CommandBlockOptions
---@field command string The command inside.
---@field name string Its name.
---@field need_red_stone boolean Whether it needs redstone.
---@field conditional boolean Whether it is conditional.
---@field tick_delay integer Delay before running (ticks).
---@field track_output boolean Whether it shows its output.
---@field execute_on_first_tick boolean Whether it runs on the first tick.
local CommandBlockOptions = {}

---build options: The last argument of `when_progress_increased_by_build`.
---@class BuildOptions
---@field speed number Build speed.
---@field incremental boolean Incremental build (default false).
---@field force_use_block_state boolean Force block states (default false; used anyway when the structure needs them).
---@field ignore_nbt_block boolean Skip blocks with NBT (default false).
---@field clear_target_block boolean Clear the target blocks first (default false).
---@field clear_dropped_item boolean Clear dropped items (default false; the whole server).
---@field auto_reverse boolean Step back a hop when restarting (default true).
---@field start_hop integer The hop to start from (default 0).
local BuildOptions = {}

---canvas: A region of blocks in memory (a canvas or structure), as `request_structure` gives it.
---@class Canvas
local Canvas = {}

---Where the region starts.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = canvas:get_start_pos()
---```
---@return Pos # The start.
function Canvas:get_start_pos() end

---Sets where the region starts.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---canvas:set_start_pos({ x = 0, y = 64, z = 0 })
---```
---@param pos Pos A position.
function Canvas:set_start_pos(pos) end

---Where the region ends.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local e = canvas:get_end_pos()
---```
---@return Pos # The end.
function Canvas:get_end_pos() end

---Sets where the region ends.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---canvas:set_end_pos({ x = 15, y = 80, z = 15 })
---```
---@param pos Pos A position.
function Canvas:set_end_pos(pos) end

---Whether building must use block states.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local must = canvas:get_must_block_state()
---```
---@return boolean # true when required.
function Canvas:get_must_block_state() end

---Sets whether building must use block states.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---canvas:set_must_block_state(true)
---```
---@param must boolean Whether required.
function Canvas:set_must_block_state(must) end

---The runtime id of the block at a position.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local rtid, found = canvas:block(pos)
---```
---@param pos Pos A position.
---@return integer # The runtime id.
---@return boolean # Whether there is a block.
function Canvas:block(pos) end

---The runtime id and NBT of the block at a position.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local rtid, nbt, found = canvas:block_with_nbt(pos)
---```
---@param pos Pos A position.
---@return integer # The runtime id.
---@return userdata # Its NBT.
---@return boolean # Whether there is a block.
function Canvas:block_with_nbt(pos) end

---Calls the reader for every block in the range.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local function reader(x, y, z, rtid, nbt)
---    print(x, y, z, rtid)
---end
---canvas:apply_reader_to_blocks(s, e, reader, true)
---```
---@param start_pos Pos A position.
---@param end_pos Pos A position.
---@param reader_fn fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata) The reader.
---@param ignore_air? boolean Skip air blocks.
---@param ignore_nbt? boolean Skip blocks with NBT.
---@param ignore_normal? boolean Skip blocks without NBT.
function Canvas:apply_reader_to_blocks(start_pos, end_pos, reader_fn, ignore_air, ignore_nbt, ignore_normal) end

---Calls the function for every block in the range and puts back the runtime id and NBT it returns.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local function alter(x, y, z, rtid, nbt)
---    return rtid, nbt
---end
---canvas:apply_alter_to_blocks(s, e, alter)
---```
---@param start_pos Pos A position.
---@param end_pos Pos A position.
---@param alter_fn fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata): integer The function.
---@param ignore_air? boolean Skip air blocks.
---@param ignore_nbt? boolean Skip blocks with NBT.
---@param ignore_normal? boolean Skip blocks without NBT.
function Canvas:apply_alter_to_blocks(start_pos, end_pos, alter_fn, ignore_air, ignore_nbt, ignore_normal) end

---omega.storage_path: The storage path functions underneath coromega's `*_path_of` and `path_*`.
---@class OmegaStoragePath
local OmegaStoragePath = {}

---A path under `{storage}/lang/`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local sp = omega.storage_path
---package.path = package.path .. ";" ..
---    sp.get_code_path("LuaLoader", "?.lua")
---```
---@param ... string Parts to append.
---@return string # The path.
function OmegaStoragePath.get_code_path(...) end

---A path under `{storage}/config/`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = omega.storage_path.get_config_path("a.json")
---```
---@param ... string Parts to append.
---@return string # The path.
function OmegaStoragePath.get_config_path(...) end

---A path under `{storage}/data/`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = omega.storage_path.get_data_file_path("a")
---```
---@param ... string Parts to append.
---@return string # The path.
function OmegaStoragePath.get_data_file_path(...) end

---A path under `{storage}/cache/`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = omega.storage_path.get_cache_path("a")
---```
---@param ... string Parts to append.
---@return string # The path.
function OmegaStoragePath.get_cache_path(...) end

---Joins path parts.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = omega.storage_path.join("a", "b")
---```
---@param ... string Parts to append.
---@return string # The joined path.
function OmegaStoragePath.join(...) end

---Lists a directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local files, err = omega.storage_path.list_dir(".")
---```
---@param path string The path.
---@return table # The entries.
---@return string? # The error, if any.
function OmegaStoragePath.list_dir(path) end

---The absolute path.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local a = omega.storage_path.abs(".")
---```
---@param path string The path.
---@return string # The absolute path.
function OmegaStoragePath.abs(path) end

---The extension.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local e = omega.storage_path.ext("a.lua")
---```
---@param path string The path.
---@return string # The extension.
function OmegaStoragePath.ext(path) end

---Moves a file or directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---omega.storage_path.move("a", "b")
---```
---@param src string From.
---@param dst string To.
function OmegaStoragePath.move(src, dst) end

---Deletes a file or directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---omega.storage_path.remove("a")
---```
---@param path string The path.
function OmegaStoragePath.remove(path) end

---Whether a path exists.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local ok = omega.storage_path.exist("a")
---```
---@param path string The path.
---@return boolean # true when it exists.
function OmegaStoragePath.exist(path) end

---omega.blocks: Conversions between block forms (runtime id, legacy name+data, name+state, Java string) and NBT. Runtime ids change between versions: never store them.
---@class OmegaBlocks
local OmegaBlocks = {}

---Legacy name and data -> runtime id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local blocks = omega.blocks
---local rtid, found =
---    blocks.legacy_block_to_rtid("stone", 0)
---```
---@param name string The name.
---@param data integer The data value.
---@return integer # The block runtime id.
---@return boolean # Whether it was found.
function OmegaBlocks.legacy_block_to_rtid(name, data) end

---Runtime id -> legacy name and data.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local blocks = omega.blocks
---local name, data, ok = blocks.rtid_to_legacy_block(rtid)
---```
---@param rtid integer The block runtime id.
---@return string # The name.
---@return integer # The data.
---@return boolean # Whether it was found.
function OmegaBlocks.rtid_to_legacy_block(rtid) end

---Runtime id -> name and state.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local name, state, found =
---    omega.blocks.rtid_to_block_name_and_state(rtid)
---```
---@param rtid integer The block runtime id.
---@return string # The name.
---@return string # The state.
---@return boolean # Whether it was found.
function OmegaBlocks.rtid_to_block_name_and_state(rtid) end

---Name and state -> runtime id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local blocks = omega.blocks
---local rtid, found =
---    blocks.block_name_and_state_to_rtid("chest", "[]")
---```
---@param name string The name.
---@param state string The state.
---@return integer # The block runtime id.
---@return boolean # Whether it was found.
function OmegaBlocks.block_name_and_state_to_rtid(name, state) end

---Runtime id -> Java form.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s, found = omega.blocks.rtid_to_java_str(rtid)
---```
---@param rtid integer The block runtime id.
---@return string # The Java string.
---@return boolean # Whether it was found.
function OmegaBlocks.rtid_to_java_str(rtid) end

---Java form -> runtime id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local rtid, found = omega.blocks.java_str_to_rtid(s)
---```
---@param java_str string The Java string.
---@return integer # The block runtime id.
---@return boolean # Whether it was found.
function OmegaBlocks.java_str_to_rtid(java_str) end

---Creates an empty block NBT.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local nbt = omega.blocks.new_nbt()
---```
---@return userdata # The NBT.
function OmegaBlocks.new_nbt() end

---omega.structures: Structures and canvases: open, convert, create, copy.
---@class OmegaStructures
local OmegaStructures = {}

---Opens a structure, creating it when missing.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local structures = omega.structures
---local s = structures.open_or_create_structure("dir")
---```
---@param path string Its folder.
---@return Canvas # The structure.
function OmegaStructures.open_or_create_structure(path) end

---Converts a structure file into a structure.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local structures = omega.structures
---local s =
---    structures.convert_file_to_structure(dir, file)
---```
---@param structure_path string Where to keep the structure.
---@param file_path string The file.
---@return Canvas # The structure.
function OmegaStructures.convert_file_to_structure(structure_path, file_path) end

---Creates an empty canvas.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local canvas = omega.structures.new_canvas()
---```
---@return Canvas # The canvas.
function OmegaStructures.new_canvas() end

---Copies a region of the source into the target, shifted by the offset.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---omega.structures.copy(src, dst, src:get_start_pos(),
---    src:get_end_pos(), { x = 0, y = 0, z = 0 })
---```
---@param source Canvas The source.
---@param target Canvas The target.
---@param start_pos Pos Region start.
---@param end_pos Pos Region end.
---@param offset Pos The offset.
function OmegaStructures.copy(source, target, start_pos, end_pos, offset) end
