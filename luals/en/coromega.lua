-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta coromega

---The coroutine wrapper: `.from(omega)` gives the coromega object; asynchronous calls read like synchronous ones.
---@class mod.coromega
local coromega = {}

---Creates the coromega object from omega and reads the plugin config into `coromega.config`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local omega = require("omega")
---local coromega = require("coromega").from(omega)
---```
---@param omega mod.omega What `require("omega")` gives.
---@return Coromega # The coromega object.
function coromega.from(omega) end

return coromega
