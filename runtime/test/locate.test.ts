/**
 * The one rule for a plugin's world file (runtime/src/world/locate.ts), on POSIX and Windows paths, and the command
 * line that follows it: `NAME.world.json` beside `NAME.lua` is loaded and named, `--no-world` leaves it out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { worldFileOf } from '../src/companions';
import { defaultWorldFile, worldFilePath } from '../src/world/locate';
import { jsonEvents, plugin, runCli, tmpDir, writePlugin } from './helpers';

test('the world file pattern on POSIX paths', () => {
  const p = path.posix;
  const plugin = '/ws/plugins/ai-chat.lua';
  assert.equal(worldFilePath(plugin, undefined, undefined, p), '/ws/plugins/ai-chat.world.json');
  assert.equal(worldFilePath(plugin, '', undefined, p), '/ws/plugins/ai-chat.world.json');
  assert.equal(
    worldFilePath(plugin, 'worlds/${name}.json', undefined, p),
    '/ws/plugins/worlds/ai-chat.json',
  );
  assert.equal(
    worldFilePath(plugin, '${workspaceFolder}/test.world.json', '/ws', p),
    '/ws/test.world.json',
  );
  assert.equal(worldFilePath('/ws/Shop.LUA', undefined, undefined, p), '/ws/Shop.world.json');
});

test("the setting's default pattern is the file the language server pairs with the plugin", () => {
  for (const [plugin, p] of [
    ['/ws/plugins/ai-chat.lua', path.posix],
    ['/ws/Shop.LUA', path.posix],
    ['C:\\Users\\史蒂夫\\插件\\签到.lua', path.win32],
  ] as const)
    assert.equal(worldFilePath(plugin, undefined, undefined, p), worldFileOf(plugin), plugin);
});

test('the world file pattern on Windows paths: drive letters, backslashes, forward slashes in the pattern', () => {
  const w = path.win32;
  const plugin = 'C:\\Users\\史蒂夫\\插件\\ai-chat.lua';
  assert.equal(
    worldFilePath(plugin, undefined, undefined, w),
    'C:\\Users\\史蒂夫\\插件\\ai-chat.world.json',
  );
  assert.equal(
    worldFilePath(plugin, 'worlds/${name}.json', undefined, w),
    'C:\\Users\\史蒂夫\\插件\\worlds\\ai-chat.json',
  );
  assert.equal(
    worldFilePath(plugin, '${workspaceFolder}\\test.world.json', 'D:\\ws', w),
    'D:\\ws\\test.world.json',
  );
  assert.equal(worldFilePath(plugin, 'E:/w.json', undefined, w), 'E:\\w.json');
  // A plugin given with forward slashes, as some tools write Windows paths.
  assert.equal(worldFilePath('c:/ws/p.lua', undefined, undefined, w), 'c:\\ws\\p.world.json');
  const seen: string[] = [];
  const found = defaultWorldFile(
    plugin,
    (f) => (seen.push(f), f.endsWith('ai-chat.world.json')),
    w,
  );
  assert.equal(found, 'C:\\Users\\史蒂夫\\插件\\ai-chat.world.json');
  assert.deepEqual(seen, [found]);
  assert.equal(
    defaultWorldFile(plugin, () => false, w),
    undefined,
  );
});

const SHOP = plugin(`
coromega:when_called_by_game_menu({ triggers = { "who" } }):start_new(function(chat)
  local names = {}
  for _, p in ipairs(coromega:get_all_online_players()) do names[#names + 1] = p:name() end
  print(table.concat(names, ","))
end)`);

test('the CLI loads NAME.world.json beside the plugin, says so, and --no-world leaves it out', async () => {
  const dir = tmpDir();
  const p = writePlugin(SHOP, 'shop.lua', dir);
  fs.writeFileSync(
    path.join(dir, 'shop.world.json'),
    JSON.stringify({ players: [{ name: 'Alex' }], script: [{ as: 'Alex', menu: 'who' }] }),
  );
  const plain = await runCli(['shop.lua'], { cwd: dir });
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout, 'Alex,Omega\n', 'the bot is an online player too');
  assert.match(
    plain.stderr,
    /^world file: shop\.world\.json \(the one beside the plugin; --no-world leaves it out\)\n/,
  );
  const zh = await runCli(['--lang', 'zh-cn', p]);
  assert.match(
    zh.stderr,
    /^世界文件：.*shop\.world\.json（插件旁的同名世界文件；--no-world 不加载它）\n/,
  );

  const json = await runCli(['--json', 'shop.lua'], { cwd: dir });
  const start = jsonEvents(json.stdout)[0]!;
  assert.deepEqual(start.type === 'start' && start.world, 'shop.world.json');
  assert.equal(json.stderr, '', '--json says it in the start event only');

  const none = await runCli(['--no-world', 'shop.lua'], {
    cwd: dir,
    input: '{"as":"Steve","menu":"who"}\n',
  });
  assert.equal(none.code, 0, none.stderr);
  assert.equal(none.stdout, 'Steve,Omega\n', 'the default world, the bot included');
  assert.doesNotMatch(none.stderr, /world file/);

  // An explicit world wins, and is not announced (it was asked for).
  const other = path.join(dir, 'other.json');
  fs.writeFileSync(
    other,
    JSON.stringify({ players: [{ name: 'Bob' }], script: [{ as: 'Bob', menu: 'who' }] }),
  );
  const explicit = await runCli(['--world', other, p]);
  assert.equal(explicit.stdout, 'Bob,Omega\n');
  assert.doesNotMatch(explicit.stderr, /world file/);

  const both = await runCli(['--world', other, '--no-world', p]);
  assert.equal(both.code, 2);
  assert.equal(both.stderr, 'coromega-run: --world and --no-world cannot be used together\n');

  // A broken world file beside the plugin stops the run like a broken --world.
  fs.writeFileSync(path.join(dir, 'shop.world.json'), '{"players": [}');
  const broken = await runCli(['shop.lua'], { cwd: dir });
  assert.equal(broken.code, 2);
  assert.match(
    broken.stderr,
    /^coromega-run: shop\.world\.json:1:14: the world file is not valid JSON/,
  );
});
