-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta

---coromega object: The coromega object: wraps neomega's callbacks in coroutines; plugins do everything through it.
---@class Coromega
---@field config table The plugin config: the `配置` section of the plugin's config file, read at load.
---@field omega mod.omega The omega module coromega was created from.
---@field enabled boolean Internal: whether the event loop still delivers (false after `halt()`).
---@field mux_poller userdata Internal: the event loop's poller.
---@field maintained_cbs table Internal: event sources and their handlers.
---@field cbs table Internal: callbacks kept for old code.
local Coromega = {}

---Sends an HTTP request and returns `response, err` once it completes.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---coromega:start_new(function()
---    local res, err = coromega:http_request("GET",
---        "http://example.com", {
---            query = "page=1",
---            timeout = "30s",
---            headers = { Accept = "*/*" },
---        })
---    if err then
---        coromega:print("request error: " .. err)
---    else
---        coromega:print(res.status_code, res.body_size)
---    end
---end)
---coromega:run()
---```
---@param method string HTTP method: `"GET"`, `"POST"`, `"PUT"`, `"DELETE"`, `"HEAD"`, `"PATCH"` (any case; upper-cased before sending).
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_request(method, url, option) end

---Sends a GET request; the same as `coromega:http_request("GET", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_get(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code,
---        res.body)
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_get(url, option) end

---Sends a POST request; the same as `coromega:http_request("POST", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_post(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_post(url, option) end

---Sends a PUT request; the same as `coromega:http_request("PUT", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_put(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_put(url, option) end

---Sends a DELETE request; the same as `coromega:http_request("DELETE", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_delete(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code,
---        res.body)
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_delete(url, option) end

---Sends a HEAD request; the same as `coromega:http_request("HEAD", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_head(url, {
---    query = "page=1",
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    print(res.status_code,
---        res.headers["Content-Length"])
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_head(url, option) end

---Sends a PATCH request; the same as `coromega:http_request("PATCH", url, option)`.
---
---Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local url = "http://127.0.0.1/api"
---local res, err = coromega:http_patch(url, {
---    headers = { ["Content-Type"] = "application/json" },
---    body = json.encode({ name = "steve" }),
---    timeout = "10s",
---})
---if err then
---    coromega:print("failed: " .. err)
---else
---    coromega:print(res.status_code, res.body)
---end
---```
---@param url string The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).
---@param option? HttpOption Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).
---@return HttpResponse? # On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.
---@return string? # On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.
function Coromega:http_patch(url, option) end

---Starts running a function in a new coroutine; coroutine-only calls (HTTP, input...) work only inside one.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:start_new(function()
---    coromega:sleep(1)
---    coromega:print("in a coroutine")
---end)
---```
---@param fn fun() The function to run (no arguments).
function Coromega:start_new(fn) end

---Enters the event loop that delivers results, input, menus and events to suspended coroutines. Usually the last line; code after it never runs.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:start_new(function()
---    coromega:sleep(1)
---end)
---coromega:run()
---```
function Coromega:run() end

---Stops the event loop: suspended coroutines are never resumed again, as if the plugin were off.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---if coromega.config.disabled then
---    coromega:halt()
---end
---```
function Coromega:halt() end

---Suspends the coroutine until the function from `get_resume()` is called.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local resume = coromega:get_resume()
----- hand resume to another coroutine
---local value = coromega:pause()
---```
---@return any # What was passed to the resume function.
function Coromega:pause() end

---Returns the function that resumes this coroutine; pairs with `pause()`.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local resume = coromega:get_resume()
---```
---@return fun(...: any) # Call it (with values) to resume the coroutine waiting in `pause()`.
function Coromega:get_resume() end

---Shows a line in the terminal, making any value readable. Colour codes such as `§a` work.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:print("§a在终端显示: ", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:print(...) end

---Joins the arguments like `print` but returns the text, with Minecraft colour codes turned into terminal colours.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = coromega:sprint("§l§bHello §r§eWorld")
---print(s)
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
---@return string # The converted text.
function Coromega:sprint(...) end

---Writes to the log without showing it in the terminal.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:log("记录日志: ", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:log(...) end

---Shows in the terminal and writes to the log.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:log_and_print("显示并记录: ", 1)
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:log_and_print(...) end

---DEBUG level: neither shown nor logged unless the framework config enables DEBUG; prefixed [DEBUG].
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:debug_out("value:", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:debug_out(...) end

---INFO level: shown and logged by default, no prefix.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:info_out("value:", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:info_out(...) end

---SUCCESS level: green, shown and logged by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:success_out("value:", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:success_out(...) end

---WARNING level: yellow, shown and logged by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:warning_out("value:", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:warning_out(...) end

---ERROR level: red, shown and logged by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:error_out("value:", 1, { "a", "b" })
---```
---@param ... any Any number of values of any type, joined with spaces; fractions show 3 decimals, tables show as JSON, nil as `nil`.
function Coromega:error_out(...) end

---Shows the prompt and waits for a line typed in the terminal; returns it without the line break.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local cmd = coromega:backend_input("请输入命令: ")
---```
---@param hint? string The prompt shown first (optional).
---@param timeout? number Timeout in seconds (optional); an empty string on timeout.
---@return string # The line typed.
function Coromega:backend_input(hint, timeout) end

---Reads one line from the terminal; the same as `backend_input`.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local name = coromega:input("请输入名字：", 30)
---```
---@param hint? string The prompt shown first (optional).
---@param timeout? number Timeout in seconds (optional); an empty string on timeout.
---@return string # The line typed.
function Coromega:input(hint, timeout) end

---Waits for a while. Inside a coroutine only that coroutine waits; outside one the whole plugin blocks.
---
---Very short waits may be imprecise. Prefer waiting inside a coroutine.
---
---**Scope**: anywhere (yields in a coroutine, blocks the plugin outside)
---
---**Example**
---```lua
---coromega:sleep(1.5)
---```
---@param seconds number Seconds; fractions allowed (`0.5`).
function Coromega:sleep(seconds) end

---The current time (Unix seconds).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local t = coromega:now()
---```
---@return number # Unix time in seconds.
function Coromega:now() end

---The current time (Unix seconds); the same as `now()`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local t = coromega:now_unix()
---```
---@return number # Unix time in seconds.
function Coromega:now_unix() end

---Seconds since the plugin started.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local uptime = coromega:now_since_start()
---```
---@return number # Seconds.
function Coromega:now_since_start() end

---Operating system and architecture, e.g. `"linux-amd64"`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local platform = coromega:os()
---```
---@return string # System and architecture.
function Coromega:os() end

---neomega's current working directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local dir = coromega:current_dir()
---```
---@return string # The current directory.
function Coromega:current_dir() end

---Creates a directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:make_dir(coromega:data_path_of("my_plugin"))
---```
---@param path string The directory to create.
function Coromega:make_dir(path) end

---Creates a temporary directory and returns its path; removed when neomega exits or restarts. Files in it may be executed (unlike Android Downloads).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local tmp = coromega:make_temp_dir()
---```
---@return string # Path of the directory.
function Coromega:make_temp_dir() end

---Generates a UUID string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local id = coromega:uuid()
---```
---@return string # A UUID string.
function Coromega:uuid() end

---Translates a Minecraft name or item data into Chinese.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local name, ok =
---    coromega:translate("iron_sword", "item")
---```
---@param input string What to translate (a name or JSON data).
---@param type? string Kind: `"mc"` (default), `"block"`, `"item"`, `"container_data"`, `"container_slot_data"`, `"item_data"`.
---@return string # The translation.
---@return boolean # Whether it was translated.
function Coromega:translate(input, type) end

---Turns a game language key into the game's text, filling `%s` placeholders with the other arguments.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s, ok = coromega:lang_format(0, "item.apple.name")
---```
---@param lang_code number Language code; 0 is Simplified Chinese.
---@param input string The language key or text.
---@param ... any Values for the placeholders.
---@return string # The formatted text.
---@return boolean # Whether it succeeded.
function Coromega:lang_format(lang_code, input, ...) end

---The framework's internal debugging hook; not for plugins.
---
---**Scope**: anywhere
---
---**Example**
---```lua
----- internal
---```
---@private
---@param a number Debug value.
---@param b number Debug value.
---@return any # Debug result.
function Coromega:_debug_c_print_int(a, b) end

---Internal: plugs an event source into the event loop. Plugins use the `when_...` listeners.
---
---**Scope**: anywhere
---
---**Example**
---```lua
----- internal
---```
---@private
---@param source userdata The event source.
---@param handler fun(data: any) Called with each event.
function Coromega:new_event_source(source, handler) end

---A path under `{storage}/config/`, with the arguments appended.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = coromega:config_path_of("插件", "配置.json")
---```
---@param ... string Sub-folders or a file name to append; any number.
---@return string # The path.
function Coromega:config_path_of(...) end

---A path under `{storage}/lang/`, with the arguments appended.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = coromega:code_path_of("LuaLoader", "lib.lua")
---```
---@param ... string Sub-folders or a file name to append; any number.
---@return string # The path.
function Coromega:code_path_of(...) end

---A path under `{storage}/data/`, with the arguments appended.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = coromega:data_path_of("my_plugin", "a.json")
---```
---@param ... string Sub-folders or a file name to append; any number.
---@return string # The path.
function Coromega:data_path_of(...) end

---A path under `{storage}/cache/`. Cache files may be cleared: check they exist before use.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = coromega:cache_path_of("download.bin")
---```
---@param ... string Sub-folders or a file name to append; any number.
---@return string # The path.
function Coromega:cache_path_of(...) end

---Joins path parts into one path.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local p = coromega:path_join("storage", "test")
---```
---@param ... string The parts.
---@return string # The joined path.
function Coromega:path_join(...) end

---Lists the files and folders in a directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local dir = coromega:data_path_of()
---local files, err = coromega:path_list(dir)
---```
---@param path string The directory.
---@return table # The entries.
---@return string? # The error, if any.
function Coromega:path_list(path) end

---The absolute form of a path.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local abs = coromega:path_abs("storage")
---```
---@param path string The path.
---@return string # The absolute path.
function Coromega:path_abs(path) end

---The file extension, dot included (`.lua`).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local ext = coromega:path_ext("test.lua") -- .lua
---```
---@param path string The path.
---@return string # The extension.
function Coromega:path_ext(path) end

---Moves (cuts) a file or directory to a new place.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:path_move("a.txt", "b.txt")
---```
---@param src string Where it is.
---@param dst string Where it goes.
function Coromega:path_move(src, dst) end

---Deletes a file or directory.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:path_remove("old.txt")
---```
---@param path string The path.
function Coromega:path_remove(path) end

---Whether a path exists.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---if coromega:path_exist("a.txt") then
---    print("found")
---end
---```
---@param path string The path.
---@return boolean # true when it exists.
function Coromega:path_exist(path) end

---Writes a string to a file, replacing its content.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:save_text(coromega:data_path_of("a.txt"), "Hi")
---```
---@param path string The file path.
---@param text string The text.
function Coromega:save_text(path, text) end

---Reads a file as a string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local file = coromega:data_path_of("a.txt")
---local text = coromega:load_text(file)
---```
---@param path string The file path.
---@return string? # The content; nil when it cannot be read.
function Coromega:load_text(path) end

---Saves a value to a file as JSON.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local file = coromega:data_path_of("s.json")
---coromega:save_data(file, { n = 1 })
---```
---@param path string The file path.
---@param data any The value.
function Coromega:save_data(path, data) end

---Reads and decodes a JSON file.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local file = coromega:data_path_of("s.json")
---local state = coromega:load_data(file)
---```
---@param path string The file path.
---@return any # The decoded value.
function Coromega:load_data(path) end

---Opens a key-value database, creating it when missing.
---
---Kinds: `""`/`"text_log"` (default; readable, survives a crash, for small data), `"level"` (leveldb; fastest, binary), `"json"` (easy to read, slowest and least safe: for debugging).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local db = coromega:key_value_db("scores", "level")
---db:set("Steve", 10)
---```
---@param path string Where the database lives.
---@param db_type? string `""`, `"text_log"`, `"level"` or `"json"`; default `"text_log"`.
---@return WrappedKVDB # The database.
function Coromega:key_value_db(path, db_type) end

---Writes a new config into the plugin config file's `配置` section, e.g. to upgrade an old one.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega.config.Version = "0.0.2"
---coromega:update_config(coromega.config)
---```
---@param new_config table The new config (usually the modified `coromega.config`).
function Coromega:update_config(new_config) end

---The plugin's own name, without `.lua`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---print(coromega:get_plugin_name())
---```
---@return string # The plugin name.
function Coromega:get_plugin_name() end

---The object of an online player, by name.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local player = coromega:get_player_by_name("Steve")
---if player then player:say("hi") end
---```
---@param player_name string The player name.
---@return CoroPlayer? # The player object; nil when there is no such player.
function Coromega:get_player_by_name(player_name) end

---The object of an online player, by UUID string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local player = coromega:get_player_by_uuid_string(uuid)
---```
---@param uuid_string string The player's UUID string.
---@return CoroPlayer? # The player object; nil when there is no such player.
function Coromega:get_player_by_uuid_string(uuid_string) end

---The object of an online player by UUID or name (UUID first, then name).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local player = coromega:get_player(chat.name)
---```
---@param uuid_string_or_name string A UUID string or a name.
---@return CoroPlayer? # The player object; nil when there is no such player.
function Coromega:get_player(uuid_string_or_name) end

---The objects of every online player.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---for _, p in ipairs(coromega:get_all_online_players()) do
---    coromega:print(p:name())
---end
---```
---@return CoroPlayer[] # An array of players.
function Coromega:get_all_online_players() end

---Runs the handler in a new coroutine for every chat message.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_chat_msg():start_new(function(chat)
---    coromega:print(chat.name, chat.raw_msg)
---end)
---```
---@return SessionFactory.when_chat_msg # A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
function Coromega:when_chat_msg() end

---Runs the handler in a new coroutine when a message comes from a sender with this name (an item name too, e.g. a snowball).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_receive_msg_from_sender_named("雪球")
---    :start_new(function(chat)
---        coromega:print(chat.raw_msg)
---    end)
---```
---@param name string The sender's name.
---@return SessionFactory.when_receive_msg_from_sender_named # A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
function Coromega:when_receive_msg_from_sender_named(name) end

---Runs the handler in a new coroutine when the command block with this name tells the bot something.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_receive_msg_from_command_block_named(
---    "扫地机"):start_new(function(chat)
---        coromega:print(chat.raw_msg)
---    end)
---```
---@param command_block_name string The command block name.
---@return SessionFactory.when_receive_msg_from_command_block_named # A listener: handle it with `:start_new(function(chat) ... end)`; `chat` is the message (`name`, `msg`, `raw_msg`...).
function Coromega:when_receive_msg_from_command_block_named(command_block_name) end

---Runs the handler in a new coroutine when a player comes or goes: it gets the player and `"exist"` (online at start), `"online"` or `"offline"`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_player_change()
---    :start_new(function(player, action)
---        if action == "online" then
---            player:say("欢迎！")
---        end
---    end)
---```
---@return SessionFactory.when_player_change # A listener: `:start_new(function(player, action) ... end)`.
function Coromega:when_player_change() end

---Adds a terminal (backend) menu entry; typing a trigger runs the handler in a new coroutine.
---
---**Scope**: outside coroutines (setup)
---
---**Example**
---```lua
---coromega:when_called_by_terminal_menu({
---    triggers = { "hello" },
---    usage = "say hello",
---}):start_new(function(input)
---    coromega:print("hello", input[1])
---end)
---```
---@param options MenuOptions `{ triggers = { "word", ... }, argument_hint = "[args]", usage = "what it does" }`.
---@return SessionFactory.when_called_by_terminal_menu # A listener: `:start_new(function(input) ... end)`; `input` is the words after the trigger.
function Coromega:when_called_by_terminal_menu(options) end

---Adds an entry to the in-game neomega menu; choosing it runs the handler in a new coroutine.
---
---**Scope**: outside coroutines (setup)
---
---**Example**
---```lua
---coromega:when_called_by_game_menu({
---    triggers = { "hello" },
---    usage = "say hello",
---}):start_new(function(chat)
---    local player = coromega:get_player(chat.name)
---    player:say("hello")
---end)
---```
---@param options MenuOptions `{ triggers = { "word", ... }, argument_hint = "[args]", usage = "what it does" }`.
---@return SessionFactory.when_called_by_game_menu # A listener: `:start_new(function(chat) ... end)`; `chat` is the message (`chat.name` the player, `chat.msg` the words).
function Coromega:when_called_by_game_menu(options) end

---Runs the handler in a new coroutine when the bot receives packets of the given types.
---
---Either list the types you want (`packets.Text, packets.CommandOutput`), or `packets.all` followed by the `packets.noXxx` to leave out.
---
---**Scope**: outside coroutines (setup)
---
---**Example**
---```lua
---local packets = omega.packets
---coromega:when_receive_packet_of_types(packets.Text)
---    :start_new(function(packet)
---        coromega:print(packet:name(), packet:id())
---    end)
---```
---@param ... string|number Packet types (values of `omega.packets`).
---@return SessionFactory.when_receive_packet_of_types # A listener: `:start_new(function(packet) ... end)`; `packet` has `name()`, `id()`, `user_data()`, `json_str()`.
function Coromega:when_receive_packet_of_types(...) end

---Sends a command as "wo" (a settings command), without a result; some commands have no effect this way.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:send_wo_cmd("say hello")
---```
---@param cmd string The command (no `/`).
function Coromega:send_wo_cmd(cmd) end

---Sends a command as the websocket identity; can wait for its result.
---
---Some commands (e.g. `say`) never answer: waiting for their result waits forever, so give a timeout.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local result = coromega:send_ws_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string The command (no `/`).
---@param get_result? boolean When true, waits for and returns the result (then only inside a coroutine); omitted or false: send and go on.
---@param timeout? number Seconds to wait for the result (optional); nil on timeout.
---@return CommandOutput? # With `get_result`, the command output (`OutputMessages`, `SuccessCount`...); otherwise, or on timeout, nil.
function Coromega:send_ws_cmd(cmd, get_result, timeout) end

---Sends a command as the bot player; can wait for its result.
---
---Some commands (e.g. `say`) never answer: waiting for their result waits forever, so give a timeout.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local result = coromega:send_player_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string The command (no `/`).
---@param get_result? boolean When true, waits for and returns the result (then only inside a coroutine); omitted or false: send and go on.
---@param timeout? number Seconds to wait for the result (optional); nil on timeout.
---@return CommandOutput? # With `get_result`, the command output (`OutputMessages`, `SuccessCount`...); otherwise, or on timeout, nil.
function Coromega:send_player_cmd(cmd, get_result, timeout) end

---Sends a command as a NetEase magic (AI) command; can wait for its result.
---
---Some commands (e.g. `say`) never answer: waiting for their result waits forever, so give a timeout.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local result = coromega:send_ai_cmd("list", true, 2)
---if result then
---    print(result.SuccessCount)
---end
---```
---@param cmd string The command (no `/`).
---@param get_result? boolean When true, waits for and returns the result (then only inside a coroutine); omitted or false: send and go on.
---@param timeout? number Seconds to wait for the result (optional); nil on timeout.
---@return CommandOutput? # With `get_result`, the command output (`OutputMessages`, `SuccessCount`...); otherwise, or on timeout, nil.
function Coromega:send_ai_cmd(cmd, get_result, timeout) end

---Calls an API another plugin (or a framework service) exposes and waits for the result.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local sum, err = coromega:call_other_plugin_api(
---    "/calculator/add", { 1, 2 }, 1)
---```
---@param func string The API name, e.g. `"/calculator/add"`.
---@param args? any The arguments: anything `json.encode` handles (nil too).
---@param timeout? number Timeout in seconds (optional); on timeout `nil, "context deadline exceeded"`.
---@return any # The result.
---@return string? # The error, if any.
function Coromega:call_other_plugin_api(func, args, timeout) end

---Calls a cross-plugin API without waiting for the result.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:call_other_plugin_api_no_result(
---    "/time/set", 100)
---```
---@param func string The API name, e.g. `"/calculator/add"`.
---@param args? any The arguments: anything `json.encode` handles (nil too).
function Coromega:call_other_plugin_api_no_result(func, args) end

---Publishes data on a topic; every plugin subscribed to it receives it.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:publish_info("/send_time/1",
---    { send_time = os.time() })
---```
---@param topic string The topic, e.g. `"/send_time/1"`.
---@param data any The value (JSON-encodable).
function Coromega:publish_info(topic, data) end

---Exposes a cross-plugin API under this name; each call runs the handler in a new coroutine.
---
---The handler gets `args` and `set_result`. Answer with `set_result(result, err)` (once at most) or simply `return result, err`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_called_by_api_named("/calculator/add")
---    :start_new(function(args, set_result)
---        set_result(args[1] + args[2])
---    end)
---```
---@param api_name string The API name, e.g. `"/calculator/add"`.
---@return SessionFactory.when_called_by_api_named # A listener: `:start_new(function(args, set_result) ... end)`.
function Coromega:when_called_by_api_named(api_name) end

---Subscribes to a topic; each new piece of data runs the handler in a new coroutine.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_new_data_in_subscribed_topic_named(
---    "/send_time/1"):start_new(function(data)
---        print(data.send_time)
---    end)
---```
---@param topic string The topic, e.g. `"/send_time/1"`.
---@return SessionFactory.when_new_data_in_subscribed_topic_named # A listener: `:start_new(function(data) ... end)`; `data` is what was published.
function Coromega:when_new_data_in_subscribed_topic_named(topic) end

---Stores a soft value, readable across plugins and processes; it survives a framework crash (gone when the bot exits). Not fast.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:soft_set("status/my_plugin", "start")
---```
---@param key string The key.
---@param val string The value (a string).
function Coromega:soft_set(key, val) end

---Reads a soft value, e.g. `"HashedServerCode"`, `"HashedUserID"`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local code, found =
---    coromega:soft_get("HashedServerCode")
---```
---@param key string The key.
---@return string? # The value.
---@return boolean # Whether it exists.
function Coromega:soft_get(key) end

---MD5 hashes of the user token and the server number, e.g. to limit a plugin to licensed servers.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local info = coromega:user_info()
---print(info.HashedServerCode)
---```
---@return UserInfo # `{ HashedUserToken = ..., HashedServerCode = ... }`.
function Coromega:user_info() end

---The string key-value map all plugins share.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local sm = coromega:shared_map()
---local old = sm:set("count", 1)
---```
---@return SharedMap # The shared map.
function Coromega:shared_map() end

---The bot's name.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_name()
---```
---@return string # The name.
function Coromega:bot_name() end

---The bot's UUID string.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_uuid_string()
---```
---@return string # The UUID string.
function Coromega:bot_uuid_string() end

---The bot's unique id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_unique_id()
---```
---@return string # The unique id.
function Coromega:bot_unique_id() end

---The bot's runtime id.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_runtime_id()
---```
---@return string # The runtime id.
function Coromega:bot_runtime_id() end

---The bot's identity.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_identity()
---```
---@return string # The identity.
function Coromega:bot_identity() end

---Makes the bot say something in chat, like any player.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:bot_say("Hello World!")
---```
---@param msg string What to say.
function Coromega:bot_say(msg) end

---The bot's dimension: 0 overworld, 1 nether, 2 the end...
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:bot_dimension()
---```
---@return number # The dimension number.
---@return boolean # Whether it was known.
function Coromega:bot_dimension() end

---The bot's position, as omega keeps track of it.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local x, y, z, stale = coromega:bot_position()
---```
---@return number # x.
---@return number # y.
---@return number # z.
---@return number # Ticks since the server last reported the position.
function Coromega:bot_position() end

---The server's current tick.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:current_tick()
---```
---@return number # The tick.
---@return boolean # Whether it was known.
function Coromega:current_tick() end

---The server's speed (actual TPS / 20).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:sync_ratio()
---```
---@return number # The ratio.
---@return boolean # Whether it was known.
function Coromega:sync_ratio() end

---The game rules, e.g. `{ pvp = "true", ... }`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:game_rules()
---```
---@return table # Rule names to values (strings).
function Coromega:game_rules() end

---The server time.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:server_time()
---```
---@return number # The server time.
---@return boolean # Whether it was known.
function Coromega:server_time() end

---The time within the current day.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:server_day_time()
---```
---@return number # The time of day.
---@return boolean # Whether it was known.
function Coromega:server_day_time() end

---How much of the day has passed (0 to 1).
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local value = coromega:server_day_percent()
---```
---@return number # A number from 0 to 1.
---@return boolean # Whether it was known.
function Coromega:server_day_percent() end

---The bot drops the item in a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local err = coromega:drop_item(0)
---coromega:print(err or "ok")
---```
---@param slot integer Hotbar slot (0-8).
---@return string? # nil on success, else the error message.
function Coromega:drop_item(slot) end

---The bot makes an item from its data and puts it in a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local p = { x = 0, y = 64, z = 0 }
---local q = { x = 2, y = 64, z = 0 }
---local err = coromega:make_item(item_json, 0, p, q)
---coromega:print(err or "ok")
---```
---@param item_info string The item's NBT as a JSON string.
---@param slotID integer Hotbar slot (0-8).
---@param anvil_pos Pos Where to use an anvil if one is needed.
---@param next_container_pos Pos Where to use a container if needed.
---@return string? # nil on success, else the error message.
function Coromega:make_item(item_info, slotID, anvil_pos, next_container_pos) end

---Moves items from one slot to another (hotbar or inventory, 0-44).
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local err = coromega:move_item(0, 9, 1)
---coromega:print(err or "ok")
---```
---@param source_slot integer From this slot (must hold items).
---@param target_slot integer To this slot (must be empty).
---@param count integer How many.
---@return string? # nil on success, else the error message.
function Coromega:move_item(source_slot, target_slot, count) end

---Moves items from the bot's inventory into given slots of a container.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local box = { x = -6, y = -60, z = -24 }
---local err =
---    coromega:move_item_to_container(box, { [0] = 0 })
---coromega:print(err or "ok")
---```
---@param container_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param move_operations table<integer, integer> Inventory slot -> container slot, e.g. `{ [0] = 0, [9] = 1 }`.
---@return string? # nil on success, else the error message.
function Coromega:move_item_to_container(container_pos, move_operations) end

---Renames the item in a hotbar slot with an anvil.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local anvil = { x = -6, y = -60, z = -24 }
---local err = coromega:rename_item(anvil, 0, "宝剑", true)
---coromega:print(err or "ok")
---```
---@param anvil_pos Pos Where the anvil is.
---@param slot integer Hotbar slot (0-8).
---@param new_name string The new name (`\n` allowed).
---@param auto_gen_anvil boolean Place an anvil when there is none.
---@return string? # nil on success, else the error message.
function Coromega:rename_item(anvil_pos, slot, new_name, auto_gen_anvil) end

---Enchants the item in a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local enchants = { [9] = 1, [12] = 2 }
---local err = coromega:enchant_item(0, enchants)
---coromega:print(err or "ok")
---```
---@param slot integer Hotbar slot (0-8).
---@param enchants table<integer, integer> Enchantment id -> level, e.g. `{ [9] = 1 }` for Sharpness I (ids in the docs).
---@return string? # nil on success, else the error message.
function Coromega:enchant_item(slot, enchants) end

---Uses the item in a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local err = coromega:use_item(0)
---coromega:print(err or "ok")
---```
---@param slotID integer Hotbar slot (0-8).
---@return string? # nil on success, else the error message.
function Coromega:use_item(slotID) end

---Uses the item in a hotbar slot on a face of a block.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = { x = -7, y = -56, z = -27 }
---local err = coromega:use_item_on_block(pos, 1, 0)
---coromega:print(err or "ok")
---```
---@param block_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param face integer The face: 0 y-, 1 y+, 2 z-, 3 z+, 4 x-, 5 x+.
---@param slot integer Hotbar slot (0-8).
---@param blockNEMCRuntimeID? integer The block's runtime id (optional; faster when given).
---@return string? # nil on success, else the error message.
function Coromega:use_item_on_block(block_pos, face, slot, blockNEMCRuntimeID) end

---Uses the item in a hotbar slot on a block, the bot standing at an offset from it.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = { x = -7, y = -56, z = -27 }
---local off = { x = 1, y = 0, z = 0 }
---local err = coromega:use_item_on_block_with_bot_offset(
---    pos, off, 1, 0)
---coromega:print(err or "ok")
---```
---@param block_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param bot_offset Pos The bot's offset from the block.
---@param face integer The face: 0 y-, 1 y+, 2 z-, 3 z+, 4 x-, 5 x+.
---@param slot integer Hotbar slot (0-8).
---@param blockNEMCRuntimeID? integer The block's runtime id (optional; faster when given).
---@return string? # nil on success, else the error message.
function Coromega:use_item_on_block_with_bot_offset(block_pos, bot_offset, face, slot, blockNEMCRuntimeID) end

---Switches the bot's main hand to a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local err = coromega:select_hotbar(0)
---coromega:print(err or "ok")
---```
---@param slot integer Hotbar slot (0-8).
---@return string? # nil on success, else the error message.
function Coromega:select_hotbar(slot) end

---Picks the block at a position into a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local err = coromega:pick_block(pos, 0, 3)
---coromega:print(err or "ok")
---```
---@param block_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param target_hotbar integer Hotbar slot (0-8).
---@param retry_times integer Retries on failure.
---@return string? # nil on success, else the error message.
function Coromega:pick_block(block_pos, target_hotbar, retry_times) end

---Breaks the block at a position and picks up the drop into a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = { x = 0, y = 64, z = 0 }
---local err =
---    coromega:break_and_pick_block(pos, 0, true, 3)
---coromega:print(err or "ok")
---```
---@param block_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param target_hotbar integer Hotbar slot (0-8).
---@param recover_block boolean Put the block back afterwards.
---@param retry_times integer Retries on failure.
---@return string? # nil on success, else the error message.
function Coromega:break_and_pick_block(block_pos, target_hotbar, recover_block, retry_times) end

---Reads the item in one of the bot's slots.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local item, ok = coromega:get_inventory_content(0)
---if ok then print(json.encode(item)) end
---```
---@param slot integer The slot (0-44).
---@param windows? integer The window id; default 0.
---@return table # The item.
---@return boolean # Whether it was read.
function Coromega:get_inventory_content(slot, windows) end

---Sets the content of the structure block at a position.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local err = coromega:set_structure_block_data(
---    { x = 0, y = 64, z = 0 }, settings)
---```
---@param block_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param settings table<string, any> The NBT settings.
---@return string? # nil on success, else the error message.
function Coromega:set_structure_block_data(block_pos, settings) end

---Fills the container at a position with the given content.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local box = { x = -6, y = -60, z = -24 }
---local err = coromega:set_container_content(box, data)
---coromega:print(err or "ok")
---```
---@param container_pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param container_data_json string The content as a JSON string.
---@return string? # nil on success, else the error message.
function Coromega:set_container_content(container_pos, container_data_json) end

---Writes the pages into a book and puts it in a hotbar slot.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pages = { "一", "二" }
---local err = coromega:write_book(0, pages, "书", "我")
---coromega:print(err or "ok")
---```
---@param slotID integer Hotbar slot (0-8).
---@param pages string[] The text of each page.
---@param title string The title.
---@param author string The author.
---@return string? # nil on success, else the error message.
function Coromega:write_book(slotID, pages, title, author) end

---Puts the item in a hotbar slot into the item frame at a position.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local frame = { x = -6, y = -60, z = -24 }
---local err = coromega:place_item_frame_item(frame, 0, 90)
---coromega:print(err or "ok")
---```
---@param block_pos Pos Where the item frame is.
---@param slotID integer Hotbar slot (0-8).
---@param rotation? integer Rotation: 0, 1, 2... or 0, 45, 90... (values under 45 are times 45); default 0.
---@return string? # nil on success, else the error message.
function Coromega:place_item_frame_item(block_pos, slotID, rotation) end

---Places a container at a position and fills it.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local pos = { x = -6, y = -60, z = -24 }
---local err = coromega:gen_container(pos, data, "chest")
---coromega:print(err or "ok")
---```
---@param pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param container_data_json string The content as a JSON string.
---@param container_block string The container block, e.g. `chest ["facing_direction"=4]`.
---@return string? # nil on success, else the error message.
function Coromega:gen_container(pos, container_data_json, container_block) end

---Places a block at once with setblock. The spot must be in the bot's reach and its chunk loaded.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local pos = { x = 1, y = 2, z = 3 }
---coromega:place_block(pos, "stone", "0")
---```
---@param pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param block_name string The block name, e.g. `"stone"`.
---@param block_data integer|string The data value or state.
function Coromega:place_block(pos, block_name, block_data) end

---Places a command block at a position and sets it up.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local err = coromega:place_command_block(
---    { x = 884, y = 73, z = 829 },
---    "repeating_command_block", 0,
---    { command = "list @a", tick_delay = 10 })
---```
---@param pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param block_name string `"command_block"`, `"chain_command_block"` or `"repeating_command_block"`.
---@param block_data integer|string The data value (sets the facing).
---@param option CommandBlockOptions Its settings: `command`, `name`, `need_red_stone`, `conditional`, `tick_delay`, `track_output`, `execute_on_first_tick`.
---@return string? # nil on success, else the error message.
function Coromega:place_command_block(pos, block_name, block_data, option) end

---Places a sign with text at a position.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local pos = { x = 1, y = -60, z = 0 }
---local err = coromega:place_sign(pos,
---    "jungle_standing_sign 0", "§a§l240!", true)
---```
---@param pos Pos A position `{ x = ..., y = ..., z = ... }`.
---@param block_name string The sign block.
---@param text string The text (`§` colours work).
---@param lighting boolean Whether the text glows.
---@return string? # nil on success, else the error message.
function Coromega:place_sign(pos, block_name, text, lighting) end

---Reads every block of a region from the server into an in-memory canvas.
---
---Regions may be large but should not be. With `move_bot` false, an unloaded region (no player near) fails.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local canvas = coromega:request_structure(
---    { x = 10001, y = 100, z = 10000 },
---    { x = 14, y = 3, z = 4 }, true)
---```
---@param start_pos Pos Where the region starts.
---@param region_size Pos Its size.
---@param move_bot boolean Move the bot near the region first.
---@return Canvas # The canvas read.
function Coromega:request_structure(start_pos, region_size, move_bot) end

---Has the omega builder build a structure or canvas in the world; each time progress grows, the handler runs in a new coroutine.
---
---Needs the permissions for it. The handler gets `total` and `current`; they are equal when done.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_progress_increased_by_build(canvas,
---    canvas:get_start_pos(), canvas:get_end_pos(),
---    { x = 31000, y = 100, z = 11000 }, { speed = 2000 })
---    :start_new(function(total, current)
---        coromega:print(current .. "/" .. total)
---    end)
---```
---@param aread_chunk Canvas The structure or canvas to build.
---@param start_pos Pos Start of the part to build.
---@param end_pos Pos End of the part to build.
---@param target_pos Pos Where to build it in the world.
---@param option BuildOptions Options: `speed`, `incremental`, `force_use_block_state`, `ignore_nbt_block`, `clear_target_block`, `clear_dropped_item`, `auto_reverse`, `start_hop`.
---@return SessionFactory.when_progress_increased_by_build # A listener: `:start_new(function(total, current) ... end)`.
function Coromega:when_progress_increased_by_build(aread_chunk, start_pos, end_pos, target_pos, option) end

---Sends a message to a cqhttp target, written `"群聊:GROUP"` or `"频道:GUILD:ROOM"`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:send_cqhttp_message("群聊:548589654", "hello")
---```
---@param target string The target, e.g. `"群聊:548589654"`.
---@param message string The message.
function Coromega:send_cqhttp_message(target, message) end

---Sends a message to the default targets of neomega's cqhttp config.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:send_cqhttp_message_to_default("服务器已启动")
---```
---@param message string The message.
function Coromega:send_cqhttp_message_to_default(message) end

---Sends a private message to a QQ number.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---coromega:send_cqhttp_message_to_id(1634268014, "hi")
---```
---@param id number The QQ number.
---@param message string The message.
---@return boolean # Whether it was sent (not that it arrived).
function Coromega:send_cqhttp_message_to_id(id, message) end

---Sends a message to a group.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---coromega:send_cqhttp_message_to_group(548589654, "hi")
---```
---@param group_id number The group number.
---@param message string The message.
---@return boolean # Whether it was sent (not that it arrived).
function Coromega:send_cqhttp_message_to_group(group_id, message) end

---Sends a message to a room of a guild (when the ids are hard to find, use `send_cqhttp_message`).
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---coromega:send_cqhttp_message_to_guild(
---    671889153994807378, 606767554, "hi")
---```
---@param guild_id number The guild id.
---@param chanel_id number The room id.
---@param message string The message.
---@return boolean # Whether it was sent (not that it arrived).
function Coromega:send_cqhttp_message_to_guild(guild_id, chanel_id, message) end

---A group's member list.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local members =
---    coromega:get_cqhttp_group_members_info(548589654)
---```
---@param group_id number The group number.
---@return table # The members.
function Coromega:get_cqhttp_group_members_info(group_id) end

---The guilds the bot joined (each with `GuildID`, `GuildName`, `GuildDisplayID`).
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local guilds = coromega:get_cqhttp_joined_guilds()
---for _, g in ipairs(guilds) do
---    print(g.GuildName)
---end
---```
---@return table # The guilds.
function Coromega:get_cqhttp_joined_guilds() end

---A guild's rooms.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local rooms =
---    coromega:get_cqhttp_guild_channels(guild_id)
---```
---@param guild_id number The guild id.
---@return table # The rooms.
function Coromega:get_cqhttp_guild_channels(guild_id) end

---One member of a guild.
---
---**Scope**: inside a coroutine
---
---**Example**
---```lua
---local owner =
---    coromega:get_cqhttp_guild_member(guild_id, "123")
---```
---@param guild_id number The guild id.
---@param user_id string The member id.
---@return table # The member.
function Coromega:get_cqhttp_guild_member(guild_id, user_id) end

---Runs the handler in a new coroutine for every cqhttp (QQ) message.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:when_receive_cqhttp_message()
---    :start_new(function(message_type, message, raw)
---        print(message_type, message)
---    end)
---```
---@return SessionFactory.when_receive_cqhttp_message # A listener: `:start_new(function(message_type, message, raw_message_string) ... end)`.
function Coromega:when_receive_cqhttp_message() end

---Runs the handler in a new coroutine when one of the default cqhttp targets sends a message.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local c = coromega
---c:when_receive_filtered_cqhttp_message_from_default()
---    :start_new(function(source, name, message)
---        print(source, name, message)
---    end)
---```
---@return SessionFactory.when_receive_filtered_cqhttp_message_from_default # A listener: `:start_new(function(source, name, message) ... end)`; `name` reads `nickname#QQ`.
function Coromega:when_receive_filtered_cqhttp_message_from_default() end

---Starts a WebSocket server on the given address and port.
---
---Handle each connection with `:when_new_conn(function(conn) ... end)` and the server stopping with `:when_dead(function(reason) ... end)`.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---coromega:create_websocket_server("127.0.0.1", 1042)
---    :when_new_conn(function(conn)
---        conn:send_message("hello")
---    end)
---```
---@param host string `"127.0.0.1"` (this machine only) or `"0.0.0.0"` (others too).
---@param port integer The port.
---@return WSServerSessionFactory? # The server; nil when it could not start.
function Coromega:create_websocket_server(host, port) end

---Connects to a WebSocket server.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local conn =
---    coromega:connect_to_websocket("ws://127.0.0.1:1042")
---if conn then conn:send_message("hi") end
---```
---@param addr string The address, e.g. `"ws://127.0.0.1:1042/path"`.
---@param header? table<string, string|string[]> Optional HTTP headers: name -> a string or a list of strings.
---@return WSConnWrapper? # The connection; nil when it failed.
function Coromega:connect_to_websocket(addr, header) end
