/**
 * Where neomega's framework (its coromega.lua) behaves in ways a plugin can see: errors inside a session,
 * coromega:print's arguments, get_plugin_name's two values, and coromega:run() after
 * when_progress_increased_by_build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plugin, runCli, runLua, runWorld, writePlugin } from '../helpers';

test('an error in a session is raised again as "lua 协程内函数错误:\\n<error>"; pcall around start_new catches it', async () => {
  const r = await runLua(
    plugin(`
    local ok, err = pcall(function() coromega:start_new(function() error("boom") end) end)
    print(ok, err)
    local ok2, err2 = pcall(coromega.start_new, coromega, function()
      coromega:start_new(function() local t = nil; return t.x end)
    end)
    print(ok2, (err2:gsub("\\n", " | ")))
    print("still running")`),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.match(r.prints[0]!, /^false\tlua 协程内函数错误:\n.*plugin\.lua:5: boom$/);
  assert.match(
    r.prints[1]!,
    /^false\tlua 协程内函数错误: \| lua 协程内函数错误: \| .*plugin\.lua:8: attempt to index a nil value/,
  );
  assert.equal(r.prints[2], 'still running');
});

test("an uncaught error in a menu handler ends the plugin with the framework's text, placed at the failing line", async () => {
  const r = await runWorld(
    {
      'menu.lua': plugin(`
      coromega:when_called_by_game_menu({ triggers = { "x" } }):start_new(function(chat)
        local n = nil
            print(n + 1)
      end)`),
    },
    { script: [{ as: 'Steve', menu: 'x' }] },
  );
  assert.equal(r.exit.code, 1);
  assert.equal(r.errors.length, 1);
  const e = r.errors[0]!;
  assert.match(
    e.message,
    /^lua 协程内函数错误:\n.*menu\.lua:7: attempt to perform arithmetic on a nil value/,
  );
  assert.equal(e.line, 7);
  assert.match(e.file ?? '', /menu\.lua$/);
  assert.match(e.traceback ?? '', /menu\.lua:7:/);
});

test('coromega:print joins 1..#args: trailing nils vanish, nils before a value stay', async () => {
  const r = await runLua(
    plugin(`
    coromega:print("x is", nil)
    coromega:print("a", nil, "c", nil, nil)
    coromega:print(nil)
    coromega:print(1.5, true, { 1 })`),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['x is', 'a nil c', '', '1.500 true [1]']);
});

test("get_plugin_name returns the name and gsub's count", async () => {
  const r = await runLua(
    plugin('print(coromega:get_plugin_name())\nprint(select("#", coromega:get_plugin_name()))'),
  );
  assert.deepEqual(r.prints, ['plugin\t1', '2']);
});

test("coromega:run() after when_progress_increased_by_build fails as the framework's dot call does, explained", async () => {
  const r = await runLua(
    plugin(`
    coromega:when_progress_increased_by_build(nil, {}, {}, {}, {}):start_new(function(total, current)
      print(total, current)
    end)`),
  );
  assert.equal(r.exit.code, 1);
  const e = r.errors[0]!;
  assert.match(e.message, /plugin\.lua:8: attempt to index a nil value \(field 'maintained_cbs'\)/);
  assert.match(e.message, /self\.new_event_source\(k, v\)/);
  assert.match(e.message, /in neomega the plugin crashes here too/);
  assert.equal(e.line, 8);
});

const INVENTORY = plugin(`
coromega:start_new(function()
  local p = coromega:get_player("Steve")
  print(p.send == nil, p.get_inventory == nil)
  local ok, err = pcall(function() p:send({ rawtext = { { text = "hi" } } }) end)
  print(ok, (tostring(err):gsub("^.*: ", "")))
end)`);

test('the bundled framework has no player:send / get_inventory: nil, and a warning where they are looked up', async () => {
  const r = await runLua(INVENTORY);
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['true\ttrue', "false\tattempt to call a nil value (method 'send')"]);
  const w = r.events.filter((e) => e.type === 'warning');
  assert.deepEqual(
    w.map((e) => (e.type === 'warning' ? `${e.line} ${e.api}` : '')),
    ['7 player:send', '7 player:get_inventory'],
  );
  assert.match(
    r.warnings[0]!,
    /^the framework version chosen \(neomega's bundled coromega\.lua\) has no player:send: .*pick it with --framework documented/,
  );
});

test('--framework documented (and the library option) gives them; a wrong version is one usage line', async () => {
  const r = await runLua(INVENTORY, { framework: 'documented' });
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, ['false\tfalse', 'true\tnil']);
  assert.deepEqual(r.warnings, []);
  assert.ok(r.events.some((e) => e.type === 'say' && e.text === 'hi'));
  const p = writePlugin(INVENTORY);
  const cli = await runCli(['--framework', 'documented', p]);
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal(cli.stdout, 'false\tfalse\ntrue\tnil\n');
  const bad = await runCli(['--framework', 'newest', p]);
  assert.equal(bad.code, 2);
  assert.equal(
    bad.stderr,
    'coromega-run: --framework expects bundled or documented, got "newest"\n',
  );
  const test = await runCli(['--test', '--framework', 'newest']);
  assert.equal(test.code, 2);
});
