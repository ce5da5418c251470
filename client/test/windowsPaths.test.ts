/**
 * The client's Windows rules, run on any machine: Test Explorer rows and skipped folders on `path.win32` paths,
 * and Stop, which cannot count on signals there (the process is ended at once).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { RunProcess, stopSteps } from '../src/runProcess';
import { folderDescription, inSkippedFolder } from '../src/testing/paths';
import { worldFilePath } from '../src/game/worldFile';

const w = path.win32;

test('Test Explorer rows name their folder with /, on Windows paths too', () => {
  assert.equal(folderDescription('C:\\ws', 'C:\\ws\\tests\\unit\\a.test.json', w), 'tests/unit');
  assert.equal(folderDescription('c:\\ws', 'C:\\WS\\tests\\a.test.json', w), 'tests');
  assert.equal(folderDescription('C:\\ws', 'C:\\ws\\a.test.json', w), '');
  assert.equal(folderDescription('C:\\ws', 'D:\\other\\a.test.json', w), '');
  assert.equal(folderDescription(undefined, 'C:\\ws\\a.test.json', w), '');
  assert.equal(folderDescription('/ws', '/ws/tests/a.test.json', path.posix), 'tests');
});

test('test files under node_modules, .git or neomega_storage are skipped, with either separator', () => {
  for (const p of [
    'C:\\ws\\node_modules\\coromega-lua\\examples\\ai-chat.test.json',
    'C:\\ws\\.git\\x.test.json',
    'D:\\mc\\neomega_storage\\lang\\LuaLoader\\shop.test.json',
    '/ws/node_modules/x/a.test.json',
  ])
    assert.ok(inSkippedFolder(p), p);
  for (const p of ['C:\\ws\\tests\\a.test.json', 'C:\\ws\\my_node_modules_notes\\a.test.json'])
    assert.ok(!inSkippedFolder(p), p);
});

test("the world file setting on a Windows workspace (the runtime's rule, through the client)", () => {
  assert.equal(
    worldFilePath(
      'C:\\ws\\plugins\\shop.lua',
      '${workspaceFolder}\\worlds\\${name}.json',
      'C:\\ws',
      w,
    ),
    'C:\\ws\\worlds\\shop.json',
  );
});

test('Stop: SIGTERM then SIGKILL on POSIX; on Windows, which delivers no signals, the process ends at once', () => {
  assert.deepEqual(stopSteps('linux', 400), [
    { signal: 'SIGTERM', afterMs: 0 },
    { signal: 'SIGKILL', afterMs: 400 },
  ]);
  assert.deepEqual(stopSteps('darwin', 50)[0], { signal: 'SIGTERM', afterMs: 0 });
  assert.deepEqual(stopSteps('win32', 400), [{ signal: 'SIGKILL', afterMs: 0 }]);
});

test('the Windows way of stopping ends a busy child at once, and the run is reported as stopped', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-client-test-'));
  const cli = path.join(dir, 'cli.js');
  fs.writeFileSync(
    cli,
    `process.on('SIGTERM', () => {});
process.stdout.write(JSON.stringify({ type: 'start', plugin: 'busy.lua', config: null, storage: '.', time: 0 }) + '\\n');
for (;;) {}
`,
  );
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  // It ignores SIGTERM and the grace period is far longer than the test: only the Windows plan (no SIGTERM, no
  // wait) stops it in time.
  const proc = new RunProcess(
    { cliPath: cli, args: [], killGraceMs: 60_000, platform: 'win32' },
    { onEvent: (e) => e.type === 'start' && started() },
  );
  await startedP;
  const t0 = Date.now();
  const exit = await proc.stop();
  assert.equal(exit.reason, 'stopped');
  assert.ok(Date.now() - t0 < 5000, `stopped in ${Date.now() - t0} ms`);
  assert.throws(() => process.kill(proc.pid as number, 0), 'the child is gone');
});
