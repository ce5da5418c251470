-- The simulated neomega host as plugins see it: require("omega").
--
-- neomega's Go side hands Lua a table of modules (system, storage, async_http, listen, menu, cmds, players, cqhttp,
-- websocket, flex, share, botUq, bot_action, ...). Asynchronous calls take a callback, and the callback runs when
-- the plugin's mux poller delivers the module's `resp` event; listeners are event sources polled the same way.
-- This file builds that table over the runtime's host functions (runtime/src/omega/*.ts), which answer from the
-- simulated world. Every call keeps the shape the framework's coromega.lua relies on.
-- One file, as `omega` is one module for plugins; its sections follow omega's areas in order.
local host, BLOCK, json = ...
local co_yield = coroutine.yield
local t_unpack = table.unpack

local omega = {}

-- event sources and callbacks ----------------------------------------------------------------------------------------

-- Every event source is a table with a host id; `wrap` turns the host's data into what the poller hands Lua.
local sources = {}
local function source(id, wrap, fields)
  local s = fields or {}
  s.__source = id
  s.__wrap = wrap
  sources[id] = s
  return s
end
local function new_source(kind, wrap, fields) return source(host.source_new(kind or ""), wrap, fields) end

-- Callbacks of pending requests, by request id. A persistent callback stays for several answers.
local callbacks, persistent, next_req = {}, {}, 0
local function track(cb, keep)
  if cb == nil then return 0 end
  next_req = next_req + 1
  callbacks[next_req] = cb
  if keep then persistent[next_req] = true end
  return next_req
end
local function take(id)
  local cb = callbacks[id]
  if not persistent[id] then callbacks[id] = nil end
  return cb
end
local function resp_wrap(d)
  local id = d.id
  local cb = callbacks[id]
  if not persistent[id] then callbacks[id] = nil end
  return { cb = cb, output = d.output, err = d.err, resp = d.resp }
end
local function resp_source(name) return new_source("resp:" .. name, resp_wrap) end

-- A blocking host call returns BLOCK; the plugin then waits (see compat.lua) until the host answers.
local function blocking(first, ...)
  if first == BLOCK then return co_yield(BLOCK) end
  return first, ...
end

-- omega.listen: mux pollers -----------------------------------------------------------------------------------------
local listen = {}
omega.listen = listen

local Mux = {}
Mux.__index = Mux

local function new_mux()
  local m = setmetatable({ id = host.mux_new(), polled_fns = {} }, Mux)
  m.event_after = Mux.event_after
  m.event_interval = Mux.event_interval
  return m
end

local function poll_fn(self, fn, ...)
  local s
  if fn == omega.system.block_sleep then
    s = source(host.source_after(self.id, (...) or 0, false), nil, {})
  elseif fn == omega.system.block_input then
    s = source(host.source_input(self.id, (...)), nil, {})
  elseif fn == Mux.event_after then
    local sec, data = ...
    return self:event_after(sec, data)
  elseif fn == Mux.event_interval then
    local sec, data = ...
    return self:event_interval(sec, data)
  else
    error(host.msg("poll_fn"), 3)
  end
  -- The event's type is the function that was polled.
  self.polled_fns[s.__source] = fn
  host.mux_poll(self.id, s.__source)
  return self
end

function Mux:poll(src, ...)
  if type(src) == "function" then return poll_fn(self, src, ...) end
  if type(src) ~= "table" or src.__source == nil then error(host.msg("poll_source", type(src)), 2) end
  host.mux_poll(self.id, src.__source)
  return self
end

local after_payload = {}
function Mux:event_after(sec, data)
  local s = source(host.source_after(self.id, sec or 0, false), nil, {})
  self.polled_fns[s.__source] = Mux.event_after
  after_payload[s.__source] = data
  host.mux_poll(self.id, s.__source)
  return self
end

-- Returns the source, so old code can key a callback table by it: cbs[mux:event_interval(5)] = fn
function Mux:event_interval(sec, data)
  local s = source(host.source_after(self.id, sec or 0, true), nil, {})
  after_payload[s.__source] = data
  host.mux_poll(self.id, s.__source)
  return s
end

function Mux:block_has_next() return not self.stopped end

local mux_next = host.mux_next
function Mux:block_get_next()
  local id, data = mux_next(self.id)
  if id == BLOCK then id, data = co_yield(BLOCK) end
  if id == nil then return nil end
  local s = sources[id]
  local wrap = s and s.__wrap
  if wrap then
    data = wrap(data)
  elseif after_payload[id] ~= nil then
    data = after_payload[id]
  end
  return { type = self.polled_fns[id] or s, data = data }
