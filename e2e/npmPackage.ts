/**
 * The npm package as a user gets it: `npm pack` of this checkout (which runs the prepare build), installs into
 * throwaway npm prefixes and projects, an environment that knows nothing of the checkout, and an LSP client
 * over stdio for an installed language server. Used by the install and Neovim tests; no side effects on import.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PACKAGE = require(path.join(ROOT, 'package.json')) as {
  name: string;
  version: string;
};
export const TARBALL_NAME = `${PACKAGE.name}-${PACKAGE.version}.tgz`;

/** A fresh folder under the system's temporary directory, far from the checkout. */
export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `coromega-${label}-`));
}

/**
 * The environment npm runs in: this one without what an outer `npm run` exported for its script (the
 * project's prefix, package fields, user agent), as in a user's fresh shell. The npm cache stays, so installs
 * can run with --offline.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'INIT_CWD' || (k.toLowerCase().startsWith('npm_') && !keep.has(k.toLowerCase())))
      continue;
    env[k] = v;
  }
  return env;
}

export interface NpmResult {
  stdout: string;
  stderr: string;
}

/** Runs npm in `cwd`; throws with npm's output when it fails. */
export function npm(args: string[], cwd: string): NpmResult {
  const r = spawnSync('npm', args, {
    cwd,
    env: npmEnv(),
    encoding: 'utf8',
    timeout: 5 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(
      `npm ${args.join(' ')} (in ${cwd}) failed with ${r.status ?? r.signal ?? r.error?.message}\n` +
        `${r.stdout}\n${r.stderr}`,
    );
  }
  return { stdout: r.stdout, stderr: r.stderr };
}

/** `npm pack SPEC --json` into `dest`: the tarball's path and the files it holds. */
export function pack(
  spec: string,
  dest: string,
  extra: string[] = [],
): { tarball: string; files: string[] } {
  const { stdout } = npm(['pack', spec, '--json', '--pack-destination', dest, ...extra], dest);
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(dest, info.filename), files: info.files.map((f) => f.path).sort() };
}

/**
 * npm (10 to 12) leaves the clone of a git dependency, node_modules and all, under its cache's tmp folder
 * after packing it. Runs `fn` and removes the clones it left.
 */
export function removingGitClones<T>(fn: () => T): T {
  const tmp = path.join(
    npm(['config', 'get', 'cache'], os.tmpdir()).stdout.trim(),
    '_cacache',
    'tmp',
  );
  const list = (): string[] =>
    fs.existsSync(tmp) ? fs.readdirSync(tmp).filter((n) => n.startsWith('git-clone')) : [];
  const before = new Set(list());
  try {
    return fn();
  } finally {
    for (const n of list()) {
      if (!before.has(n)) fs.rmSync(path.join(tmp, n), { recursive: true, force: true });
    }
  }
}

/** Installs `spec` (a tarball path) globally into `prefix`, offline: the package depends on nothing. */
export function installGlobal(spec: string, prefix: string): NpmResult {
  return npm(
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', spec],
    os.tmpdir(),
  );
}

/** The folder npm puts a global install's commands in. */
export function binDir(prefix: string): string {
  return path.join(prefix, 'bin');
}

/**
 * An environment that knows nothing of the checkout: PATH holds the prefix's commands, Node.js and the
 * system folders; HOME is `home`.
 */
export function outsideEnv(
  pathDirs: string[],
  home: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    PATH: [...pathDirs, path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(
      path.delimiter,
    ),
    HOME: home,
    LANG: 'C.UTF-8',
    ...extra,
  };
}

/** A language server started as a command, spoken to over its stdin/stdout. */
export class StdioLsp {
  readonly conn: MessageConnection;
  stderr = '';
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcessWithoutNullStreams) {
    proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    this.conn = createMessageConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
    });
    this.conn.listen();
  }

  static start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): StdioLsp {
    return new StdioLsp(spawn(command, args, { cwd, env, stdio: 'pipe' }));
  }

  /** The first non-empty diagnostics published for `uri`. */
  async waitForDiagnostics(uri: string, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && d.diagnostics.length > 0) return d;
      if (Date.now() > deadline)
        throw new Error(`no diagnostics for ${uri}; stderr: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }
}
