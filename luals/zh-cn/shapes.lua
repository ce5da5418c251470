-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---聊天消息: 一条聊天消息：游戏菜单、聊天监听器和命令方块监听器的处理函数收到它。
---@class ChatMessage
---@field name string 发送者的名字（去掉了前缀，如 `<前缀> 张三` 为 `张三`）。
---@field msg string[] 按空格切分后的消息；游戏菜单中不含触发词。
---@field raw_msg string 原始消息，没有切分。
---@field raw_name string 原始发送者名字，带前缀。
---@field type number 消息类型（Text 数据包的类型，如聊天为 1）。
---@field raw_parameters string[] Text 数据包中的原始参数。
---@field aux any 附加信息，通常为空；不要依赖它。
local ChatMessage = {}

---数据包: `when_receive_packet_of_types` 的处理函数收到的数据包。
---@class Packet
local Packet = {}

---数据包名，如 `"IDText"`。
---
---**范围**: 任意
---
---**示例**
---```lua
---if packet:name() == omega.packets.Text then end
---```
---@return string # 名字。
function Packet:name() end

---数据包类型编号，如 27。
---
---**范围**: 任意
---
---**示例**
---```lua
---local id = packet:id()
---```
---@return number # 编号。
function Packet:id() end

---数据包的数据（userdata）：可以读字段，但不能用 pairs 遍历；需要表时用 `ud2lua` 转换（较慢）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local data = packet:user_data()
---print(data.CommandOrigin.Origin)
---```
---@return userdata # 数据包数据。
function Packet:user_data() end

---数据包数据的 JSON 字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---coromega:print(packet:json_str())
---```
---@return string # JSON 字符串。
function Packet:json_str() end

---坐标: 方块坐标 `{ x = ..., y = ..., z = ... }`。
---@class Pos
---@field x number x 坐标。
---@field y number y 坐标（高度）。
---@field z number z 坐标。
local Pos = {}

---玩家位置: `player:get_pos()` 的结果。
---@class PlayerPos
---@field position Pos 坐标（带小数）。
---@field dimension number 维度：0 主世界、1 下界、2 末地……
---@field yRot number 水平朝向（度）。
---@field uniqueId string 玩家的 unique id。
local PlayerPos = {}

---命令结果: `send_ws_cmd` 等带 `get_result` 时返回的命令结果。
---@class CommandOutput
---@field SuccessCount number 成功执行的次数（0 表示失败）。
---@field OutputMessages table 输出消息列表，每项有 `Message`、`Success`、`Parameters`。
---@field CommandOrigin table 命令的来源。
---@field OutputType number 输出类型。
---@field DataSet string 附加数据（部分命令有）。
local CommandOutput = {}

---用户信息: `coromega:user_info()` 的结果。
---@class UserInfo
---@field HashedUserToken string? 用户 Token 的 MD5（没有 Token 时为空）。
---@field HashedServerCode string? 服务器号的 MD5。
---@field HashedServeCode string? 与 `HashedServerCode` 相同（旧名字）。
local UserInfo = {}

---HTTP 选项: HTTP 调用的 `option` 表。
---@class HttpOption
---@field query string 查询字符串（不带 `?`），整体替换 URL 中原有的查询部分。
---@field headers table<string, string> 请求头表，每个 `名称 = 值` 设置一个请求头。
---@field cookies table<string, string> 要发送的 Cookie 表，每个 `名称 = 值` 加入 `Cookie` 请求头。
---@field body string 请求体字符串（自动设置 Content-Length）。
---@field form string （已弃用）表单请求体字符串，仅在 `body` 不是字符串时使用。
---@field timeout number|string 超时：数字为整秒，字符串为 Go 时长（如 `"30s"`、`"500ms"`、`"1m30s"`）。不设置则不限时。
---@field auth HttpAuth HTTP 基本认证：`{ user = "...", pass = "..." }`。
local HttpOption = {}

---HTTP 认证: `option.auth`：HTTP 基本认证。
---@class HttpAuth
---@field user string 用户名。
---@field pass string 密码。
local HttpAuth = {}

