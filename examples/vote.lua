-- 投票：发起人给出议题，用 omega.players.say_to 告诉所有人，再逐个询问在线玩家，结果存进键值数据库。
-- A vote: the starter gives a topic, everyone is told with omega.players.say_to, each online player is asked in turn,
-- and the result goes into a key-value database that the next start reads back.
--   npx coromega-run --world examples/vote.world.json examples/vote.lua
local omega = require("omega")
local coromega = require("coromega").from(omega)

-- 原始的键值数据库：值是字符串，从没写过的键读出来是 ""。
-- A raw key-value database: values are strings, a key never written reads as "".
local db = omega.storage.get_kv_db("vote")
local last = db:get("上次结果")
if last == "" then
    coromega:print("还没有投过票")
else
    coromega:print("上次投票：" .. last)
end

coromega:when_called_by_game_menu({
    triggers = { "投票", "vote" },
    argument_hint = "[议题]",
    usage = "发起一次投票",
}):start_new(function(chat)
    local topic = table.concat(chat.msg, " ")
    if topic == "" then topic = coromega:get_player(chat.name):ask("投什么？") or "" end
    if topic == "" then return end
    omega.players.say_to("@a", ("§e%s 发起投票：%s"):format(chat.name, topic))

    local yes, no = 0, 0
    for _, player in ipairs(coromega:get_all_online_players()) do
        -- 机器人也在玩家列表里，不问它 / the bot is in the player list too: skip it
        if player:name() ~= coromega:bot_name() then
            local answer = player:ask(("%s？回答 是 或 否"):format(topic), 30)
            if answer == "是" then
                yes = yes + 1
            elseif answer == "否" then
                no = no + 1
            end
        end
    end

    local result = ("%s：是 %d，否 %d"):format(topic, yes, no)
    omega.players.say_to("@a", "§a投票结束，" .. result)
    db:set("上次结果", result)
end)

coromega:run()
