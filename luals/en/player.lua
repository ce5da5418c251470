-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---player: An online player: talk to them, ask them, check conditions, read their info and abilities.
---@class CoroPlayer
local CoroPlayer = {}

---Shows a message in the player's chat (only they see it).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:say("§a欢迎！")
---```
---@param msg string The message.
function CoroPlayer:say(msg) end

---Sends a tellraw message: a table that, JSON-encoded, follows the tellraw format.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:raw_say({ rawtext = { { text = "hello" } } })
---```
---@param json_msg table The tellraw table.
function CoroPlayer:raw_say(json_msg) end

---Sends a raw (rawtext) message: a table that, JSON-encoded, follows the tellraw format; the same as raw_say.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:send({ rawtext = { { text = "hi" } } })
---```
---@param json_msg table The tellraw table.
function CoroPlayer:send(json_msg) end

---Reads the player's inventory: each entry of the `slots` list has `id`, `aux`, `stackSize`, `enchantments`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local inv = player:get_inventory()
---print(#inv.slots)
---```
---@return table # The inventory table.
function CoroPlayer:get_inventory() end

---Shows the prompt and waits for the next thing the player types in chat.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local answer = player:ask("请输入数量：", 30)
---if answer then player:say(answer) end
---```
---@param hint string The prompt.
---@param timeout? number Timeout in seconds (optional); nil on timeout.
---@return string? # What the player typed; nil on timeout.
function CoroPlayer:ask(hint, timeout) end

---Shows a title in the middle of the player's screen, optionally with a subtitle.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:title("欢迎", "玩得开心")
---```
---@param title string The title.
---@param subtitle? string The subtitle (optional).
function CoroPlayer:title(title, subtitle) end

---Shows a subtitle; a title is needed too, and nothing shows when it is nil.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:subtitle("world", "hello")
---```
---@param subtitle string The subtitle.
---@param title string The title.
function CoroPlayer:subtitle(subtitle, title) end

---Shows a line above the player's hotbar (action bar).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:action_bar("§e金币 +1")
---```
---@param msg string The text.
function CoroPlayer:action_bar(msg) end

---Queries the player's position and dimension (a querytarget command underneath).
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = player:get_pos()
---local x = math.floor(pos.position.x)
---coromega:print(pos.dimension, x)
---```
---@return PlayerPos # `{ position = { x, y, z }, dimension = ..., yRot = ..., uniqueId = ... }`.
function CoroPlayer:get_pos() end

---Checks target selector conditions, like `@a[name=PLAYER,conditions...]`.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---if player:check({ "m=c", "tag=!ban" }) then
---    player:say("ok")
---end
---```
---@param conditions string[] Condition strings, e.g. `{ "m=c", "tag=!ban" }`.
---@return boolean # true when all conditions hold.
function CoroPlayer:check(conditions) end

---The player's name.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:name()
---```
---@return string # The name.
---@return boolean # Whether it was known.
function CoroPlayer:name() end

---The player's UUID string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:uuid_string()
---```
---@return string # The UUID string.
---@return boolean # Whether it was known.
function CoroPlayer:uuid_string() end

---The player's entity unique id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:entity_unique_id()
---```
---@return string # The unique id.
---@return boolean # Whether it was known.
function CoroPlayer:entity_unique_id() end

---The player's entity runtime id (known only when the bot is near).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:entity_runtime_id()
---```
---@return string # The runtime id.
---@return boolean # Whether it was known.
function CoroPlayer:entity_runtime_id() end

---The player entity's metadata.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:entity_metadata()
---```
---@return table # The metadata.
---@return boolean # Whether it was known.
function CoroPlayer:entity_metadata() end

---When the player logged in (Unix seconds, like `coromega:now()`).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:login_time()
---```
---@return number # The login time.
---@return boolean # Whether it was known.
function CoroPlayer:login_time() end

---The player's platform chat id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:platform_chat_id()
---```
---@return string # The chat id.
---@return boolean # Whether it was known.
function CoroPlayer:platform_chat_id() end

---The player's device platform.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:build_platform()
---```
---@return string # The platform.
---@return boolean # Whether it was known.
function CoroPlayer:build_platform() end

---The player's skin id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:skin_id()
---```
---@return string # The skin id.
---@return boolean # Whether it was known.
function CoroPlayer:skin_id() end

---The player's device id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:device_id()
---```
---@return string # The device id.
---@return boolean # Whether it was known.
function CoroPlayer:device_id() end

---Whether the player is an operator.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:is_op()
---```
---@return boolean # true for an operator.
---@return boolean # Whether it was known.
function CoroPlayer:is_op() end

---Whether the player is still online.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:is_online()
---```
---@return boolean # true while online.
---@return boolean # Whether it was known.
function CoroPlayer:is_online() end

---Whether the player is flying.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:get_flying_status()
---```
---@return boolean # true while flying.
---@return boolean # Whether it was known.
function CoroPlayer:get_flying_status() end

---Whether the player is invulnerable.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value, ok = player:get_invulnerable_status()
---```
---@return boolean # true when invulnerable.
---@return boolean # Whether it was known.
function CoroPlayer:get_invulnerable_status() end

---Whether the player may place blocks.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_build_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_build_ability() end

---Allows or forbids the player to place blocks.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_build_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_build_ability(allow) end

---Whether the player may break blocks.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_mine_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_mine_ability() end

---Allows or forbids the player to break blocks.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_mine_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_mine_ability(allow) end

---Whether the player may use doors and switches.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_door_and_switches_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_door_and_switches_ability() end

---Allows or forbids the player to use doors and switches.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_door_and_switches_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_door_and_switches_ability(allow) end

---Whether the player may open containers.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_open_container_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_open_container_ability() end

---Allows or forbids the player to open containers.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_open_container_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_open_container_ability(allow) end

---Whether the player may attack players.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_attack_player_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_attack_player_ability() end

---Allows or forbids the player to attack players.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_attack_player_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_attack_player_ability(allow) end

---Whether the player may attack mobs.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_attack_mobs_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_attack_mobs_ability() end

---Allows or forbids the player to attack mobs.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_attack_mobs_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_attack_mobs_ability(allow) end

---Whether the player may use operator commands (as op).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_operator_command_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_operator_command_ability() end

---Allows or forbids the player to use operator commands (as op).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_operator_command_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_operator_command_ability(allow) end

---Whether the player may teleport.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local allowed, ok =
---    player:get_teleport_ability()
---```
---@return boolean # true when allowed.
---@return boolean # Whether it was known.
function CoroPlayer:get_teleport_ability() end

---Allows or forbids the player to teleport.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---player:set_teleport_ability(false)
---```
---@param allow boolean true allows, false forbids.
---@return CoroPlayer # The player itself, for chaining.
function CoroPlayer:set_teleport_ability(allow) end
