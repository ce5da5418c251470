/**
 * `coromega-run --test --coverage [DIR]`: line coverage of the plugins under test, as lcov and as a summary per file;
 * the JSON report carries it for the Test Explorer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tmpDir } from './helpers';
import { Coverage, coverableLines } from '../src/debug/coverage';
import { runPlugin } from '../src/host';
import { parseTestReportLine, type CoverageReport } from '../src/testing/protocol';

const PLUGIN = [
  'local omega = require("omega")',
  'local coromega = require("coromega").from(omega)',
  'coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)',
  '  local p = coromega:get_player(chat.name)',
  '  if chat.msg[1] == "never" then',
  '    p:say("unreachable")',
  '  end',
  '  p:say("hello " .. chat.name)',
  'end)',
  'coromega:run()',
  '',
].join('\n');

function project(): string {
  const dir = tmpDir('coromega-cover-');
  fs.writeFileSync(path.join(dir, 'greet.lua'), PLUGIN);
  fs.writeFileSync(
    path.join(dir, 'greet.test.json'),
    JSON.stringify({
      players: [{ name: 'Steve' }],
      script: [
        { as: 'Steve', menu: 'hi' },
        { expect: { say: { to: 'Steve', text: 'hello Steve' } } },
      ],
    }),
  );
  return dir;
}

test('coverable lines are the ones with instructions, without the main chunk closing return', () => {
  const lines = coverableLines(PLUGIN);
  assert.ok(lines.has(4) && lines.has(6) && lines.has(10));
  assert.ok(!lines.has(11), 'the empty last line holds only the implicit return');
});

test('--coverage DIR writes lcov with hit and missed lines and prints the coverage per file', async () => {
  const dir = project();
  const r = await runCli(['--test', '--coverage', 'out-cov', '--lang', 'en', 'greet.test.json'], {
    cwd: dir,
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const lcov = fs.readFileSync(path.join(dir, 'out-cov', 'lcov.info'), 'utf8');
  assert.match(lcov, new RegExp(`SF:${path.join(dir, 'greet.lua').replace(/[\\\\.]/g, '\\$&')}`));
  assert.match(lcov, /^DA:4,1$/m);
  assert.match(lcov, /^DA:6,0$/m);
  assert.match(lcov, /^DA:8,1$/m);
  const lf = Number(/^LF:(\d+)$/m.exec(lcov)![1]);
  const lh = Number(/^LH:(\d+)$/m.exec(lcov)![1]);
  assert.equal(lh, lf - 1);
  assert.match(
    r.stdout,
    new RegExp(
      `Line coverage\\n  greet\\.lua\\s+${((100 * lh) / lf).toFixed(1)}%\\s+${lh}/${lf} lines`,
    ),
  );
  // The summary stays the last line.
  assert.match(r.stdout.trimEnd().split('\n').pop()!, /^1 passed, 0 failed/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--coverage with --json reports the lines of each file', async () => {
  const dir = project();
  const r = await runCli(['--test', '--coverage', '--json', 'greet.test.json'], { cwd: dir });
  const cov = r.stdout
    .split('\n')
    .map(parseTestReportLine)
    .find((x): x is CoverageReport => x?.type === 'coverage');
  assert.ok(cov, r.stdout);
  assert.equal(cov.lcov, path.join(dir, 'coverage', 'lcov.info'));
  const f = cov.files[0]!;
  assert.equal(f.display, 'greet.lua');
  assert.deepEqual(
    f.lines.find(([l]) => l === 6),
    [6, 0],
  );
  fs.rmSync(dir, { recursive: true, force: true });
});

test('an ordinary run installs no hook; a run with coverage does', async () => {
  const dir = tmpDir('coromega-hook-');
  const file = path.join(dir, 'p.lua');
  fs.writeFileSync(file, 'local x = 1\nprint(x)\n');
  for (const withCoverage of [false, true]) {
    const { run, done } = runPlugin(
      { pluginPath: file, lang: 'en', ...(withCoverage ? { debug: new Coverage() } : {}) },
      () => undefined,
    );
    await done;
    const vm = run.runtime.plugins[0]!;
    assert.equal(vm.F.lua.lua_gethook(vm.L) !== null, withCoverage);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
