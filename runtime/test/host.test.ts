import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plugin, runLua, tmpDir, writePlugin } from './helpers';

test('sleep yields; coroutines interleave; the run ends when nothing can resume', async () => {
  const r = await runLua(
    plugin(`
    coromega:start_new(function() coromega:sleep(0.05) print("b") end)
    coromega:start_new(function() print("a") coromega:sleep(0.1) print("c") end)
  `),
  );
  assert.deepEqual(r.prints, ['a', 'b', 'c']);
  assert.equal(r.exit.reason, 'finished');
  assert.equal(r.exit.code, 0);
});

test('code after coromega:run() never runs, as in neomega', async () => {
  const r = await runLua(plugin(`print("before")`) + 'print("after")\n');
  assert.deepEqual(r.prints, ['before']);
});

test('pause / get_resume hand values between coroutines', async () => {
  const r = await runLua(
    plugin(`
    coromega:start_new(function()
      local resume = coromega:get_resume()
      coromega:start_new(function() coromega:sleep(0.01) resume("2401", 7) end)
      local a, b = coromega:pause()
      print("resumed", a, b)
    end)
  `),
  );
  assert.deepEqual(r.prints, ['resumed\t2401\t7']);
});

test('terminal menu: stdin lines whose first word is a trigger start the handler with the other words', async () => {
  const r = await runLua(
    plugin(`
    coromega:when_called_by_terminal_menu({ triggers = { "hello", "hi" }, argument_hint = "[name]", usage = "greet" })
      :start_new(function(input)
        print("args", #input, table.concat(input, "+"))
        local more = coromega:input("more? ")
        print("more", more)
      end)
  `),
    { stdin: true },
    (run) => {
      run.pushInput('hi  alice bob');
      run.pushInput('yes');
      run.pushInput('unknown thing');
      run.endInput();
    },
  );
  assert.deepEqual(r.prints, ['args\t2\talice+bob', 'more\tyes']);
  assert.ok(r.events.some((e) => e.type === 'input' && e.prompt === 'more? '));
  assert.ok(r.warnings.some((w) => w.includes('no terminal menu trigger matches "unknown"')));
  assert.equal(r.exit.reason, 'finished');
});

test('input with stdin closed does not hang the run', async () => {
  const r = await runLua(
    plugin(`coromega:start_new(function() local s = coromega:input("name: ") print("got", s) end)`),
  );
  assert.deepEqual(r.prints, []);
  assert.equal(r.exit.code, 0);
  assert.ok(r.warnings.some((w) => w.includes('stdin is closed')));
});

test('game APIs work in the default world: a menu registers, commands answer, the player is shown text', async () => {
  const r = await runLua(
    plugin(`
    coromega:when_called_by_game_menu({ triggers = { "x" }, usage = "u" }):start_new(function() end)
    coromega:start_new(function()
      local res = coromega:send_ws_cmd("testfor @a", true)
      print(res.SuccessCount, res.OutputMessages[1].Message, res.OutputMessages[1].Parameters[1])
      local p = coromega:get_player("Steve")
      p:say("hi")
      print(p:name(), p:is_op(), p:is_online())
    end)
  `),
  );
  // The bot is a player too: neomega lists it, and `@a` finds it.
  assert.deepEqual(r.prints, [
    '2\tcommands.testfor.success\tSteve, Omega',
    'Steve\ttrue\ttrue\ttrue',
  ]);
  assert.equal(r.exit.code, 0);
  assert.ok(
    r.events.some(
      (e) =>
        e.type === 'listener' && e.kind === 'game_menu' && e.triggers[0] === 'x' && e.usage === 'u',
    ),
  );
  assert.ok(r.events.some((e) => e.type === 'say' && e.player === 'Steve' && e.text === 'hi'));
  assert.ok(r.events.some((e) => e.type === 'command' && e.command === 'testfor @a'));
  assert.deepEqual(r.warnings, []);
});

