-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta json

---JSON: `json.encode(value)`, `json.decode(text)`.
---@class mod.json
local json = {}

---Encodes a Lua value as JSON: a table with keys 1..n becomes an array, others objects; `{}` encodes as `[]`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local text = json.encode({ name = "steve", level = 3 })
---```
---@param value any The value to encode.
---@return string # JSON text.
function json.encode(value) end

---Decodes JSON text; invalid text returns `nil, error_message`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local data, err = json.decode(text)
---if not data then print("bad json: " .. err) end
---```
---@param text string JSON text.
---@return any # The decoded value; nil on failure.
---@return string? # The error message on failure.
function json.decode(text) end

---Encodes like `encode` but never fails on values JSON cannot hold (functions, userdata): it writes a description.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---print(json.loose_encode({ f = print }))
---```
---@param value any The value to encode.
---@return string # JSON text.
function json.loose_encode(value) end

return json
