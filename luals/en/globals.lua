-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---Turns userdata (e.g. packet data) into a plain Lua table you can iterate with pairs. It costs time: use sparingly.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local t = ud2lua(packet:user_data())
---```
---@param ud userdata The userdata.
---@return any # The converted value.
function ud2lua(ud) end
