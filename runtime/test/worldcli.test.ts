/**
 * The offline world through the CLI the extension spawns: --world, several plugin files, JSON actions on stdin,
 * the --json contract, Stop of a flooding or forever-asking plugin, and a bundle that carries its own Lua.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { cliPath, jsonEvents, plugin, root, runCli, tmpDir, writePlugin } from './helpers';
import type { RunEvent } from '../src/events';

const example = (f: string): string => path.join(root, 'examples', f);

test('--world --json: the AI chat example emits the contract events in order', async () => {
  const r = await runCli([
    '--json',
    '--world',
    example('ai-chat.world.json'),
    example('ai-chat.lua'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const ev = jsonEvents(r.stdout);
  const types = ev.map((e) => e.type);
  assert.equal(types[0], 'start');
  assert.equal(types[types.length - 1], 'exit');
  assert.ok(types.includes('listener'));
  const actions = ev.filter((e): e is Extract<RunEvent, { type: 'action' }> => e.type === 'action');
  assert.deepEqual(
    actions.map((a) => a.source),
    ['script', 'script', 'script'],
  );
  const res = ev.find((e) => e.type === 'response');
  assert.ok(res && res.type === 'response' && res.stubbed === true);
  const say = ev.filter((e) => e.type === 'say');
  assert.equal(say.length, 5);
});

test('the economy example: sign-in once a day, ask for a missing amount, selectors guard a transfer', async () => {
  const r = await runCli([
    '--json',
    '--world',
    example('economy.world.json'),
    example('economy.lua'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const says = jsonEvents(r.stdout).flatMap((e) =>
    e.type === 'say' ? [`${e.player}/${e.via}: ${e.text}`] : [],
  );
  assert.deepEqual(says, [
    'Steve/say: §a签到成功，获得 10 金币，现在有 15 金币',
    'Steve/say: §e今天已经签到过了',
    'Steve/ask: §e转多少金币？',
    'Steve/say: §c金币不足',
    'Steve/say: §a已向 Alex 转账 15 金币',
    'Alex/say: §aSteve 向你转账 15 金币',
    'Alex/say: §b你有 65 金币',
  ]);
});

test('JSON lines on stdin are live actions; other lines stay terminal input; bad actions and lines that start as JSON but are not are reported', async () => {
  const dir = tmpDir();
  const p = writePlugin(
    plugin(`
    coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)
      local p = coromega:get_player(chat.name)
      local answer = p:ask("what?")
      p:say("you said " .. answer)
    end)
    coromega:when_called_by_terminal_menu({ triggers = { "ping" } }):start_new(function(args)
      print("pong " .. table.concat(args, ","))
    end)
    coromega:when_player_change():start_new(function(player, action)
      print(player:name(), action)
    end)`),
    'live.lua',
    dir,
  );
  const input = [
    JSON.stringify({ as: 'Steve', menu: 'hi' }),
    JSON.stringify({ as: 'Steve', chat: 'a cat' }),
    'ping 1 2',
    JSON.stringify({ join: 'Alex' }),
    JSON.stringify({ leave: 'Steve' }),
    JSON.stringify({ as: 'Steve' }),
    '{ not json',
    '{"as": "Steve", "menu": "hi",}',
    'ping {x}',
    '',
  ].join('\n');
  const r = await runCli(['--json', p], { input });
  assert.equal(r.code, 0, r.stderr);
  const ev = jsonEvents(r.stdout);
  const prints = ev.flatMap((e) => (e.type === 'print' ? [e.text] : []));
  assert.deepEqual(prints, [
    'Steve\texist',
    'Omega\texist',
    'pong 1,2',
    'Alex\tonline',
    'Steve\toffline',
    'pong {x}',
  ]);
  const says = ev.flatMap((e) => (e.type === 'say' ? [`${e.via}:${e.text}`] : []));
  assert.deepEqual(says, ['ask:what?', 'say:you said a cat']);
  const actions = ev.filter((e): e is Extract<RunEvent, { type: 'action' }> => e.type === 'action');
  assert.ok(actions.every((a) => a.source === 'stdin'));
  assert.equal(actions.length, 6);
  assert.deepEqual(
    actions.flatMap((a) => ('terminal' in a.action ? [a.action.terminal] : [])),
    ['ping 1 2', 'ping {x}'],
  );
  const warnings = ev.flatMap((e) => (e.type === 'warning' ? [e.message] : []));
  assert.deepEqual(warnings, [
    'ignored an invalid action: action: an action with "as" also needs "menu" or "chat"',
    'ignored an invalid action: not valid JSON (column 3): unexpected not (text in JSON needs double quotes)',
    'ignored an invalid action: not valid JSON (column 29): a comma before } (JSON allows no trailing comma)',
  ]);
});

test('several plugin files in one world through the CLI; plain mode says what the world does', async () => {
  const dir = tmpDir();
  const a = writePlugin(
    plugin(`coromega:when_called_by_api_named("/x"):start_new(function(args) return args * 2 end)`),
    'a.lua',
    dir,
  );
  const b = writePlugin(
    plugin(`coromega:start_new(function()
      print("x", coromega:call_other_plugin_api("/x", 21))
      coromega:send_ws_cmd("tellraw @a {\\"rawtext\\":[{\\"text\\":\\"§a hi\\"}]}")
      coromega:send_ws_cmd("fill 0 0 0 1 1 1 stone")
    end)`),
    'b.lua',
    dir,
  );
  const r = await runCli(['--lang', 'en', a, b]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'x\t42\tnil\n');
  assert.match(r.stderr, /≡ cross-plugin API: \/x/);
  assert.match(r.stderr, /@Steve \(tellraw\): {2}hi/);
  assert.match(r.stderr, /warning: the offline world does not simulate the command fill/);
  const zh = await runCli(['--lang', 'zh-cn', a, b]);
  assert.match(zh.stderr, /≡ 跨插件 API: \/x/);
  assert.match(zh.stderr, /警告：离线世界不模拟命令 fill/);
});

function spawnRun(args: string[]): {
  child: ReturnType<typeof spawn>;
  out: () => string;
  waitFor: (s: string) => Promise<void>;
} {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const w of waiters) w();
  });
  return {
    child,
    out: () => out,
    waitFor: (s) =>
      new Promise<void>((resolve) => {
        const check = (): void => {
          if (out.includes(s)) resolve();
        };
        waiters.push(check);
        check();
      }),
  };
}

async function stopTimed(
  child: ReturnType<typeof spawn>,
): Promise<{ ms: number; code: number | null }> {
  const t0 = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { ms: Date.now() - t0, code };
}

test('a plugin flooding prints from a menu handler stops within a second', async () => {
  const world = path.join(tmpDir(), 'flood.world.json');
  fs.writeFileSync(world, JSON.stringify({ script: [{ as: 'Steve', menu: 'flood' }] }));
  const p = writePlugin(
    plugin(`coromega:when_called_by_game_menu({ triggers = { "flood" } }):start_new(function()
      local i = 0
      while true do i = i + 1 print("line " .. i) end
    end)`),
  );
  const run = spawnRun(['--json', '--world', world, p]);
  await run.waitFor('line 1000');
  const { ms, code } = await stopTimed(run.child);
  assert.ok(ms < 1000, `took ${ms} ms`);
  assert.equal(code, 1);
});

test('an ask nobody answers keeps the run alive while stdin is open; Stop ends it within a second', async () => {
  const world = path.join(tmpDir(), 'ask.world.json');
  fs.writeFileSync(world, JSON.stringify({ script: [{ as: 'Steve', menu: 'q' }] }));
  const p = writePlugin(
    plugin(`coromega:when_called_by_game_menu({ triggers = { "q" } }):start_new(function(chat)
      print("asking")
      print(coromega:get_player(chat.name):ask("?"))
    end)`),
  );
  const run = spawnRun(['--json', '--world', world, p]);
  await run.waitFor('"asking"');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(run.child.exitCode, null, 'still running: the ask can be answered on stdin');
  const { ms, code } = await stopTimed(run.child);
  assert.ok(ms < 1000, `took ${ms} ms`);
  assert.equal(code, 1);
  const last = jsonEvents(run.out()).pop();
  assert.ok(last?.type === 'exit' && last.reason === 'stopped');
});

test('the bundle carries its own Lua files (runs from a folder without runtime/src/lua)', async () => {
  const dir = tmpDir();
  for (const f of ['cli.js', 'worker.js', 'vm.js'])
    fs.copyFileSync(path.join(root, 'dist', 'runtime', f), path.join(dir, f));
  const p = writePlugin(
    plugin(
      `coromega:start_new(function() coromega:sleep(0.01) print(coromega:bot_name(), #coromega:get_all_online_players()) end)`,
    ),
    'p.lua',
    dir,
  );
  const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [path.join(dir, 'cli.js'), p], { cwd: dir });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdin.end();
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'Omega\t2\n'); // Steve and the bot
  const bundle = fs.readFileSync(path.join(dir, 'vm.js'), 'utf8');
  assert.ok(!bundle.includes('function Coromega:run()'), 'coromega.lua is inlined as bytecode');
  assert.ok(fs.existsSync(path.join(dir, '.cache')), 'the VM bundle left its code cache');
});

test('a world file with a trailing comma: file:line:column and the problem in the run language, exit 2', async () => {
  const dir = tmpDir();
  const p = writePlugin(plugin('print("never")'), 'p.lua', dir);
  const world = path.join(dir, 'p.world.json');
  fs.writeFileSync(world, '{\n  "players": [\n    { "name": "Steve", "op": true },\n  ]\n}\n');
  for (const [lang, text] of [
    ['en', 'the world file is not valid JSON: a comma before ] (JSON allows no trailing comma)'],
    ['zh-cn', '世界文件不是有效的 JSON：] 前多了一个逗号（JSON 不允许末尾的逗号）'],
  ] as const) {
    const r = await runCli(['--lang', lang, '--world', world, p]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `coromega-run: ${world}:3:36: ${text}\n`);
  }
});
