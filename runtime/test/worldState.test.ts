/**
 * The live world for front ends: `worldState` events (with `worldState` / `--world-state`) report the players and
 * objectives whenever they change, whatever changed them; the `player` action changes a player's op, tags and
 * scores while the plugin runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAction } from '../src/world/file';
import type { PlayerState, RunEvent } from '../src/events';
import { jsonEvents, ofType, plugin, runCli, runWorld, tmpDir, writePlugin } from './helpers';

const ECONOMY = plugin(`
coromega:when_called_by_game_menu({ triggers = { "pay" } }):start_new(function(chat)
  coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 5", true)
  coromega:send_ws_cmd("tag " .. chat.name .. " add paid", true)
end)
coromega:when_called_by_game_menu({ triggers = { "who" } }):start_new(function(chat)
  local p = coromega:get_player(chat.name)
  local rich = p:check({ "tag=vip", "scores={money=100..}" })
  print(chat.name, "op", tostring(p:is_op()), "vip and rich", tostring(rich))
  local answer = p:ask("§e昵称？")
  print("answer", answer)
end)`);

function steve(e: { players: PlayerState[] }): PlayerState {
  return e.players.find((p) => p.name === 'Steve')!;
}

test('worldState reports the starting world, then every change a command, an ask or an action makes', async () => {
  const r = await runWorld(
    { 'economy.lua': ECONOMY },
    {
      players: [
        { name: 'Steve', op: true, scores: { money: 10 } },
        { name: 'Alex', online: false },
      ],
      script: [
        { as: 'Steve', menu: 'pay' },
        { player: 'Steve', op: false, tags: ['vip'], scores: { money: 120, level: 3 } },
        { as: 'Steve', menu: 'who' },
        { as: 'Steve', chat: 'Herobrine' },
        { player: 'Steve', scores: { level: null } },
        { join: 'Alex' },
      ],
    },
    { worldState: true },
  );
  assert.equal(r.exit.reason, 'finished', JSON.stringify(r.errors));
  const states = ofType(r.events, 'worldState');
  const first = states[0]!;
  assert.deepEqual(first.players, [
    { name: 'Steve', online: true, op: true, tags: [], scores: { money: 10 }, asks: [] },
    { name: 'Alex', online: false, op: false, tags: [], scores: {}, asks: [] },
  ]);
  assert.deepEqual(first.objectives, ['money']);
  // The commands of "pay" changed the score and the tags: reported without reading the commands.
  assert.ok(
    states.some((s) => steve(s).scores.money === 15 && steve(s).tags.includes('paid')),
    'after pay',
  );
  // The player action: op off, the whole tag set, scores set (a new objective is created).
  const edited = states.find((s) => steve(s).scores.level === 3)!;
  assert.deepEqual(steve(edited), {
    name: 'Steve',
    online: true,
    op: false,
    tags: ['vip'],
    scores: { money: 120, level: 3 },
    asks: [],
  });
  assert.deepEqual(edited.objectives, ['money', 'level']);
  // The plugin sees the edit: selectors and is_op read the changed player.
  assert.deepEqual(r.prints.slice(0, 2), [
    'Steve\top\tfalse\tvip and rich\ttrue',
    'answer\tHerobrine',
  ]);
  // A pending ask is reported with its prompt, and is gone once answered.
  const asking = states.findIndex((s) => steve(s).asks.length > 0);
  assert.deepEqual(steve(states[asking]!).asks, ['§e昵称？']);
  assert.deepEqual(steve(states[asking + 1]!).asks, []);
  // null removes a score; join brings Alex online.
  const last = states[states.length - 1]!;
  assert.deepEqual(steve(last).scores, { money: 120 });
  assert.equal(last.players[1]!.online, true);
  // Nothing is reported twice in a row.
  for (let i = 1; i < states.length; i++)
    assert.notDeepEqual(
      { p: states[i]!.players, o: states[i]!.objectives },
      { p: states[i - 1]!.players, o: states[i - 1]!.objectives },
    );
});

test('an ask that times out leaves the reported asks; without worldState nothing is reported', async () => {
  const src = plugin(`
coromega:when_called_by_game_menu({ triggers = { "q" } }):start_new(function(chat)
  local a = coromega:get_player(chat.name):ask("quick?", 0.2)
  print("got", tostring(a))
end)`);
  const r = await runWorld(
    { 'ask.lua': src },
    { script: [{ as: 'Steve', menu: 'q' }, { wait: 400 }] },
    { worldState: true },
  );
  const asks = ofType(r.events, 'worldState').map((s) => steve(s).asks);
  assert.deepEqual(asks, [[], ['quick?'], []]);
  assert.deepEqual(r.prints, ['got\tnil']);
  const quiet = await runWorld({ 'ask.lua': src }, { script: [{ as: 'Steve', menu: 'q' }] });
  assert.deepEqual(ofType(quiet.events, 'worldState'), []);
});

test('a player action naming nobody is reported and the run goes on; the schema checks its fields', async () => {
  const r = await runWorld(
    { 'p.lua': plugin('print("loaded")') },
    { players: [{ name: 'Steve' }], script: [{ player: 'Nobody', op: true }] },
  );
  const action = ofType(r.events, 'action')[0]!;
  assert.equal(action.problem, 'there is no player "Nobody" in the world (players: Steve)');
  assert.equal(r.exit.reason, 'finished');
  assert.equal(checkAction({ player: 'Steve', scores: { money: 1, xp: null } }, 'en'), undefined);
  assert.match(checkAction({ player: 'Steve', op: 'yes' }, 'en')!, /op: should be boolean/);
  assert.match(checkAction({ player: 'Steve', menu: 'x' }, 'en')!, /not an action/);
});

test('--world-state through the CLI: worldState lines follow stdin actions', async () => {
  const dir = tmpDir();
  const p = writePlugin(
    plugin('coromega:when_called_by_game_menu({ triggers = { "x" } }):start_new(function() end)'),
    'live.lua',
    dir,
  );
  const input = [JSON.stringify({ player: 'Steve', tags: ['a', 'b'] }), ''].join('\n');
  const r = await runCli(['--json', '--world-state', p], { input });
  assert.equal(r.code, 0, r.stderr);
  const states = jsonEvents(r.stdout).filter(
    (e): e is Extract<RunEvent, { type: 'worldState' }> => e.type === 'worldState',
  );
  assert.deepEqual(
    states.map((s) => steve(s).tags),
    [[], ['a', 'b']],
  );
  const plain = await runCli(['--world-state', p], { input });
  assert.equal(plain.code, 0, plain.stderr);
  assert.doesNotMatch(plain.stdout + plain.stderr, /worldState/);
  assert.match(plain.stderr, /change player Steve: tags=\[a, b\]|修改玩家 Steve/);
});
