-- omega.system, omega.storage_path / omega.storage, omega.async_http, omega.menu, omega.cmds.
-- Part of require("omega"): see omega.lua.
local host, json, omega, lib = ...
local track, take, blocking, new_source, resp_source = lib.track, lib.take, lib.blocking, lib.new_source, lib.resp_source

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
  request = function(method, url, option, cb) host_http(method, url, option, track(cb)) end,
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
