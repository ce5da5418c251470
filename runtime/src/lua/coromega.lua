-- coromega for the offline world: require("coromega") / require("lua.coromega").
--
-- The same object model as neomega's framework: a Coromega made by from(omega) turns omega's callbacks into
-- coroutines. Each entry point (menu, chat, API, topic...) is a SessionFactory whose start_new(fn) runs fn in a new
-- coroutine (a session) for every event; a call that waits (HTTP, commands with a result, ask, sleep in a session)
-- registers a callback that resumes the session and yields. coromega:run() is the loop that takes events from the
-- mux poller and calls their callbacks. Written for this runtime; method names, argument order, return values and
-- which calls yield or block follow the framework. One file, as the framework's coromega.lua is one module;
-- its sections follow the objects (Session, SessionFactory, Coromega, CoroPlayer, WrappedKVDB, SharedMap, WebSocket).
local host, SENTINEL = ...
local json = require("json")
local co_create, co_resume, co_yield = coroutine.create, coroutine.resume, coroutine.yield
local t_unpack = table.unpack

local in_session = false
local session_resume = nil

local function need_session(name)
  if not in_session then error(host.msg("need_co", name), 3) end
end

local function check_self(self, name)
  if type(self) ~= "table" then error(host.msg("colon", name), 3) end
end

-- Session: one coroutine; resume() runs it until it waits or ends ------------------------------------------------------------
local function new_session(fn)
  local session = {}
  session.co = co_create(fn)
  session.resume = function(...)
    local prev_resume, prev_in = session_resume, in_session
    session_resume, in_session = session.resume, true
    local ok, err = co_resume(session.co, ...)
    session_resume, in_session = prev_resume, prev_in
    if not ok then
      if err ~= SENTINEL then host.fatal(err, debug.traceback(session.co, tostring(err))) end
      error(SENTINEL, 0)
    end
  end
  return session
end

-- SessionFactory: a listener -----------------------------------------------------------------------------------------------------
local SessionFactory = { _cname = "SessionFactory" }
SessionFactory.__index = SessionFactory

local function new_factory() return setmetatable({}, SessionFactory) end

function SessionFactory:on_new_session(...)
  local args = table.pack(...)
  local fn, handle = self.coro_fn, self.result_handle
  if fn == nil then return end
  local session = new_session(function()
    if handle ~= nil then
      handle(fn(t_unpack(args, 1, args.n)))
    else
      fn(t_unpack(args, 1, args.n))
    end
  end)
  session.resume()
end

function SessionFactory:on_result(handle)
  self.result_handle = handle
  return self
end

function SessionFactory:start_new(coro_fn)
  if type(coro_fn) ~= "function" then error(host.msg("need_fn", "start_new"), 2) end
  self.coro_fn = coro_fn
  return self
end

-- Coromega -------------------------------------------------------------------------------------------------------------------------
local Coromega = { _cname = "Coromega" }
Coromega.__index = Coromega

-- Waits for a callback-style omega call: `call(resume)` starts it; the session yields until resume(...) runs.
local function await(name, call)
  need_session(name)
  call(session_resume)
  return co_yield()
end

-- common
function Coromega:uuid() return self.omega.common.uuid_string() end
function Coromega:translate(input, typ) return self.omega.common.translate(input, typ) end
function Coromega:lang_format(code, input, ...) return self.omega.common.lang_format(code, input, ...) end
function Coromega:_debug_c_print_int(a, b) return self.omega.c_common_exts._c_print_int(a, b) end

-- system: what coromega:print shows for each value type
local function show(v)
  local t = type(v)
  if t == "nil" then return "nil" end
  if t == "number" then
    if math.floor(v) < v then return string.format("%0.3f", v) end
    return tostring(v)
  end
  if t == "table" then return json.loose_encode(v) end
  if t == "userdata" then return "userdata:" .. json.loose_encode(ud2lua(v)) end
  if t == "string" then return v end
  return tostring(v)
