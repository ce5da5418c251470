-- Generated from the API catalog (catalog/) by coromega-language-server --emit-luals DIR --locale en. Edit the catalog, not this file.
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