---HTTP 响应: HTTP 调用成功时的第一个返回值。
---@class HttpResponse
---@field status_code number HTTP 状态码，如 200、404。
---@field headers table 响应头表：规范化的名称 → 第一个值。
---@field body_size number 响应体的字节数（不是字符数）。
---@field body string 响应体原始内容（HEAD 请求为空字符串）。
---@field cookies table 服务器通过 Set-Cookie 设置的 Cookie：名称 → 值。
---@field url string 最终地址（跟随重定向之后，最多 10 次）。
local HttpResponse = {}

---菜单选项: 菜单监听器的选项表。
---@class MenuOptions
---@field triggers string[] 触发词列表（字符串表）：输入其中任意一个即触发菜单。
---@field argument_hint string 参数提示，只在菜单中显示。
---@field usage string 功能说明，只在菜单中显示。
local MenuOptions = {}

---命令方块设置: `place_command_block` 的第 4 个参数。
---@class CommandBlockOptions
---@field command string 命令方块中的命令。
---@field name string 命令方块的名字。
---@field need_red_stone boolean 是否需要红石激活。
---@field conditional boolean 是否为有条件模式。
---@field tick_delay integer 执行前的延迟（tick）。
---@field track_output boolean 是否显示输出。
---@field execute_on_first_tick boolean 是否在第一个 tick 执行。
local CommandBlockOptions = {}

---建造选项: `when_progress_increased_by_build` 的最后一个参数。
---@class BuildOptions
---@field speed number 建造速度。
---@field incremental boolean 增量建造（默认 false）。
---@field force_use_block_state boolean 强制使用 block state（默认 false；结构本身要求时也会使用）。
---@field ignore_nbt_block boolean 忽略带 NBT 的方块（默认 false）。
---@field clear_target_block boolean 先清除目标位置的方块（默认 false）。
---@field clear_dropped_item boolean 清理掉落物（默认 false；范围是整个服务器）。
---@field auto_reverse boolean 重新开始时回退跃点（默认 true）。
---@field start_hop integer 从哪个跃点开始（默认 0）。
local BuildOptions = {}

---画布: 内存中的一块方块区域（画布或结构）：`request_structure` 读到的就是它。
---@class Canvas
local Canvas = {}

---区域的起点。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = canvas:get_start_pos()
---```
---@return Pos # 起点坐标。
function Canvas:get_start_pos() end

---设置区域的起点。
---
---**范围**: 任意
---
---**示例**
---```lua
---canvas:set_start_pos({ x = 0, y = 64, z = 0 })
---```
---@param pos Pos 坐标。
function Canvas:set_start_pos(pos) end

---区域的终点。
---
---**范围**: 任意
---
---**示例**
---```lua
---local e = canvas:get_end_pos()
---```
---@return Pos # 终点坐标。
function Canvas:get_end_pos() end

---设置区域的终点。
---
---**范围**: 任意
---
---**示例**
---```lua
---canvas:set_end_pos({ x = 15, y = 80, z = 15 })
---```
---@param pos Pos 坐标。
function Canvas:set_end_pos(pos) end

---建造时是否必须使用 block state。
---
---**范围**: 任意
---
---**示例**
---```lua
---local must = canvas:get_must_block_state()
---```
---@return boolean # 必须时为 true。
function Canvas:get_must_block_state() end

---设置建造时是否必须使用 block state。
---
---**范围**: 任意
---
---**示例**
---```lua
---canvas:set_must_block_state(true)
---```
---@param must boolean 是否必须。
function Canvas:set_must_block_state(must) end

---某个坐标上方块的 runtime id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local rtid, found = canvas:block(pos)
---```
---@param pos Pos 坐标。
---@return integer # 方块的 runtime id。
---@return boolean # 该处是否有方块。
function Canvas:block(pos) end

---某个坐标上方块的 runtime id 和 NBT。
---
---**范围**: 任意
---
---**示例**
---```lua
---local rtid, nbt, found = canvas:block_with_nbt(pos)
---```
---@param pos Pos 坐标。
---@return integer # 方块的 runtime id。
---@return userdata # 方块的 NBT。
---@return boolean # 该处是否有方块。
function Canvas:block_with_nbt(pos) end

