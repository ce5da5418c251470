-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta coromega

---协程封装：`.from(omega)` 得到 coromega 对象，异步调用写起来像同步调用。
---@class mod.coromega
local coromega = {}

---用 omega 创建 coromega 对象，并把插件配置读入 `coromega.config`。
---
---**范围**: 任意
---
---**示例**
---```lua
---local omega = require("omega")
---local coromega = require("coromega").from(omega)
---```
---@param omega mod.omega `require("omega")` 的结果。
---@return Coromega # coromega 对象。
function coromega.from(omega) end

return coromega
