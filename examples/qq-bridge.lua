-- QQ 桥：按 neomega 自带的 cqhttp.lua 的做法，决定 QQ 的“默认列表”。
-- A QQ bridge in the pattern of neomega's bundled cqhttp.lua: it decides the QQ "default list".
--   * 它自己的 mux poller 同时轮询 omega.cqhttp.resp、QQ 消息和全局的 send_msg_poller
--     (its own mux poller polls omega.cqhttp.resp, the QQ messages and the global send_msg_poller);
--   * 来自默认监听目标的消息用 push_default_received_msg 交给各插件的默认列表监听
--     (messages from its listen targets go to every plugin's default-list listeners);
--   * 其他插件用 send_cqhttp_message_to_default 发出的消息，由它发到默认发送目标
--     (what other plugins send to the default list, it sends to its send targets).
--   npx coromega-run --world examples/qq.world.json examples/qq-bridge.lua examples/mc-qq-chat.lua
local omega = require("omega")
local coromega = require("coromega").from(omega) -- its own poller also polls omega.cqhttp.resp
local cqhttp = omega.cqhttp

local config = ud2lua(omega.config:user_data())
local listened = {}
for _, source in ipairs(config["默认监听目标"] or {}) do listened[source] = true end
local send_targets = config["默认发送目标"] or {}

-- "群聊:123" / "好友:456"
local function send(target, text)
    local kind, id = target:match("^(.-):(%d+)$")
    if kind == "群聊" then
        cqhttp.send_group_message(tonumber(id), text)
    elseif kind == "好友" then
        cqhttp.send_private_message(tonumber(id), text)
    else
        coromega:warning_out("QQ 桥不认识这个目标：" .. target)
    end
end

local handlers = {}

handlers[cqhttp.resp] = function(event)
    if event.cb then event.cb(event.output) end
end

-- target 为 "" 时发到默认发送目标 / target "" means the default send targets
handlers[send_msg_poller] = function(event)
    if event.target == "" then
        for _, target in ipairs(send_targets) do send(target, event.msg) end
    else
        send(event.target, event.msg)
    end
end

handlers[cqhttp.make_message_poller()] = function(event)
    local msg = event.msg
    local text = msg.Message.RawMessage
    local source, who
    if event.msg_type == "GroupMessage" then
        source = "群聊:" .. msg.GroupID
        local card = msg.Sender.Card
        who = (card ~= "" and card or msg.Sender.User.Nickname) .. "#" .. msg.Sender.User.UserID
    elseif event.msg_type == "PrivateMessage" then
        source = "好友:" .. msg.UserID
        who = msg.Sender.Nickname .. "#" .. msg.Sender.UserID
    end
    if source and listened[source] then push_default_received_msg(who, text, source) end
end

-- 启动时报告每个发送目标群的人数 / at start, report the size of each group it sends to
for _, target in ipairs(send_targets) do
    local group = target:match("^群聊:(%d+)$")
    if group then
        cqhttp.get_group_members_request(tonumber(group), function(members)
            coromega:print(("QQ 桥：群 %s 有 %d 人"):format(group, #members))
        end)
    end
end

local mux = omega.listen.make_mux_poller()
for source in pairs(handlers) do mux:poll(source) end
while mux:block_has_next() do
    local event = mux:block_get_next()
    handlers[event.type](event.data)
end
