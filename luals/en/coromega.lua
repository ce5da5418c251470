-- Generated from the API catalog (catalog/) by coromega-language-server --emit-luals DIR --locale en. Edit the catalog, not this file.
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