---对范围内的每个方块调用读取函数。
---
---**范围**: 任意
---
---**示例**
---```lua
---local function reader(x, y, z, rtid, nbt)
---    print(x, y, z, rtid)
---end
---canvas:apply_reader_to_blocks(s, e, reader, true)
---```
---@param start_pos Pos 坐标。
---@param end_pos Pos 坐标。
---@param reader_fn fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata) 读取函数。
---@param ignore_air? boolean 是否跳过空气方块。
---@param ignore_nbt? boolean 是否跳过带 NBT 的方块。
---@param ignore_normal? boolean 是否跳过不带 NBT 的方块。
function Canvas:apply_reader_to_blocks(start_pos, end_pos, reader_fn, ignore_air, ignore_nbt, ignore_normal) end

---对范围内的每个方块调用变换函数，用它返回的 runtime id 和 NBT 替换该方块。
---
---**范围**: 任意
---
---**示例**
---```lua
---local function alter(x, y, z, rtid, nbt)
---    return rtid, nbt
---end
---canvas:apply_alter_to_blocks(s, e, alter)
---```
---@param start_pos Pos 坐标。
---@param end_pos Pos 坐标。
---@param alter_fn fun(x: number, y: number, z: number, block_rtid: integer, nbt: userdata): integer 变换函数。
---@param ignore_air? boolean 是否跳过空气方块。
---@param ignore_nbt? boolean 是否跳过带 NBT 的方块。
---@param ignore_normal? boolean 是否跳过不带 NBT 的方块。
function Canvas:apply_alter_to_blocks(start_pos, end_pos, alter_fn, ignore_air, ignore_nbt, ignore_normal) end

---omega.storage_path: 存储路径的底层接口；coromega 的 `*_path_of`、`path_*` 就是它们的封装。
---@class OmegaStoragePath
local OmegaStoragePath = {}

---`{存储目录}/lang/` 下的路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local sp = omega.storage_path
---package.path = package.path .. ";" ..
---    sp.get_code_path("LuaLoader", "?.lua")
---```
---@param ... string 要接在后面的各段路径。
---@return string # 路径。
function OmegaStoragePath.get_code_path(...) end

---`{存储目录}/config/` 下的路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = omega.storage_path.get_config_path("a.json")
---```
---@param ... string 要接在后面的各段路径。
---@return string # 路径。
function OmegaStoragePath.get_config_path(...) end

---`{存储目录}/data/` 下的路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = omega.storage_path.get_data_file_path("a")
---```
---@param ... string 要接在后面的各段路径。
---@return string # 路径。
function OmegaStoragePath.get_data_file_path(...) end

---`{存储目录}/cache/` 下的路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = omega.storage_path.get_cache_path("a")
---```
---@param ... string 要接在后面的各段路径。
---@return string # 路径。
function OmegaStoragePath.get_cache_path(...) end

---拼接路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local p = omega.storage_path.join("a", "b")
---```
---@param ... string 要接在后面的各段路径。
---@return string # 拼接后的路径。
function OmegaStoragePath.join(...) end

---列出目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---local files, err = omega.storage_path.list_dir(".")
---```
---@param path string 路径。
---@return table # 目录内容。
---@return string? # 出错时的错误信息。
function OmegaStoragePath.list_dir(path) end

---绝对路径。
---
---**范围**: 任意
---
---**示例**
---```lua
---local a = omega.storage_path.abs(".")
---```
---@param path string 路径。
---@return string # 绝对路径。
function OmegaStoragePath.abs(path) end

---扩展名。
---
---**范围**: 任意
---
---**示例**
---```lua
---local e = omega.storage_path.ext("a.lua")
---```
---@param path string 路径。
---@return string # 扩展名。
function OmegaStoragePath.ext(path) end

---移动文件或目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---omega.storage_path.move("a", "b")
---```
---@param src string 原路径。
---@param dst string 新路径。
function OmegaStoragePath.move(src, dst) end

---删除文件或目录。
---
---**范围**: 任意
---
---**示例**
---```lua
---omega.storage_path.remove("a")
---```
---@param path string 路径。
function OmegaStoragePath.remove(path) end

---路径是否存在。
---
---**范围**: 任意
---
---**示例**
---```lua
---local ok = omega.storage_path.exist("a")
---```
---@param path string 路径。
---@return boolean # 存在时为 true。
function OmegaStoragePath.exist(path) end

---omega.blocks: 方块表示之间的转换（runtime id、传统名称+数据值、名称+状态、Java 写法）和 NBT。runtime id 随版本变化，不要保存它。
---@class OmegaBlocks
local OmegaBlocks = {}

---传统名称和数据值 → runtime id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local blocks = omega.blocks
---local rtid, found =
---    blocks.legacy_block_to_rtid("stone", 0)
---```
---@param name string 方块名。
---@param data integer 数据值。
---@return integer # 方块的 runtime id。
---@return boolean # 是否找到。
function OmegaBlocks.legacy_block_to_rtid(name, data) end

