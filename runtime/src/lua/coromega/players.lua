-- CoroPlayer, the players, the bot and the server.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, state, need_session, Coromega = lib.json, lib.state, lib.need_session, lib.Coromega
local co_yield = coroutine.yield

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
-- send and get_inventory: only in the framework version the docs describe (see for_version below)
function CoroPlayer:send(json_msg) self.player_kit:raw_say(json.encode(json_msg)) end
function CoroPlayer:raw_say(json_msg) self.player_kit:raw_say(json.encode(json_msg)) end
-- Resumes with the player's next chat line (a string), or nil when the timeout passes first.
function CoroPlayer:ask(hint, timeout)
  need_session("player:ask")
  if self.player_kit.ask_hint then self.player_kit:ask_hint(hint) else self.player_kit:say(hint) end
  local resume = state.resume
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
  need_session("player:check")
  local resume = state.resume
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

lib.for_version(CoroPlayer, "player")
lib.new_player = new_player
