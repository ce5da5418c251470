/**
 * End-to-end: a plugin's world file and config file in a real VS Code. In `vote.world.json`, typing a menu step
 * offers the triggers `vote.lua` registers (from the language server, beside the JSON schema's own help), and a
 * trigger it does not register is flagged; in `vote.lua`, the quick fix for a config key its `vote.json` lacks adds
 * the key to the config file and the warning goes. Screenshots on a dark and a light theme.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  clearFailureShots,
  clickEditorLine,
  closeWorkbench,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  ROOT,
  startCodeServer,
  updateWorkspaceSettings,
  waitFor,
  type CodeServer,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;

const FIXTURE = path.join(ROOT, 'server', 'test', 'fixtures', 'project');

before(async () => {
  clearFailureShots('worldFiles');
  const profile = makeProfile('world-files', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
    'workbench.colorTheme': 'Default Dark Modern',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  for (const f of ['vote.lua', 'vote.json'])
    fs.copyFileSync(path.join(FIXTURE, f), path.join(workspace, f));
  fs.writeFileSync(
    path.join(workspace, 'vote.world.json'),
    `{
  "players": [{ "name": "Steve", "op": true }, { "name": "Alex" }],
  "script": [
    { "as": "Steve", "menu": "votee" },
    { "wait": 100 }
  ]
}
`,
  );
  server = await startCodeServer(profile, workspace, ['--locale', 'zh-cn']);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('worldFiles', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-world-files.log');
});

/** The active editor's text as shown (the lines on screen). */
async function editorText(): Promise<string> {
  return page
    .locator('.editor-group-container.active .editor-instance .view-lines')
    .first()
    .innerText()
    .then((t) => t.replace(/\u00a0/g, ' '));
}

test('a world file: menu steps complete with the triggers the plugin registers; an unknown one is flagged', async () => {
  // open the plugin first: the extension starts with Lua files, and the world file is then sent to it as JSON
  await openFile(page, 'vote.lua');
  await openFile(page, 'vote.world.json');
  // the hover on the unknown trigger: our diagnostic beside the schema's description
  const span = page
    .locator('.editor-group-container.active .editor-instance .view-line span', {
      hasText: /^"votee"$/,
    })
    .first();
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '没有注册游戏菜单' }).first();
  const text = await waitFor(
    'the diagnostic on "votee"',
    async () => {
      await page.mouse.move(0, 0);
      await span.hover();
      await hover.waitFor({ timeout: 8000 });
      return hover.innerText();
    },
    90_000,
  );
  assert.match(text, /vote\.lua 没有注册游戏菜单“votee”（已注册：投票、vote）。是否想写“vote”？/);
  await page.screenshot({ path: path.join(OUTPUT, 'world-diagnostic.png') });
  await page.mouse.move(0, 0);
  await clickEditorLine(page, '{ "wait": 100 }');
  await page.keyboard.press('Enter');
  await page.keyboard.type('{ "as": "Alex", "menu": "');
  const row = (label: string) =>
    page.locator('.suggest-widget .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }),
    });
  await waitFor(
    'the plugin triggers in the suggestions',
    async () => {
      if ((await row('vote').count()) > 0 && (await row('投票').count()) > 0) return true;
      await page.keyboard.press('Control+Space');
      return false;
    },
    60_000,
  );
  assert.match(await row('vote').first().innerText(), /游戏菜单/);
  await page.screenshot({ path: path.join(OUTPUT, 'world-completion.png') });
  await row('vote').first().click();
  // Whether VS Code auto-closed the typed `{` depends on its timing; the fact here is the trigger in the step.
  await waitFor('the trigger written into the step', async () =>
    /\{ "as": "Alex", "menu": "vote"/.test(await editorText()),
  );
  await page.keyboard.press('Control+Z');
});

test('a config key the plugin reads is added to its config file by the quick fix', async () => {
  updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Default Light Modern' });
  await page.locator('.monaco-workbench.vs').waitFor({ timeout: 30_000 });
  await openFile(page, 'vote.lua');
  const warnings = page.locator(
    '.editor-group-container.active .editor-instance .squiggly-warning',
  );
  const before = await waitFor('the config warnings', async () => {
    const n = await warnings.count();
    return n >= 5 ? n : undefined;
  });
  const key = page
    .locator('.editor-group-container.active .editor-instance .view-line span', {
      hasText: /^kick_reason$/,
    })
    .first();
  await key.click();
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: /kick_reason/ }).first();
  await fix.waitFor({ timeout: 30_000 });
  assert.match(await fix.innerText(), /在配置文件中加入 `kick_reason`: ""/);
  await page.screenshot({ path: path.join(OUTPUT, 'config-fix.png') });
  await fix.click();
  const config = path.join(workspace, 'vote.json');
  const written = await waitFor(
    'the key in vote.json on disk',
    () => {
      const text = fs.readFileSync(config, 'utf8');
      return text.includes('"kick_reason"') ? text : undefined;
    },
    60_000,
  );
  const doc = JSON.parse(written) as { 配置: Record<string, unknown> };
  assert.equal(doc.配置.kick_reason, '');
  assert.ok(
    written.includes('\n        "kick_reason": ""'),
    'the file keeps its four-space indent',
  );
  await waitFor('one warning fewer', async () => (await warnings.count()) === before - 1, 60_000);
  await page.screenshot({ path: path.join(OUTPUT, 'config-fixed.png') });
});
