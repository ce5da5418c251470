-- 游戏与 QQ 互通：玩家说的话发到 QQ 的默认列表，默认列表里的 QQ 消息用 omega.players.say_to 告诉所有玩家。
-- Game chat <-> QQ: what players say goes to the QQ default list; QQ messages from it are told to every player.
-- 默认列表由 QQ 桥（qq-bridge.lua，在 neomega 中是自带的 cqhttp.lua）决定。
-- The default list is the bridge's to decide (qq-bridge.lua here, neomega's bundled cqhttp.lua on a server).
local omega = require("omega")
local coromega = require("coromega").from(omega)

coromega:when_chat_msg():start_new(function(chat)
    coromega:send_cqhttp_message_to_default(("[MC] <%s> %s"):format(chat.name, chat.raw_msg))
end)

coromega:when_receive_filtered_cqhttp_message_from_default():start_new(function(source, name, message)
    omega.players.say_to("@a", ("§b[QQ] %s§r: %s"):format(name, message))
end)

coromega:run()
