/**
 * Virtual time end to end: plugins that wait minutes finish at once and see the time pass; real time is
 * unchanged; real I/O keeps its real deadlines; the world's `start` and `advance`; pausing the clock. No test
 * bounds speed tightly: wall-time bounds are generous (a sleep of minutes passing in seconds), or lower bounds a
 * real wait cannot beat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPlugin } from '../src/host';
import type { RunEvent } from '../src/events';
import type { WorldFile } from '../src/world/file';
import { parseWorld } from '../src/world/file';
import {
  joinPrints,
  ofType,
  root,
  runCli,
  runWorld,
  startServer,
  tmpDir,
  writePlugin,
} from './helpers';

const wall = (): number => performance.now();

const TIMES = `local omega = require("omega")
local coromega = require("coromega").from(omega)
local t0, n0, c0 = os.time(), coromega:now(), os.clock()
coromega:sleep(180)
print(os.time() - t0, math.floor(coromega:now() - n0 + 0.5), math.floor(os.clock() - c0 + 0.5))
`;

test('with virtual time a plugin that sleeps 180 s ends at once and saw 180 s pass on os.time, now and os.clock', async () => {
  const started = wall();
  const r = await runWorld({ 'p.lua': TIMES }, {}, { virtualTime: true });
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['180\t180\t180']);
  assert.ok(wall() - started < 10_000, `took ${wall() - started} ms`);
});

test('in real time the same sleep really waits', async () => {
  const started = wall();
  const r = await runWorld(
    {
      'p.lua': `local omega = require("omega")
local coromega = require("coromega").from(omega)
local n0 = coromega:now()
coromega:sleep(0.4)
print(math.floor((coromega:now() - n0) * 1000))
`,
    },
    {},
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.ok(wall() - started >= 390, `a 0.4 s sleep took ${wall() - started} ms`);
  assert.ok(Number(r.prints[0]) >= 399, `coromega:now() moved ${r.prints[0]} ms`);
});

test('the vote-kick example test passes well under real time: the plugin saw its 180 s vote end', async () => {
  const started = wall();
  const r = await runCli(['--test', '--json', 'examples/vote-kick.test.json']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const ends = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; status?: string; transcript?: string[] })
    .filter((x) => x.type === 'testEnd');
  assert.equal(ends.length, 3);
  assert.ok(ends.every((e) => e.status === 'passed'));
  assert.ok(
    ends[0]!.transcript!.some((l) => l.includes('投票结束（180 秒）')),
    ends[0]!.transcript!.join('\n'),
  );
  assert.ok(wall() - started < 10_000, `took ${wall() - started} ms`);
});

test('the vote-kick plugin in real time: the vote really lasts its time', async () => {
  const dir = tmpDir();
  const plugin = path.join(dir, 'vote-kick.lua');
  fs.copyFileSync(path.join(root, 'examples', 'vote-kick.lua'), plugin);
  fs.writeFileSync(
    path.join(dir, 'vote-kick.json'),
    JSON.stringify({ 配置: { '投票时长（秒）': 1.2, '封禁时长（秒）': 60 } }),
  );
  const world: WorldFile = {
    players: [{ name: 'Steve', op: true }, { name: 'Alex' }, { name: 'Bob' }],
    script: [
      { as: 'Steve', menu: '投票踢人', args: ['Alex'] },
      { as: 'Bob', chat: '同意' },
    ],
  };
  const events: RunEvent[] = [];
  const started = wall();
  const { done } = runPlugin({ pluginPath: plugin, world, lang: 'en' }, (e) => events.push(e));
  const exit = await done;
  const spent = wall() - started;
  assert.equal(exit.code, 0);
  const said = ofType(events, 'say').map((e) => e.text);
  assert.ok(
    said.some((t) => /投票结束（[12] 秒）：同意 2，反对 0，Alex 被踢出/.test(t)),
    said.join('\n'),
  );
  assert.ok(spent >= 1150, `the 1.2 s vote took ${spent} ms`);
});

test('a real request keeps its real deadline while another coroutine sleeps for minutes', async () => {
  const server = await startServer((_req, res) => {
    setTimeout(() => res.end('late but in time'), 300);
  });
  try {
    const src = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:start_new(function()
  coromega:sleep(600)
  local slept = os.time() - T0
  print("slept", slept >= 600 and slept < 610)
end)
T0 = os.time()
coromega:start_new(function()
  local res, err = coromega:http_get("${server.url}/", { timeout = 2 })
  print(res and res.body or err, os.time() - T0 < 5)
  local res2, err2 = coromega:http_get("${server.url}/", { timeout = "100ms" })
  print(res2 and res2.body or err2)
end)
coromega:run()
`;
    const started = wall();
    const r = await runWorld(
      { 'p.lua': src },
      { start: '2026-05-01T20:00:00Z' },
      { virtualTime: true },
    );
    assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
    assert.deepEqual(r.prints, [
      'late but in time\ttrue',
      `Get "${server.url}/": context deadline exceeded`,
      'slept\ttrue',
    ]);
    assert.ok(wall() - started >= 390, 'the requests took real time');
  } finally {
    await server.close();
  }
});

test('with virtual time and stdin closed an ask times out at once, its 30 s seen by the plugin', async () => {
  const src = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:start_new(function()
  local t0 = os.time()
  local answer = coromega:get_player("Steve"):ask("名字？", 30)
  print(tostring(answer), os.time() - t0)
end)
coromega:run()
`;
  const r = await runWorld({ 'p.lua': src }, {}, { virtualTime: true });
  assert.deepEqual(r.prints, ['nil\t30']);
});

test('with virtual time an ask waiting on a real stdin runs at real speed until the person answers', async () => {
  const dir = tmpDir();
  const plugin = writePlugin(
    `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:start_new(function()
  local t0 = coromega:now()
  local answer = coromega:get_player("Steve"):ask("名字？", 30)
  print(answer, coromega:now() - t0 < 5)
  coromega:sleep(3600)
  print("an hour later", math.floor(coromega:now() - t0 + 0.5))
end)
coromega:run()
`,
    'p.lua',
    dir,
  );
  const events: RunEvent[] = [];
  const { run, done } = runPlugin(
    { pluginPath: plugin, lang: 'en', stdin: true, realStdin: true, virtualTime: true },
    (e) => events.push(e),
  );
  // A person takes a moment to answer; the 30 s timeout must not have jumped meanwhile.
  setTimeout(() => {
    run.pushInput(JSON.stringify({ as: 'Steve', chat: 'Alex' }));
    run.endInput();
  }, 200);
  const exit = await done;
  assert.equal(exit.code, 0);
  const prints = joinPrints(events);
  assert.equal(prints[0], 'Alex\ttrue');
  assert.match(prints[1]!, /^an hour later\t360[01]$/);
});

test('"start" sets the clock and its zone; "advance" moves it on, firing the timers on the way', async () => {
  const src = `local omega = require("omega")
local coromega = require("coromega").from(omega)
print(os.date("%Y-%m-%d %H:%M:%S %z"), os.time(), os.date("!%H"), math.floor(coromega:now()))
coromega:start_new(function()
  coromega:sleep(3600)
  print("timer", os.date("%Y-%m-%d %H:%M"))
end)
coromega:when_called_by_game_menu({ triggers = { "几点" } }):start_new(function(chat)
  print("menu", os.date("%Y-%m-%d %H:%M"), os.date("*t").wday)
end)
coromega:run()
`;
  for (const virtualTime of [true, false]) {
    const r = await runWorld(
      { 'p.lua': src },
      {
        start: '2026-05-01T20:00:00+08:00',
        script: [{ advance: '1d2h' }, { as: 'Steve', menu: '几点' }],
      },
      { virtualTime },
    );
    assert.deepEqual(
      r.prints.map((l) => l.replace(/^menu\t2026-05-02 22:0\d/, 'menu\t2026-05-02 22:0x')),
      [
        '2026-05-01 20:00:00 +0800\t1777636800\t12\t1777636800',
        'timer\t2026-05-01 21:00',
        'menu\t2026-05-02 22:0x\t7',
      ],
      `virtualTime ${virtualTime}`,
    );
  }
});

test('a world file checks "start" and "advance" and says what they should look like', () => {
  assert.equal(
    parseWorld('{"start": "2026-05-01T20:00:00+08:00"}', 'w.json', 'en').start,
    '2026-05-01T20:00:00+08:00',
  );
  assert.throws(
    () => parseWorld('{"start": "May 1st"}', 'w.json', 'en'),
    /^Error: w\.json: start: should be an ISO 8601 time such as "2026-05-01T20:00:00\+08:00"/,
  );
  assert.throws(
    () => parseWorld('{"start": "2026-02-30"}', 'w.json', 'zh-cn'),
    /w\.json: start：应为 ISO 8601 时间/,
  );
  assert.throws(
    () => parseWorld('{"script": [{"advance": "1 day"}]}', 'w.json', 'en'),
    /w\.json: script\[0\]\.advance: should be a duration such as "24h", "1h30m"/,
  );
  assert.throws(
    () => parseWorld('{"script": [{"advance": -5}]}', 'w.json', 'en'),
    /script\[0\]\.advance: should be a duration/,
  );
  assert.deepEqual(
    parseWorld('{"script": [{"advance": "1h30m"}, {"advance": 500}]}', 'w', 'en').script,
    [{ advance: '1h30m' }, { advance: 500 }],
  );
});

test('a paused clock fires nothing, in virtual and in real time; resumed, the run goes on', async () => {
  for (const virtualTime of [true, false]) {
    const plugin = writePlugin(`local omega = require("omega")
local coromega = require("coromega").from(omega)
local t0 = coromega:now()
coromega:sleep(0.3)
print("woke", math.floor((coromega:now() - t0) * 10 + 0.5))
`);
    const events: RunEvent[] = [];
    const { run, done } = runPlugin({ pluginPath: plugin, lang: 'en', virtualTime }, (e) =>
      events.push(e),
    );
    run.runtime.clock.pause();
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(joinPrints(events), [], `virtualTime ${virtualTime}: nothing while paused`);
    run.runtime.clock.resume();
    const exit = await done;
    assert.equal(exit.code, 0);
    assert.deepEqual(joinPrints(events), ['woke\t3'], `virtualTime ${virtualTime}`);
  }
});

test('coromega-run --virtual-time runs a sleeping plugin at once; --test --real-time waits for real', async () => {
  const dir = tmpDir();
  const plugin = writePlugin(
    `local omega = require("omega")
local coromega = require("coromega").from(omega)
local t0 = os.time()
coromega:sleep(120)
print("slept " .. (os.time() - t0))
`,
    'sleepy.lua',
    dir,
  );
  const started = wall();
  const r = await runCli(['--virtual-time', plugin], { input: '' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'slept 120\n');
  assert.ok(wall() - started < 10_000);

  fs.writeFileSync(plugin, fs.readFileSync(plugin, 'utf8').replace('sleep(120)', 'sleep(0.5)'));
  fs.writeFileSync(
    path.join(dir, 'sleepy.test.json'),
    JSON.stringify({ script: [{ expect: { print: { match: '^slept' }, within: 2000 } }] }),
  );
  const realStarted = wall();
  const real = await runCli(['--test', '--real-time', path.join(dir, 'sleepy.test.json')]);
  assert.equal(real.code, 0, real.stdout + real.stderr);
  assert.ok(wall() - realStarted >= 490, 'the half-second sleep took real time');
  const help = await runCli(['--test', '--help']);
  assert.match(help.stdout, /--real-time/);
  assert.match((await runCli(['--help'])).stdout, /--virtual-time/);
});

test('a question read by a person on a real stdin is no work in progress: the run counts as settled', async () => {
  const plugin = writePlugin(`local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:when_called_by_game_menu({ triggers = { "q" } }):start_new(function(chat)
  local p = coromega:get_player(chat.name)
  p:say("hi " .. tostring(p:ask("name?", 30)))
end)
coromega:run()
`);
  const events: RunEvent[] = [];
  const { run, done } = runPlugin(
    { pluginPath: plugin, lang: 'en', stdin: true, realStdin: true, virtualTime: true },
    (e) => events.push(e),
  );
  run.pushInput(JSON.stringify({ as: 'Steve', menu: 'q' }));
  while (!ofType(events, 'say').some((e) => e.via === 'ask'))
    await new Promise((r) => setTimeout(r, 5));
  // The clock follows real time for the person typing, and a script's next action need not wait for them.
  assert.equal(run.runtime.clock.realTimeBusy, true);
  assert.equal(run.runtime.settled(), true);
  run.pushInput(JSON.stringify({ as: 'Steve', chat: 'Bob' }));
  run.endInput();
  await done;
  assert.ok(ofType(events, 'say').some((e) => e.text === 'hi Bob'));
});
