-- Coromega: common, output (what coromega:print shows), input, time, sleep, commands.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, state, need_session = lib.json, lib.state, lib.need_session
local check_self, Coromega, await = lib.check_self, lib.Coromega, lib.await
local co_yield = coroutine.yield

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
-- The framework joins 1..#{...}: on gopher-lua that is the last argument that is not nil, so trailing nils vanish.
local function joined(...)
  local n = select("#", ...)
  while n > 0 and select(n, ...) == nil do n = n - 1 end
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
  if state.in_session then
    local resume = state.resume
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
  if not state.in_session then
    local msg = host.msg("need_co", "get_resume")
    return function() error(msg, 2) end
  end
  return state.resume
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
