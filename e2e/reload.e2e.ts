/**
 * End-to-end: a plugin author's loop in a real VS Code (code-server), `coromegaLua.language` = `zh-cn`. "New plugin"
 * makes the four files; "Run with world" plays the new plugin in the Game view; saving the plugin in the editor
 * reloads it in the same world (the view says 重新加载 and keeps what was played); a save that does not parse is
 * shown and the old run goes on. Screenshots on a dark and a light theme go to .e2e-output/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  clearFailureShots,
  closeWorkbench,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  openWorkbench,
  OUTPUT,
  runCommand,
  startCodeServer,
  updateWorkspaceSettings,
  waitFor,
  webviewWith,
  type CodeServer,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;
let game: FrameLocator;

const NAME = '打招呼';

before(async () => {
  clearFailureShots('reload');
  const profile = makeProfile('reload', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
    'workbench.colorTheme': 'Dark Modern',
    'git.openRepositoryInParentFolders': 'never',
    // Quick suggestions would take the Enter of the typed line.
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('reload', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-reload.log');
});

/** The Game view's log rows, as text. */
async function logText(): Promise<string> {
  return (await game.locator('.row.log').allInnerTexts()).join('\n');
}

/** Puts the cursor at the end of the plugin's line holding `text` (found in the file, reached with Go to Line: the
 * Game view in the panel leaves little of the editor visible). */
async function endOfLine(text: string): Promise<void> {
  const lines = fs.readFileSync(path.join(workspace, `${NAME}.lua`), 'utf8').split('\n');
  const n = lines.findIndex((l) => l.includes(text)) + 1;
  assert.ok(n > 0, `a line with ${text}`);
  await page.locator('.editor-group-container.active .editor-instance').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${n}`);
  await input.press('Enter');
  await page.keyboard.press('End');
}

/** Opens the plugin's game menu as the chosen player, with `arg` as its argument. */
async function openMenu(arg: string): Promise<void> {
  await game.locator('button.menu', { hasText: NAME }).click();
  const args = game.locator('.menu-args input');
  await args.waitFor();
  await args.fill(arg);
  await game.locator('.menu-args button[type="submit"]').click();
}

/** Runs "New plugin" from the palette, once the extension's commands are there (an empty workspace does not start
 * the extension until a command asks for it, and its host can take a while on a loaded machine). */
async function newPluginCommand(): Promise<void> {
  await waitFor(
    'the New plugin command',
    async () => {
      try {
        await runCommand(page, /新建插件|New plugin/);
        return true;
      } catch {
        return undefined;
      }
    },
    180_000,
  );
}

test('New plugin: the four files, the plugin open in the editor', async () => {
  await newPluginCommand();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(NAME);
  await input.press('Enter');
  await page
    .locator(`.tab.active[aria-label*="${NAME}.lua"], .tab.active[title*="${NAME}.lua"]`)
    .first()
    .waitFor({ timeout: 30_000 });
  for (const ext of ['.lua', '.json', '.world.json', '.test.json'])
    assert.ok(fs.existsSync(path.join(workspace, NAME + ext)), `${NAME}${ext}`);
  // The workspace sits in this repository: the $schema of each JSON file is its schemas/, relative.
  for (const ext of ['.json', '.world.json', '.test.json']) {
    const { $schema } = JSON.parse(fs.readFileSync(path.join(workspace, NAME + ext), 'utf8')) as {
      $schema: string;
    };
    assert.ok(fs.existsSync(path.resolve(workspace, $schema)), `${ext}: ${$schema}`);
  }
  assert.match(
    fs.readFileSync(path.join(workspace, `${NAME}.lua`), 'utf8'),
    /triggers = \{ "打招呼" \}/,
  );
  // The same name again is refused in the input box, and nothing changes.
  await newPluginCommand();
  await input.waitFor();
  await input.fill(NAME);
  await page
    .locator('.quick-input-widget', { hasText: `已经存在：${NAME}.lua` })
    .waitFor({ timeout: 15_000 });
  await page.keyboard.press('Escape');
});

test('Run with world, then save: reloaded in the same world; a save that does not parse keeps the run', async () => {
  await page
    .locator('.codelens-decoration', { hasText: /运行 Lua 插件|Run Lua plugin/ })
    .first()
    .waitFor({ timeout: 120_000 });
  const button = page.locator(
    '.editor-group-container.active .editor-actions .action-label.codicon-game',
  );
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  game = await webviewWith(page, '#game');
  await game.locator('header h1', { hasText: `${NAME}.lua` }).waitFor({ timeout: 60_000 });
  await game.locator('button.menu', { hasText: NAME }).waitFor({ timeout: 30_000 });
  await game.locator('.tabs .tab', { hasText: '日志' }).click();
  await openMenu('小明');
  await game.locator('.chat .line.k-say', { hasText: '你好，小明！' }).waitFor({ timeout: 30_000 });

  // Edit the plugin in the editor and save it.
  await endOfLine('player:say(("§a');
  await page.keyboard.insertText(' player:say("§b（新版本）")');
  await page.keyboard.press('Control+S');
  await waitFor('the reload', async () =>
    /运行中 · 重新加载/.test(await game.locator('header .badge').innerText()),
  );
  await waitFor('the reload in the log', async () =>
    (await logText()).includes(`重新加载 ${NAME}.lua：世界保持原样`),
  );
  // The same world: what was played is still on the player's screen, and the new version answers.
  await openMenu('小红');
  await game.locator('.chat .line.k-say', { hasText: '（新版本）' }).waitFor({ timeout: 30_000 });
  assert.equal(await game.locator('.chat .line.k-say', { hasText: '你好，小明！' }).count(), 1);
  await page.screenshot({ path: path.join(OUTPUT, 'reload-dark.png') });

  // A save that does not parse: the error is shown, the run (the version before) goes on.
  await endOfLine('player:say(("§a');
  await page.keyboard.insertText(' local x = = 1');
  await page.keyboard.press('Control+S');
  await waitFor('the syntax error in the log', async () =>
    /unexpected symbol near '='/.test(await logText()),
  );
  assert.match(await logText(), /旧的运行继续/);
  assert.match(await game.locator('header .badge').innerText(), /运行中/);
  await openMenu('小刚');
  await game.locator('.chat .line.k-say', { hasText: '你好，小刚！' }).waitFor({ timeout: 30_000 });
  // The error is also on its line in the editor.
  await page
    .locator('.editor-group-container.active .squiggly-error')
    .first()
    .waitFor({ timeout: 30_000 });

  updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Light Modern' });
  await waitFor('the light theme', async () =>
    (await page.locator('.monaco-workbench').getAttribute('class'))?.includes('vs') &&
    !(await page.locator('.monaco-workbench').getAttribute('class'))?.includes('vs-dark')
      ? true
      : undefined,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'reload-light.png') });
});
