-- 示例插件：在后台（终端）菜单输入 "天气 北京 上海"，并发查询多个城市的天气接口。
-- Example plugin: type "天气 北京 上海" at the terminal menu to query a weather API for several cities at once.
-- 接口地址来自配置文件 weather.json 的 "配置" / The API address comes from "配置" in weather.json.
local omega = require("omega")
local json = require("json")
package.path = ("%s;%s"):format(
    package.path,
    omega.storage_path.get_code_path("LuaLoader", "?.lua")
)
local coromega = require("coromega").from(omega)

local api = coromega.config["接口地址"]
local timeout = coromega.config["超时"] or "5s"

local function query(city)
    local response, err = coromega:http_get(api .. "/weather", {
        query = "city=" .. city,
        timeout = timeout,
        headers = { Accept = "application/json" },
    })
    if err then
        coromega:warning_out(("§c%s 查询失败: %s"):format(city, err))
        return
    end
    if response.status_code ~= 200 then
        coromega:warning_out(("%s: HTTP %d"):format(city, response.status_code))
        return
    end
    local data, derr = json.decode(response.body)
    if not data then
        coromega:error_out("JSON 解析失败: " .. derr)
        return
    end
    coromega:print(("§a%s§r %s，%s°C"):format(city, data.weather, data.temp))
end

coromega:when_called_by_terminal_menu({
    triggers = { "天气", "weather" },
    argument_hint = "[城市...]",
    usage = "查询天气",
}):start_new(function(input)
    if #input == 0 then
        input = { coromega:input("城市: ") }
    end
    for _, city in ipairs(input) do
        coromega:start_new(function() query(city) end)
    end
end)

coromega:run()
