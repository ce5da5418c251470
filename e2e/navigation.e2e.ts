/**
 * End-to-end: navigation on a plugin of two files in a real VS Code. Inlay hints show the types of locals
 * (`: 玩家`), F12 on a module's function opens the module at its definition, and F2 renames a local everywhere it
 * is used. Screenshots on the dark and the light theme.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  clearFailureShots,
  closeWorkbench,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  startCodeServer,
  updateWorkspaceSettings,
  waitFor,
  type CodeServer,
} from './harness';

const MAIN = `local omega = require("omega")
local coromega = require("coromega").from(omega)
local util = require("shop_lib.util")

local buyers = {}

coromega:when_called_by_game_menu({ triggers = { "shop" } }):start_new(function(chat)
    local player = util.find(chat.name)
    table.insert(buyers, player)
    player:say("welcome, " .. #buyers)
    for _, buyer in ipairs(buyers) do
        buyer:say("a new buyer")
    end
end)

coromega:run()
`;

const UTIL = `local omega = require("omega")
local coromega = require("coromega").from(omega)

local M = {}

--- Finds an online player by name.
function M.find(name)
    return coromega:get_player(name)
end

return M
`;

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;

clearFailureShots('navigation');
keepFailureShots('navigation', () => page);

before(async () => {
  const profile = makeProfile('navigation', {
    'coromegaLua.language': 'zh-cn',
    'workbench.colorTheme': 'Dark Modern',
    'editor.inlayHints.enabled': 'on',
    'git.openRepositoryInParentFolders': 'never',
    'security.workspace.trust.enabled': false,
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(path.join(workspace, 'shop_lib'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'shop.lua'), MAIN);
  fs.writeFileSync(path.join(workspace, 'shop_lib', 'util.lua'), UTIL);
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

after(async () => {
  await closeWorkbench(browser, server, 'navigation-code-server.log');
});

const editorText = (): Promise<string> =>
  page.locator('.editor-group-container.active .editor-instance .view-lines').first().innerText();

/** Clicks the first editor token whose text is exactly `token` (the `nth` one, 0-based). */
async function clickToken(token: string, nth = 0): Promise<void> {
  const span = page
    .locator('.editor-group-container.active .editor-instance .view-line span span', {
      hasText: new RegExp(`^${token}$`),
    })
    .nth(nth);
  await span.waitFor();
  await span.click();
}

test('inlay hints show the types the flow knows, on the dark and the light theme', async () => {
  await openFile(page, 'shop.lua');
  // `local player = util.find(...)`: a player through the module; `buyer` from ipairs over the array of players
  let seen = '';
  const text = await waitFor(
    'the type hints',
    async () => {
      const t = await editorText();
      seen = t;
      // (the editor lays a hint out with characters of its own around the label)
      return /local\splayer[^=\n]*:[^=\n]*玩家[^=\n]*=\s*util\.find/.test(t) &&
        /buyer[^\n]*:[^\n]*玩家[^\n]*\sin\sipairs/.test(t)
        ? t
        : undefined;
    },
    120_000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}; the editor showed ${JSON.stringify(seen)}`);
  });
  assert.match(text, /function\(chat[^)\n]*聊天消息[^)\n]*\)/);
  assert.match(text, /local\sbuyers[^=\n]*玩家\[\][^=\n]*=\s*\{\}/);
  await page.screenshot({ path: path.join(OUTPUT, 'navigation-dark.png') });
  updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Light Modern' });
  await page.locator('.monaco-workbench.vs:not(.vs-dark)').waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(OUTPUT, 'navigation-light.png') });
  updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Dark Modern' });
  await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 30_000 });
});

test('F12 on a module function opens the module at its definition', async () => {
  await openFile(page, 'shop.lua');
  await clickToken('find');
  await page.keyboard.press('F12');
  await page
    .locator('.tab.active[aria-label*="util.lua"], .tab.active[title*="util.lua"]')
    .first()
    .waitFor({ timeout: 30_000 });
  const line = await waitFor('the cursor on the definition', async () => {
    const status = await page
      .locator('.statusbar-item[id$="status.editor.selection"]')
      .first()
      .innerText()
      .catch(() => '');
    return /(行|Ln) ?7/.test(status) ? status : undefined;
  });
  assert.match(line, /7/);
});

test('F2 renames a local in every place it is used', async () => {
  await openFile(page, 'shop.lua');
  await clickToken('buyers');
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input, .rename-input').first();
  await input.waitFor({ timeout: 30_000 });
  await input.fill('customers');
  await page.keyboard.press('Enter');
  const text = await waitFor('the renamed local', async () => {
    const t = await editorText();
    return (t.match(/customers/g) ?? []).length === 4 && !/buyers/.test(t) ? t : undefined;
  });
  assert.match(text, /local\scustomers[^=\n]*=\s*\{\}/);
  assert.match(text, /table\.insert\(customers,\splayer\)/);
  await page.screenshot({ path: path.join(OUTPUT, 'navigation-rename.png') });
  // Save, so the file on disk is the renamed one
  await page.keyboard.press('Control+S');
  await waitFor('the saved file', async () =>
    fs.readFileSync(path.join(workspace, 'shop.lua'), 'utf8').includes('local customers'),
  );
});
