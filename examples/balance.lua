-- 余额：不用 coromega:run()，用自己的 mux poller 处理菜单和命令结果（neomega 自带插件的写法）；
-- 余额用 execute 让玩家自己看到（tellraw @s 与 score 组件）。
-- Balance, without coromega:run(): the plugin's own mux poller handles its menu and the command results (as
-- neomega's bundled plugins do); `execute as ... run tellraw @s` shows the player their own score.
--   npx coromega-run --world examples/balance.world.json examples/balance.lua
local omega = require("omega")
local coromega = require("coromega").from(omega) -- coromega's poller polls omega.cmds.resp too
local objective = coromega.config["记分板"] or "money"

local handlers = {}
handlers[omega.cmds.resp] = function(event) event.cb(event.output) end

handlers[omega.menu.add_game_menu_entry({ triggers = { "余额", "balance" }, usage = "查看余额" })] = function(chat)
    local name = chat.name
    local rich = ('testfor @a[name="%s",scores={%s=100..}]'):format(name, objective)
    omega.cmds.send_ws_cmd_with_resp(rich, function(output)
        local title = output:user_data().SuccessCount > 0 and "（富翁）" or ""
        omega.cmds.send_wo_cmd(
            ('execute as @a[name="%s"] run tellraw @s {"rawtext":[{"text":"余额："},{"score":{"name":"@s","objective":"%s"}},{"text":"%s"}]}')
                :format(name, objective, title))
    end)
end

local mux = omega.listen.make_mux_poller()
for source in pairs(handlers) do mux:poll(source) end
while mux:block_has_next() do
    local event = mux:block_get_next()
    handlers[event.type](event.data)
end