---runtime id → 传统名称和数据值。
---
---**范围**: 任意
---
---**示例**
---```lua
---local blocks = omega.blocks
---local name, data, ok = blocks.rtid_to_legacy_block(rtid)
---```
---@param rtid integer 方块的 runtime id。
---@return string # 方块名。
---@return integer # 数据值。
---@return boolean # 是否找到。
function OmegaBlocks.rtid_to_legacy_block(rtid) end

---runtime id → 名称和状态。
---
---**范围**: 任意
---
---**示例**
---```lua
---local name, state, found =
---    omega.blocks.rtid_to_block_name_and_state(rtid)
---```
---@param rtid integer 方块的 runtime id。
---@return string # 方块名。
---@return string # 状态字符串。
---@return boolean # 是否找到。
function OmegaBlocks.rtid_to_block_name_and_state(rtid) end

---名称和状态 → runtime id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local blocks = omega.blocks
---local rtid, found =
---    blocks.block_name_and_state_to_rtid("chest", "[]")
---```
---@param name string 方块名。
---@param state string 状态字符串。
---@return integer # 方块的 runtime id。
---@return boolean # 是否找到。
function OmegaBlocks.block_name_and_state_to_rtid(name, state) end

---runtime id → Java 版写法。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s, found = omega.blocks.rtid_to_java_str(rtid)
---```
---@param rtid integer 方块的 runtime id。
---@return string # Java 写法。
---@return boolean # 是否找到。
function OmegaBlocks.rtid_to_java_str(rtid) end

---Java 版写法 → runtime id。
---
---**范围**: 任意
---
---**示例**
---```lua
---local rtid, found = omega.blocks.java_str_to_rtid(s)
---```
---@param java_str string Java 写法。
---@return integer # 方块的 runtime id。
---@return boolean # 是否找到。
function OmegaBlocks.java_str_to_rtid(java_str) end

---新建一个空的方块 NBT。
---
---**范围**: 任意
---
---**示例**
---```lua
---local nbt = omega.blocks.new_nbt()
---```
---@return userdata # NBT 对象。
function OmegaBlocks.new_nbt() end

---omega.structures: 结构与画布：打开、转换、新建、复制。
---@class OmegaStructures
local OmegaStructures = {}

---打开（没有时新建）一个结构。
---
---**范围**: 任意
---
---**示例**
---```lua
---local structures = omega.structures
---local s = structures.open_or_create_structure("dir")
---```
---@param path string 结构所在的目录。
---@return Canvas # 结构。
function OmegaStructures.open_or_create_structure(path) end

---把一个结构文件转换为结构。
---
---**范围**: 任意
---
---**示例**
---```lua
---local structures = omega.structures
---local s =
---    structures.convert_file_to_structure(dir, file)
---```
---@param structure_path string 结构保存的目录。
---@param file_path string 结构文件。
---@return Canvas # 结构。
function OmegaStructures.convert_file_to_structure(structure_path, file_path) end

---新建一块空画布。
---
---**范围**: 任意
---
---**示例**
---```lua
---local canvas = omega.structures.new_canvas()
---```
---@return Canvas # 画布。
function OmegaStructures.new_canvas() end

---把源的一个区域复制到目标，位置加上偏移。
---
---**范围**: 任意
---
---**示例**
---```lua
---omega.structures.copy(src, dst, src:get_start_pos(),
---    src:get_end_pos(), { x = 0, y = 0, z = 0 })
---```
---@param source Canvas 源。
---@param target Canvas 目标。
---@param start_pos Pos 区域起点。
---@param end_pos Pos 区域终点。
---@param offset Pos 偏移。
function OmegaStructures.copy(source, target, start_pos, end_pos, offset) end
