/**
 * Several mux pollers on one event source each get its events, as in neomega: `require("coromega").from(omega)`
 * polls omega.cmds.resp, omega.cqhttp.resp and the rest, and a plugin's own poller on the same source (neomega's
 * bundled plugins loop this way) must still get its answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { jsonEvents, ofType, root, runCli, runWorld } from '../helpers';

test("a plugin's own poller on omega.cmds.resp gets the answers though coromega polls it too", async () => {
  const r = await runWorld(
    {
      'own.lua': `
local omega = require("omega")
local coromega = require("coromega").from(omega)
local handlers = {}
handlers[omega.cmds.resp] = function(e) e.cb(e.output) end
omega.cmds.send_ws_cmd_with_resp("testfor @a", function(output)
  print("answer", output:user_data().SuccessCount)
  omega.cmds.send_ws_cmd_with_resp("list", function(o) print("second", o:user_data().OutputMessages[2].Parameters[1]) end)
end)
local mux = omega.listen.make_mux_poller()
for s in pairs(handlers) do mux:poll(s) end
while mux:block_has_next() do
  local e = mux:block_get_next()
  handlers[e.type](e.data)
end`,
    },
    { players: [{ name: 'Steve' }] },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['answer\t2', 'second\tSteve, Omega']);
});

test('two pollers on one listener: each gets every event; stopping one leaves the other listening', async () => {
  const r = await runWorld(
    {
      'two.lua': `
local omega = require("omega")
local chat = omega.players.make_chat_poller()
local a = omega.listen.make_mux_poller():poll(chat)
local b = omega.listen.make_mux_poller():poll(chat)
print("a", a:block_get_next().data.raw_msg)
print("b", b:block_get_next().data.raw_msg)
a:stop()
print("b", b:block_get_next().data.raw_msg)`,
    },
    {
      script: [
        { as: 'Steve', chat: 'one' },
        { as: 'Steve', chat: 'two' },
      ],
    },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['a\tone', 'b\tone', 'b\ttwo']);
  assert.deepEqual(
    ofType(r.events, 'action').map((a) => a.problem),
    [undefined, undefined],
  );
});

test('examples/balance.lua through coromega-run: its own loop answers the menu with execute ... tellraw @s', async () => {
  const ex = (f: string): string => path.join(root, 'examples', f);
  const r = await runCli(['--json', '--world', ex('balance.world.json'), ex('balance.lua')]);
  assert.equal(r.code, 0, r.stderr);
  const ev = jsonEvents(r.stdout);
  assert.deepEqual(
    ev.flatMap((e) => (e.type === 'say' ? [`${e.player}: ${e.text}`] : [])),
    ['Steve: 余额：5', 'Alex: 余额：150（富翁）'],
  );
});