end
local function joined(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = show((select(i, ...))) end
  return table.concat(parts, " ")
end

function Coromega:print(...) self.omega.system.print(joined(...) .. "\n") end
function Coromega:sprint(...) return self.omega.system.sprint(joined(...) .. "\n") end
function Coromega:log(...) self.omega.system.log(joined(...)) end
function Coromega:log_and_print(...) self.omega.system.log_and_print(joined(...)) end
function Coromega:debug_out(...) self.omega.system.debug_out(joined(...)) end
function Coromega:info_out(...) self.omega.system.info_out(joined(...)) end
function Coromega:success_out(...) self.omega.system.success_out(joined(...)) end
function Coromega:warning_out(...) self.omega.system.warning_out(joined(...)) end
function Coromega:error_out(...) self.omega.system.error_out(joined(...)) end

function Coromega:backend_input(hint, timeout)
  check_self(self, "backend_input")
  if hint == nil then hint = "" end
  return await("backend_input", function(resume)
    self.omega.system.input(function(line)
      resume((tostring(line):gsub("\n$", ""):gsub("\r$", "")))
    end, timeout, tostring(hint))
  end)
end
function Coromega:input(hint, timeout)
  check_self(self, "input")
  return self:backend_input(hint, timeout)
end

function Coromega:os() return self.omega.system.os() end
function Coromega:current_dir() return self.omega.system.cwd() end
function Coromega:make_dir(p) return self.omega.system.make_dir(p) end
function Coromega:now() return self.omega.system.now() end
function Coromega:now_unix() return self.omega.system.now() end
function Coromega:now_since_start() return self.omega.system.now_since_start() end
function Coromega:make_temp_dir() return self.omega.system.temp_dir() end

-- In a session sleep yields; elsewhere (the main chunk) it blocks the plugin, as neomega does.
function Coromega:sleep(t)
  check_self(self, "sleep")
  if in_session then
    local resume = session_resume
    self.omega.system.sleep(t, resume)
    return co_yield()
  end
  self.omega.system.block_sleep(t)
end

function Coromega:pause()
  need_session("pause")
  return co_yield()
end

-- Outside a session there is nothing to resume: the function returned raises when called, as in the framework.
function Coromega:get_resume()
  if not in_session then
    local msg = host.msg("need_co", "get_resume")
    return function() error(msg, 2) end
  end
  return session_resume
end

-- commands
function Coromega:send_wo_cmd(cmd) self.omega.cmds.send_wo_cmd(cmd) end

local function send_cmd(self, name, send, send_with_resp, cmd, get_result, timeout)
  if get_result then
    return await(name, function(resume)
      send_with_resp(cmd, function(result) resume(ud2lua(result:user_data())) end, timeout)
    end)
  end
  send(cmd)
end
function Coromega:send_ws_cmd(cmd, get_result, timeout)
  check_self(self, "send_ws_cmd")
  local c = self.omega.cmds
  return send_cmd(self, "send_ws_cmd", c.send_ws_cmd, c.send_ws_cmd_with_resp, cmd, get_result, timeout)
end
function Coromega:send_player_cmd(cmd, get_result, timeout)
  check_self(self, "send_player_cmd")
  local c = self.omega.cmds
  return send_cmd(self, "send_player_cmd", c.send_player_cmd, c.send_player_cmd_with_resp, cmd, get_result, timeout)
end
function Coromega:send_ai_cmd(cmd, get_result, timeout)
  check_self(self, "send_ai_cmd")
  local rid = self.omega.botUq.get_bot_runtime_id()
  local c = self.omega.cmds
  return send_cmd(self, "send_ai_cmd",
    function(x) c.send_ai_cmd(rid, x) end,
    function(x, cb, t) c.send_ai_cmd_with_resp(rid, x, cb, t) end,
    cmd, get_result, timeout)
end

-- CoroPlayer ---------------------------------------------------------------------------------------------------------------------
local CoroPlayer = { _cname = "CoroPlayer" }
CoroPlayer.__index = CoroPlayer

local function new_player(kit, coromega)
  return setmetatable({ player_kit = kit, Coromega = coromega }, CoroPlayer)
end

-- Built on querytarget, as the framework does: the position and dimension of the player.
function CoroPlayer:get_pos()
  local result = self.Coromega:send_ws_cmd(('querytarget @a[name="%s"]'):format(self:name()), true)
  return json.decode(result.OutputMessages[1].Parameters[1])[1]
end
function CoroPlayer:say(msg) self.player_kit:say(msg) end
function CoroPlayer:send(json_msg) self.player_kit:raw_say(json.encode(json_msg)) end
function CoroPlayer:raw_say(json_msg) self.player_kit:raw_say(json.encode(json_msg)) end
-- Resumes with the player's next chat line (a string), or nil when the timeout passes first.
function CoroPlayer:ask(hint, timeout)
  need_session("ask")
  if self.player_kit.ask_hint then self.player_kit:ask_hint(hint) else self.player_kit:say(hint) end
  local resume = session_resume
  self.player_kit:intercept_just_next_input(function(chat)
    if chat == nil then resume(nil) else resume(chat.raw_msg) end
  end, timeout)
  return co_yield()
end
function CoroPlayer:title(title, subtitle)
  if subtitle then self.player_kit:subtitle(subtitle, title) else self.player_kit:title(title) end
end
function CoroPlayer:subtitle(subtitle, title) self.player_kit:subtitle(subtitle, title) end
function CoroPlayer:action_bar(msg) self.player_kit:action_bar(msg) end
function CoroPlayer:check(conditions)
  need_session("check")
  local resume = session_resume
  self.player_kit:check_condition(conditions, resume)
  return co_yield()
end
function CoroPlayer:uuid_string() return self.player_kit:get_uuid_string() end
function CoroPlayer:name() return self.player_kit:get_name() end
function CoroPlayer:entity_unique_id() return self.player_kit:get_entity_unique_id() end
function CoroPlayer:login_time() return self.player_kit:get_login_time() end
function CoroPlayer:platform_chat_id() return self.player_kit:get_platform_chat_id() end
function CoroPlayer:build_platform() return self.player_kit:get_build_platform() end
function CoroPlayer:skin_id() return self.player_kit:get_skin_id() end
for _, ability in ipairs({ "build", "mine", "door_and_switches", "open_container", "attack_player", "attack_mobs",
  "operator_command", "teleport" }) do
  CoroPlayer["get_" .. ability .. "_ability"] = function(self) return self.player_kit["get_" .. ability .. "_ability"](self.player_kit) end
  CoroPlayer["set_" .. ability .. "_ability"] = function(self, allow)
    self.player_kit["set_" .. ability .. "_ability"](self.player_kit, allow)
    return self
  end
end
function CoroPlayer:get_flying_status() return self.player_kit:get_flying_status() end
function CoroPlayer:get_invulnerable_status() return self.player_kit:get_invulnerable_status() end
function CoroPlayer:device_id() return self.player_kit:get_device_id() end
function CoroPlayer:entity_runtime_id() return self.player_kit:get_entity_runtime_id() end
function CoroPlayer:entity_metadata() return self.player_kit:get_entity_metadata() end
function CoroPlayer:is_op() return self.player_kit:is_op() end
function CoroPlayer:is_online() return self.player_kit:still_online() end
function CoroPlayer:get_inventory() return self.player_kit:get_inventory() end

function Coromega:get_player_by_name(name)
  local kit = self.omega.players.get_player_by_name(name)
  if not kit then return nil end
  return new_player(kit, self)
end
function Coromega:get_player_by_uuid_string(uuid)
  local kit = self.omega.players.get_player_by_uuid_string(uuid)
  if not kit then return nil end
  return new_player(kit, self)
end
function Coromega:get_player(uuid_or_name)
  local p = self:get_player_by_uuid_string(uuid_or_name)
  if p then return p end
  return self:get_player_by_name(uuid_or_name)
end
function Coromega:get_all_online_players()
  local players = {}
  for _, kit in ipairs(self.omega.players.get_all_online_players()) do players[#players + 1] = new_player(kit, self) end
  return players
end

-- bot and server
function Coromega:bot_name() return self.omega.botUq.get_bot_name() end
function Coromega:bot_uuid_string() return self.omega.botUq.get_bot_uuid_str() end
function Coromega:bot_unique_id() return self.omega.botUq.get_bot_unique_id() end
function Coromega:bot_runtime_id() return self.omega.botUq.get_bot_runtime_id() end
function Coromega:bot_identity() return self.omega.botUq.get_bot_identity() end
function Coromega:bot_say(msg) self.omega.players.bot_say(msg) end
function Coromega:bot_dimension() return self.omega.botUq.get_bot_dimension() end
function Coromega:bot_position() return self.omega.botUq.get_bot_position() end
function Coromega:current_tick() return self.omega.botUq.get_current_tick() end
function Coromega:sync_ratio() return self.omega.botUq.get_sync_ratio() end
function Coromega:game_rules() return self.omega.botUq.get_game_rules() end
function Coromega:server_time() return self.omega.botUq.get_server_time() end
function Coromega:server_day_time() return self.omega.botUq.get_server_day_time() end
function Coromega:server_day_percent() return self.omega.botUq.get_server_day_percent() end

-- storage
function Coromega:config_path_of(...) return self.omega.storage_path.get_config_path(...) end
function Coromega:code_path_of(...) return self.omega.storage_path.get_code_path(...) end
function Coromega:data_path_of(...) return self.omega.storage_path.get_data_file_path(...) end
function Coromega:cache_path_of(...) return self.omega.storage_path.get_cache_path(...) end
function Coromega:path_list(p)
  local info, err = self.omega.storage_path.list_dir(p)
  return info, err
end
function Coromega:path_abs(p) return self.omega.storage_path.abs(p) end
function Coromega:path_join(...) return self.omega.storage_path.join(...) end
function Coromega:path_ext(p) return self.omega.storage_path.ext(p) end
function Coromega:path_move(src, dst) return self.omega.storage_path.move(src, dst) end
function Coromega:path_remove(p) return self.omega.storage_path.remove(p) end
function Coromega:path_exist(p) return self.omega.storage_path.exist(p) end
function Coromega:save_data(p, data) self.omega.storage.save(p, data) end
function Coromega:load_data(p) return self.omega.storage.read(p) end
function Coromega:save_text(p, data) self.omega.storage.save_text(p, data) end
function Coromega:load_text(p) return self.omega.storage.read_text(p) end

-- WrappedKVDB: values are kept as JSON text
local WrappedKVDB = { _cname = "WrappedKVDB" }
WrappedKVDB.__index = WrappedKVDB
function WrappedKVDB:get(key)
  local value = self.db:get(key)
  if value == nil then return nil end
  return json.decode(value)
end
function WrappedKVDB:set(key, value) self.db:set(key, json.encode(value)) end
function WrappedKVDB:delete(key) self.db:delete(key) end
function WrappedKVDB:iter(fn) self.db:iter(function(k, v) return fn(k, json.decode(v)) end) end
function WrappedKVDB:migrate_to(target_db) self.db:migrate_to(target_db.db) end
function Coromega:key_value_db(p, db_type)
  if db_type == nil then db_type = "" end
  return setmetatable({ db = self.omega.storage.get_kv_db(p, db_type) }, WrappedKVDB)
end

-- SharedMap: in a session each call yields; elsewhere it blocks
local SharedMap = { _cname = "SharedMap" }
SharedMap.__index = SharedMap
local function shared_call(self, op, ...)
  local m = self.shared_string_kv_map
  if in_session then
    local resume = session_resume
    local args = table.pack(...)
    args[args.n + 1] = function(result) resume(result) end
    m[op](t_unpack(args, 1, args.n + 1))
    return co_yield()
  end
  return m["block_" .. op](...)
end
function SharedMap:get(key) return shared_call(self, "get", key) end
function SharedMap:set(key, value) return shared_call(self, "set", key, json.encode(value)) end
function SharedMap:delete(key) return shared_call(self, "delete", key) end
function SharedMap:load_or_store(key, value)
  local m = self.shared_string_kv_map
  if in_session then
    local resume = session_resume
    m.load_or_store(key, json.encode(value), function(result) resume(result.data, result.loaded) end)
    return co_yield()
  end
  local result = m.block_load_or_store(key, json.encode(value))
  return result.data, result.loaded
end
function SharedMap:compare_and_swap(key, old, new)
  return shared_call(self, "compare_and_swap", key, json.encode(old), json.encode(new))
end
function SharedMap:iter(fn)
  local m = self.shared_string_kv_map
  if in_session then
    local resume = session_resume
    m.iter(function(k, v) return fn(k, json.decode(v)) end, function(result) resume(result) end)
    return co_yield()
  end
  return m.block_iter(function(k, v) return fn(k, json.decode(v)) end)
end
function Coromega:shared_map()
  return setmetatable({ shared_string_kv_map = self.omega.share.get_shared_string_kv_map() }, SharedMap)
end

-- bot actions: recorded by the world, answered with no error
local function bot_action(name, call_name)
  return function(self, ...)
    need_session(name)
    local args = table.pack(...)
    local resume = session_resume
    args[args.n + 1] = function(result) resume(result) end
    self.omega.bot_action[call_name](t_unpack(args, 1, args.n + 1))
    return co_yield()
  end
end
function Coromega:request_structure(start_pos, region_size, move)
  need_session("request_structure")
  local resume = session_resume
  self.omega.bot_action.request_structure(start_pos, region_size, move, function(result) resume(result) end)
  return co_yield()
end
Coromega.move_item_to_container = bot_action("move_item_to_container", "move_item_to_container")
Coromega.rename_item = bot_action("rename_item", "rename_item_with_anvil")
Coromega.drop_item = bot_action("drop_item", "drop_item_from_hot_bar")
Coromega.enchant_item = bot_action("enchant_item", "enchant_item")
Coromega.make_item = bot_action("make_item", "make_item")
Coromega.use_item = bot_action("use_item", "use_hotbar_item")
function Coromega:use_item_on_block(block_pos, face, slot, rid)
  if rid == nil then
    return bot_action("use_item_on_block", "use_hotbar_item_on_block_without_rid")(self, block_pos, face, slot)
  end
  return bot_action("use_item_on_block", "use_hotbar_item_on_block")(self, block_pos, rid, face, slot)
end
function Coromega:use_item_on_block_with_bot_offset(block_pos, bot_offset, face, slot, rid)
  if rid == nil then
    return bot_action("use_item_on_block_with_bot_offset", "use_hotbar_item_on_block_with_bot_offset_without_rid")(
      self, block_pos, bot_offset, face, slot)
  end
  return bot_action("use_item_on_block_with_bot_offset", "use_hotbar_item_on_block_with_bot_offset")(
    self, block_pos, bot_offset, rid, face, slot)
end
Coromega.move_item = bot_action("move_item", "move_item_inside_hotbar_or_inventory")
Coromega.select_hotbar = bot_action("select_hotbar", "select_hotbar")
Coromega.pick_block = bot_action("pick_block", "pick_block")
Coromega.break_and_pick_block = bot_action("break_and_pick_block", "block_break_and_pick_in_hotbar")
function Coromega:get_inventory_content(slot, windows)
  local result = self.omega.bot_action.get_inventory_content(slot, type(windows) == "number" and windows or 0)
  return result.info, result.ok
end
function Coromega:set_structure_block_data(block_pos, settings)
  return self.omega.bot_action.set_structure_block_data(block_pos, settings)
end
Coromega.set_container_content = bot_action("set_container_content", "set_container_content")
Coromega.write_book = bot_action("write_book", "write_book_and_close")
function Coromega:place_item_frame_item(block_pos, slot, rotation)
  return bot_action("place_item_frame_item", "place_item_frame_item")(self, block_pos, slot, rotation or 0)
end
Coromega.gen_container = bot_action("gen_container", "gen_container")

-- building
function Coromega:place_block(pos, block_name, block_data)
  self.omega.cmds.send_wo_cmd(("setblock %d %d %d %s %s"):format(pos.x, pos.y, pos.z, block_name, ("%s"):format(block_data)))
end
function Coromega:place_command_block(pos, block_name, block_data, option)
  option = option or {}
  return self.omega.builder.place_command_block(pos, block_name, ("%s"):format(block_data),
    option.need_red_stone, option.conditional, option.command, option.name,
    option.tick_delay, option.track_output, option.execute_on_first_tick)
end
function Coromega:place_sign(pos, block_name, text, lighting)
  return self.omega.builder.place_sign(pos, block_name, text, lighting)
end
function Coromega:when_progress_increased_by_build(chunk, start_pos, end_pos, target_pos, option)
  option = option or {}
  local poller = self.omega.builder.build(chunk, start_pos, end_pos, target_pos, option.speed, option.incremental,
    option.force_use_block_state, option.ignore_nbt_block, option.clear_target_block, option.clear_dropped_item,
    option.auto_reverse, option.start_hop)
  local factory = new_factory()
  self:new_event_source(poller, function(event) factory:on_new_session(event.total, event.current) end)
  return factory
end

-- cross-plugin calls, topics, soft data
-- Resumes with (result, err); a timeout gives nil, "context deadline exceeded".
function Coromega:call_other_plugin_api(func, args, timeout)
  return await("call_other_plugin_api", function(resume)
    self.omega.flex.call(func, json.encode(args), function(result, err)
      if result == nil then resume(nil, err) else resume(json.decode(result), err) end
    end, timeout)
  end)
end
function Coromega:call_other_plugin_api_no_result(func, args) self.omega.flex.call(func, json.encode(args), nil) end
function Coromega:publish_info(topic, data) self.omega.flex.pub(topic, json.encode(data)) end
function Coromega:soft_set(key, val) self.omega.flex.set(key, val) end
function Coromega:soft_get(key) return self.omega.flex.get(key) end
function Coromega:user_info()
  return {
    HashedUserToken = self:soft_get("HashedUserID"),
    HashedServerCode = self:soft_get("HashedServerCode"),
    HashedServeCode = self:soft_get("HashedServerCode"),
  }
end

-- cqhttp
function Coromega:send_cqhttp_message(target, message) self.omega.cqhttp.send_to(target, message) end
function Coromega:send_cqhttp_message_to_default(message) self.omega.cqhttp.send_to_default(message) end
function Coromega:send_cqhttp_message_to_id(id, message)
  return await("send_cqhttp_message_to_id", function(resume) self.omega.cqhttp.send_private_message(id, message, resume) end)
end
function Coromega:send_cqhttp_message_to_group(group_id, message)
  return await("send_cqhttp_message_to_group", function(resume) self.omega.cqhttp.send_group_message(group_id, message, resume) end)
end
function Coromega:send_cqhttp_message_to_guild(guild_id, channel_id, message)
  return await("send_cqhttp_message_to_guild", function(resume)
    self.omega.cqhttp.send_guild_message(guild_id, channel_id, message, resume)
  end)
end
function Coromega:get_cqhttp_group_members_info(group_id)
  return await("get_cqhttp_group_members_info", function(resume) self.omega.cqhttp.get_group_members_request(group_id, resume) end)
end
function Coromega:get_cqhttp_joined_guilds()
  return await("get_cqhttp_joined_guilds", function(resume) self.omega.cqhttp.get_guild_list(resume) end)
end
function Coromega:get_cqhttp_guild_channels(guild_id)
  return await("get_cqhttp_guild_channels", function(resume) self.omega.cqhttp.get_guild_channels(guild_id, resume) end)
end
function Coromega:get_cqhttp_guild_member(guild_id, user_id)
  return await("get_cqhttp_guild_member", function(resume) self.omega.cqhttp.get_guild_member_profile(guild_id, user_id, resume) end)
end

-- HTTP
function Coromega:http_request(method, address, option)
  check_self(self, "http_request")
  need_session("http_request")
  if type(method) ~= "string" then error(host.msg("bad_arg", "http_request", 1, "method", type(method)), 2) end
  if type(address) ~= "string" and type(address) ~= "number" then
    error(host.msg("bad_arg", "http_request", 2, "url", type(address)), 2)
  end
  local resume = session_resume
  self.omega.async_http.request(method, address, option, resume)
  return co_yield()
end
for name, method in pairs(host.http_verbs()) do
  Coromega[name] = function(self, address, option)
    if type(self) ~= "table" then error(host.msg("colon", name), 2) end
    if not in_session then error(host.msg("need_co", name), 2) end
    if type(address) ~= "string" and type(address) ~= "number" then
      error(host.msg("bad_arg", name, 1, "url", type(address)), 2)
    end
    self.omega.async_http.request(method, address, option, session_resume)
    return co_yield()
  end
end

-- config
function Coromega:update_config(new_config)
  if new_config == nil then new_config = self.config end
  self.omega.config:upgrade(new_config)
  self.config = new_config
end
function Coromega:get_plugin_name() return (string.gsub(self.omega.config:get_plugin_name(), "%.lua$", "")) end

-- listeners
function Coromega:new_event_source(source, cb)
  self.maintained_cbs[source] = cb
  self.mux_poller:poll(source)
end

local function listener(self, source, wrap)
  local factory = new_factory()
  self:new_event_source(source, wrap and function(data) wrap(factory, data) end
    or function(...) factory:on_new_session(...) end)
  return factory
end

local function menu_options(options)
  if type(options) ~= "table" then error(host.msg("menu_options", type(options)), 3) end
  return { triggers = options.triggers, argument_hint = options.argument_hint, usage = options.usage }
end
function Coromega:when_called_by_terminal_menu(options)
  return listener(self, self.omega.menu.add_backend_menu_entry(menu_options(options)))
end
function Coromega:when_called_by_game_menu(options)
  return listener(self, self.omega.menu.add_game_menu_entry(menu_options(options)))
end
function Coromega:when_chat_msg() return listener(self, self.omega.players.make_chat_poller()) end
function Coromega:when_receive_msg_from_sender_named(name)
  return listener(self, self.omega.players.new_specific_item_msg_poller(name))
end
function Coromega:when_receive_msg_from_command_block_named(name)
  return listener(self, self.omega.players.make_specific_command_block_tell_poller(name))
end
function Coromega:when_player_change()
  return listener(self, self.omega.players.make_player_change_poller(), function(factory, event)
    factory:on_new_session(new_player(event.player, self), event.action)
  end)
end
function Coromega:when_receive_packet_of_types(...)
  return listener(self, self.omega.listen.make_packet_poller(...))
end
function Coromega:when_called_by_api_named(api_name)
  return listener(self, self.omega.flex.expose(api_name), function(factory, event)
    local set = false
    factory:on_result(function(ret, err)
      if not set then
        set = true
        event.cb(json.encode(ret), err)
      end
    end)
    factory:on_new_session(json.decode(event.args), function(result, err)
      if set then error("double set result!") end
      set = true
      event.cb(json.encode(result), err)
    end)
  end)
end
function Coromega:when_new_data_in_subscribed_topic_named(topic)
  return listener(self, self.omega.flex.listen(topic), function(factory, data)
    factory:on_new_session(json.decode(data))
  end)
end
function Coromega:when_receive_cqhttp_message()
  return listener(self, self.omega.cqhttp.make_message_poller(), function(factory, data)
    factory:on_new_session(data.msg_type, data.msg, data.raw_msg)
  end)
end
function Coromega:when_receive_filtered_cqhttp_message_from_default()
  return listener(self, self.omega.cqhttp.make_default_message_poller(), function(factory, data)
    factory:on_new_session(data.source, data.name, data.msg)
  end)
end

-- WebSocket ----------------------------------------------------------------------------------------------------------------------
local WSServerSessionFactory = { _cname = "WSServerSessionFactory" }
WSServerSessionFactory.__index = WSServerSessionFactory
function WSServerSessionFactory:on_new_conn(conn)
  local fn = self.coro_fn
  if fn == nil then return end
  new_session(function() fn(conn) end).resume()
end
function WSServerSessionFactory:when_new_conn(coro_fn)
  self.coro_fn = coro_fn
  return self
end
function WSServerSessionFactory:when_dead(cb)
  self.on_server_dead = function(reason) new_session(function() cb(reason) end).resume() end
  return self
end

local WSConnWrapper = { _cname = "WSConnWrapper" }
WSConnWrapper.__index = WSConnWrapper
function WSConnWrapper:on_new_msg(message)
  if self.on_next_msg then
    local next_msg = self.on_next_msg
    self.on_next_msg = nil
    next_msg(message)
  elseif self.coro_fn then
    local fn = self.coro_fn
    new_session(function() fn(message) end).resume()
  end
end
function WSConnWrapper:when_new_msg(coro_fn)
  self.coro_fn = coro_fn
  return self
end
function WSConnWrapper:send(msg) return self.conn:send_message(json.encode(msg)) end
function WSConnWrapper:send_message(msg) return self.conn:send_message(msg) end
function WSConnWrapper:receive_message()
  need_session("receive_message")
  local resume = session_resume
  self.on_next_msg = function(msg) resume(msg) end
  return co_yield()
end

local function wrap_conn(self, conn)
  local wrapper = setmetatable({ conn = conn }, WSConnWrapper)
  self:new_event_source(conn, function(msg) wrapper:on_new_msg(msg) end)
  return wrapper
end

function Coromega:create_websocket_server(h, port)
  local factory = setmetatable({ on_server_dead = function() end }, WSServerSessionFactory)
  local err = self.omega.websocket.server(h, port, function(conn)
    factory:on_new_conn(wrap_conn(self, conn))
  end, function(reason) factory.on_server_dead(reason) end)
  if err ~= nil then return nil end
  return factory
end
function Coromega:connect_to_websocket(addr, header)
  local conn = self.omega.websocket.connect(addr, header)
  if conn == nil then return nil end
  return wrap_conn(self, conn)
end

-- running
function Coromega:start_new(coro_fn)
  if type(coro_fn) ~= "function" then error(host.msg("need_fn", "start_new"), 2) end
  new_session(coro_fn).resume()
end

function Coromega:halt()
  self.enabled = false
  host.halt()
end

-- Takes events from the mux poller and calls their callbacks, for as long as anything can happen.
function Coromega:run()
  host.run_called()
  for source, cb in pairs(self.cbs) do self:new_event_source(source, cb) end
  while self.mux_poller:block_has_next() do
    local event = self.mux_poller:block_get_next()
    if self.enabled and event ~= nil then
      local cb = self.maintained_cbs[event.type]
      if cb ~= nil then cb(event.data) end
    end
  end
end

local function new_coromega(omega)
  local instance = setmetatable({
    omega = omega,
    config = omega.user_data_to_lua_value(omega.config:user_data()),
    enabled = true,
    mux_poller = omega.listen.make_mux_poller(),
    maintained_cbs = {},
    cbs = {},
  }, Coromega)
  local module_sources = {
    [omega.cmds.resp] = function(event) event.cb(event.output) end,
    [omega.players.resp] = function(event) event.cb(event.output) end,
    [omega.flex.resp] = function(event) event.cb(event.output, event.err) end,
    [omega.system.resp] = function(event) event.cb(event.output) end,
    [omega.cqhttp.resp] = function(event) event.cb(event.output) end,
    [omega.websocket.resp] = function(event) event.cb(event.output) end,
    [omega.async_http.resp] = function(event) event.cb(event.resp, event.err) end,
    [omega.bot_action.resp] = function(event) event.cb(event.output) end,
    [omega.share.resp] = function(event) event.cb(event.output) end,
  }
  for source, cb in pairs(module_sources) do instance:new_event_source(source, cb) end
  host.coromega_made(instance)
  return instance
end

function from(omega)
  return new_coromega(omega)
end

return _G
