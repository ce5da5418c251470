/**
 * The runtime's path rules on Windows paths (`path.win32`: drive letters, backslashes, names in any case), run on
 * any machine: the config beside the plugin (`NAME.json` beside `NAME.lua`) or in a LuaLoader storage, the storage
 * folder, Go's filepath.Join for storage paths, test files shown relative to the working folder, and the plugins a
 * test made from a run names. The world file and `$schema` rules have their own tests (locate, schemaRef).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  luaLoaderStorage,
  resolveConfigPath,
  resolveStorageDir,
  type ConfigFs,
} from '../src/config';
import { goJoin } from '../src/omega/storage';
import { displayPath } from '../src/testing/file';
import { testFromRun } from '../src/testing/fromRun';

const w = path.win32;

/** A Windows file system holding these files (compared as Windows does: without case). */
function windowsFs(files: string[]): ConfigFs {
  const all = files.map((f) => f.toLowerCase());
  return {
    path: w,
    exists: (f) => all.includes(f.toLowerCase()),
    readdir: (d) => {
      const prefix = d.toLowerCase().replace(/\\?$/, '\\');
      const names = files
        .filter((f) => f.toLowerCase().startsWith(prefix) && !f.slice(prefix.length).includes('\\'))
        .map((f) => f.slice(prefix.length));
      if (names.length === 0) throw new Error('ENOENT');
      return names;
    },
  };
}

test('NAME.json beside NAME.lua on a Windows drive', () => {
  const io = windowsFs(['C:\\Users\\史蒂夫\\插件\\签到.json']);
  assert.equal(
    resolveConfigPath('C:\\Users\\史蒂夫\\插件\\签到.lua', undefined, io),
    'C:\\Users\\史蒂夫\\插件\\签到.json',
  );
  assert.equal(
    resolveConfigPath('C:/Users/史蒂夫/插件/签到.LUA', undefined, io),
    'C:\\Users\\史蒂夫\\插件\\签到.json',
    'forward slashes and an upper-case extension',
  );
  assert.equal(resolveConfigPath('D:\\other\\签到.lua', undefined, io), null);
  assert.equal(resolveConfigPath('C:\\p.lua', 'cfg\\p.json', io), w.resolve('cfg\\p.json'));
});

test('a plugin in neomega_storage\\lang\\LuaLoader: its config and storage, whatever the case of the folders', () => {
  const storage = 'D:\\neomega\\neomega_storage';
  const plugin = `${storage}\\lang\\LuaLoader\\shop.lua`;
  assert.equal(luaLoaderStorage(plugin, w), storage);
  assert.equal(luaLoaderStorage(`${storage}\\Lang\\lualoader\\shop.lua`, w), storage);
  assert.equal(luaLoaderStorage('D:\\lang\\LuaLoader\\shop.lua', w), 'D:\\');
  assert.equal(luaLoaderStorage('D:\\plugins\\shop.lua', w), undefined);
  const io = windowsFs([
    `${storage}\\config\\shop[lua]\\b.json`,
    `${storage}\\config\\shop[lua]\\a.json`,
  ]);
  assert.equal(resolveConfigPath(plugin, undefined, io), `${storage}\\config\\shop[lua]\\a.json`);
  assert.equal(resolveStorageDir(plugin, undefined, w), storage);
  assert.equal(resolveStorageDir('E:\\mc\\shop.lua', undefined, w), 'E:\\mc\\neomega_storage');
  assert.equal(resolveStorageDir('E:\\mc\\shop.lua', 'F:\\data', w), 'F:\\data');
});

test("storage paths are joined as Go's filepath.Join joins them on Windows", () => {
  assert.equal(goJoin(['C:\\store', 'data', 'shop'], w), 'C:\\store\\data\\shop');
  assert.equal(goJoin(['C:\\store\\', 'data/kv/', ''], w), 'C:\\store\\data\\kv');
  assert.equal(goJoin(['C:\\store', '..', 'x'], w), 'C:\\x');
  assert.equal(goJoin(['C:\\'], w), 'C:\\');
  assert.equal(goJoin(['', ''], w), '');
  // And as before on POSIX, where a backslash is part of a name.
  const p = path.posix;
  assert.equal(goJoin(['/store/', 'data', 'a\\b/'], p), '/store/data/a\\b');
  assert.equal(goJoin(['/'], p), '/');
  assert.equal(goJoin(['a', '..', '..', 'b'], p), '../b');
});

test('test files are shown relative to the working folder, never across drives', () => {
  assert.equal(displayPath('C:\\ws\\tests\\a.test.json', 'C:\\ws', w), 'tests\\a.test.json');
  assert.equal(displayPath('c:\\WS\\a.test.json', 'C:\\ws', w), 'a.test.json');
  assert.equal(displayPath('D:\\a.test.json', 'C:\\ws', w), 'D:\\a.test.json');
  assert.equal(displayPath('C:\\other\\a.test.json', 'C:\\ws', w), 'C:\\other\\a.test.json');
});

test('a test made from a run names its plugins with forward slashes from the test file', () => {
  const doc = (plugins: string[], testFile: string): unknown =>
    (JSON.parse(testFromRun({ events: [], plugins, testFile }, w)) as { plugins?: unknown })
      .plugins;
  assert.deepEqual(
    doc(['C:\\ws\\src\\a.lua', 'C:\\ws\\src\\lib\\b.lua'], 'C:\\ws\\tests\\x.test.json'),
    ['../src/a.lua', '../src/lib/b.lua'],
  );
  assert.equal(doc(['C:\\ws\\a.lua'], 'C:\\ws\\a.test.json'), undefined, 'beside: no plugins');
  assert.deepEqual(doc(['D:\\p\\a.lua'], 'C:\\ws\\t.test.json'), ['D:/p/a.lua']);
});
