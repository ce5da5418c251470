/**
 * More plugin shapes: several plugins in one world, a licence check at load, WebSocket client and server, a
 * raw-omega plugin without coromega, and the built-in modules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { ofType, plugin, runWorld, startServer, tmpDir } from './helpers';

const PROVIDER = plugin(`
local total = 0
coromega:when_called_by_api_named("/bank/balance"):start_new(function(args, set_result)
  set_result(total)
end)
coromega:when_called_by_api_named("/bank/add"):start_new(function(args)
  total = total + args
  coromega:publish_info("/bank/changed", { total = total, by = args })
  return total
end)
coromega:when_called_by_api_named("/bank/div"):start_new(function(args, set_result)
  if args[2] == 0 then set_result(0, "divide by zero!") return end
  set_result(args[1] / args[2])
end)
coromega:when_called_by_api_named("/bank/slow"):start_new(function(args, set_result)
  coromega:sleep(1)
  set_result("late")
end)
coromega:soft_set("bank/status", "open")
`);

const CALLER = plugin(`
coromega:when_new_data_in_subscribed_topic_named("/bank/changed"):start_new(function(data)
  print("changed", data.total, data.by)
end)
coromega:start_new(function()
  print("status", coromega:soft_get("bank/status"))
  print("balance", coromega:call_other_plugin_api("/bank/balance", nil))
  print("add", coromega:call_other_plugin_api("/bank/add", 100))
  print("div", coromega:call_other_plugin_api("/bank/div", { 1, 0 }))
  print("slow", coromega:call_other_plugin_api("/bank/slow", nil, 0.2))
  coromega:call_other_plugin_api_no_result("/bank/add", 5)
  coromega:sleep(0.05)
  print("balance", coromega:call_other_plugin_api("/bank/balance", nil))
end)
`);

test('provider and caller in one world: APIs with set_result / return values / errors / timeout, topics, soft data', async () => {
  const r = await runWorld(
    { 'provider.lua': PROVIDER, 'caller.lua': CALLER },
    { script: [{ api: '/bank/add', args: 1 }] },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  // The script's action lands while the caller waits for the slow API (the world is settled then).
  assert.deepEqual(
    r.prints.filter((l) => !l.startsWith('changed')),
    [
      'status\topen\ttrue',
      'balance\t0\tnil',
      'add\t100\tnil',
      'div\t0\tdivide by zero!',
      'slow\tnil\tcontext deadline exceeded',
      'balance\t106\tnil',
    ],
  );
  assert.deepEqual(
    r.prints.filter((l) => l.startsWith('changed')),
    ['changed\t100\t100', 'changed\t101\t1', 'changed\t106\t5'],
  );
  const result = ofType(r.events, 'apiResult')[0]!;
  assert.deepEqual(result, { type: 'apiResult', api: '/bank/add', result: 101 });
  const apis = ofType(r.events, 'listener').filter((e) => e.kind === 'api');
  assert.deepEqual(
    apis.map((e) => e.triggers[0]),
    ['/bank/balance', '/bank/add', '/bank/div', '/bank/slow'],
  );
  assert.ok(
    apis.every((e) => e.plugin?.endsWith('provider.lua')),
    'events name their plugin',
  );
  assert.ok(ofType(r.events, 'print').every((e) => e.plugin?.endsWith('caller.lua')));
});

test('licence check at load: blocking sleep on the main chunk, HTTP retried in a loop, then the menu is registered', async () => {
  let calls = 0;
  const licence = await startServer((_req, res, body) => {
    calls++;
    res.statusCode = calls < 3 ? 503 : 200;
    res.end(calls < 3 ? 'busy' : JSON.stringify({ ok: true, server: JSON.parse(body).server }));
  });
  try {
    const r = await runWorld(
      {
        'licence.lua': plugin(`
        local t0 = coromega:now()
        coromega:sleep(0.2)
        print("slept on main", coromega:now() - t0 >= 0.19)
        local server = coromega:soft_get("HashedServerCode")
        local licensed = false
        coromega:start_new(function()
          for try = 1, 5 do
            local res, err = coromega:http_post("${licence.url}/check", { body = json.encode({ server = server }) })
            if res and res.status_code == 200 and json.decode(res.body).ok then
              licensed = true
              break
            end
            print("try", try, res and res.status_code or err)
            coromega:sleep(0.05)
          end
          if not licensed then coromega:halt() return end
          print("licensed for", server)
          coromega:when_called_by_game_menu({ triggers = { "vip" } }):start_new(function(chat)
            coromega:get_player(chat.name):say("welcome")
          end)
        end)`),
      },
      {
        soft: { HashedServerCode: 'abc123' },
        script: [{ wait: 400 }, { as: 'Steve', menu: 'vip' }],
      },
    );
    assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
    assert.deepEqual(r.prints, [
      'slept on main\ttrue',
      'try\t1\t503',
      'try\t2\t503',
      'licensed for\tabc123',
    ]);
    assert.equal(calls, 3);
    assert.deepEqual(
      ofType(r.events, 'say').map((e) => e.text),
      ['welcome'],
    );
  } finally {
    await licence.close();
  }
});

test('WebSocket client against a loopback server: first message, when_new_msg, close gives nil', async () => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  const received: string[] = [];
  let headers: Record<string, string | string[] | undefined> = {};
  wss.on('connection', (ws, req) => {
    headers = req.headers;
    ws.send('hello client');
    ws.on('message', (d) => {
      received.push(String(d));
      if (String(d) === 'bye') ws.close();
      else ws.send(`echo ${String(d)}`);
    });
  });
  const port = (wss.address() as AddressInfo).port;
  try {
    const r = await runWorld(
      {
        'ws.lua': plugin(`
        coromega:start_new(function()
          print("bad", coromega:connect_to_websocket("ws://127.0.0.1:1/"))
          local conn = coromega:connect_to_websocket("ws://127.0.0.1:${port}/x", { ["X-Token"] = { "a", 2 } })
          print("first", conn:receive_message())
          conn:when_new_msg(function(msg) print("got", msg) end)
          conn:send_message("one")
          conn:send({ n = 2 })
          coromega:sleep(0.2)
          conn:send_message("bye")
        end)`),
      },
      {},
    );
    assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
    assert.deepEqual(r.prints, [
      'bad\tnil',
      'first\thello client',
      'got\techo one',
      'got\techo {"n":2}',
      'got\tnil',
    ]);
    assert.deepEqual(received, ['one', '{"n":2}', 'bye']);
    assert.equal(headers['x-token'], 'a, 2');
    assert.ok(r.warnings.some((w) => w.includes('ws://127.0.0.1:1/')));
  } finally {
    wss.close();
  }
});

test('WebSocket server the test connects to: when_new_conn sessions, receive_message, echo', async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const got: string[] = [];
  const r = await runWorld(
    {
      'wss.lua': plugin(`
      local srv = coromega:create_websocket_server("127.0.0.1", ${port})
      print("server", srv ~= nil)
      srv:when_new_conn(function(conn)
        conn:send_message("welcome")
        local first = conn:receive_message()
        print("first", first)
        conn:when_new_msg(function(msg)
          if msg == nil then print("closed") return end
          conn:send_message("echo:" .. msg)
        end)
      end)`),
    },
    {},
    { stdin: true },
    (run) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
      ws.on('message', (d) => {
        got.push(String(d));
        if (String(d) === 'welcome') {
          ws.send('hi');
          ws.send('again');
        }
        if (String(d) === 'echo:again') ws.close();
      });
      ws.on('close', () => setTimeout(() => run.endInput(), 100));
      ws.on('error', () => run.endInput());
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(got, ['welcome', 'echo:again']);
  assert.deepEqual(r.prints, ['server\ttrue', 'first\thi', 'closed']);
  assert.ok(
    ofType(r.events, 'listener').some(
      (e) => e.kind === 'websocket_server' && e.triggers[0] === `127.0.0.1:${port}`,
    ),
  );
});

test('a raw-omega terminal plugin: menu poller, command with callback, user_data, ud2lua, lang_format, config', async () => {
  const r = await runWorld(
    {
      'raw.lua': `
local omega = require("omega")
local json = require("json")
local mode = omega.config:user_data()["默认身份"] or "ws"
local cbs = {}
cbs[omega.cmds.resp] = function(resp) resp.cb(resp.output) end
local term = omega.menu.add_backend_menu_entry({ triggers = { "/" }, argument_hint = "[cmd]", usage = "send a command" })
cbs[term] = function(args)
  local cmd = table.concat(args, " ")
  omega.cmds.send_ws_cmd_with_resp(cmd, function(output)
    local data = output:user_data()
    for _, m in ipairs(ud2lua(data.OutputMessages)) do
      print(mode, data.SuccessCount, (omega.common.lang_format(1, m.Message, unpack(m.Parameters))))
    end
  end)
end
local mux = omega.listen.new_mux_poller()
for k in pairs(cbs) do mux:poll(k) end
local ev = omega.listen.new_mux_poller():poll(omega.system.block_sleep, 0.05):block_get_next()
print("slept", ev.type == omega.system.block_sleep)
while mux:block_has_next() do
  local event = mux:block_get_next()
  if cbs[event.type] then cbs[event.type](event.data) end
end
`,
    },
    {
      players: [{ name: 'Steve', tags: ['a'] }],
      script: [
        { terminal: '/ tag Steve add b' },
        { terminal: '/ tag @a list' },
        { terminal: 'unknown' },
      ],
    },
    {},
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'slept\ttrue',
    'ws\t1\tAdded tag "b" to Steve',
    // `@a` is everyone in the player list, the bot included.
    'ws\t2\tSteve has 2 tags: a, b',
    'ws\t2\tOmega has 0 tags: ',
  ]);
  const problem = r.warnings.find((w) => w.includes('unknown'));
  assert.match(problem ?? '', /no terminal menu trigger matches "unknown"; available: \//);
});

test('require("crypto"), require("lua.coromega") and omega.config:user_data() work as neomega gives them', async () => {
  const r = await runWorld(
    {
      'mods.lua': `
local omega = require("omega")
local crypto = require("crypto")
local coromega = require("lua.coromega").from(omega)
local cfg = omega.config:user_data()
print(type(cfg), cfg.key, coromega.config.key)
print(crypto.base64_encode("hello world"), crypto.base64_decode("aGVsbG8gd29ybGQ="))
print(crypto.md5("abc"), crypto.sha1("abc"))
print(crypto.sha256("abc"))
print(crypto.crc32("abc"), crypto.hmac("sha256", "data", "key"))
local c = crypto.encrypt("abcdd>ee?", "des-ecb", "key12345", 0, "12345678")
print(c, crypto.decrypt(c, "des-ecb", "key12345", 0, "12345678"))
local a = crypto.encrypt("secret", "aes-cbc", "key1234567890123", 0, "1234567890123456")
print(crypto.decrypt(a, "aes-cbc", "key1234567890123", 0, "1234567890123456"))
print(crypto.encrypt("x", "rc4", "k", 0, ""))
print(crypto.base64_decode("@@"))
print(crypto.RAW_DATA, coromega:get_plugin_name())
`,
    },
    {},
    { configPath: undefined },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  const h = (algo: string, s: string): string => crypto.createHash(algo).update(s).digest('hex');
  assert.deepEqual(r.prints, [
    'table\tnil\tnil',
    'aGVsbG8gd29ybGQ=\thello world',
    `${h('md5', 'abc')}\t${h('sha1', 'abc')}`,
    h('sha256', 'abc'),
    `352441c2\t${crypto.createHmac('sha256', 'key').update('data').digest('hex')}`,
    '37998d155e7aa5940b905d5da5aed93a\tabcdd>ee?',
    'secret',
    'nil\tunsupported encrypt method',
    'nil\tillegal base64 data at input byte 0',
    '1\tmods\t1', // get_plugin_name gives gsub's two values
  ]);
});

test('the shared map between plugins: blocking on the main chunk, yielding in a session', async () => {
  const r = await runWorld(
    {
      'a.lua': plugin(`
      local sm = coromega:shared_map()
      print("a set", sm:set("k", { n = 1 }))
      print("a load_or_store", sm:load_or_store("k", 5))
      print("a cas", sm:compare_and_swap("k", { n = 1 }, { n = 2 }))`),
      'b.lua': plugin(`
      local sm = coromega:shared_map()
      coromega:start_new(function()
        print("b get", sm:get("k"))
        print("b old", sm:delete("k"))
        print("b after", sm:get("k"))
        sm:set("x", "y")
        local seen = {}
        sm:iter(function(k, v) seen[#seen + 1] = k .. "=" .. v return true end)
        print("b iter", table.concat(seen, ","))
        local db = coromega:key_value_db("one")
        db:set("a", { 1, 2 })
        local other = coromega:key_value_db("two")
        db:migrate_to(other)
        print("b kv", other:get("a")[2], coromega:soft_get("missing"))
      end)`),
    },
    {},
    { storageDir: tmpDir() },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'a set\tnil',
    'a load_or_store\t{"n":1}\ttrue',
    'a cas\ttrue',
    'b get\t{"n":2}',
    'b old\t{"n":2}',
    'b after\tnil',
    'b iter\tx=y',
    'b kv\t2\tnil\tfalse',
  ]);
});

test('two plugins asking for command results: each session runs to its end before the other plugin goes on', async () => {
  const asker = (name: string, trigger: string): string =>
    plugin(`
coromega:when_called_by_game_menu({ triggers = { "${trigger}" } }):start_new(function(chat)
  print("${name} asks " .. chat.name)
  local r = coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 1", true)
  print("${name} got " .. r.OutputMessages[1].Parameters[4])
  coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 1", false)
  local again = coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 2", true)
  print("${name} again " .. again.OutputMessages[1].Parameters[4])
end)`);
  const r = await runWorld(
    { 'a.lua': asker('a', 'pay'), 'b.lua': asker('b', 'give') },
    {
      players: [
        { name: 'Steve', scores: { money: 0 } },
        { name: 'Alex', scores: { money: 5 } },
      ],
    },
    { stdin: true },
    (run) => {
      const engine = run.runtime.engine;
      void engine.whenSettled().then(async () => {
        // All asked at once: the answers come back while the sessions run, as neomega's do from Go.
        for (const [as, menu] of [
          ['Steve', 'pay'],
          ['Alex', 'give'],
          ['Alex', 'pay'],
          ['Steve', 'give'],
        ] as const)
          engine.apply({ as, menu });
        await engine.whenSettled();
        run.endInput();
      });
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    'a asks Steve',
    'a got 1',
    'a again 4',
    'b asks Alex',
    'b got 6',
    'b again 9',
    'a asks Alex',
    'a got 10',
    'a again 13',
    'b asks Steve',
    'b got 5',
    'b again 8',
  ]);
});
