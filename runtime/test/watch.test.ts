/**
 * Restart on save (`--watch`): the file watcher on real files (bursts, unchanged saves, saves by rename, files
 * that appear later), the worker's RunSession in this thread (the world kept across runs, a file that does not
 * parse, a run that ended), and the CLI with real file writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { DEBOUNCE_MS, FileWatcher, watchedSource } from '../src/watch';
import { RunSession } from '../src/session';
import type { ExitEvent, RunEvent } from '../src/events';
import { cliPath, joinPrints, ofType, tmpDir } from './helpers';

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves once `check` holds (polled), or rejects with `what` after `ms`. */
async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}

test('the watcher reports a burst of writes once, skips unchanged saves and other files, and sees renames and new files', async () => {
  const dir = tmpDir();
  const plugin = path.join(dir, 'p.lua');
  const config = path.join(dir, 'p.json');
  fs.writeFileSync(plugin, 'print(1)\n');
  const calls: string[][] = [];
  const w = new FileWatcher([plugin, config], (changed) =>
    calls.push(changed.map((f) => path.basename(f))),
  );
  try {
    // A save that truncates, then writes, in a burst.
    fs.writeFileSync(plugin, '');
    fs.writeFileSync(plugin, 'print(2)\n');
    fs.writeFileSync(plugin, 'print(2) -- again\n');
    await until(() => calls.length === 1, 'the first change');
    await delay(DEBOUNCE_MS * 4);
    assert.deepEqual(calls, [['p.lua']]);

    // The same content again, and a file nobody watches: nothing.
    fs.writeFileSync(plugin, 'print(2) -- again\n');
    fs.writeFileSync(path.join(dir, 'other.lua'), 'x');
    await delay(DEBOUNCE_MS * 6);
    assert.equal(calls.length, 1);

    // A save by rename (write a temp file, move it over), as some editors do.
    fs.writeFileSync(path.join(dir, '.p.lua.tmp'), 'print(3)\n');
    fs.renameSync(path.join(dir, '.p.lua.tmp'), plugin);
    await until(() => calls.length === 2, 'the rename');
    assert.deepEqual(calls[1], ['p.lua']);

    // The config appears later.
    fs.writeFileSync(config, '{"配置": {}}');
    await until(() => calls.length === 3, 'the new config');
    assert.deepEqual(calls[2], ['p.json']);
  } finally {
    w.close();
  }
});

test("watchedSource is the editor's file for a run of unsaved text, else the file run", () => {
  const dir = tmpDir();
  const real = path.join(dir, 'real.lua');
  fs.writeFileSync(real, '');
  assert.equal(watchedSource({ pluginPath: '/tmp/copy/real.lua', displayPath: real }), real);
  assert.equal(watchedSource({ pluginPath: real, displayPath: 'Untitled-1.lua' }), real);
  assert.equal(watchedSource({ pluginPath: real }), real);
});

const V1 = `local omega = require("omega")
local coromega = require("coromega").from(omega)
local db = coromega:key_value_db("counts")
print("v1 start")
coromega:when_called_by_game_menu({ triggers = { "go" } }):start_new(function(chat)
  coromega:send_ws_cmd("scoreboard players add Steve money 5", true)
  coromega:send_ws_cmd("tag Steve add visited", true)
  db:set("visits", (db:get("visits") or 0) + 1)
  coromega:soft_set("mood", "happy")
  print("went")
end)
coromega:run()
`;

const V2 = `local omega = require("omega")
local coromega = require("coromega").from(omega)
local db = coromega:key_value_db("counts")
coromega:start_new(function()
  local res = coromega:send_ws_cmd("scoreboard players test Steve money * *", true)
  print("v2 start", res.OutputMessages[1].Parameters[1], db:get("visits"), (coromega:soft_get("mood")))
end)
coromega:when_called_by_game_menu({ triggers = { "tags" } }):start_new(function(chat)
  local r = coromega:send_ws_cmd("tag Steve list", true)
  print("tags", r.OutputMessages[1].Parameters[3], (coromega:get_player("Alex"):is_online()))
end)
coromega:run()
`;

