-- AI 聊天机器人：玩家在游戏菜单中提问，插件把问题发给 OpenAI 兼容的接口，再把回答告诉玩家。
-- An AI chat bot: a player asks through the game menu; the plugin posts the question to an OpenAI-compatible
-- endpoint and tells the player the answer.
--   npx coromega-run examples/ai-chat.lua     (plays in ai-chat.world.json, beside it)
local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)

local endpoint = coromega.config["接口地址"] or "https://api.example.com/v1/chat/completions"
local api_key = coromega.config["密钥"] or ""
local model = coromega.config["模型"] or "gpt-4o-mini"

coromega:when_called_by_game_menu({
    triggers = { "ai", "问问" },
    argument_hint = "[问题]",
    usage = "向 AI 提问",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local question = table.concat(chat.msg, " ")
    if question == "" then
        question = player:ask("§e你想问什么？", 60)
        if question == nil then
            player:say("§c太久没有回答，已取消")
            return
        end
    end
    player:action_bar("§7思考中……")
    local response, err = coromega:http_post(endpoint, {
        headers = {
            ["Content-Type"] = "application/json",
            Authorization = "Bearer " .. api_key,
        },
        body = json.encode({
            model = model,
            messages = {
                { role = "system", content = "你是 Minecraft 服务器里的助手，回答要简短。" },
                { role = "user", content = question },
            },
        }),
        timeout = "30s",
    })
    if err then
        player:say("§c请求失败：" .. err)
        return
    end
    if response.status_code ~= 200 then
        player:say(("§c接口返回 %d"):format(response.status_code))
        return
    end
    local data = json.decode(response.body)
    local answer = data and data.choices and data.choices[1] and data.choices[1].message.content
    player:say("§a" .. (answer or "（没有回答）"))
    coromega:print(("%s 问：%s"):format(chat.name, question))
end)

coromega:run()
