-- 计分板经济：签到领金币、查看余额、转账，金币存在计分板 money 上。
-- A scoreboard economy: daily sign-in coins, balance, transfers; coins live on the `money` objective.
--   npx coromega-run examples/economy.lua     (plays in economy.world.json, beside it)
local omega = require("omega")
local coromega = require("coromega").from(omega)

local objective = coromega.config["记分板"] or "money"
local reward = coromega.config["签到奖励"] or 10
local signed = {}

-- 玩家的分数：scoreboard players test 的输出带着分数。
-- A player's score: the output of `scoreboard players test` carries it.
local function score_of(name)
    local res = coromega:send_ws_cmd(("scoreboard players test %s %s * *"):format(name, objective), true)
    local first = res and res.OutputMessages[1]
    if not first or not first.Success then return 0 end
    return tonumber(first.Parameters[1]) or 0
end

coromega:when_called_by_game_menu({
    triggers = { "签到", "checkin" },
    usage = ("每天领取 %d 金币"):format(reward),
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local today = os.date("%Y-%m-%d")
    if signed[chat.name] == today then
        player:say("§e今天已经签到过了")
        return
    end
    signed[chat.name] = today
    coromega:send_ws_cmd(("scoreboard players add @a[name=%s] %s %d"):format(chat.name, objective, reward), true)
    player:say(("§a签到成功，获得 %d 金币，现在有 %d 金币"):format(reward, score_of(chat.name)))
end)

coromega:when_called_by_game_menu({
    triggers = { "余额", "balance" },
    usage = "查看金币",
}):start_new(function(chat)
    coromega:get_player(chat.name):say(("§b你有 %d 金币"):format(score_of(chat.name)))
end)

coromega:when_called_by_game_menu({
    triggers = { "转账", "pay" },
    argument_hint = "[玩家] [金额]",
    usage = "给其他玩家转账",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local target = chat.msg[1]
    local amount = tonumber(chat.msg[2] or "")
    while target == nil or target == "" do
        target = player:ask("§e转给谁？", 30)
        if target == nil then return end
    end
    while amount == nil or amount <= 0 or amount % 1 ~= 0 do
        local text = player:ask("§e转多少金币？", 30)
        if text == nil then return end
        amount = tonumber(text)
    end
    if not coromega:get_player(target) then
        player:say("§c没有这个玩家：" .. target)
        return
    end
    -- 余额够不够：用带 scores 的选择器让游戏判断
    -- Enough coins? Let the game decide with a scores selector.
    local enough = coromega:send_ws_cmd(("testfor @a[name=%s,scores={%s=%d..}]"):format(chat.name, objective, amount), true)
    if enough.SuccessCount == 0 then
        player:say("§c金币不足")
        return
    end
    coromega:send_ws_cmd(("scoreboard players remove %s %s %d"):format(chat.name, objective, amount), true)
    coromega:send_ws_cmd(("scoreboard players add %s %s %d"):format(target, objective, amount), true)
    player:say(("§a已向 %s 转账 %d 金币"):format(target, amount))
    local receiver = coromega:get_player(target)
    if receiver:is_online() then receiver:say(("§a%s 向你转账 %d 金币"):format(chat.name, amount)) end
end)

coromega:run()
