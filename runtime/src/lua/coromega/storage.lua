-- Coromega: storage paths and files, WrappedKVDB, SharedMap.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, state, Coromega = lib.json, lib.state, lib.Coromega
local co_yield = coroutine.yield
local t_unpack = table.unpack

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

-- WrappedKVDB: values are kept as JSON text. A key never set reads as "" from the raw database, which decodes to
-- nil and the decoder's error, as in the framework.
local WrappedKVDB = { _cname = "WrappedKVDB" }
WrappedKVDB.__index = WrappedKVDB
function WrappedKVDB:get(key) return json.decode(self.db:get(key)) end
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
  if state.in_session then
    local resume = state.resume
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
  if state.in_session then
    local resume = state.resume
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
  if state.in_session then
    local resume = state.resume
    m.iter(function(k, v) return fn(k, json.decode(v)) end, function(result) resume(result) end)
    return co_yield()
  end
  return m.block_iter(function(k, v) return fn(k, json.decode(v)) end)
end
function Coromega:shared_map()
  return setmetatable({ shared_string_kv_map = self.omega.share.get_shared_string_kv_map() }, SharedMap)
end
