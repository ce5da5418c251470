-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---共享表: 所有插件共享的键值表（`coromega:shared_map()`）：值以 JSON 保存。
---@class SharedMap
local SharedMap = {}

---读取一个键的值。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---local v = sm:get("count")
---```
---@param key string 键。
---@return any # 值；没有时为 nil。
function SharedMap:get(key) end

---保存一个键的值，返回原来的值。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---local old = sm:set("count", 1)
---```
---@param key string 键。
---@param value any 新值。
---@return any # 原来的值。
function SharedMap:set(key, value) end

---删除一个键，返回原来的值。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---local old = sm:delete("count")
---```
---@param key string 键。
---@return any # 原来的值。
function SharedMap:delete(key) end

---键已有值时读取它；没有时存入给定的值。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---local data, loaded = sm:load_or_store("owner", "me")
---```
---@param key string 键。
---@param value any 键没有值时存入的值。
---@return any # 键现在的值。
---@return boolean # 值原本就存在时为 true。
function SharedMap:load_or_store(key, value) end

---只有当键的值等于 `old` 时才改为 `new`（比较并交换）。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---local swapped = sm:compare_and_swap("lock", "", "me")
---```
---@param key string 键。
---@param old any 期望的旧值。
---@param new any 新值。
---@return any # 交换的结果。
function SharedMap:compare_and_swap(key, old, new) end

---依次用每个键和值调用函数；函数返回 true 继续，返回 false 停止。
---
---在协程内只挂起当前协程；在协程外会阻塞插件直到完成。
---
---**范围**: 任意（协程内挂起，协程外阻塞插件）
---
---**示例**
---```lua
---sm:iter(function(key, value)
---    print(key, value)
---    return true
---end)
---```
---@param fn fun(key: string, value: any): boolean 遍历函数。
---@return any # 遍历的结果。
function SharedMap:iter(fn) end

---键值数据库: `key_value_db` 打开的数据库：值以 JSON 保存，取出时还原。
---@class WrappedKVDB
local WrappedKVDB = {}

---读取一个键的值。
---
---**范围**: 任意
---
---**示例**
---```lua
---local score = db:get("Steve") or 0
---```
---@param key string 键。
---@return any # 值；没有这个键时为 nil。
function WrappedKVDB:get(key) end

---保存一个键的值（覆盖原值）。
---
---**范围**: 任意
---
---**示例**
---```lua
---db:set("Steve", { score = 10 })
---```
---@param key string 键。
---@param value any 值（可被 `json.encode` 处理）。
function WrappedKVDB:set(key, value) end

---删除一个键。
---
---**范围**: 任意
---
---**示例**
---```lua
---db:delete("Steve")
---```
---@param key string 键。
function WrappedKVDB:delete(key) end

---依次用每个键和值调用函数；函数返回 true 继续，返回 false 停止。
---
---**范围**: 任意
---
---**示例**
---```lua
---db:iter(function(key, value)
---    print(key, value)
---    return true
---end)
---```
---@param fn fun(key: string, value: any): boolean 遍历函数。
function WrappedKVDB:iter(fn) end

---把这个数据库的全部数据导入另一个数据库（如从 json 换成 level）。
---
---**范围**: 任意
---
---**示例**
---```lua
---local src = coromega:key_value_db("src", "json")
---src:migrate_to(coromega:key_value_db("dst", "level"))
---```
---@param target_db WrappedKVDB 目标数据库。
function WrappedKVDB:migrate_to(target_db) end
