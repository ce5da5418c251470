-- {{name}}: the game menu "{{name}}". When a player opens it, the plugin asks what to call them (they may also
-- give it as the menu's argument), then greets them.
--   Run:  npx coromega-run --world {{name}}.world.json {{name}}.lua
--         (then type the line {"as":"Steve","menu":"{{name}}"}; in VS Code use "Run with world" and the Game view)
--   Test: npx coromega-run --test {{name}}.test.json
local omega = require("omega")
package.path = ("%s;%s"):format(
    package.path,
    omega.storage_path.get_code_path("LuaLoader", "?.lua")
)
local coromega = require("coromega").from(omega)

-- The "配置" section of the config file {{name}}.json
local greeting = coromega.config["greeting"] or "Hello"
local answer_seconds = coromega.config["answer seconds"] or 30

coromega:when_called_by_game_menu({
    triggers = { "{{name}}" },
    argument_hint = "[name]",
    usage = "say hello",
}):start_new(function(chat)
    local player = coromega:get_player(chat.name)
    local name = table.concat(chat.msg, " ")
    if name == "" then
        name = player:ask("§eWhat should I call you?", answer_seconds)
        if name == nil then
            player:say("§7No answer for too long; maybe next time")
            return
        end
    end
    player:say(("§a%s, %s!"):format(greeting, name))
    coromega:log(("%s was greeted as \"%s\""):format(chat.name, name))
end)

coromega:run()