function session(dir: string, source: string, watch = true) {
  const plugin = path.join(dir, 'p.lua');
  fs.writeFileSync(plugin, source);
  const events: RunEvent[] = [];
  let exit: ExitEvent | undefined;
  const s = new RunSession(
    {
      pluginPath: plugin,
      lang: 'en',
      stdin: true,
      world: {
        players: [{ name: 'Steve', op: true }, { name: 'Alex' }],
        objectives: [{ name: 'money' }],
        script: [{ leave: 'Alex' }],
      },
    },
    watch,
    { emit: (e) => events.push(e), done: (e) => (exit = e) },
  );
  s.start();
  return { s, plugin, events, exit: () => exit };
}

test('a reload keeps the world: scores, tags, players who left, soft data and KV; the script is not played again', async () => {
  const dir = tmpDir();
  const { s, plugin, events } = session(dir, V1);
  await until(() => ofType(events, 'action').length === 1, 'the script');
  s.pushInput(JSON.stringify({ as: 'Steve', menu: 'go' }));
  await until(() => joinPrints(events).includes('went'), 'the menu');
  fs.writeFileSync(plugin, V2);
  await s.reload([plugin]);
  s.pushInput(JSON.stringify({ as: 'Steve', menu: 'tags' }));
  await until(() => joinPrints(events).some((l) => l.startsWith('tags')), 'the new menu');
  assert.deepEqual(joinPrints(events), [
    'v1 start',
    'went',
    'v2 start\t5\t1\thappy',
    'tags\tvisited\tfalse',
  ]);
  const reload = ofType(events, 'reload');
  assert.deepEqual(reload, [{ type: 'reload', files: [plugin] }]);
  const i = events.indexOf(reload[0]!);
  assert.equal(events[i + 1]?.type, 'start', 'the new run starts right after');
  assert.equal(
    ofType(events, 'action').length,
    3,
    "the world's script ran once (plus the two menus)",
  );
  assert.equal(ofType(events, 'exit').length, 0, 'the replaced run ends quietly');
  s.stop();
});

test('a saved file that does not parse is an error at its line, and the old run goes on; a bad config too', async () => {
  const dir = tmpDir();
  const { s, plugin, events } = session(dir, V1);
  await until(() => joinPrints(events).includes('v1 start'), 'the start');
  fs.writeFileSync(plugin, 'print("half typed"\n');
  await s.reload([plugin]);
  const err = ofType(events, 'error')[0]!;
  assert.equal(err.file, plugin);
  assert.equal(err.line, 2);
  assert.match(err.message, /:2: '\)' expected \(to close '\(' at line 1\) near '<eof>'$/);
  assert.match(ofType(events, 'warning').at(-1)!.message, /the old run goes on/);
  s.pushInput(JSON.stringify({ as: 'Steve', menu: 'go' }));
  await until(() => joinPrints(events).includes('went'), 'the old menu');

  fs.writeFileSync(plugin, V1);
  fs.writeFileSync(path.join(dir, 'p.json'), '{"配置": {,}}');
  await s.reload([path.join(dir, 'p.json')]);
  assert.match(
    ofType(events, 'error').at(-1)!.message,
    /^cannot read config file .*p\.json: invalid character/,
  );
  assert.equal(ofType(events, 'reload').length, 0);
  s.stop();
});

test('watching, a run that ends is "watching", not the end; a save runs it again in the same world', async () => {
  const dir = tmpDir();
  const { s, plugin, events, exit } = session(dir, 'print("once")');
  s.endInput();
  await until(() => ofType(events, 'watching').length === 1, 'the end');
  assert.deepEqual(ofType(events, 'watching')[0], {
    type: 'watching',
    code: 0,
    reason: 'finished',
  });
  assert.equal(exit(), undefined);
  fs.writeFileSync(plugin, 'error("broken on purpose")');
  await s.reload([plugin]);
  await until(() => ofType(events, 'watching').length === 2, 'the second end');
  assert.equal(ofType(events, 'watching')[1]!.reason, 'error');
  fs.writeFileSync(plugin, 'print("again")');
  await s.reload([plugin]);
  await until(() => ofType(events, 'watching').length === 3, 'the third end');
  assert.deepEqual(joinPrints(events), ['once', 'again']);
  s.stop();
  assert.equal(exit()?.reason, 'stopped');
});

test('without watching, the run ending ends the session', async () => {
  const { events, exit, s } = session(tmpDir(), 'print("only")', false);
  s.endInput();
  await until(() => exit() !== undefined, 'the end');
  assert.equal(exit()!.code, 0);
  assert.equal(ofType(events, 'watching').length, 0);
});

