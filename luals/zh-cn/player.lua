-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---玩家: 一个在线玩家：和他说话、向他提问、检查条件、读取信息和能力。
---@class CoroPlayer
local CoroPlayer = {}

---在玩家的聊天栏显示一条消息（只有他能看到）。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:say("§a欢迎！")
---```
---@param msg string 消息。
function CoroPlayer:say(msg) end

---用 tellraw 向玩家发送消息：参数是 JSON 编码后符合 tellraw 格式的表。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:raw_say({ rawtext = { { text = "hello" } } })
---```
---@param json_msg table tellraw 消息表。
function CoroPlayer:raw_say(json_msg) end

---向玩家发送原始（rawtext）消息：参数是 JSON 编码后符合 tellraw 格式的表，与 raw_say 相同。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:send({ rawtext = { { text = "hi" } } })
---```
---@param json_msg table tellraw 消息表。
function CoroPlayer:send(json_msg) end

---读取玩家背包：`slots` 列表中每一格有 `id`、`aux`、`stackSize`、`enchantments`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local inv = player:get_inventory()
---print(#inv.slots)
---```
---@return table # 背包信息表。
function CoroPlayer:get_inventory() end

---向玩家显示提示，等待他在聊天栏输入的下一句话。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local answer = player:ask("请输入数量：", 30)
---if answer then player:say(answer) end
---```
---@param hint string 给玩家的提示。
---@param timeout? number 超时秒数（可省略）；超时返回 nil。
---@return string? # 玩家输入的内容；超时为 nil。
function CoroPlayer:ask(hint, timeout) end

---在玩家屏幕中央显示标题，可带副标题。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:title("欢迎", "玩得开心")
---```
---@param title string 标题。
---@param subtitle? string 副标题（可省略）。
function CoroPlayer:title(title, subtitle) end

---显示副标题；必须同时给出标题，标题为 nil 时什么也不显示。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:subtitle("world", "hello")
---```
---@param subtitle string 副标题。
---@param title string 标题。
function CoroPlayer:subtitle(subtitle, title) end

---在玩家物品栏上方显示一行字（actionbar）。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:action_bar("§e金币 +1")
---```
---@param msg string 要显示的字。
function CoroPlayer:action_bar(msg) end

---查询玩家的位置和维度（内部发送 querytarget 命令）。
---
---**范围**: 协程内
---
---**示例**
---```lua
---local pos = player:get_pos()
---local x = math.floor(pos.position.x)
---coromega:print(pos.dimension, x)
---```
---@return PlayerPos # `{ position = { x, y, z }, dimension = 维度, yRot = 朝向, uniqueId = ... }`。
function CoroPlayer:get_pos() end

---检查玩家是否满足目标选择器条件，相当于 `@a[name=玩家名,条件...]`。
---
---**范围**: 协程内
---
---**示例**
---```lua
---if player:check({ "m=c", "tag=!ban" }) then
---    player:say("ok")
---end
---```
---@param conditions string[] 条件字符串表，如 `{ "m=c", "tag=!ban" }`。
---@return boolean # 满足所有条件时为 true。
function CoroPlayer:check(conditions) end

---玩家名。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:name()
---```
---@return string # 玩家名。
---@return boolean # 是否取得了该信息。
function CoroPlayer:name() end

---玩家的 UUID 字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:uuid_string()
---```
---@return string # UUID 字符串。
---@return boolean # 是否取得了该信息。
function CoroPlayer:uuid_string() end

---玩家的实体 unique id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:entity_unique_id()
---```
---@return string # unique id。
---@return boolean # 是否取得了该信息。
function CoroPlayer:entity_unique_id() end

---玩家的实体 runtime id（机器人在附近时才能取得）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:entity_runtime_id()
---```
---@return string # runtime id。
---@return boolean # 是否取得了该信息。
function CoroPlayer:entity_runtime_id() end

---玩家实体的 metadata。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:entity_metadata()
---```
---@return table # metadata 表。
---@return boolean # 是否取得了该信息。
function CoroPlayer:entity_metadata() end

---玩家的登录时间（Unix 秒，与 `coromega:now()` 相同的单位）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:login_time()
---```
---@return number # 登录时间。
---@return boolean # 是否取得了该信息。
function CoroPlayer:login_time() end

---玩家的平台聊天 id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:platform_chat_id()
---```
---@return string # 平台聊天 id。
---@return boolean # 是否取得了该信息。
function CoroPlayer:platform_chat_id() end

---玩家的设备平台。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:build_platform()
---```
---@return string # 设备平台。
---@return boolean # 是否取得了该信息。
function CoroPlayer:build_platform() end

---玩家的皮肤 id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:skin_id()
---```
---@return string # 皮肤 id。
---@return boolean # 是否取得了该信息。
function CoroPlayer:skin_id() end

---玩家的设备 id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:device_id()
---```
---@return string # 设备 id。
---@return boolean # 是否取得了该信息。
function CoroPlayer:device_id() end

---玩家是否是管理员（op）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:is_op()
---```
---@return boolean # 是 op 时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:is_op() end

---玩家是否仍然在线。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:is_online()
---```
---@return boolean # 在线时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:is_online() end

---玩家是否正在飞行。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:get_flying_status()
---```
---@return boolean # 飞行时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_flying_status() end

---玩家是否无敌（不受伤害）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local value, ok = player:get_invulnerable_status()
---```
---@return boolean # 无敌时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_invulnerable_status() end

---玩家能否放置方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_build_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_build_ability() end

---允许或禁止玩家放置方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_build_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_build_ability(allow) end

---玩家能否破坏方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_mine_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_mine_ability() end

---允许或禁止玩家破坏方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_mine_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_mine_ability(allow) end

---玩家能否使用门和开关。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_door_and_switches_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_door_and_switches_ability() end

---允许或禁止玩家使用门和开关。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_door_and_switches_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_door_and_switches_ability(allow) end

---玩家能否打开容器。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_open_container_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_open_container_ability() end

---允许或禁止玩家打开容器。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_open_container_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_open_container_ability(allow) end

---玩家能否攻击其他玩家。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_attack_player_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_attack_player_ability() end

---允许或禁止玩家攻击其他玩家。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_attack_player_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_attack_player_ability(allow) end

---玩家能否攻击生物。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_attack_mobs_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_attack_mobs_ability() end

---允许或禁止玩家攻击生物。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_attack_mobs_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_attack_mobs_ability(allow) end

---玩家能否使用管理员命令（同 op 权限）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_operator_command_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_operator_command_ability() end

---允许或禁止玩家使用管理员命令（同 op 权限）。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_operator_command_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_operator_command_ability(allow) end

---玩家能否传送。
---
---**范围**: 任意
---
---**示例**
---```lua
---local allowed, ok =
---    player:get_teleport_ability()
---```
---@return boolean # 能时为 true。
---@return boolean # 是否取得了该信息。
function CoroPlayer:get_teleport_ability() end

---允许或禁止玩家传送。
---
---**范围**: 任意
---
---**示例**
---```lua
---player:set_teleport_ability(false)
---```
---@param allow boolean true 为允许，false 为禁止。
---@return CoroPlayer # 玩家对象本身，可以接着调用。
function CoroPlayer:set_teleport_ability(allow) end
