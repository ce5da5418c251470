/**
 * `npm run conformance:glua-suite -- PATH`: runs gopher-lua's own test scripts through `coromega-run` and prints
 * pass or fail for each, then the count. PATH is the gopher-lua v1.1.2 source (default: $GOPHER_LUA_SRC). The
 * scripts are the ones its script_test.go runs: the 10 of `_glua-tests/` and 13 of `_lua5.1-tests/`, each run from
 * its own folder as that test does. A script passes when it runs to its end (exit code 0). The scripts belong to
 * gopher-lua and the Lua authors; they are read from PATH and never copied here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

/** gopher-lua v1.1.2 script_test.go: gluaTests and luaTests, in its order. */
const SUITE: Array<[folder: string, files: string[]]> = [
  [
    '_glua-tests',
    [
      'base.lua',
      'coroutine.lua',
      'db.lua',
      'issues.lua',
      'os.lua',
      'table.lua',
      'vm.lua',
      'math.lua',
      'strings.lua',
      'goto.lua',
    ],
  ],
  [
    '_lua5.1-tests',
    [
      'attrib.lua',
      'calls.lua',
      'closure.lua',
      'constructs.lua',
      'events.lua',
      'literals.lua',
      'locals.lua',
      'math.lua',
      'sort.lua',
      'strings.lua',
      'vararg.lua',
      'pm.lua',
      'files.lua',
    ],
  ],
];

const RUN_TIMEOUT_MS = 300000;
const cli = path.resolve(__dirname, '..', '..', 'bin', 'coromega-run.js');

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('-h') || args.includes('--help')) {
    console.log('usage: npm run conformance:glua-suite -- PATH (the gopher-lua v1.1.2 source)');
    return;
  }
  const source = args[0] ?? process.env.GOPHER_LUA_SRC;
  if (!source) {
    console.error(
      'conformance:glua-suite: give the gopher-lua source folder: npm run conformance:glua-suite -- PATH ' +
        '(or set GOPHER_LUA_SRC)',
    );
    process.exit(2);
  }
  for (const [folder] of SUITE) {
    if (!fs.existsSync(path.join(source, folder))) {
      console.error(
        `conformance:glua-suite: ${path.join(source, folder)} does not exist: is ${source} the gopher-lua source?`,
      );
      process.exit(2);
    }
  }
  let passed = 0;
  let total = 0;
  for (const [folder, files] of SUITE) {
    const dir = path.join(source, folder);
    for (const file of files) {
      total++;
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [cli, '--lang', 'en', file], {
        cwd: dir,
        encoding: 'utf8',
        timeout: RUN_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      const name = `${folder}/${file}`;
      if (r.status === 0) {
        passed++;
        console.log(`pass  ${name} (${secs} s)`);
      } else {
        const why = r.error
          ? r.error.message
          : (firstErrorLine(r.stderr) ?? `exit code ${String(r.status)}`);
        console.log(`FAIL  ${name} (${secs} s): ${why}`);
      }
    }
  }
  console.log(`${passed} of ${total} pass`);
}

/** The first line of the run's error report on stderr. */
function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /\.lua:\d+:|error|Error/.test(l)) ?? lines.find((l) => l !== '');
}

main();
