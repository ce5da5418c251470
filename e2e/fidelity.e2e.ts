/**
 * End-to-end: where offline runs say what neomega would do, as a user sees it in a real VS Code (code-server,
 * `coromegaLua.language` = `zh-cn`): a config key the config lacks is a warning at its line in the Output channel and
 * in the inspector (whose location opens the line); `player:send`, which the bundled framework lacks, is flagged in
 * the editor and warned about in the run, and choosing the documented framework in the settings makes both go away
 * (the runtime gets `--framework documented`). Screenshots go to .e2e-output/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  clearFailureShots,
  closeWorkbench,
  inspectorLocator,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  outputText,
  runCommand,
  showRunOutput,
  startCodeServer,
  updateWorkspaceSettings,
  waitFor,
  type CodeServer,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;

const RUN_TITLE = /运行 Lua 插件|Run Lua plugin/;

const PLUGIN = `local coromega = require("coromega").from(require("omega"))
coromega:start_new(function()
    local key = coromega.config["API密钥"]
    local p = coromega:get_player("Steve")
    p:send({ rawtext = { { text = "key " .. tostring(key) } } })
end)
coromega:run()
`;

before(async () => {
  clearFailureShots('fidelity');
  const profile = makeProfile('fidelity', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
    'workbench.colorTheme': 'Dark Modern',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'shop.lua'), PLUGIN);
  fs.writeFileSync(
    path.join(workspace, 'shop.json'),
    JSON.stringify({ 名称: 'shop.lua', 配置: { 商品: [] } }, null, 2),
  );
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('fidelity', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-fidelity.log');
});

/** The Output channel's text once the run ended, its wrapped lines joined. */
async function runOutput(ended: RegExp = /\[exit\]/): Promise<string> {
  await showRunOutput(page);
  const text = await waitFor('the run to end', async () => {
    const t = await outputText(page);
    return ended.test(t) ? t : undefined;
  });
  return text.replace(/\n(?!\[)/g, '');
}

async function problemRows(hasText: string) {
  await page
    .locator('.part.panel .composite-bar .action-label', { hasText: /Problems|问题/ })
    .first()
    .click();
  return page.locator('.markers-panel .monaco-list-row', { hasText });
}

test('a missing config key and a method of another framework version: warnings at their lines, in Output and the inspector', async () => {
  await openFile(page, 'shop.lua');
  await runCommand(page, RUN_TITLE);
  const frame = await inspectorLocator(page);
  await frame.locator('header h1', { hasText: 'shop.lua' }).waitFor({ timeout: 60_000 });
  const missing = frame.locator('.c-line.warning', { hasText: '配置中没有“API密钥”' });
  await missing.waitFor({ timeout: 30_000 });
  assert.equal(
    await missing.locator('a.location').innerText(),
    `${path.join(workspace, 'shop.lua')}:3`,
  );
  await frame
    .locator('.c-line.warning', { hasText: 'player:send' })
    .locator('a.location', { hasText: 'shop.lua:5' })
    .waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'fidelity-inspector.png') });

  const out = await runOutput();
  assert.match(
    out,
    /\[warning\] \S*shop\.lua:3: 配置中没有“API密钥”，读到的是 nil（配置文件：\S*shop\.json）/,
  );
  assert.match(
    out,
    /\[warning\] \S*shop\.lua:5: 所选的框架版本（neomega 自带的 coromega\.lua）没有 player:send/,
  );
  assert.match(out, /attempt to call a nil value \(method 'send'\)/);

  // The editor flags the call the chosen version lacks.
  const flagged = await problemRows('所选的框架版本');
  await flagged.first().waitFor({ timeout: 30_000 });
  assert.match(await flagged.first().innerText(), /player:send/);
  await page.screenshot({ path: path.join(OUTPUT, 'fidelity-problems.png') });
});

test('choosing the documented framework in the settings: no warning in the editor, and the run has player:send', async () => {
  updateWorkspaceSettings(workspace, { 'coromegaLua.frameworkVersion': 'documented' });
  const flagged = await problemRows('所选的框架版本');
  await waitFor(
    'the framework warning gone from Problems',
    async () => (await flagged.count()) === 0,
  );
  await openFile(page, 'shop.lua');
  await runCommand(page, RUN_TITLE);
  const out = await runOutput(/\[exit\] 已完成/);
  assert.doesNotMatch(out, /player:send/);
  assert.match(out, /配置中没有“API密钥”/);
  await page.screenshot({ path: path.join(OUTPUT, 'fidelity-documented.png') });
});