/** `coromega-run --watch --json ARGS` in `dir`: its events as they come, and its exit code once it closes. */
function watchCli(
  dir: string,
  args: string[],
): { child: ChildProcessWithoutNullStreams; lines: RunEvent[]; closed: Promise<number | null> } {
  const child = spawn(process.execPath, [cliPath, '--watch', '--json', ...args], {
    cwd: dir,
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  const lines: RunEvent[] = [];
  let buf = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(buf.slice(0, nl)) as RunEvent);
      buf = buf.slice(nl + 1);
    }
  });
  const closed = new Promise<number | null>((r) => child.on('close', r));
  return { child, lines, closed };
}

test('coromega-run --watch restarts on a real save, once per burst, keeps the world, and shows a syntax error', async () => {
  const dir = tmpDir();
  const plugin = path.join(dir, 'p.lua');
  fs.writeFileSync(plugin, V1);
  fs.writeFileSync(
    path.join(dir, 'w.json'),
    JSON.stringify({
      players: [{ name: 'Steve' }, { name: 'Alex' }],
      objectives: [{ name: 'money' }],
    }),
  );
  const { child, lines, closed } = watchCli(dir, ['--world', 'w.json', 'p.lua']);
  try {
    await until(() => ofType(lines, 'listener').length === 1, 'the first run', 10_000);
    child.stdin.write(JSON.stringify({ as: 'Steve', menu: 'go' }) + '\n');
    await until(() => joinPrints(lines).includes('went'), 'the menu', 10_000);

    // One save written in three steps is one restart.
    fs.writeFileSync(plugin, '');
    fs.appendFileSync(plugin, V2.slice(0, 40));
    fs.appendFileSync(plugin, V2.slice(40));
    await until(
      () => joinPrints(lines).some((l) => l.startsWith('v2 start')),
      'the reload',
      10_000,
    );
    await delay(DEBOUNCE_MS * 8);
    assert.equal(ofType(lines, 'reload').length, 1);
    assert.ok(joinPrints(lines).includes('v2 start\t5\t1\thappy'), joinPrints(lines).join('\n'));

    fs.writeFileSync(plugin, 'local x = = 1\n');
    await until(() => ofType(lines, 'error').length === 1, 'the syntax error', 10_000);
    assert.equal(ofType(lines, 'error')[0]!.line, 1);
    child.stdin.write(JSON.stringify({ as: 'Steve', menu: 'tags' }) + '\n');
    await until(() => joinPrints(lines).some((l) => l.startsWith('tags')), 'the old run', 10_000);
    assert.equal(ofType(lines, 'reload').length, 1);
    assert.ok(joinPrints(lines).includes('tags\tvisited\ttrue'), joinPrints(lines).join('\n'));
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await closed, 1);
  assert.equal(lines.at(-1)?.type, 'exit');
});

test('coromega-run --watch does not restart on a config the plugin rewrites itself, and still restarts on a save', async () => {
  const dir = tmpDir();
  const plugin = path.join(dir, 'p.lua');
  const config = path.join(dir, 'p.json');
  const source = (word: string): string => `local omega = require("omega")
local coromega = require("coromega").from(omega)
local n = (coromega.config.starts or 0) + 1
coromega:update_config({ starts = n })
print("${word} " .. n)
coromega:run()
`;
  fs.writeFileSync(plugin, source('start'));
  fs.writeFileSync(config, JSON.stringify({ 配置: { starts: 0 } }));
  const { child, lines, closed } = watchCli(dir, ['--no-world', 'p.lua']);
  const starts = (): number => JSON.parse(fs.readFileSync(config, 'utf8')).配置.starts as number;
  try {
    await until(() => joinPrints(lines).includes('start 1'), 'the first run', 10_000);
    // each run writes a new count: were that a save, the runs would follow one another without end
    await delay(DEBOUNCE_MS * 20);
    assert.deepEqual(joinPrints(lines), ['start 1']);
    assert.equal(ofType(lines, 'reload').length, 0);
    assert.equal(starts(), 1);

    fs.writeFileSync(plugin, source('again'));
    await until(() => joinPrints(lines).includes('again 2'), 'the reload', 10_000);
    await delay(DEBOUNCE_MS * 20);
    assert.deepEqual(joinPrints(lines), ['start 1', 'again 2']);
    assert.equal(ofType(lines, 'reload').length, 1);
    assert.equal(starts(), 2);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await closed, 1);
});
