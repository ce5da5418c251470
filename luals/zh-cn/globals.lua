-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta

---把 userdata（如数据包数据）转换成普通的 Lua 表，之后可以用 pairs 遍历。转换有开销，尽量少用。
---
---**范围**: 任意
---
---**示例**
---```lua
---local t = ud2lua(packet:user_data())
---```
---@param ud userdata 要转换的 userdata。
---@return any # 转换后的值。
function ud2lua(ud) end
