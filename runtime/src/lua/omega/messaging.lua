-- omega.cqhttp, omega.websocket, omega.flex (cross-plugin APIs, topics, soft data), omega.share.
-- Part of require("omega"): see omega.lua.
local host, json, omega, lib = ...
local source, new_source, resp_source = lib.source, lib.new_source, lib.resp_source
local track, take, blocking = lib.track, lib.take, lib.blocking
local t_unpack = table.unpack

-- omega.cqhttp -------------------------------------------------------------------------------------------------------------
omega.cqhttp = {
  resp = resp_source("cqhttp"),
  -- Routed by the bridge plugin (neomega's cqhttp.lua) when one polls send_msg_poller; target "" is the default list.
  send_to = function(target, msg) host.qq_send_to(tostring(target), tostring(msg)) end,
  send_to_default = function(msg) host.qq_send_to("", tostring(msg)) end,
  send_private_message = function(id, msg, cb) host.qq_send("好友:" .. tostring(id), tostring(msg), track(cb)) end,
  send_group_message = function(id, msg, cb) host.qq_send("群聊:" .. tostring(id), tostring(msg), track(cb)) end,
  send_guild_message = function(g, c, msg, cb)
    host.qq_send(("频道:%s:%s"):format(tostring(g), tostring(c)), tostring(msg), track(cb))
  end,
  get_group_members_request = function(id, cb) host.qq_query("members", tostring(id), "", track(cb)) end,
  get_guild_list = function(cb) host.qq_query("guilds", "", "", track(cb)) end,
  get_guild_channels = function(id, cb) host.qq_query("channels", tostring(id), "", track(cb)) end,
  get_guild_member_profile = function(g, u, cb) host.qq_query("guild_member", tostring(g), tostring(u), track(cb)) end,
  make_message_poller = function()
    return new_source(json.encode({ listener = "cqhttp", triggers = {} }), function(d)
      return { msg_type = d.msg_type, msg = d.msg, raw_msg = d.raw_msg }
    end)
  end,
  make_default_message_poller = function()
    return new_source(json.encode({ listener = "cqhttp_default", triggers = {} }), function(d)
      return { source = d.source, name = d.name, msg = d.msg }
    end)
  end,
}

-- The globals neomega gives its bundled cqhttp.lua: what plugins send with send_to / send_to_default arrives on
-- send_msg_poller as { target = ..., msg = ... }; push_default_received_msg(name, msg, source) reaches every
-- plugin's filtered (default-list) listeners.
send_msg_poller = source(host.qq_bridge_source(), nil, {})
push_default_received_msg = function(name, msg, src)
  host.qq_push_default(tostring(name), tostring(msg), src == nil and "" or tostring(src))
end

-- omega.websocket ----------------------------------------------------------------------------------------------------------
-- A connection is itself an event source: its events are the messages received (nil once it closed).
local Conn = {}
Conn.__index = Conn
function Conn:send_message(msg) return host.ws_send(self.__source, tostring(msg)) end
function Conn:close() host.ws_close(self.__source) end
local function conn(id) return source(id, nil, setmetatable({}, Conn)) end

omega.websocket = {
  resp = new_source("resp:websocket", function(d)
    local output = d.output
    if d.conn then output = conn(d.conn) end
    return { cb = take(d.id), output = output }
  end),
  connect = function(addr, header)
    local header_json = header ~= nil and json.encode(header) or nil
    local id = blocking(host.ws_connect(tostring(addr), header_json))
    if id == nil then return nil end
    return conn(id)
  end,
  -- Blocks until the server listens; returns the error text when it cannot.
  server = function(h, port, on_conn, on_dead)
    return blocking(host.ws_serve(tostring(h), tonumber(port) or 0, track(on_conn, true), track(on_dead)))
  end,
}

-- omega.flex: cross-plugin APIs, topics and soft data ------------------------------------------------------------------------
omega.flex = {
  resp = resp_source("flex"),
  call = function(api, args, cb, timeout) host.flex_call(tostring(api), args, track(cb), timeout) end,
  block_call = function(api, args)
    return blocking(host.flex_block_call(tostring(api), args))
  end,
  pub = function(topic, data) host.flex_pub(tostring(topic), data) end,
  expose = function(api)
    return new_source(json.encode({ listener = "api", triggers = { tostring(api) } }), function(d)
      return { args = d.args, cb = function(result, err) host.flex_answer(d.call, result, err) end }
    end)
  end,
  listen = function(topic) return new_source(json.encode({ listener = "topic", triggers = { tostring(topic) } })) end,
  set = function(key, val) host.soft_set(tostring(key), val ~= nil and tostring(val) or nil) end,
  get = function(key) return host.soft_get(tostring(key)) end,
}

-- omega.share: a string map shared by the plugins of the world ------------------------------------------------------------
local function shared(op)
  return function(...)
    local n = select("#", ...)
    local cb = select(n, ...)
    local args = { ... }
    args[n] = nil
    host.share(op, track(cb), t_unpack(args, 1, n - 1))
  end
end
local function shared_block(op)
  return function(...) return host.share(op, 0, ...) end
end
omega.share = {
  resp = resp_source("share"),
  get_shared_string_kv_map = function()
    return {
      get = shared("get"), block_get = shared_block("get"),
      set = shared("set"), block_set = shared_block("set"),
      delete = shared("delete"), block_delete = shared_block("delete"),
      load_or_store = shared("load_or_store"), block_load_or_store = shared_block("load_or_store"),
      compare_and_swap = shared("compare_and_swap"), block_compare_and_swap = shared_block("compare_and_swap"),
      iter = function(fn, cb)
        local keys, values = host.share_all()
        for i = 1, #keys do if fn(keys[i], values[i]) == false then break end end
        host.share("noop", track(cb))
      end,
      block_iter = function(fn)
        local keys, values = host.share_all()
        for i = 1, #keys do if fn(keys[i], values[i]) == false then break end end
      end,
    }
  end,
}
