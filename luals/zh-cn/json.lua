-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta json

---JSON 编解码：`json.encode(value)`、`json.decode(text)`。
---@class mod.json
local json = {}

---把 Lua 值编码为 JSON：键为 1..n 的表编码为数组，其他为对象；空表编码为 `[]`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local text = json.encode({ name = "steve", level = 3 })
---```
---@param value any 要编码的值。
---@return string # JSON 文本。
function json.encode(value) end

---解析 JSON 文本；无效时返回 `nil, 错误信息`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local data, err = json.decode(text)
---if not data then print("bad json: " .. err) end
---```
---@param text string JSON 文本。
---@return any # 解析出的值；失败时为 nil。
---@return string? # 失败时的错误信息。
function json.decode(text) end

---像 `encode` 一样编码，但遇到 JSON 无法表示的值（函数、userdata）时不报错，而是写出它的描述。
---
---**范围**: 任意
---
---**示例**
---```lua
---print(json.loose_encode({ f = print }))
---```
---@param value any 要编码的值。
---@return string # JSON 文本。
function json.loose_encode(value) end

return json