test('config: NAME.json beside NAME.lua gives coromega.config; update_config writes it back', async () => {
  const dir = tmpDir();
  const p = writePlugin(
    plugin(`
    print(coromega.config["地址"], coromega.config.n)
    coromega.config.n = coromega.config.n + 1
    coromega:update_config(coromega.config)
  `),
    'myplug.lua',
    dir,
  );
  fs.writeFileSync(
    path.join(dir, 'myplug.json'),
    JSON.stringify({
      名称: 'myplug.lua',
      描述: 'd',
      是否禁用: false,
      来源: 'LuaLoader',
      配置: { 地址: 'http://x', n: 1 },
    }),
  );
  const r = await runLua('', { pluginPath: p });
  assert.deepEqual(r.prints, ['http://x\t1']);
  const start = r.events[0];
  assert.ok(start?.type === 'start' && start.config === path.join(dir, 'myplug.json'));
  const written = JSON.parse(fs.readFileSync(path.join(dir, 'myplug.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  assert.deepEqual(written['配置'], { 地址: 'http://x', n: 2 });
  assert.equal(written['名称'], 'myplug.lua');
});

test('config: neomega_storage/lang/LuaLoader layout finds ../../config/NAME[lua]/*.json and roots storage there', async () => {
  const storage = path.join(tmpDir(), 'neomega_storage');
  const loader = path.join(storage, 'lang', 'LuaLoader');
  fs.mkdirSync(loader, { recursive: true });
  fs.mkdirSync(path.join(storage, 'config', 'bot[lua]'), { recursive: true });
  fs.writeFileSync(
    path.join(storage, 'config', 'bot[lua]', 'bot.json'),
    JSON.stringify({ 配置: { k: 'v' } }),
  );
  const p = writePlugin(
    plugin(`
    print(coromega.config.k)
    print(coromega:data_path_of("a", "b.txt"))
    coromega:save_text(coromega:data_path_of("a", "b.txt"), "saved 中文")
    print(coromega:load_text(coromega:data_path_of("a", "b.txt")), coromega:path_exist(coromega:data_path_of("a")))
    coromega:save_data(coromega:cache_path_of("d.json"), { x = 1 })
    print(coromega:load_data(coromega:cache_path_of("d.json")).x, coromega:path_join("a", "", "b/", "../c"))
    print(omega.storage_path.get_code_path("LuaLoader", "?.lua"))
    local from, to = coromega:data_path_of("a", "b.txt"), coromega:data_path_of("moved.txt")
    print(coromega:path_move(from, to), coromega:path_exist(from), coromega:load_text(to))
    print(coromega:path_move(from, to), coromega:path_remove(coromega:data_path_of("a")), coromega:path_exist(coromega:data_path_of("a")))
  `),
    'bot.lua',
    loader,
  );
  const r = await runLua('', { pluginPath: p });
  assert.deepEqual(r.prints, [
    'v',
    path.join(storage, 'data', 'a', 'b.txt'),
    'saved 中文\ttrue',
    '1\ta/c',
    path.join(storage, 'lang', 'LuaLoader', '?.lua'),
    'true\tfalse\tsaved 中文',
    'false\ttrue\tfalse',
  ]);
});

test('require finds modules beside the plugin (with 5.1 escapes)', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'util.lua'), 'return { re = "\\{x\\}" }\n');
  const p = writePlugin('local u = require("util")\nprint(u.re)\n', 'main.lua', dir);
  const r = await runLua('', { pluginPath: p });
  assert.deepEqual(r.prints, ['{x}']);
});

test('io.open / io.lines / file:read/write/lines/seek/close work on real files as in Lua 5.1', async () => {
  const dir = tmpDir();
  const f = path.join(dir, 'f.txt').replace(/\\/g, '/');
  const r = await runLua(`
    local f = assert(io.open("${f}", "w"))
    print(io.type(f))
    f:write("line1\\n", 42, "\\n", "3.5 rest\\n")
    f:close()
    print(io.type(f))
    for l in io.lines("${f}") do io.write("[", l, "]") end
    print()
    local g = io.open("${f}", "r")
    print(g:read("*l"), g:read("*n"), g:read("*n"), g:read("*a"))
    print(g:read("*a"), g:read("*l"))
    g:seek("set", 0)
    print(g:read(3))
    g:close()
    local a = io.open("${f}", "a") a:write("appended\\n") a:close()
    local n = 0 for _ in io.lines("${f}") do n = n + 1 end
    print(n)
    print(io.open("${f}.missing", "r"))
    print(pcall(function() return g:read() end))
  `);
  assert.deepEqual(r.prints, [
    'file',
    'closed file',
    '[line1][42][3.5 rest]',
    'line1\t42\t3.5\t rest\n',
    '\tnil',
    'lin',
    '4',
    `nil\t${f}.missing: No such file or directory\t2`,
    'false\tattempt to use a closed file',
  ]);
});

