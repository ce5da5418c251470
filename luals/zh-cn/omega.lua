-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta omega

---neomega 宿主模块：传给 `require("coromega").from(omega)`；也有 `omega.storage_path` 等底层接口。
---@class mod.omega
---@field storage_path OmegaStoragePath 存储路径函数，常用来设置 `package.path`。
---@field packets table<string, string> 数据包类型名：`packets.Text`、`packets.all`、`packets.noMovePlayer`……
---@field blocks OmegaBlocks 方块表示的转换和 NBT。
---@field structures OmegaStructures 结构与画布。
---@field sync_sql table SQL 数据库（sqlite 等）：`omega.sync_sql.open("sqlite3", 地址, 设置)`。
---@field config userdata 插件配置的底层对象；请用 `coromega.config` 读取。
local omega = {}

return omega
