/**
 * Players as neomega-core keeps them: the bot is in the player list like everyone, omega.players.say_to is the
 * bot's tellraw, and a player who is offline is shown nothing (the event says so).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runFile } from '../testing/helpers';
import { ofType, plugin, runCli, runWorld, tmpDir, writePlugin } from '../helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';

test('the bot is a player: get_all_online_players, get_player_by_name(bot), @a, @s of its own commands', async () => {
  const r = await runWorld(
    {
      'bot.lua': plugin(`
      coromega:start_new(function()
        local names = {}
        for _, p in ipairs(coromega:get_all_online_players()) do names[#names + 1] = p:name() end
        print(table.concat(names, ","))
        local bot = coromega:get_player_by_name(coromega:bot_name())
        print(bot:name(), bot:uuid_string() == coromega:bot_uuid_string(), bot:is_op())
        print(coromega:send_ws_cmd("testfor @a", true).SuccessCount)
        print(coromega:send_ws_cmd("testfor @s", true).OutputMessages[1].Parameters[1])
        print(omega.players.get_player_by_name("Bot") ~= nil)
      end)`),
    },
    { players: [{ name: 'Steve' }, { name: 'Alex', online: false }], bot: { name: 'Bot' } },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['Steve,Bot', 'Bot\ttrue\ttrue\ttrue', '2', 'Bot', 'true']);
});

test("a players entry with the bot's name gives the bot scores; the bot reads no messages", async () => {
  const r = await runWorld(
    {
      'b.lua': plugin(`
      coromega:start_new(function()
        local res = coromega:send_ws_cmd("scoreboard players test Omega money * *", true)
        print(res.OutputMessages[1].Parameters[1])
        omega.players.say_to("@a", "hi all")
        coromega:bot_say("from the bot")
      end)`),
    },
    { players: [{ name: 'Steve' }, { name: 'Omega', scores: { money: 7 } }] },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['7']);
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.player} ${e.via}: ${e.text}`),
    ['Steve tellraw: hi all', 'Steve chat: <Omega> from the bot'],
  );
});

test("omega.players.say_to is the bot's tellraw: a name quoted, a selector as written", async () => {
  const r = await runWorld(
    {
      'say.lua': plugin(`
      omega.players.say_to("Steve", 'a "quote" <b>')
      omega.players.say_to("@a[tag=vip]", "vip only")
      omega.players.say_to("Nobody", 42)`),
    },
    { players: [{ name: 'Steve', tags: ['vip'] }, { name: 'Alex' }] },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  const cmds = ofType(r.events, 'command');
  assert.deepEqual(
    cmds.map((c) => `${c.via} ${c.command} -> ${c.result?.SuccessCount}`),
    [
      'wo tellraw "Steve" {"rawtext":[{"text":"a \\"quote\\" \\u003cb\\u003e"}]} -> 1',
      'wo tellraw @a[tag=vip] {"rawtext":[{"text":"vip only"}]} -> 1',
      'wo tellraw "Nobody" {"rawtext":[{"text":"42"}]} -> 0',
    ],
  );
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.player}: ${e.text}`),
    ['Steve: a "quote" <b>', 'Steve: vip only'],
  );
});

test('an offline player is shown nothing: the say event says so, and a test expecting it fails', async () => {
  const src = plugin(`
  coromega:start_new(function()
    local alex = coromega:get_player_by_name("Alex")
    alex:say("hello")
    alex:title("big")
    alex:raw_say({ rawtext = { { text = "raw" } } })
  end)`);
  const r = await runWorld({ 'off.lua': src }, { players: [{ name: 'Alex', online: false }] });
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.via}:${e.text}:${e.offline}`),
    ['say:hello:true', 'title:big:true', 'tellraw:raw:true'],
  );

  const dir = tmpDir();
  const p = writePlugin(src, 'off.lua', dir);
  fs.writeFileSync(
    path.join(dir, 'w.json'),
    JSON.stringify({ players: [{ name: 'Alex', online: false }] }),
  );
  const plain = await runCli(['--lang', 'en', '--world', 'w.json', p], { cwd: dir });
  assert.match(plain.stderr, /@Alex \(offline, not shown\): hello/);

  fs.writeFileSync(
    path.join(dir, 'off.test.json'),
    JSON.stringify({
      players: [{ name: 'Alex', online: false }],
      script: [{ expect: { say: { to: 'Alex', text: 'hello' } } }],
    }),
  );
  const [t] = await runFile(path.join(dir, 'off.test.json'), { lang: 'en' });
  assert.equal(t?.status, 'failed');
});
