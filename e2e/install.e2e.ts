/**
 * The commands outside VS Code, installed the ways the README gives: `npm pack` of this checkout installed
 * globally into a throwaway prefix (offline: the package depends on nothing), and the git repository packed or
 * installed into a plugin project (offline from npm's cache, which `npm ci` filled). Every command runs from a
 * folder outside the checkout with a PATH that does not know it.
 *
 * The git cases clone this checkout's HEAD commit: uncommitted changes are not part of them.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, InitializeResult } from 'vscode-languageserver/node';
import {
  binDir,
  installGlobal,
  npm,
  outsideEnv,
  pack,
  PACKAGE,
  removingGitClones,
  ROOT,
  StdioLsp,
  tempDir,
} from './npmPackage';
import Ajv from 'ajv';
import { schemaReference } from '../runtime/src/world/schemaRef';

const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/coromega-language-server.js',
  'bin/coromega-run.js',
  'bin/launch.js',
  'dist/runtime/cli.js',
  'dist/runtime/testing/worker.js',
  'dist/runtime/vm.js',
  'dist/runtime/worker.js',
  'dist/server/main.js',
  'dist/server/server.js',
  'dist/server/stylua_lib_bg.wasm',
  'package.json',
  'schemas/plugin-config.schema.json',
  'schemas/test.schema.json',
  'schemas/world.schema.json',
];

const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
const STATUS_PLUGIN = fs.readFileSync(path.join(FIXTURES, 'status.lua'), 'utf8');
const TYPO_PLUGIN = fs.readFileSync(path.join(FIXTURES, 'typo.lua'), 'utf8');
const TYPO_LINES = TYPO_PLUGIN.split('\n');

/** A loopback server answering `/status` with JSON, and counting requests. */
async function statusServer(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ players: 7 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCommand(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runCommand, with this process's event loop free (for the loopback server it runs). */
function runCommandAsync(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, args, { cwd, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Writes the plugin and its config beside it (the runtime's default config lookup) into `dir`. */
function writePlugin(dir: string, serverUrl: string): string {
  const plugin = path.join(dir, 'status.lua');
  fs.writeFileSync(plugin, STATUS_PLUGIN);
  fs.writeFileSync(
    path.join(dir, 'status.json'),
    JSON.stringify({ 名称: 'status.lua', 配置: { 地址: serverUrl } }),
  );
  return plugin;
}

/** coromega-run, started as `command`, runs the plugin: a real request to the loopback server, exit 0. */
async function assertRunsPlugin(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
) {
  const api = await statusServer();
  try {
    const plugin = writePlugin(cwd, api.url);
    const r = await runCommandAsync(command, [...args, plugin], cwd, env);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    assert.equal(r.stdout, 'status 200, players 7\n');
    assert.deepEqual(api.hits, ['GET /status']);
  } finally {
    await api.close();
  }
}

/** The language server, started as `command`, answers initialize, completion and diagnostics. */
async function assertServes(command: string, cwd: string, env: NodeJS.ProcessEnv) {
  const lsp = StdioLsp.start(command, ['--stdio'], cwd, env);
  const init = await lsp.conn.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  });
  assert.deepEqual(init.serverInfo, { name: 'coromega-language-server', version: PACKAGE.version });
  assert.ok(init.capabilities.completionProvider);
  await lsp.conn.sendNotification('initialized', {});
  const uri = `file://${cwd}/typo.lua`;
  await lsp.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'lua', version: 1, text: TYPO_PLUGIN },
  });
  const r = await lsp.conn.sendRequest<CompletionItem[] | CompletionList>(
    'textDocument/completion',
    {
      textDocument: { uri },
      position: { line: TYPO_LINES.indexOf('coromega:'), character: 'coromega:'.length },
    },
  );
  const labels = (Array.isArray(r) ? r : r.items).map((i) => i.label);
  assert.ok(labels.includes('http_get') && labels.includes('start_new'), labels.join(', '));
  const d = await lsp.waitForDiagnostics(uri);
  const typo = d.diagnostics.find((x) => x.code === 'unknown-option-key');
  assert.ok(typo, JSON.stringify(d.diagnostics));
  assert.equal(
    typo.range.start.line,
    TYPO_LINES.findIndex((l) => l.includes('timout =')),
  );
  assert.match(String(typo.message), /`timout`.*`timeout`/);
  assert.equal(await lsp.stop(), 0);
  assert.equal(lsp.stderr, '');
}

