/**
 * The Lua side of the host: the coromega object, `omega`, `json`, Lua 5.1 globals, file io, and the module loader.
 * It runs once per run, before the plugin, receiving the JS host table and the run's error sentinel.
 */
export const PRELUDE = String.raw`
local host, SENTINEL = ...
local co_create, co_resume, co_running, co_yield = coroutine.create, coroutine.resume, coroutine.running, coroutine.yield
local select, type, error, tostring, setmetatable, getmetatable, rawget = select, type, error, tostring, setmetatable, getmetatable, rawget
local t_unpack = table.unpack
local owned = setmetatable({}, { __mode = "k" })

-- Lua 5.1 / gopher-lua globals ------------------------------------------------------------------------------
unpack = t_unpack
table.getn = function(t) return #t end
table.maxn = function(t)
  local m = 0
  for k in pairs(t) do if type(k) == "number" and k > m then m = k end end
  return m
end
table.foreach = function(t, f) for k, v in pairs(t) do local r = f(k, v) if r ~= nil then return r end end end
table.foreachi = function(t, f) for i = 1, #t do local r = f(i, t[i]) if r ~= nil then return r end end end
math.pow = function(a, b) return a ^ b end
math.mod = math.fmod
math.log10 = function(x) return math.log(x, 10) end
math.ldexp = function(m, e) return m * 2.0 ^ e end
string.gfind = string.gmatch
ud2lua = function(v) return v end
-- getfenv / setfenv (Lua 5.1, gopher-lua) over Lua 5.3's _ENV upvalue.
local d_getupvalue, d_upvaluejoin, d_getinfo = debug.getupvalue, debug.upvaluejoin, debug.getinfo
local function fenv_target(f, level)
  if type(f) == "number" then
    local info = d_getinfo(f + level, "f")
    return info and info.func
  end
  return f
end
getfenv = function(f)
  if f == nil then f = 1 end
  if f == 0 then return _G end
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then return _G end
  local i = 1
  while true do
    local name, val = d_getupvalue(fn, i)
    if name == "_ENV" then return val end
    if not name then return _G end
    i = i + 1
  end
end
setfenv = function(f, t)
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then error("bad argument #1 to 'setfenv' (invalid level)", 2) end
  local i = 1
  while true do
    local name = d_getupvalue(fn, i)
    if name == "_ENV" then
      d_upvaluejoin(fn, i, function() return t end, 1)
      break
    end
    if not name then break end
    i = i + 1
  end
  return fn
end

local raw_load = load
load = function(chunk, name, mode, env)
  if type(chunk) == "string" then chunk = host.rewrite(chunk) end
  if env ~= nil then return raw_load(chunk, name, mode or "bt", env) end
  return raw_load(chunk, name, mode or "bt")
end
loadstring = function(s, name) return load(s, name) end
loadfile = function(path, mode, env)
  local text, err = host.readsource(path)
  if not text then return nil, err end
  if env ~= nil then return raw_load(text, "@" .. path, mode or "bt", env) end
  return raw_load(text, "@" .. path, mode or "bt")
end
dofile = function(path)
  local f, err = loadfile(path)
  if not f then error(err, 2) end
  return f()
end
if package and package.searchers then
  package.searchers[2] = function(name)
    local path, err = package.searchpath(name, package.path)
    if not path then return err end
    local text, rerr = host.readsource(path)
    if not text then error(rerr, 0) end
    local f, lerr = raw_load(text, "@" .. path)
    if not f then
      error(("error loading module '%s' from file '%s':\n\t%s"):format(name, path, lerr), 0)
    end
    return f, path
  end
end

string.format = host.format

-- Lua 5.1 reads "%x" in a gsub replacement string as "x" (5.3 raises "invalid use of '%'").
local raw_gsub, s_find, s_match = string.gsub, string.find, string.match
local function fix_repl(c)
  if c == "" then return "%%" end
  if s_match(c, "^[%d%%]$") then return "%" .. c end
  return c
end
string.gsub = function(s, pattern, repl, n)
  if type(repl) == "string" and s_find(repl, "%", 1, true) then
    repl = raw_gsub(repl, "%%(.?)", fix_repl)
  end
  if n == nil then return raw_gsub(s, pattern, repl) end
  return raw_gsub(s, pattern, repl, n)
end

-- print / io / os ---------------------------------------------------------------------------------------------
print = host.print

local FILE = {}
FILE.__index = FILE
FILE.__name = "FILE*"
FILE.__tostring = function(f)
  if f.closed then return "file (closed)" end
  return ("file (0x%08x)"):format(f.id)
end
local function checkfile(f)
  if getmetatable(f) ~= FILE then error("bad argument #1 (FILE* expected)", 3) end
  if f.closed then error("attempt to use a closed file", 3) end
  return f
end
function FILE:read(...)
  checkfile(self)
  local n = select("#", ...)
  if n == 0 then return host.fread(self.id, "l") end
  local res = {}
  for i = 1, n do
    local v = host.fread(self.id, (select(i, ...)))
    res[i] = v
    if v == nil then return t_unpack(res, 1, i) end
  end
  return t_unpack(res, 1, n)
end
function FILE:write(...)
  checkfile(self)
  for i = 1, select("#", ...) do
    local ok, err = host.fwrite(self.id, (select(i, ...)))
    if not ok then return nil, err end
  end
  return self
end
function FILE:lines(...)
  checkfile(self)
  local fmts = { ... }
  if #fmts == 0 then fmts = { "l" } end
  return function() return self:read(t_unpack(fmts)) end
end
function FILE:close()
  checkfile(self)
  host.fclose(self.id)
  self.closed = true
  return true
end
function FILE:seek(whence, offset)
  checkfile(self)
  return host.fseek(self.id, whence or "cur", offset or 0)
end
function FILE:flush() checkfile(self) return self end
function FILE:setvbuf() checkfile(self) return true end

local STD = {}
STD.__index = STD
STD.__name = "FILE*"
STD.__tostring = function() return "file (0x00000001)" end
function STD:write(...) host.write(...) return self end
function STD:read() return nil end
function STD:lines() return function() return nil end end
function STD:close() return nil, "cannot close standard file" end
function STD:flush() return self end
function STD:setvbuf() return true end
function STD:seek() return nil, "Illegal seek", 29 end

io.stdout = setmetatable({}, STD)
io.stderr = setmetatable({}, STD)
io.stdin = setmetatable({}, STD)
io.write = function(...) host.write(...) return io.stdout end
io.read = function() return nil end
io.open = function(path, mode)
  local id, err, code = host.fopen(path, mode or "r")
  if not id then return nil, err, code end
  return setmetatable({ id = id }, FILE)
end
io.lines = function(path, ...)
  if path == nil then return function() return nil end end
  local f, err = io.open(path, "r")
  if not f then error(err, 2) end
  local fmts = { ... }
  if #fmts == 0 then fmts = { "l" } end
  return function()
    if f.closed then return nil end
    local v = f:read(t_unpack(fmts))
    if v == nil then f:close() end
    return v
  end
end
io.close = function(f) if f == nil then return true end return f:close() end
io.type = function(f)
  local mt = getmetatable(f)
  if mt == FILE then return f.closed and "closed file" or "file" end
  if mt == STD then return "file" end
  return nil
end
io.popen = function() return nil, "io.popen is not available" end
io.input = function() return io.stdin end
io.output = function() return io.stdout end
io.flush = function() return true end

os.exit = function(code) host.exit(code) error(SENTINEL, 0) end
os.execute = function(cmd) return host.execute(cmd) end

-- coroutines ------------------------------------------------------------------------------------------------------
local function must_co(name)
  if not owned[co_running()] then error(host.msg("need_co", name), 3) end
end

local function check_self(self, name)
  if type(self) ~= "table" then error(host.msg("colon", name), 3) end
end

local function spawn(fn, ...)
  if type(fn) ~= "function" then error(host.msg("need_fn", "start_new"), 3) end
  local co = co_create(fn)
  owned[co] = true
  local ok, err = co_resume(co, ...)
  if not ok then
    if err ~= SENTINEL then host.fatal(err, debug.traceback(co, tostring(err))) end
    error(SENTINEL, 0)
  end
end
host.setspawn(function(fn, ...) spawn(fn, ...) end)

-- json ------------------------------------------------------------------------------------------------------------
local json = { encode = host.json_encode, decode = host.json_decode }

-- offline stand-ins -------------------------------------------------------------------------------------------------
local stub
local function offline(name)
  return function(...)
    host.offline(name)
    return stub
  end
end
stub = setmetatable({}, {
  __index = function(_, k) return function() return stub end end,
  __call = function() return stub end,
  __tostring = function() return "offline stub" end,
})

local function offline_table(prefix)
  return setmetatable({}, {
    __index = function(t, k)
      if type(k) ~= "string" then return nil end
      local v = offline(prefix .. k)
      return v
    end,
  })
end

-- coromega --------------------------------------------------------------------------------------------------------
local coromega = {}
coromega.config = host.config()

function coromega:start_new(fn, ...) spawn(fn, ...) end
function coromega:run() host.run() co_yield(SENTINEL) end
function coromega:halt() host.halt() error(SENTINEL, 0) end

function coromega:http_request(method, url, option)
  check_self(self, "http_request")
  must_co("http_request")
  if type(method) ~= "string" then error(host.msg("bad_arg", "http_request", 1, "method", type(method)), 2) end
  if type(url) ~= "string" and type(url) ~= "number" then
    error(host.msg("bad_arg", "http_request", 2, "url", type(url)), 2)
  end
  host.http(method, url, option)
  return co_yield()
end
for name, METHOD in pairs(host.http_verbs()) do
  coromega[name] = function(self, url, option)
    check_self(self, name)
    must_co(name)
    if type(url) ~= "string" and type(url) ~= "number" then
      error(host.msg("bad_arg", name, 1, "url", type(url)), 2)
    end
    host.http(METHOD, url, option)
    return co_yield()
  end
end

function coromega:sleep(t)
  check_self(self, "sleep")
  must_co("sleep")
  host.sleep(t)
  co_yield()
end
function coromega:input(hint, timeout)
  check_self(self, "input")
  must_co("input")
  host.input(hint, timeout)
  return co_yield()
end
coromega.backend_input = coromega.input
function coromega:pause()
  must_co("pause")
  return co_yield()
end
function coromega:get_resume()
  must_co("get_resume")
  local co = co_running()
  return function(...) host.wake(co, ...) end
end

function coromega:print(...) host.cprint(...) end
function coromega:log(...) host.log("info", ...) end
function coromega:log_and_print(...) host.log("info", ...) end
function coromega:debug_out(...) host.log("debug", ...) end
function coromega:info_out(...) host.log("info", ...) end
function coromega:success_out(...) host.log("success", ...) end
function coromega:warning_out(...) host.log("warning", ...) end
function coromega:error_out(...) host.log("error", ...) end

function coromega:now() return host.now() end
coromega.now_unix = coromega.now
function coromega:now_since_start() return host.since_start() end
function coromega:uuid() return host.uuid() end
function coromega:os() return host.osname() end
function coromega:current_dir() return host.cwd() end
function coromega:make_dir(p) return host.make_dir(p) end
function coromega:make_temp_dir() return host.make_temp_dir() end

function coromega:config_path_of(...) return host.storage_path("config", ...) end
function coromega:code_path_of(...) return host.storage_path("lang", ...) end
function coromega:data_path_of(...) return host.storage_path("data", ...) end
function coromega:cache_path_of(...) return host.storage_path("cache", ...) end
function coromega:path_join(...) return host.path_join(...) end
function coromega:path_list(p) return host.path_list(p) end
function coromega:path_abs(p) return host.path_abs(p) end
function coromega:path_ext(p) return host.path_ext(p) end
function coromega:path_move(a, b) return host.path_move(a, b) end
function coromega:path_remove(p) return host.path_remove(p) end
function coromega:path_exist(p) return host.path_exist(p) end
function coromega:save_text(p, text) return host.save_text(p, text) end
function coromega:load_text(p) return host.load_text(p) end
function coromega:save_data(p, data)
  local s, err = json.encode(data)
  if not s then error(err, 2) end
  return host.save_text(p, s)
end
function coromega:load_data(p)
  local s = host.load_text(p)
  if s == nil or s == "" then return nil end
  return json.decode(s)
end
function coromega:update_config(cfg)
  if cfg == nil then cfg = coromega.config end
  local s, err = json.encode(cfg)
  if not s then error(err, 2) end
  host.update_config(s)
  coromega.config = cfg
end

-- A key-value store kept as JSON in <dir>/kv.json (relative paths are under the data folder).
function coromega:key_value_db(p)
  local dir = tostring(p)
  if not host.path_is_abs(dir) then dir = host.storage_path("data", dir) end
  local file = host.path_join(dir, "kv.json")
  local data = {}
  local text = host.load_text(file)
  if text ~= nil and text ~= "" then data = json.decode(text) or {} end
  local function save()
    local s, err = json.encode(data)
    if not s then error(err, 3) end
    host.save_text(file, s)
  end
  local db = {}
  function db:get(k) return data[tostring(k)] end
  function db:set(k, v) data[tostring(k)] = v save() end
  function db:delete(k) data[tostring(k)] = nil save() end
  function db:iter(fn)
    for k, v in pairs(data) do
      if fn(k, v) == false then break end
    end
  end
  return db
end

local function menu(name)
  return function(self, opts)
    local listener = {}
    function listener:start_new(fn)
      if type(fn) ~= "function" then error(host.msg("need_fn", name .. ":start_new"), 2) end
      host.menu(opts, fn)
      return listener
    end
    return listener
  end
end
coromega.when_called_by_terminal_menu = menu("when_called_by_terminal_menu")

setmetatable(coromega, {
  __index = function(_, k)
    if type(k) ~= "string" then return nil end
    return offline("coromega:" .. k)
  end,
})

-- omega -------------------------------------------------------------------------------------------------------------
local omega = offline_table("omega.")
rawset(omega, "storage_path", {
  get_code_path = function(...) return host.storage_path("lang", ...) end,
  get_config_path = function(...) return host.storage_path("config", ...) end,
  get_data_path = function(...) return host.storage_path("data", ...) end,
  get_cache_path = function(...) return host.storage_path("cache", ...) end,
})
rawset(omega, "system", setmetatable({
  print = function(...) host.cprint(...) end,
  os = function() return host.osname() end,
  cwd = function() return host.cwd() end,
  now = function() return host.now() end,
}, { __index = function(_, k) if type(k) == "string" then return offline("omega.system." .. k) end end }))

function from(o) return coromega end

package.preload["omega"] = function() return omega end
package.preload["coromega"] = function() return _G end
package.preload["json"] = function() return json end
`;