test('os.time/date/clock/getenv/remove/rename work; os.exit ends only the plugin', async () => {
  const dir = tmpDir();
  const a = path.join(dir, 'a').replace(/\\/g, '/');
  fs.writeFileSync(path.join(dir, 'a'), 'x');
  const r = await runLua(`
    print(type(os.time()), os.date("%Y", 0) ~= nil, type(os.clock()), os.getenv("HOME") ~= nil)
    print(os.rename("${a}", "${a}2"), os.remove("${a}2"))
    os.exit(3)
    print("not reached")
  `);
  assert.deepEqual(r.prints, ['number\ttrue\tnumber\ttrue', 'true\ttrue']);
  assert.equal(r.exit.code, 3);
  assert.equal(r.exit.reason, 'exit');
});

test('an error inside a coroutine reports the plugin line and a traceback, and ends the run with 1', async () => {
  const r = await runLua(
    plugin(`
    coromega:start_new(function()
      coromega:sleep(0.01)
      local t = nil
      print(t.field)
    end)
  `),
  );
  assert.equal(r.exit.code, 1);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.line, 8);
  assert.match(r.errors[0]!.message, /attempt to index a nil value/);
  assert.match(r.errors[0]!.traceback ?? '', /stack traceback/);
});

test('deep recursion is a Lua "stack overflow" error, not a crash', async () => {
  const r = await runLua('local function f(n) return 1 + f(n + 1) end\nf(1)\n');
  assert.equal(r.exit.code, 1);
  assert.match(r.errors[0]!.message, /stack overflow/);
});

test('string.rep beyond Lua limits is a Lua error', async () => {
  const r = await runLua('local ok, err = pcall(string.rep, "x", 2^31)\nprint(ok, err)\n');
  assert.equal(r.prints.length, 1);
  assert.match(
    r.prints[0]!,
    /^false\t(resulting string too large|.*number has no integer representation)/,
  );
});

test('forgetting coromega:run() is pointed out, and the run still completes', async () => {
  const r = await runLua(`
    local coromega = require("coromega").from(require("omega"))
    coromega:start_new(function() coromega:sleep(0.01) print("done") end)
  `);
  assert.deepEqual(r.prints, ['done']);
  assert.ok(r.warnings.some((w) => w.includes('coromega:run()')));
});

test('calling with a dot instead of a colon gets a clear message', async () => {
  const r = await runLua(
    plugin(`coromega:start_new(function() coromega.http_get("http://x") end)`),
  );
  assert.equal(r.exit.code, 1);
  assert.match(r.errors[0]!.message, /coromega:http_get\(\.\.\.\)/);
});

test('key_value_db keeps values in a JSON file under the data folder', async () => {
  const storage = tmpDir();
  const src = plugin(`
    local db = coromega:key_value_db("store")
    print(db:get("age"))
    db:set("age", 18)
    db:set("author", { name = "somebody", tags = { "a", "b" } })
    db:set("gone", "x")
    db:delete("gone")
    local keys = {}
    db:iter(function(k, v) keys[#keys + 1] = k return true end)
    table.sort(keys)
    print(db:get("age"), db:get("author").tags[2], table.concat(keys, ","))
  `);
  const first = await runLua(src, { storageDir: storage });
  // A key never set is "" in the raw database; the framework's json.decode("") gives nil and its error.
  assert.deepEqual(first.prints, ['nil\tunexpected end of JSON input', '18\tb\tage,author']);
  const again = await runLua(plugin('print(coromega:key_value_db("store"):get("age"))'), {
    storageDir: storage,
  });
  assert.deepEqual(again.prints, ['18']);
  assert.ok(fs.existsSync(path.join(storage, 'data', 'store', 'kv.json')));
});

test('a failing host call (e.g. make_dir on a file) is a Lua error the plugin can pcall', async () => {
  const dir = tmpDir();
  const f = path.join(dir, 'file').replace(/\\/g, '/');
  fs.writeFileSync(path.join(dir, 'file'), 'x');
  const r = await runLua(
    plugin(`print(pcall(coromega.make_dir, coromega, "${f}/sub"))\nprint("continued")`),
  );
  assert.equal(r.prints.length, 2);
  assert.match(r.prints[0]!, /^false\tENOTDIR/);
  assert.equal(r.prints[1], 'continued');
});
