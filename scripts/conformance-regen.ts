/**
 * `npm run conformance:regen [-- [--gopher-lua PATH] [AREA | AREA/NAME.lua ...]]`: builds the gopher-lua runner
 * (conformance/runner/main.go) and writes every case's expected output (`.out`) from what gopher-lua prints.
 * Names given after `--` limit it to those areas or cases.
 *
 * Needs Go (any version that builds in GOPATH mode; 1.19 is known to work) and the gopher-lua v1.1.2 source:
 * `--gopher-lua PATH`, else the environment variable GOPHER_LUA_SRC, else `src/github.com/yuin/gopher-lua` under
 * each folder of `go env GOPATH`. The source is copied into a temporary GOPATH (without its `cmd/` folder, which
 * needs packages beyond Go's standard library) and the runner is built there with GO111MODULE=off; nothing is
 * written outside conformance/cases. CI never runs this: it compares against the committed outputs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CASE_TZ, casesDir, conformanceDir, listCases } from '../conformance/suite';

const RUN_TIMEOUT_MS = 30000;

function fail(message: string): never {
  console.error(`conformance:regen: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { source?: string; only: string[] } {
  const only: string[] = [];
  let source: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--gopher-lua') {
      source = argv[++i];
      if (!source) fail('--gopher-lua needs a path');
    } else if (a.startsWith('--gopher-lua=')) source = a.slice('--gopher-lua='.length);
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: npm run conformance:regen -- [--gopher-lua PATH] [AREA | AREA/NAME.lua ...]\n' +
          'PATH: the gopher-lua v1.1.2 source (default: $GOPHER_LUA_SRC, else ' +
          '$GOPATH/src/github.com/yuin/gopher-lua)',
      );
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else only.push(a.replace(/\\/g, '/').replace(/^(conformance\/)?cases\//, ''));
  }
  return { source, only };
}

function goAvailable(): void {
  const r = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    fail(
      'Go is not installed or not on PATH (`go version` failed). Install Go (e.g. `apt-get install golang-go`).',
    );
}

function findSource(explicit: string | undefined): string {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  else if (process.env.GOPHER_LUA_SRC) candidates.push(process.env.GOPHER_LUA_SRC);
  else {
    const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout.trim();
    for (const dir of gopath.split(path.delimiter).filter(Boolean))
      candidates.push(path.join(dir, 'src', 'github.com', 'yuin', 'gopher-lua'));
  }
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, 'state.go')) && fs.existsSync(path.join(c, 'parse')))
      return path.resolve(c);
  }
  fail(
    `no gopher-lua source found at ${candidates.join(', ') || '(no candidates)'}. ` +
      'Check out github.com/yuin/gopher-lua at v1.1.2 and pass its folder with --gopher-lua PATH ' +
      'or GOPHER_LUA_SRC.',
  );
}

/** Builds the runner in a temporary GOPATH; returns the binary's path. */
function buildRunner(source: string, work: string): string {
  const gopath = path.join(work, 'gopath');
  const lib = path.join(gopath, 'src', 'github.com', 'yuin', 'gopher-lua');
  fs.cpSync(source, lib, {
    recursive: true,
    filter: (from) => {
      const rel = path.relative(source, from);
      const top = rel.split(path.sep)[0]!;
      return top !== 'cmd' && top !== '.git' && !top.startsWith('_');
    },
  });
  const runnerSrc = path.join(gopath, 'src', 'coromega-conformance-runner');
  fs.mkdirSync(runnerSrc, { recursive: true });
  fs.copyFileSync(path.join(conformanceDir, 'runner', 'main.go'), path.join(runnerSrc, 'main.go'));
  const bin = path.join(work, process.platform === 'win32' ? 'runner.exe' : 'runner');
  const r = spawnSync('go', ['build', '-o', bin, 'coromega-conformance-runner'], {
    cwd: runnerSrc,
    env: {
      ...process.env,
      GOPATH: gopath,
      GO111MODULE: 'off',
      GOFLAGS: '',
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) fail(`building the runner failed:\n${r.stderr || r.error?.message}`);
  return bin;
}

function main(): void {
  const { source: explicit, only } = parseArgs(process.argv.slice(2));
  goAvailable();
  const source = findSource(explicit);
  const cases = listCases().filter(
    (c) => only.length === 0 || only.some((o) => c.id === o || c.area === o),
  );
  if (cases.length === 0) fail(`no cases under ${casesDir} match ${only.join(' ') || '(all)'}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-conformance-'));
  try {
    const runner = buildRunner(source, work);
    let changed = 0;
    for (const c of cases) {
      const r = spawnSync(runner, [path.basename(c.lua)], {
        cwd: path.dirname(c.lua),
        env: { ...process.env, TZ: CASE_TZ },
        timeout: RUN_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      });
      if (r.error) fail(`${c.id}: ${r.error.message}`);
      const out = r.stdout;
      const before = fs.existsSync(c.out) ? fs.readFileSync(c.out) : undefined;
      if (!before || !before.equals(out)) {
        fs.writeFileSync(c.out, out);
        changed++;
        console.log(`${before ? 'changed' : 'new    '} ${c.id}`);
      }
    }
    console.log(`${cases.length} cases run on gopher-lua (${source}); ${changed} outputs written.`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
