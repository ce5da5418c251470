import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLang } from '../src/i18n';
import { readSettings, runtimeArgs } from '../src/settings';

test('readSettings falls back to defaults and rejects values of the wrong type', () => {
  const s = readSettings(
    (key) =>
      ({
        'run.timeoutCapSeconds': '10',
        'run.maskSecrets': false,
        'run.maxBodyShownBytes': 5,
        'languageServer.hover': 0,
      })[key],
  );
  assert.equal(s.run.timeoutCapSeconds, 0, 'a string is not a number');
  assert.equal(s.run.maskSecrets, false);
  assert.equal(s.run.maxBodyShownBytes, 1024, 'clamped to the minimum');
  assert.equal(s.languageServer.hover, true, '0 is not a boolean');
  assert.equal(s.run.clearOutputOnRun, true);
  assert.equal(s.run.maxResponseBytes, 52428800);
});

test('runtimeArgs maps every run setting to the CLI flag of the contract', () => {
  const s = readSettings(
    (key) =>
      ({
        'run.storagePath': '/tmp/store',
        'run.timeoutCapSeconds': 5,
        'run.maxBodyShownBytes': 2048,
        'run.maxResponseBytes': 4096,
        'run.memoryLimitMb': 256,
        'run.maskSecrets': false,
      })[key],
  );
  const args = runtimeArgs(s.run, { file: '/tmp/x/a.lua', displayPath: '/ws/a.lua', lang: 'en' });
  assert.deepEqual(args, [
    '--json',
    '--lang',
    'en',
    '--storage',
    '/tmp/store',
    '--timeout-cap',
    '5',
    '--max-body-event',
    '2048',
    '--max-body',
    '4096',
    '--max-memory',
    '256',
    '--no-mask',
    '--display-path',
    '/ws/a.lua',
    '--no-world',
    '/tmp/x/a.lua',
  ]);
  const defaults = runtimeArgs(readSettings(() => undefined).run, { file: 'p.lua', lang: 'zh-cn' });
  assert.deepEqual(defaults, [
    '--json',
    '--lang',
    'zh-cn',
    '--max-body-event',
    '65536',
    '--max-body',
    '52428800',
    '--no-world',
    'p.lua',
  ]);
});

test('a run with a world: --world and --world-state before the plugin; the world file setting', () => {
  const s = readSettings((key) => ({ 'run.worldFile': 'worlds/${name}.json' })[key]);
  assert.equal(s.run.worldFile, 'worlds/${name}.json');
  assert.equal(readSettings(() => undefined).run.worldFile, '${name}.world.json');
  const args = runtimeArgs(s.run, {
    file: '/ws/a.lua',
    lang: 'en',
    world: '/ws/worlds/a.json',
    worldState: true,
  });
  assert.deepEqual(args.slice(-4), ['--world', '/ws/worlds/a.json', '--world-state', '/ws/a.lua']);
});

test('resolveLang follows the VS Code display language', () => {
  assert.equal(resolveLang('zh-cn'), 'zh-cn');
  assert.equal(resolveLang('zh-tw'), 'zh-cn');
  assert.equal(resolveLang('en'), 'en');
  assert.equal(resolveLang('de'), 'en');
  assert.equal(
    resolveLang('en', 'zh-cn'),
    'zh-cn',
    'the language setting wins over the display language',
  );
  assert.equal(resolveLang('zh-cn', 'en'), 'en');
  assert.equal(
    readSettings((k) => (k === 'language' ? 'fr' : undefined)).language,
    'auto',
    'unknown values fall back',
  );
});

test('restart on save and virtual time: defaults, and the flags they add', () => {
  const defaults = readSettings(() => undefined);
  assert.equal(defaults.run.restartOnSave, true);
  assert.equal(defaults.run.virtualTime, false);
  const plain = runtimeArgs(defaults.run, { file: '/ws/a.lua', lang: 'en' });
  assert.ok(!plain.includes('--watch') && !plain.includes('--virtual-time'));
  const s = readSettings((key) => ({ 'run.virtualTime': true })[key]);
  const args = runtimeArgs(s.run, {
    file: '/ws/a.lua',
    lang: 'en',
    world: '/ws/a.world.json',
    watch: true,
  });
  assert.deepEqual(args.slice(-5), [
    '--world',
    '/ws/a.world.json',
    '--virtual-time',
    '--watch',
    '/ws/a.lua',
  ]);
});