end

function Mux:stop()
  self.stopped = true
  host.mux_stop(self.id)
end

listen.make_mux_poller = new_mux
listen.new_mux_poller = new_mux
listen.make_packet_poller = function(...)
  local names = {}
  for i = 1, select("#", ...) do names[#names + 1] = tostring((select(i, ...))) end
  return new_source(json.encode({ listener = "packet", triggers = names }))
end

-- omega.system ----------------------------------------------------------------------------------------------------------
local system = { resp = resp_source("system") }
omega.system = system
system.print = function(...) host.omega_print(...) end
system.color_trans_print = function(...) host.omega_print(...) end
system.sprint = function(s) return host.sprint(s) end
system.log = function(s) host.log("info", s) end
system.log_and_print = function(s) host.log("info", s) end
system.debug_out = function(s) host.log("debug", s) end
system.info_out = function(s) host.log("info", s) end
system.success_out = function(s) host.log("success", s) end
system.warning_out = function(s) host.log("warning", s) end
system.error_out = function(s) host.log("error", s) end
system.os = function() return host.osname() end
system.cwd = function() return host.cwd() end
system.make_dir = function(p) return host.make_dir(p) end
system.now = function() return host.now() end
system.now_since_start = function() return host.since_start() end
system.temp_dir = function() return host.make_temp_dir() end
system.sleep = function(sec, cb) host.sleep(sec, track(cb)) end
system.block_sleep = function(sec) return blocking(host.block_sleep(sec)) end
system.input = function(cb, timeout, hint) host.input(track(cb), timeout, hint) end
system.block_input = function(hint) return blocking(host.block_input(hint)) end

-- omega.storage_path / omega.storage ---------------------------------------------------------------------------------------
omega.storage_path = {
  get_code_path = function(...) return host.storage_path("lang", ...) end,
  get_config_path = function(...) return host.storage_path("config", ...) end,
  get_data_file_path = function(...) return host.storage_path("data", ...) end,
  get_data_path = function(...) return host.storage_path("data", ...) end,
  get_cache_path = function(...) return host.storage_path("cache", ...) end,
  list_dir = function(p) return host.path_list(p) end,
  abs = function(p) return host.path_abs(p) end,
  join = function(...) return host.path_join(...) end,
  ext = function(p) return host.path_ext(p) end,
  move = function(a, b) return host.path_move(a, b) end,
  remove = function(p) return host.path_remove(p) end,
  exist = function(p) return host.path_exist(p) end,
}

local KV = {}
KV.__index = KV
function KV:get(key) return host.kv_get(self.id, tostring(key)) end
function KV:set(key, value) host.kv_set(self.id, tostring(key), value) end
function KV:delete(key) host.kv_delete(self.id, tostring(key)) end
function KV:iter(fn)
  local keys, values = host.kv_all(self.id)
  for i = 1, #keys do
    if fn(keys[i], values[i]) == false then break end
  end
end
function KV:migrate_to(other) host.kv_migrate(self.id, other.id) end

omega.storage = {
  save = function(p, data)
    local s, err = json.encode(data)
    if not s then error(err, 2) end
    return host.save_text(p, s)
  end,
  read = function(p)
    local s = host.load_text(p)
    if s == nil or s == "" then return nil end
    return json.decode(s)
  end,
  save_text = function(p, text) return host.save_text(p, text) end,
  read_text = function(p) return host.load_text(p) end,
  get_kv_db = function(p, db_type) return setmetatable({ id = host.kv_open(tostring(p), db_type or "") }, KV) end,
}

-- omega.async_http ---------------------------------------------------------------------------------------------------------
local host_http = host.http
omega.async_http = {
  resp = resp_source("async_http"),
  request = function(method, url, option, cb)
    local id = 0
    if cb ~= nil then
      next_req = next_req + 1
      id = next_req
      callbacks[id] = cb
    end
    host_http(method, url, option, id)
  end,
}

-- omega.menu ---------------------------------------------------------------------------------------------------------------
local function menu_entry(kind, wrap)
  return function(options)
    if type(options) ~= "table" then error(host.msg("menu_options", type(options)), 2) end
    local triggers = {}
    if type(options.triggers) == "table" then
      for _, t in ipairs(options.triggers) do triggers[#triggers + 1] = tostring(t) end
    end
    local info = {
      listener = kind,
      triggers = triggers,
      usage = options.usage ~= nil and tostring(options.usage) or nil,
      argument_hint = options.argument_hint ~= nil and tostring(options.argument_hint) or nil,
    }
    return new_source(json.encode(info), wrap)
  end
end
omega.menu = {
  add_backend_menu_entry = menu_entry("terminal_menu"),
  add_game_menu_entry = menu_entry("game_menu"),
}

-- omega.cmds -------------------------------------------------------------------------------------------------------------
-- A command's answer is an object whose user_data() is the Bedrock CommandOutput (nil when the game gave none).
local Output = {}
Output.__index = Output
function Output:user_data() return self.__data end
function Output:json_str() return json.encode(self.__data) end
local function output_wrap(d)
  return { cb = take(d.id), output = setmetatable({ __data = d.output }, Output) }
end
omega.cmds = {
  resp = new_source("resp:cmds", output_wrap),
  send_ws_cmd = function(cmd) host.cmd("ws", tostring(cmd), 0) end,
  send_wo_cmd = function(cmd) host.cmd("wo", tostring(cmd), 0) end,
  send_player_cmd = function(cmd) host.cmd("player", tostring(cmd), 0) end,
  send_ai_cmd = function(_, cmd) host.cmd("ai", tostring(cmd), 0) end,
  send_ws_cmd_with_resp = function(cmd, cb, timeout) host.cmd("ws", tostring(cmd), track(cb), timeout) end,
  send_player_cmd_with_resp = function(cmd, cb, timeout) host.cmd("player", tostring(cmd), track(cb), timeout) end,
  send_ai_cmd_with_resp = function(_, cmd, cb, timeout) host.cmd("ai", tostring(cmd), track(cb), timeout) end,
}

-- omega.players ------------------------------------------------------------------------------------------------------------
local Kit = {}
Kit.__index = Kit
local kits = {}
local function kit(uuid)
  if uuid == nil then return nil end
  local k = kits[uuid]
  if not k then
    k = setmetatable({ uuid = uuid }, Kit)
    kits[uuid] = k
  end
  return k
end
local function field(name)
  return function(self)
    local v, found = host.player_get(self.uuid, name)
    return v, found
  end
end
function Kit:say(msg) host.player_show(self.uuid, "say", tostring(msg)) end
-- What player:ask shows before it waits (a say, reported as an ask).
function Kit:ask_hint(msg) host.player_show(self.uuid, "ask", tostring(msg)) end
function Kit:raw_say(text) host.player_show(self.uuid, "tellraw", tostring(text)) end
function Kit:title(t) host.player_show(self.uuid, "title", tostring(t)) end
function Kit:subtitle(sub, t)
  if t ~= nil then host.player_show(self.uuid, "title", tostring(t)) end
  if sub ~= nil then host.player_show(self.uuid, "subtitle", tostring(sub)) end
end
Kit.sub_title = function(self, sub) host.player_show(self.uuid, "subtitle", tostring(sub)) end
function Kit:action_bar(msg) host.player_show(self.uuid, "actionbar", tostring(msg)) end
function Kit:intercept_just_next_input(cb, timeout) host.player_intercept(self.uuid, track(cb), timeout) end
function Kit:check_condition(conditions, cb)
  local list = {}
  if type(conditions) == "table" then for _, c in ipairs(conditions) do list[#list + 1] = tostring(c) end end
  host.player_check(self.uuid, json.encode(list), track(cb))
end
Kit.get_name = field("name")
Kit.get_username = field("name")
Kit.get_uuid_string = field("uuid")
Kit.get_entity_unique_id = field("entity_unique_id")
Kit.get_login_time = field("login_time")
Kit.get_platform_chat_id = field("platform_chat_id")
Kit.get_build_platform = field("build_platform")
Kit.get_skin_id = field("skin_id")
Kit.get_device_id = field("device_id")
Kit.get_entity_runtime_id = field("entity_runtime_id")
Kit.get_properties_flag = field("properties_flag")
Kit.get_command_permission_level = field("command_permission_level")
Kit.get_action_permissions = field("action_permissions")
Kit.get_op_permission_level = field("op_permission_level")
Kit.get_custom_stored_permissions = field("custom_stored_permissions")
Kit.is_op = field("op")
Kit.still_online = field("online")
Kit.get_flying_status = field("flying")
Kit.get_invulnerable_status = field("invulnerable")
function Kit:get_entity_metadata()
  local v, found = host.player_get(self.uuid, "entity_metadata")
  return json.decode(v), found
end
for _, ability in ipairs({ "build", "mine", "door_and_switches", "open_container", "attack_player", "attack_mobs",
  "operator_command", "teleport" }) do
  Kit["get_" .. ability .. "_ability"] = field("ability:" .. ability)
  Kit["set_" .. ability .. "_ability"] = function(self, allow) host.player_set_ability(self.uuid, ability, allow and true or false) end
end
function Kit:get_ability_map()
  local adv, act = host.player_abilities(self.uuid)
  return json.decode(adv), json.decode(act), true
end
function Kit:update_ability_map(adv, act)
  host.player_update_abilities(self.uuid, json.encode(adv or {}), json.encode(act or {}))
  return true
end
function Kit:get_inventory() return json.decode(host.player_inventory(self.uuid)) end

local function chat_wrap(d)
  return { name = d.name, msg = d.msg, type = d.type, raw_msg = d.raw_msg, raw_name = d.raw_name,
    raw_parameters = d.raw_parameters, aux = d.aux }
end
local function chat_listener(kind, triggers)
  return new_source(json.encode({ listener = kind, triggers = triggers or {} }), chat_wrap)
end

omega.players = {
  resp = resp_source("players"),
  get_all_online_players = function()
    local list = {}
    for _, uuid in ipairs(host.players_online()) do list[#list + 1] = kit(uuid) end
    return list
  end,
  get_player_by_name = function(name) return kit(host.player_find("name", tostring(name))) end,
  find_player_by_name = function(name)
    local k = kit(host.player_find("name", tostring(name)))
    return k, k ~= nil
  end,
  get_player_by_uuid_string = function(uuid) return kit(host.player_find("uuid", tostring(uuid))) end,
  get_player_by_uuid = function(uuid)
    local k = kit(host.player_find("uuid", tostring(uuid)))
    return k, k ~= nil
  end,
  bot_say = function(msg) host.bot_say(tostring(msg)) end,
  make_chat_poller = function() return chat_listener("chat") end,
  new_specific_item_msg_poller = function(name) return chat_listener("sender", { tostring(name) }) end,
  make_specific_command_block_tell_poller = function(name) return chat_listener("command_block", { tostring(name) }) end,
  make_player_change_poller = function()
    return new_source(json.encode({ listener = "player_change", triggers = {} }), function(d)
      return { player = kit(d.uuid), action = d.action }
    end)
  end,
}

-- omega.cqhttp -------------------------------------------------------------------------------------------------------------
omega.cqhttp = {
  resp = resp_source("cqhttp"),
  send_to = function(target, msg) host.qq_send(tostring(target), tostring(msg), 0) end,
  send_to_default = function(msg) host.qq_send("default", tostring(msg), 0) end,
  send_private_message = function(id, msg, cb) host.qq_send("私聊:" .. tostring(id), tostring(msg), track(cb)) end,
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

-- omega.botUq: the bot and the server ----------------------------------------------------------------------------------------
omega.botUq = {
  get_bot_name = function() return host.bot("name") end,
  get_bot_uuid_str = function() return host.bot("uuid") end,
  get_bot_unique_id = function() return host.bot("unique_id") end,
  get_bot_runtime_id = function() return host.bot("runtime_id") end,
  get_bot_identity = function() return host.bot("identity") end,
  get_bot_dimension = function() return host.bot("dimension") end,
  get_bot_position = function() return host.bot("position") end,
  get_current_tick = function() return host.bot("tick") end,
  get_sync_ratio = function() return host.bot("sync_ratio") end,
  get_game_rules = function()
    local rules, ok = host.bot("game_rules")
    return json.decode(rules), ok
  end,
  get_server_time = function() return host.bot("server_time") end,
  get_server_day_time = function() return host.bot("day_time") end,
  get_server_day_percent = function() return host.bot("day_percent") end,
}

-- What cannot be simulated (structures, blocks, items, building) is recorded as a `world` event and answers with the
-- shape the framework returns: no error.
local function recorded(area, name, cb_at)
  return function(...)
    local n = select("#", ...)
    local cb = cb_at and select(cb_at < 0 and n or cb_at, ...) or nil
    host.world(area .. "." .. name, json.encode({ ... }, true))
    if type(cb) == "function" then host.resp_later("bot_action", track(cb)) end
  end
end
local bot_action = { resp = resp_source("bot_action") }
for _, name in ipairs({ "move_item_to_container", "rename_item_with_anvil", "drop_item_from_hot_bar", "enchant_item",
  "make_item", "use_hotbar_item", "use_hotbar_item_on_block_without_rid", "use_hotbar_item_on_block",
  "use_hotbar_item_on_block_with_bot_offset_without_rid", "use_hotbar_item_on_block_with_bot_offset",
  "move_item_inside_hotbar_or_inventory", "select_hotbar", "pick_block", "block_break_and_pick_in_hotbar",
  "set_container_content", "write_book_and_close", "place_item_frame_item", "gen_container" }) do
  bot_action[name] = recorded("omega.bot_action", name, -1)
end
-- A structure or canvas the world cannot fill: every method is recorded; reads answer an empty region of air.
local Nbt = setmetatable({}, {
  __index = function(_, k)
    if k == "is_empty" then return function() return true end end
    return function() return nil end
  end,
})
local canvas_answers = {
  get_start_pos = function() return { x = 0, y = 0, z = 0 } end,
  get_end_pos = function() return { x = 0, y = 0, z = 0 } end,
  block = function() return 0, true end,
  block_with_nbt = function() return 0, Nbt, true end,
}
local Canvas = {}
Canvas.__index = function(_, k)
  return function(self, ...)
    host.world("canvas:" .. tostring(k), json.encode({ ... }, true))
    local answer = canvas_answers[k]
    if answer then return answer() end
    return nil
  end
end
bot_action.request_structure = function(pos, size, move, cb)
  host.world("omega.bot_action.request_structure", json.encode({ pos, size, move }, true))
  host.resp_later("bot_action", track(function() cb(setmetatable({}, Canvas)) end))
end
bot_action.get_inventory_content = function(slot, window)
  host.world("omega.bot_action.get_inventory_content", json.encode({ slot, window }, true))
  return { info = {}, ok = true }
end
bot_action.set_structure_block_data = function(...) host.world("omega.bot_action.set_structure_block_data", json.encode({ ... }, true)) end
omega.bot_action = bot_action

omega.builder = {
  place_command_block = function(...) host.world("omega.builder.place_command_block", json.encode({ ... }, true)) end,
  place_sign = function(...) host.world("omega.builder.place_sign", json.encode({ ... }, true)) end,
  build = function(...)
    host.world("omega.builder.build", json.encode({ ... }, true))
    local s = new_source("build")
    host.source_emit(s.__source, { total = 1, current = 1 })
    return s
  end,
}

local function recorder_table(prefix)
  return setmetatable({}, {
    __index = function(_, k)
      if type(k) ~= "string" then return nil end
      return function(...)
        host.world(prefix .. k, json.encode({ ... }, true))
        return setmetatable({}, Canvas)
      end
    end,
  })
end
omega.structures = recorder_table("omega.structures.")
-- Block conversions answer as for air.
omega.blocks = setmetatable({
  new_nbt = function() return Nbt end,
  rtid_to_block_name_and_state = function() return "air", "[]", true end,
  rtid_to_legacy_block = function() return "air", 0, true end,
  legacy_block_to_rtid = function() return 0, true end,
  java_str_to_rtid = function() return 0, true end,
}, getmetatable(recorder_table("omega.blocks.")))
omega.canvas_artists = recorder_table("omega.canvas_artists.")
omega.sync_sql = {
  open = function(...)
    host.unavailable("omega.sync_sql.open")
    return nil, "sqlite is not available in the offline world"
  end,
}

-- omega.common, omega.packets, omega.config ------------------------------------------------------------------------------------
omega.common = {
  uuid_string = function() return host.uuid() end,
  translate = function(input, typ) return host.translate(tostring(input), typ) end,
  lang_format = function(code, key, ...) return host.lang_format(code, tostring(key), ...) end,
}
omega.c_common_exts = { _c_print_int = function(a, b) host.omega_print(tostring(a) .. " " .. tostring(b)) end }

omega.packets = setmetatable({ all = "all" }, {
  __index = function(_, k)
    if type(k) ~= "string" then return nil end
    if k:sub(1, 2) == "no" and #k > 2 then return "noID" .. k:sub(3) end
    return "ID" .. k
  end,
})

local Config = {}
Config.__index = Config
function Config:user_data() return host.config() end
function Config:upgrade(cfg)
  local s, err = json.encode(cfg)
  if not s then error(err, 2) end
  host.update_config(s)
end
function Config:get_plugin_name() return host.plugin_name() end
omega.config = setmetatable({}, Config)

omega.user_data_to_lua_value = function(v) return v end

return omega
