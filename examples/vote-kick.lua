-- 投票踢人：一名玩家发起投票，其他在线玩家在投票时间（默认 3 分钟）内在聊天里回答“同意”或“反对”；
-- 同意的人多于反对且至少有两票同意时，把目标踢出并封禁一段时间（默认一天），封禁期间再上线会被再次踢出。
-- Vote kick: a player starts a vote; the other players answer "同意" (yes) or "反对" (no) in chat while it lasts
-- (3 minutes by default). With more yes than no and at least two yes, the target is kicked and banned for a while
-- (a day by default); joining again during the ban kicks them again.
--   npx coromega-run --virtual-time --world examples/vote-kick.world.json examples/vote-kick.lua
--   npx coromega-run --test examples/vote-kick.test.json
local omega = require("omega")
local coromega = require("coromega").from(omega)

local vote_seconds = coromega.config["投票时长（秒）"] or 180
local ban_seconds = coromega.config["封禁时长（秒）"] or 24 * 3600
local bans = coromega:key_value_db("投票封禁")
local vote = nil

local function kick(name, reason)
    coromega:send_ws_cmd(("kick \"%s\" %s"):format(name, reason))
end

coromega:when_called_by_game_menu({
    triggers = { "投票踢人", "votekick" },
    argument_hint = "[玩家]",
    usage = "发起投票，把一名玩家踢出服务器",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    if vote then
        player:say(("§c正在投票踢出 %s，请等它结束"):format(vote.target))
        return
    end
    local target = chat.msg[1]
    if target == nil or target == "" then
        target = player:ask("§e要投票踢出谁？", 30)
        if target == nil then return end
    end
    local victim = coromega:get_player(target)
    if not victim or not victim:is_online() then
        player:say("§c不在线的玩家：" .. target)
        return
    end
    vote = { target = target, started = os.time(), yes = { [chat.name] = true }, no = {} }
    coromega:bot_say(("§e%s 发起投票踢出 %s，%d 秒内在聊天里回答“同意”或“反对”")
        :format(chat.name, target, vote_seconds))
    coromega:sleep(vote_seconds)

    local yes, no = 0, 0
    for _ in pairs(vote.yes) do yes = yes + 1 end
    for _ in pairs(vote.no) do no = no + 1 end
    local lasted = os.time() - vote.started
    if yes > no and yes >= 2 then
        local until_time = os.time() + ban_seconds
        bans:set(target, until_time)
        kick(target, "投票踢出")
        coromega:bot_say(("§c投票结束（%d 秒）：同意 %d，反对 %d，%s 被踢出，封禁到 %s")
            :format(lasted, yes, no, target, os.date("%Y-%m-%d %H:%M", until_time)))
    else
        coromega:bot_say(("§a投票结束（%d 秒）：同意 %d，反对 %d，%s 留下")
            :format(lasted, yes, no, target))
    end
    vote = nil
end)

coromega:when_chat_msg():start_new(function(chat)
    if not vote or chat.name == vote.target then return end
    local answer = chat.msg[1]
    if answer == "同意" then
        vote.yes[chat.name], vote.no[chat.name] = true, nil
    elseif answer == "反对" then
        vote.no[chat.name], vote.yes[chat.name] = true, nil
    end
end)

coromega:when_player_change():start_new(function(player, action)
    if action ~= "online" then return end
    local until_time = bans:get(player:name())
    if until_time and os.time() < until_time then
        kick(player:name(), ("封禁到 %s"):format(os.date("%Y-%m-%d %H:%M", until_time)))
    elseif until_time then
        bans:delete(player:name())
    end
end)

coromega:run()
