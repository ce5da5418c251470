-- omega.botUq, omega.bot_action and what is recorded (building, structures, blocks), omega.common,
-- omega.packets, omega.config.
-- Part of require("omega"): see omega.lua.
local host, json, omega, lib = ...
local track, new_source, resp_source = lib.track, lib.new_source, lib.resp_source

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
-- A key the config lacks reads as nil, as in neomega; the runtime also warns, once per key, where it is read.
local d_getinfo = debug.getinfo
local function watched(t, path)
  if type(t) ~= "table" or #t > 0 then return t end
  for k, v in pairs(t) do
    if type(k) == "string" then watched(v, path .. k .. ".") end
  end
  return setmetatable(t, {
    __index = function(_, k)
      if type(k) == "string" then
        local info = d_getinfo(2, "Sl") or {}
        host.config_missing(path .. k, info.source or "", info.currentline or 0)
      end
      return nil
    end,
  })
end
function Config:user_data() return watched(host.config(), "") end
function Config:upgrade(cfg)
  local s, err = json.encode(cfg)
  if not s then error(err, 2) end
  host.update_config(s)
end
function Config:get_plugin_name() return host.plugin_name() end
omega.config = setmetatable({}, Config)

omega.user_data_to_lua_value = function(v) return v end
