/** Real-looking coromega plugins for the language server's tests, fuzzing and benchmark. No side effects. */

/** The docs' own example (the seed page), verbatim. */
export const SEED_PLUGIN = `local omega = require("omega")
package.path = ("%s;%s"):format(
    package.path,
    omega.storage_path.get_code_path("LuaLoader", "?.lua")
)
local coromega = require("coromega").from(omega)

coromega:start_new(function()
    local response, error_message = coromega:http_request("GET", "http://example.com", {
        query = "page=1",
        timeout = "30s",
        headers = {
            Accept = "*/*"
        }
    })
    if error_message then
        print("request error: ", error_message)
    else
        print("request response: ", response)
        print("request response status_code: ", response.status_code)
        print("request response headers: ", response.headers)
        print("request response body_size: ", response.body_size)
        print("request response body: ", response.body)
        print("request response cookies: ", response.cookies)
        print("request response url: ", response.url)
    end
end)

coromega:run()
`;

export const MENU_PLUGIN = `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)

local api = coromega.config["接口地址"] or "http://127.0.0.1:8080"

local function post_json(path, data)
    local res, err = coromega:http_post(api .. path, {
        headers = { ["Content-Type"] = "application/json", Authorization = "Bearer token" },
        body = json.encode(data),
        timeout = "10s",
    })
    if err then
        coromega:error_out("请求失败: " .. err)
        return nil
    end
    if res.status_code ~= 200 then
        coromega:warning_out("状态码 " .. res.status_code)
    end
    return json.decode(res.body)
end

coromega:when_called_by_terminal_menu({
    triggers = { "sync", "同步" },
    argument_hint = "[名字]",
    usage = "同步玩家数据",
}):start_new(function(input)
    local name = input[1] or coromega:input("请输入名字：")
    local result = post_json("/players", { name = name, time = coromega:now() })
    coromega:print("§a同步完成", result)
    local opts = {
        query = "name=" .. name,
        auth = { user = "admin", pass = "secret" },
        cookies = { session = "abc" },
    }
    local page, e2 = coromega:http_get(api .. "/players", opts)
    if page then
        for k, v in pairs(page.headers) do coromega:log(k, v) end
    end
    local s = "路径\\{name\\}"
    coromega:sleep(0.5)
end)

coromega:run()
`;

/**
 * A plugin using the game side of the API: menus, players, listeners, a KV database, the shared map, WebSocket,
 * packets and cross-plugin APIs. Every type the catalog knows flows through it.
 */
export const GAME_PLUGIN = `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)

local db = coromega:key_value_db("scores", "level")
local sm = coromega:shared_map()

coromega:when_called_by_game_menu({
    triggers = { "score" },
    usage = "查看积分",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local score = db:get(chat.name) or 0
    player:say("积分: " .. score)
    local answer = player:ask("加多少？", 30)
    db:set(chat.name, score + (tonumber(answer) or 0))
    local total = sm:set("last", chat.name)
end)

coromega:when_player_change():start_new(function(player, action)
    if action == "online" then
        player:title("欢迎", player:name())
    end
end)

local function on_chat(chat)
    coromega:print(chat.raw_msg)
end
coromega:when_chat_msg():start_new(on_chat)

coromega:start_new(function()
    local conn = coromega:connect_to_websocket("ws://127.0.0.1:1042")
    if conn then
        conn:when_new_msg(function(msg) coromega:print(msg) end)
        conn:send_message("hello")
        local reply = conn:receive_message()
        coromega:print(reply)
    end
    for _, p in ipairs(coromega:get_all_online_players()) do
        p:action_bar("hi")
    end
    local pos = coromega:get_player("Steve"):get_pos()
    coromega:print(pos.position.x, pos.dimension)
end)

coromega:create_websocket_server("127.0.0.1", 1042):when_new_conn(function(conn)
    conn:send_message("welcome")
end)

coromega:when_receive_packet_of_types(omega.packets.Text):start_new(function(packet)
    coromega:print(packet:name(), json.encode(packet:json_str()))
end)

coromega:when_called_by_api_named("/score/get"):start_new(function(args, set_result)
    set_result(db:get(args.name))
end)

coromega:run()
`;

export const PLUGINS: readonly string[] = [SEED_PLUGIN, MENU_PLUGIN];

/**
 * A plugin of about `lines` lines: many handlers calling the HTTP API and the game side (players, a KV database, a
 * chat listener every fifth handler), each a global function (a Lua 5.1 function may hold at most 200 locals, so a
 * real plugin this long does not keep them all local on the main chunk).
 */
export function generatePlugin(lines: number): string {
  const head = `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)
local db = coromega:key_value_db("bench")
`;
  const parts = [head];
  let count = 4;
  let i = 0;
  while (count < lines - 2) {
    i++;
    const start =
      i % 5 === 0
        ? `coromega:when_chat_msg():start_new(function(chat) handler_${i}(chat.msg) end)`
        : `coromega:start_new(function() handler_${i}() end)`;
    const block = `
function handler_${i}(input)
    local response, err = coromega:http_get("http://127.0.0.1:8080/items/${i}", {
        query = "page=${i}",
        timeout = "30s",
        headers = { Accept = "application/json", ["User-Agent"] = "bench" },
    })
    if err then
        coromega:print("failed: " .. err)
        return nil
    end
    local data = json.decode(response.body)
    local player = coromega:get_player(input and input[1] or "Steve")
    if player then
        player:say("items: " .. response.status_code)
        db:set(player:name(), data)
    end
    for k, v in pairs(data or {}) do
        coromega:log(k, v, response.status_code)
    end
    return data
end
${start}
`;
    parts.push(block);
    count += 23;
  }
  parts.push('\ncoromega:run()\n');
  return parts.join('');
}
