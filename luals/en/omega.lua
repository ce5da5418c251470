-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta omega

---The neomega host module, passed to `require("coromega").from(omega)`; also low-level parts such as `omega.storage_path`.
---@class mod.omega
---@field storage_path OmegaStoragePath Storage path functions, often used to set `package.path`.
---@field packets table<string, string> Packet type names: `packets.Text`, `packets.all`, `packets.noMovePlayer`...
---@field blocks OmegaBlocks Block conversions and NBT.
---@field structures OmegaStructures Structures and canvases.
---@field sync_sql table SQL databases (sqlite...): `omega.sync_sql.open("sqlite3", dsn, config)`.
---@field config userdata The raw plugin config object; read it through `coromega.config`.
local omega = {}

return omega
