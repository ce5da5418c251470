-- omega.players: the players, their chat and what they are shown.
-- Part of require("omega"): see omega.lua.
local host, json, omega, lib = ...
local track, new_source, resp_source = lib.track, lib.new_source, lib.resp_source

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
  -- As neomega's SayTo: the bot sends `tellraw <target> {"rawtext":[{"text":msg}]}`, a name quoted, a selector not.
  say_to = function(target, msg)
    target = tostring(target)
    if target:sub(1, 1) ~= "@" then target = '"' .. target .. '"' end
    host.cmd("wo", ("tellraw %s %s"):format(target, json.encode({ rawtext = { { text = tostring(msg) } } })), 0)
  end,
  make_chat_poller = function() return chat_listener("chat") end,
  new_specific_item_msg_poller = function(name) return chat_listener("sender", { tostring(name) }) end,
  make_specific_command_block_tell_poller = function(name) return chat_listener("command_block", { tostring(name) }) end,
  make_player_change_poller = function()
    return new_source(json.encode({ listener = "player_change", triggers = {} }), function(d)
      return { player = kit(d.uuid), action = d.action }
    end)
  end,
}
