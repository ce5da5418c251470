/**
 * End-to-end: the `coromega-lua` debugger and coverage in a real VS Code (code-server) driven through chromium.
 * F5 on examples/ai-chat.lua (no launch.json), a breakpoint in its menu handler, the menu clicked in the Game view:
 * the debugger stops in the session named after the menu and the player, the Game view says it is paused,
 * `chat.msg` is read in the Debug Console, a step goes to the next line, and Continue lets the answer reach the
 * player. Then the Test Explorer runs the example's tests with coverage and shows the file's percentage.
 * Screenshots go to .e2e-output/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  clearFailureShots,
  clickEditorLine,
  inspectorLocator,
  closeWorkbench,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  ROOT,
  runCommand,
  startCodeServer,
  waitFor,
  webviewWith,
  type CodeServer,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;
/** The example's world, its endpoint answered by the world file's HTTP rule. */
const WORLD = JSON.stringify(
  {
    players: [{ name: 'Steve', op: true }],
    http: [
      {
        method: 'POST',
        url: 'https://api.example.com/v1/*',
        json: { choices: [{ message: { role: 'assistant', content: '在 Y=-58。' } }] },
      },
    ],
  },
  null,
  2,
);

before(async () => {
  clearFailureShots('debug');
  const profile = makeProfile('debug', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
    'remote.autoForwardPorts': false,
    'git.openRepositoryInParentFolders': 'never',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples', 'ai-chat.lua'), path.join(workspace, 'ai-chat.lua'));
  fs.copyFileSync(
    path.join(ROOT, 'examples', 'ai-chat.test.json'),
    path.join(workspace, 'ai-chat.test.json'),
  );
  fs.copyFileSync(
    path.join(ROOT, 'examples', 'ai-chat.json'),
    path.join(workspace, 'ai-chat.json'),
  );
  fs.writeFileSync(path.join(workspace, 'ai-chat.world.json'), WORLD);
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('debug', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-debug.log');
});

/** The line number of the editor's current debug line: the line number beside the top stack frame's glyph. */
async function stoppedLine(): Promise<number | undefined> {
  const glyph = page
    .locator('.editor-group-container.active .editor-instance [class*="debug-stackframe"]')
    .first();
  if ((await glyph.count()) === 0) return undefined;
  const box = await glyph.boundingBox();
  if (!box) return undefined;
  const numbers = page.locator('.editor-group-container.active .editor-instance .line-numbers');
  for (let i = 0; i < (await numbers.count()); i++) {
    const b = await numbers.nth(i).boundingBox();
    if (b && Math.abs(b.y + b.height / 2 - (box.y + box.height / 2)) < b.height / 2)
      return Number(await numbers.nth(i).innerText());
  }
  return undefined;
}

async function game(): Promise<FrameLocator> {
  return webviewWith(page, '#game');
}

test('F5 on a plugin: a breakpoint in its menu handler stops in that session; inspect, step, continue', async () => {
  await openFile(page, 'ai-chat.lua');
  // A breakpoint on the handler's second line (F9 at the cursor).
  await clickEditorLine(page, 'local question = table.concat(chat.msg, " ")');
  await page.keyboard.press('F9');
  await page
    .locator('.editor-group-container.active .codicon-debug-breakpoint')
    .first()
    .waitFor({ timeout: 15_000 });
  // F5 with no launch.json: the file in front, in its world.
  await page.keyboard.press('F5');
  await page.locator('.debug-toolbar').first().waitFor({ timeout: 120_000 });
  await runCommand(page, /Show Game view|显示游戏视图/);
  const g = await game();
  await g.locator('header h1', { hasText: 'ai-chat.lua' }).waitFor({ timeout: 60_000 });
  const menu = g.locator('button.menu', { hasText: 'ai' });
  await menu.waitFor({ timeout: 60_000 });
  await menu.click();
  await g.locator('.menu-args input').fill('钻石 在哪');
  await g.locator('.menu-args button[type="submit"]').click();

  // Stopped at the breakpoint, in the session named after the menu and the player.
  await waitFor('the stop at the breakpoint', async () => (await stoppedLine()) === 19, 60_000);
  // The Call Stack names the session by the menu and the player.
  await page
    .locator('.monaco-list-row', { hasText: '菜单 ai · Steve' })
    .first()
    .waitFor({ timeout: 30_000 });
  await g.locator('header .badge', { hasText: '已暂停' }).waitFor({ timeout: 30_000 });

  // chat.msg in the Debug Console.
  await runCommand(page, 'Debug Console: Focus on Debug Console View');
  const replInput = page.locator('.repl-input-wrapper').first();
  await replInput.waitFor({ timeout: 15_000 });
  await replInput.click();
  await page.keyboard.type('chat.msg[1] .. "|" .. chat.msg[2]');
  await page.keyboard.press('Enter');
  await page
    .locator('.repl .monaco-list-row', { hasText: '"钻石|在哪"' })
    .first()
    .waitFor({ timeout: 30_000 });

  // Step over: the next line of the handler.
  await page.locator('.debug-toolbar .codicon-debug-step-over').first().click();
  await waitFor('the step to line 20', async () => (await stoppedLine()) === 20, 30_000);
  // The Game view again: still paused.
  await runCommand(page, /Show Game view|显示游戏视图/);
  await g.locator('header .badge', { hasText: '已暂停' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(OUTPUT, 'debug-stopped.png') });
  // The request inspector says so too, then the Game view comes back to the front.
  await runCommand(page, /显示请求检查器|Show request inspector/);
  const inspector = await inspectorLocator(page);
  await inspector
    .locator('header .badge.paused', { hasText: '已暂停' })
    .waitFor({ timeout: 30_000 });
  await runCommand(page, /Show Game view|显示游戏视图/);

  // Continue: the answer reaches Steve, and the view plays again.
  await page.locator('.debug-toolbar .codicon-debug-continue').first().click();
  await g.locator('.chat .line.k-say', { hasText: '在 Y=-58。' }).waitFor({ timeout: 60_000 });
  await g.locator('header .badge', { hasText: '运行中' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(OUTPUT, 'debug-continued.png') });
  await page.locator('.debug-toolbar .codicon-debug-stop').first().click();
  await page.locator('.debug-toolbar').first().waitFor({ state: 'hidden', timeout: 60_000 });
});

test('Run with Coverage in the Test Explorer shows the plugin file with its line coverage', async () => {
  await runCommand(page, 'Test: Run All Tests with Coverage');
  // Every test of the example passes, and the Test Coverage view lists the plugin with its percentage.
  await page
    .locator('.monaco-list-row', { hasText: '菜单里直接提问' })
    .locator('.codicon-testing-passed-icon')
    .first()
    .waitFor({ timeout: 180_000 })
    .catch(() => undefined);
  await runCommand(page, 'Testing: Focus on Test Coverage View');
  const text = await waitFor(
    'the coverage of ai-chat.lua',
    async () => {
      const rows = page.locator('.monaco-list-row', { hasText: /ai-chat\.lua/ });
      for (let i = 0; i < (await rows.count()); i++) {
        const t = await rows.nth(i).innerText();
        if (/\d+(\.\d+)?%/.test(t)) return t;
      }
      return undefined;
    },
    180_000,
  );
  assert.match(text, /ai-chat\.lua[\s\S]*\d+(\.\d+)?%/);
  // Covered and missed lines in the editor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('ai-chat.lua');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: 'ai-chat.lua' })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page
    .locator('.editor-group-container.active .coverage-deco-gutter')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(OUTPUT, 'debug-coverage.png') });
});