describe('npm pack of the checkout, installed globally from the tarball', () => {
  let work: string;
  let prefix: string;
  let outside: string;
  let env: NodeJS.ProcessEnv;
  let files: string[];
  let installOutput: string;

  before(() => {
    work = tempDir('pack');
    const packed = pack(ROOT, work);
    files = packed.files;
    prefix = path.join(work, 'prefix');
    installOutput = installGlobal(packed.tarball, prefix).stdout;
    outside = tempDir('outside');
    env = outsideEnv([binDir(prefix)], outside);
  });

  after(() => {
    for (const d of [work, outside]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('ships the two commands, their bundles, the schemas and the docs, and nothing else', () => {
    assert.deepEqual(files, SHIPPED);
  });

  it('installs with nothing to download and links both commands into the prefix', () => {
    assert.match(installOutput, /added 1 package/);
    for (const name of ['coromega-language-server', 'coromega-run']) {
      const real = fs.realpathSync(path.join(binDir(prefix), name));
      assert.ok(real.startsWith(fs.realpathSync(prefix)), `${name} -> ${real}`);
      assert.ok(!real.startsWith(ROOT), `${name} -> ${real}`);
    }
  });

  it('coromega-language-server --version and --help name the installed package', () => {
    const v = runCommand('coromega-language-server', ['--version'], outside, {
      ...env,
      LANG: 'en_US.UTF-8',
    });
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, new RegExp(`^coromega-language-server ${PACKAGE.version} \\(`));
    const h = runCommand('coromega-language-server', ['--help'], outside, env);
    assert.equal(h.code, 0, h.stderr);
    const readme = path.join(
      fs.realpathSync(prefix),
      'lib',
      'node_modules',
      PACKAGE.name,
      'README.md',
    );
    assert.ok(h.stdout.includes(readme), h.stdout);
    assert.ok(fs.existsSync(readme));
    const bad = runCommand('coromega-language-server', ['--studio'], outside, env);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^coromega-language-server: [^\n]+\n$/);
  });

  it('coromega-language-server --stdio answers initialize, completion and diagnostics', async () => {
    await assertServes('coromega-language-server', outside, env);
  });

  it('coromega-run runs a plugin with its config and a real HTTP request', async () => {
    await assertRunsPlugin('coromega-run', [], outside, env);
  });
});

describe('installed from the git repository', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let spec: string;

  before(() => {
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(head.status, 0, `these tests need a git checkout: ${head.stderr}`);
    spec = `git+file://${ROOT}#${head.stdout.trim()}`;
    work = tempDir('git');
    env = outsideEnv([], work);
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('npm pack of the git URL builds the bundles; the tarball installs globally', async () => {
    const dest = path.join(work, 'packed');
    fs.mkdirSync(dest);
    const packed = removingGitClones(() => pack(spec, dest, ['--allow-git=all', '--offline']));
    assert.deepEqual(packed.files, SHIPPED);
    const prefix = path.join(work, 'prefix');
    installGlobal(packed.tarball, prefix);
    const globalEnv = outsideEnv([binDir(prefix)], work);
    await assertServes('coromega-language-server', work, globalEnv);
    await assertRunsPlugin('coromega-run', [], work, globalEnv);
  });

  it('npm install of the git URL into a plugin project; npx runs both commands', async () => {
    const project = path.join(work, 'my-plugins');
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'my-plugins', private: true }),
    );
    removingGitClones(() =>
      npm(
        ['install', '--save-dev', '--allow-git=all', '--offline', '--no-audit', '--no-fund', spec],
        project,
      ),
    );
    const installed = path.join(project, 'node_modules', PACKAGE.name);
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'server', 'server.js')));
    // Nothing but the package itself: its runtime libraries are inside the bundles.
    const modules = fs
      .readdirSync(path.join(project, 'node_modules'))
      .filter((n) => !n.startsWith('.'));
    assert.deepEqual(modules, [PACKAGE.name]);
    // npx (beside node on PATH) finds the commands in the project's node_modules/.bin.
    const v = runCommand(
      'npx',
      ['--no-install', 'coromega-language-server', '--version'],
      project,
      env,
    );
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, new RegExp(`^coromega-language-server ${PACKAGE.version}`));
    await assertRunsPlugin('npx', ['--no-install', 'coromega-run'], project, env);
    assertSchemasResolve(project, env);
  });
});

/**
 * The `$schema` the tools give new world and test files in a project that installed the package resolves to the
 * package's own schemas (which VS Code and other editors then load), and the files validate and run (stdin
 * closed: the plugin's menu would keep it waiting otherwise).
 */
function assertSchemasResolve(project: string, env: NodeJS.ProcessEnv): void {
  const dir = path.join(project, 'plugins');
  fs.mkdirSync(dir, { recursive: true });
  const world = schemaReference('world', dir);
  const testRef = schemaReference('test', dir);
  assert.equal(world, '../node_modules/coromega-lua/schemas/world.schema.json');
  assert.equal(testRef, '../node_modules/coromega-lua/schemas/test.schema.json');
  fs.writeFileSync(
    path.join(dir, 'hello.lua'),
    `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)
  coromega:get_player(chat.name):say("hi " .. chat.name)
end)
coromega:run()
`,
  );
  const worldDoc = {
    $schema: world,
    players: [{ name: 'Alex' }],
    script: [{ as: 'Alex', menu: 'hi' }],
  };
  const testDoc = {
    $schema: testRef,
    players: [{ name: 'Alex' }],
    script: [{ as: 'Alex', menu: 'hi' }, { expect: { say: { to: 'Alex', text: 'hi Alex' } } }],
  };
  fs.writeFileSync(path.join(dir, 'hello.world.json'), JSON.stringify(worldDoc, null, 2));
  fs.writeFileSync(path.join(dir, 'hello.test.json'), JSON.stringify(testDoc, null, 2));
  // Each reference, followed from the file's folder, is the installed schema, and the file is valid by it.
  for (const [ref, doc] of [
    [world!, worldDoc],
    [testRef!, testDoc],
  ] as const) {
    const file = path.resolve(dir, ref);
    assert.ok(file.startsWith(path.join(project, 'node_modules', PACKAGE.name)), file);
    const validate = new Ajv({ strict: false, formats: { regex: true } }).compile(
      JSON.parse(fs.readFileSync(file, 'utf8')) as object,
    );
    assert.ok(validate(doc), JSON.stringify(validate.errors));
  }
  // The installed command runs the plugin in the world beside it, and its test.
  const run = runCommand(
    'npx',
    ['--no-install', 'coromega-run', '--lang', 'en', 'plugins/hello.lua'],
    project,
    env,
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /world file: plugins[\\/]hello\.world\.json/);
  assert.match(run.stderr, /@Alex: hi Alex/);
  const tests = runCommand(
    'npx',
    ['--no-install', 'coromega-run', '--test', '--lang', 'en', 'plugins'],
    project,
    env,
  );
  assert.equal(tests.code, 0, tests.stdout + tests.stderr);
  assert.match(tests.stdout, /1 passed, 0 failed/);
}
