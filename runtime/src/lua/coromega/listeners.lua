-- Coromega: the listeners (menus, chat, player changes, packets, APIs, topics, cqhttp).
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, new_factory, Coromega, new_player = lib.json, lib.new_factory, lib.Coromega, lib.new_player

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
  if type(options) ~= "table" then error(host.msg("menu_options", type(options)), 4) end
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
