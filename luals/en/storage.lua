-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---shared map: The key-value map every plugin shares (`coromega:shared_map()`); values are stored as JSON.
---@class SharedMap
local SharedMap = {}

---Reads the value of a key.
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---local v = sm:get("count")
---```
---@param key string The key.
---@return any # The value; nil when absent.
function SharedMap:get(key) end

---Stores the value of a key and returns the old one.
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---local old = sm:set("count", 1)
---```
---@param key string The key.
---@param value any The new value.
---@return any # The old value.
function SharedMap:set(key, value) end

---Deletes a key and returns its old value.
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---local old = sm:delete("count")
---```
---@param key string The key.
---@return any # The old value.
function SharedMap:delete(key) end

---Reads the key when it has a value; otherwise stores the given one.
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---local data, loaded = sm:load_or_store("owner", "me")
---```
---@param key string The key.
---@param value any Stored when the key has none.
---@return any # The value the key now has.
---@return boolean # true when it was already there.
function SharedMap:load_or_store(key, value) end

---Sets the key to `new` only if its value equals `old` (compare and swap).
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---local swapped = sm:compare_and_swap("lock", "", "me")
---```
---@param key string The key.
---@param old any The expected value.
---@param new any The new value.
---@return any # The outcome of the swap.
function SharedMap:compare_and_swap(key, old, new) end

---Calls the function with each key and value; return true to go on, false to stop.
---
---Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---sm:iter(function(key, value)
---    print(key, value)
---    return true
---end)
---```
---@param fn fun(key: string, value: any): boolean The visitor.
---@return any # The outcome.
function SharedMap:iter(fn) end

---key-value database: The database `key_value_db` opens: values are stored as JSON and come back decoded.
---@class WrappedKVDB
local WrappedKVDB = {}

---Reads the value of a key.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local score = db:get("Steve") or 0
---```
---@param key string The key.
---@return any # The value; nil when the key is absent.
function WrappedKVDB:get(key) end

---Stores the value of a key, replacing the old one.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---db:set("Steve", { score = 10 })
---```
---@param key string The key.
---@param value any The value (JSON-encodable).
function WrappedKVDB:set(key, value) end

---Deletes a key.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---db:delete("Steve")
---```
---@param key string The key.
function WrappedKVDB:delete(key) end

---Calls the function with each key and value; return true to go on, false to stop.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---db:iter(function(key, value)
---    print(key, value)
---    return true
---end)
---```
---@param fn fun(key: string, value: any): boolean The visitor.
function WrappedKVDB:iter(fn) end

---Copies all data of this database into another (e.g. from json to level).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local src = coromega:key_value_db("src", "json")
---src:migrate_to(coromega:key_value_db("dst", "level"))
---```
---@param target_db WrappedKVDB The target database.
function WrappedKVDB:migrate_to(target_db) end
