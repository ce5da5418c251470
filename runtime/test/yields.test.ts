/**
 * Where gopher-lua cannot suspend a coroutine, and what plugins print of gopher-lua's error texts, run through the
 * runtime with coromega as published plugins use them. In neomega a call that waits (sleep, HTTP, ask, a command
 * with its result...) inside pcall returns at once and the plugin crashes when the answer comes; offline the run
 * stops at the call with an error that names it. Inside a callback of a Go function (table.sort, string.gsub, a
 * key-value database's iter) gopher-lua raises "can not yield from outside of a coroutine", and so does the runtime.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plugin, runLua } from './helpers';

/** The plugin's one error: its line and message (hint: the runtime's explanation). */
async function failing(
  body: string,
  lang: 'en' | 'zh-cn' = 'en',
): Promise<{ line?: number; message: string; hint?: string; prints: string[]; requests: number }> {
  const r = await runLua(plugin(body), { lang });
  assert.equal(r.exit.code, 1, `exit code; prints: ${r.prints.join(' | ')}`);
  assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
  const e = r.errors[0]!;
  return {
    line: e.line,
    // the plugin's path as `plugin.lua`
    message: e.message.replace(/\S*plugin\.lua/g, 'plugin.lua'),
    hint: e.hint,
    prints: r.prints,
    requests: r.events.filter((x) => x.type === 'request').length,
  };
}

test('coromega:sleep inside pcall in a session stops the run at the call, naming it (en and zh-CN)', async () => {
  const body = `coromega:start_new(function()
  local ok, err = pcall(function()
    coromega:sleep(0.01)
  end)
  print("after pcall", ok, err)
end)`;
  const en = await failing(body);
  assert.equal(en.line, 6);
  assert.match(
    en.message,
    /plugin\.lua:6: coromega:sleep suspends the coroutine inside a function run by pcall/,
  );
  assert.match(en.message, /in neomega the pcall returns at once/);
  assert.deepEqual(en.prints, []);
  const zh = await failing(body, 'zh-cn');
  assert.match(zh.message, /plugin\.lua:6: coromega:sleep 在 pcall 运行的函数中挂起协程/);
});

test('an HTTP call inside pcall is stopped before the request is sent', async () => {
  const r = await failing(`coromega:start_new(function()
  local ok, res = pcall(coromega.http_get, coromega, "http://127.0.0.1:1/")
  print(ok, res)
end)`);
  assert.match(
    r.message,
    /plugin\.lua:5: coromega:http_get suspends the coroutine inside a function run by pcall/,
  );
  assert.equal(r.requests, 0);
});

test('player:ask inside xpcall names xpcall', async () => {
  const r = await failing(`coromega:start_new(function()
  local player = coromega:get_player("Steve")
  xpcall(function() return player:ask("name?") end, function(e) return e end)
end)`);
  assert.match(r.message, /player:ask suspends the coroutine inside a function run by xpcall/);
});

test("a command with its result inside a table.sort comparator: gopher-lua's error, explained", async () => {
  const r = await failing(`coromega:start_new(function()
  local names = { "b", "a" }
  table.sort(names, function(x, y)
    coromega:send_ws_cmd("list", true)
    return x < y
  end)
end)`);
  assert.equal(r.line, 7);
  assert.match(r.message, /^plugin\.lua:7: can not yield from outside of a coroutine$/m);
  assert.match(
    r.hint ?? '',
    /coromega:send_ws_cmd suspends the coroutine inside a function called by sort/,
  );
});

test('coromega:sleep inside a key-value database iter callback', async () => {
  const r = await failing(`coromega:start_new(function()
  local db = coromega:key_value_db("yield-test-db")
  db:set("k", 1)
  db:iter(function(k, v)
    coromega:sleep(0.01)
    return true
  end)
end)`);
  assert.match(r.message, /plugin\.lua:8: can not yield from outside of a coroutine/);
  assert.match(r.hint ?? '', /coromega:sleep .* called by iter/);
});

test('coroutine.yield inside pcall in a plain coroutine is stopped too', async () => {
  const r = await failing(`local gen = coroutine.wrap(function()
  pcall(function() coroutine.yield(1) end)
end)
print(gen())`);
  assert.match(
    r.message,
    /plugin\.lua:5: coroutine\.yield suspends the coroutine inside a function run by pcall/,
  );
});

test('outside coroutines a blocking sleep inside pcall still blocks, as in neomega', async () => {
  const r = await runLua(
    plugin(`print(pcall(function() coromega:sleep(0.01) return "slept" end))`),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['true\tslept']);
});

test('sleep and HTTP outside pcall in a session still work', async () => {
  const r = await runLua(
    plugin(`coromega:start_new(function()
  local ok, v = pcall(function() return "inside" end)
  coromega:sleep(0.01)
  print(ok, v, "done")
end)`),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['true\tinside\tdone']);
});

test("error texts a plugin prints through pcall are gopher-lua's", async () => {
  const r = await runLua(
    plugin(`coromega:start_new(function()
  local cfg = {}
  print(pcall(function() return cfg.players.count end))
  print(pcall(function() return cfg.name .. "!" end))
  print(pcall(function() return cfg.level + 1 end))
  print(pcall(function() return cfg.callback() end))
  print(pcall(error, "bad input"))
  print(pcall(function() for _, p in ipairs(cfg.list) do end end))
  local ok, err = pcall(function() error({ code = 7 }) end)
  print(ok, type(err), err.code)
  coromega:print("caught:", select(2, pcall(function() assert(false, "no token") end)))
end)`),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(
    r.prints.map((p) => p.replace(/\S*plugin\.lua/g, 'plugin.lua')),
    [
      "false\tplugin.lua:6: attempt to index a non-table object(nil) with key 'count'",
      'false\tplugin.lua:7: cannot perform concat operation between nil and string',
      'false\tplugin.lua:8: cannot perform add operation between nil and number',
      'false\tplugin.lua:9: attempt to call a non-function object',
      'false\tplugin.lua:10: bad input',
      'false\tplugin.lua:11: bad argument #1 to ipairs (table expected, got nil)',
      'false\ttable\t7',
      'caught: plugin.lua:14: no token',
    ],
  );
});
