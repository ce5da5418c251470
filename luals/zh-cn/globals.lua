-- 由 API 目录（catalog/）生成：coromega-language-server --emit-luals 目录 --locale zh-cn。请修改目录，不要手工编辑本文件。
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
