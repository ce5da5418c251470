-- {{name}}：游戏菜单“{{name}}”。玩家打开它时，插件先问怎么称呼他（也可以直接写在菜单参数里），再向他问好。
--   运行：npx coromega-run --world {{name}}.world.json {{name}}.lua
--         （然后输入一行 {"as":"Steve","menu":"{{name}}"}；VS Code 中用“在世界中运行”和游戏视图）
--   测试：npx coromega-run --test {{name}}.test.json
local omega = require("omega")
package.path = ("%s;%s"):format(
    package.path,
    omega.storage_path.get_code_path("LuaLoader", "?.lua")
)
local coromega = require("coromega").from(omega)

-- 配置文件 {{name}}.json 的“配置”部分
local greeting = coromega.config["问候语"] or "你好"
local answer_seconds = coromega.config["等待回答（秒）"] or 30

coromega:when_called_by_game_menu({
    triggers = { "{{name}}" },
    argument_hint = "[称呼]",
    usage = "打个招呼",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local name = table.concat(chat.msg, " ")
    if name == "" then
        name = player:ask("§e怎么称呼你？", answer_seconds)
        if name == nil then
            player:say("§7太久没有回答，下次再聊")
            return
        end
    end
    player:say(("§a%s，%s！"):format(greeting, name))
    coromega:log(("%s 以“%s”打了招呼"):format(chat.name, name))
end)

coromega:run()
