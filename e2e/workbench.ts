/**
 * What a user does in the workbench, for the e2e tests: run a command from the palette, open a file, hover, read
 * the Output view, find the extension's webviews, change settings while VS Code runs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { waitFor } from './wait';

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
