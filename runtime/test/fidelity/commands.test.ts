/**
 * Commands the world runs as Bedrock does: `execute` over the selector engine (each run with its own `@s` and
 * `~`), and canned cross-plugin API answers of the world file, which are work the run waits for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ofType, plugin, runWorld } from '../helpers';

const WORLD = {
  players: [
    {
      name: 'Steve',
      tags: ['vip'],
      scores: { money: 30 },
      position: [10, 64, 10] as [number, number, number],
    },
    { name: 'Alex', scores: { money: 5 }, position: [0, 64, 0] as [number, number, number] },
    { name: 'Herobrine', online: false, tags: ['vip'] },
  ],
};

test('execute as/at/positioned/if/unless runs each command as each executor; legacy execute too', async () => {
  const r = await runWorld(
    {
      'exec.lua': plugin(`
      coromega:start_new(function()
        local function run(cmd)
          local res = coromega:send_ws_cmd(cmd, true)
          local m = res.OutputMessages[1]
          print(res.SuccessCount, m and m.Message or "-", m and m.Parameters[1] or "-")
        end
        run('execute as @a[tag=vip] run tellraw @s {"rawtext":[{"text":"money "},{"score":{"name":"@s","objective":"money"}}]}')
        run('execute as @a[name=Alex] at @s run tp @s ~1 ~ ~-2')
        run('testfor @a[x=1,y=64,z=-2,r=0.5]')
        run('execute as @a[scores={money=10..}] positioned 100 64 100 run tp @s ~ ~ ~')
        run('execute if entity @a[name=Herobrine] run say never')
        run('execute unless score Alex money matches 10.. run tellraw Alex {"rawtext":[{"text":"poor"}]}')
        run('execute as @e[tag=nobody] run say x')
        run('execute @a[name=Steve] ~ ~ ~ tellraw @s {"rawtext":[{"selector":"@s"}]}')
        run('execute as @a run tag @s add seen')
        run('execute as @a[tag=vip] run tag @s add seen')
        run('execute if entity @a[name=Steve]')
      end)`),
    },
    WORLD,
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    '1\t-\t-',
    '1\tcommands.tp.success\tAlex',
    '1\tcommands.testfor.success\tAlex',
    '1\tcommands.tp.success\tSteve',
    '0\tcommands.execute.falseCondition\tif',
    '1\t-\t-',
    '0\tcommands.generic.noTargetMatch\t-',
    '1\t-\t-',
    '3\tcommands.tag.add.success.single\tseen',
    '0\tcommands.execute.allInvocationsFailed\ttag @s add seen',
    '1\tcommands.execute.trueConditionWithCount\t1',
  ]);
  assert.deepEqual(
    ofType(r.events, 'say').map((e) => `${e.player}: ${e.text}`),
    ['Steve: money 30', 'Alex: poor', 'Steve: Steve'],
  );
});

test('a canned API answer without delay is waited for, not lost when the main chunk has nothing else', async () => {
  const r = await runWorld(
    {
      'call.lua': plugin(`
      coromega:start_new(function()
        print(coromega:call_other_plugin_api("/bank/balance", { who = "Steve" }))
        local v, err = coromega:call_other_plugin_api("/bank/fail", {})
        print(v, err)
      end)`),
    },
    { apis: { '/bank/balance': { result: 42 }, '/bank/fail': { error: 'no bank' } } },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  // (result, err), as the framework resumes the session
  assert.deepEqual(r.prints, ['42\tnil', 'nil\tno bank']);
});

test("the bot's position is where `tp` put it, as the game reports it after a teleport", async () => {
  const r = await runWorld(
    {
      'bot.lua': plugin(`
      coromega:start_new(function()
        local function where()
          local x, y, z = omega.botUq.get_bot_position()
          print(x, y, z)
        end
        where()
        coromega:send_ws_cmd("tp @s 10 70 -5", true)
        where()
        coromega:send_ws_cmd("tp @a[name=Omega] ~1 ~ ~", true)
        where()
        coromega:send_ws_cmd("tp Omega Steve", true)
        where()
      end)`),
    },
    { ...WORLD, bot: { name: 'Omega', position: [1, 64, 2] } },
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['1\t64\t2', '10\t70\t-5', '11\t70\t-5', '10\t64\t10']);
});
