-- Coromega: cross-plugin calls, topics and soft data, cqhttp, HTTP, config.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, state, need_session = lib.json, lib.state, lib.need_session
local check_self, Coromega, await = lib.check_self, lib.Coromega, lib.await
local co_yield = coroutine.yield

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
  local resume = state.resume
  self.omega.async_http.request(method, address, option, resume)
  return co_yield()
end
for name, method in pairs(host.http_verbs()) do
  Coromega[name] = function(self, address, option)
    if type(self) ~= "table" then error(host.msg("colon", name), 2) end
    if not state.in_session then error(host.msg("need_co", name), 2) end
    if type(address) ~= "string" and type(address) ~= "number" then
      error(host.msg("bad_arg", name, 1, "url", type(address)), 2)
    end
    self.omega.async_http.request(method, address, option, state.resume)
    return co_yield()
  end
end

-- config
function Coromega:update_config(new_config)
  if new_config == nil then new_config = self.config end
  self.omega.config:upgrade(new_config)
  self.config = new_config
end
-- Two values, as the framework's `return string.gsub(...)`: the name and how many ".lua" were cut (0 or 1).
function Coromega:get_plugin_name() return string.gsub(self.omega.config:get_plugin_name(), "%.lua$", "") end
