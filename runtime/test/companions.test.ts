/** The files that go with a plugin: its world and test files, the plugins a test file runs, its config section. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  isTestFile,
  isWorldFile,
  pluginOfWorldFile,
  testFileOf,
  testFilePlugins,
  worldFileOf,
} from '../src/companions';
import { configSection, defaultConfigPath, newConfigDoc } from '../src/config';

test('NAME.world.json and NAME.test.json go with NAME.lua, both ways', () => {
  assert.equal(worldFileOf('/p/ai.lua'), '/p/ai.world.json');
  assert.equal(testFileOf('/p/ai.lua'), '/p/ai.test.json');
  assert.equal(pluginOfWorldFile('/p/ai.world.json'), '/p/ai.lua');
  assert.equal(pluginOfWorldFile('/p/ai.World.JSON'), '/p/ai.lua');
  assert.equal(pluginOfWorldFile('/p/ai.json'), null);
  assert.ok(isWorldFile('x.world.json') && !isWorldFile('x.test.json'));
  assert.ok(isTestFile('x.test.json') && !isTestFile('x.world.json'));
});

test('a test file runs its plugins (relative to it, with their pointers), else NAME.lua beside it', () => {
  const file = path.resolve('/w/tests/vote.test.json');
  assert.deepEqual(testFilePlugins(file, undefined), [
    { path: path.resolve('/w/tests/vote.lua'), pointer: '' },
  ]);
  assert.equal(testFilePlugins(path.resolve('/w/tests/vote.json'), undefined), null);
  assert.deepEqual(
    testFilePlugins(file, ['../vote.lua', { path: 'helper.lua', config: { 配置: { a: 1 } } }, 3]),
    [
      { path: path.resolve('/w/vote.lua'), pointer: '/plugins/0' },
      {
        path: path.resolve('/w/tests/helper.lua'),
        pointer: '/plugins/1/path',
        config: { 配置: { a: 1 } },
      },
    ],
  );
});

test('coromega.config is the 配置 section; a new config file has the LuaLoader fields', () => {
  assert.deepEqual(configSection({ 名称: 'x', 配置: { a: 1 } }), { a: 1 });
  assert.equal(configSection({ 名称: 'x' }), undefined);
  assert.equal(configSection([1]), undefined);
  assert.equal(defaultConfigPath('/p/ai.lua'), path.resolve('/p/ai.json'));
  assert.deepEqual(newConfigDoc('/p/ai.lua', { k: '' }), {
    名称: 'ai.lua',
    描述: '',
    是否禁用: false,
    来源: 'LuaLoader',
    配置: { k: '' },
  });
});
