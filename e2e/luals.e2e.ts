/**
 * End-to-end: the division of labour with sumneko.lua (LuaLS). With a stand-in for LuaLS installed
 * (`lualsStandIn/`: completion and hover for Lua from the definition files in `Lua.workspace.library`, as LuaLS
 * gives them) and the coromega definitions left in `Lua.workspace.library` by an earlier version, in the user and in
 * the workspace settings: the extension takes them out of both and says so, so `coromega:` completion and hover
 * come once, from the language server. Putting the definitions back shows the duplicates the test is there to catch.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { findFunction } from '../catalog';
import { packageLuaLsStandIn } from './lualsStandIn/package';
import {
  clearFailureShots,
  clickEditorLine,
  closeWorkbench,
  hoverText,
  keepFailureShots,
  launchBrowser,
  makeProfile,
  NODE24,
  openFile,
  openWorkbench,
  OUTPUT,
  ROOT,
  startCodeServer,
  updateWorkspaceSettings,
  waitFor,
  type CodeServer,
  type Profile,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let profile: Profile;
let workspace: string;
let ours: string;

const OTHER_USER_LIB = '/opt/lua/user-lib';
const OTHER_WS_LIB = '/opt/lua/workspace-lib';

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

before(async () => {
  clearFailureShots('luals');
  fs.mkdirSync(OUTPUT, { recursive: true });
  const standIn = packageLuaLsStandIn(OUTPUT, NODE24, ROOT);
  profile = makeProfile(
    'luals',
    { 'security.workspace.trust.enabled': false, 'coromegaLua.language': 'zh-cn' },
    [standIn],
  );
  const installed = fs
    .readdirSync(profile.extensions)
    .find((d) => d.startsWith('coromega-tools.coromega-lua-'));
  assert.ok(installed, 'the extension is installed');
  ours = path.join(profile.extensions, installed, 'luals', 'zh-cn');
  assert.ok(fs.existsSync(path.join(ours, 'coromega-api.lua')));
  // what an earlier version's offer left: our definitions beside the user's own libraries
  const userSettings = path.join(profile.userData, 'User', 'settings.json');
  fs.writeFileSync(
    userSettings,
    JSON.stringify(
      { ...readJson(userSettings), 'Lua.workspace.library': [OTHER_USER_LIB, ours] },
      null,
      2,
    ),
  );
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  updateWorkspaceSettings(workspace, {
    'Lua.workspace.library': [ours.replace(/zh-cn$/, 'en'), OTHER_WS_LIB],
  });
  fs.writeFileSync(
    path.join(workspace, 'plugin.lua'),
    `local omega = require("omega")
local coromega = require("coromega").from(omega)
print("ready")
coromega:start_new(function()
    local res = coromega:http_get("http://127.0.0.1:1/")
end)
coromega:run()
`,
  );
  server = await startCodeServer(profile, workspace, ['--locale', 'zh-cn']);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('luals', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-luals.log');
});

/**
 * How many method rows of the open suggest list are labelled `label` (waits for the list to show one). Snippet
 * rows (the extension's `http_get` snippet) are not answers of a language server and are not counted.
 */
async function suggestRows(label: string): Promise<number> {
  const rows = page
    .locator('.suggest-widget .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }),
    })
    .filter({ has: page.locator('.codicon-symbol-method') });
  await waitFor(
    `a completion item ${label}`,
    async () => {
      if ((await rows.count()) > 0) return true;
      await page.keyboard.press('Control+Space');
      return (await rows.count()) > 0;
    },
    60_000,
  );
  // both providers have answered once the list has stayed the same for a second (ten polls)
  let last = -1;
  let same = 0;
  await waitFor(
    'the completion list to settle',
    async () => {
      const n = await rows.count();
      same = n === last ? same + 1 : 0;
      last = n;
      return same >= 10;
    },
    20_000,
  );
  return rows.count();
}

test('the coromega definitions are taken out of Lua.workspace.library, in both scopes, and the user is told', async () => {
  await openFile(page, 'plugin.lua');
  const toast = page
    .locator('.notifications-toasts .notification-toast', { hasText: 'Lua.workspace.library' })
    .first();
  await toast.waitFor({ timeout: 60_000 });
  assert.match(await toast.innerText(), /重复/);
  const user = await waitFor('the user settings without our folder', async () => {
    const lib = readJson(path.join(profile.userData, 'User', 'settings.json'))[
      'Lua.workspace.library'
    ];
    return Array.isArray(lib) && !lib.includes(ours) ? lib : undefined;
  });
  assert.deepEqual(user, [OTHER_USER_LIB]);
  const ws = readJson(path.join(workspace, '.vscode', 'settings.json'))['Lua.workspace.library'];
  assert.deepEqual(ws, [OTHER_WS_LIB]);
});

test('coromega: completion and hover come once, from the language server, with LuaLS running', async () => {
  // the stand-in is running
  await hoverText(page, 'print', 'LuaLS stand-in');
  await page.mouse.move(0, 0);
  await clickEditorLine(page, 'print("ready")');
  await page.keyboard.press('Enter');
  await page.keyboard.type('coromega:http_ge');
  assert.equal(await suggestRows('http_get'), 1);
  await page.screenshot({ path: path.join(OUTPUT, 'luals-completion.png') });
  await page.keyboard.press('Escape');
  const summary = findFunction('coromega', 'http_get')!.summary['zh-cn'];
  const hover = await hoverText(page, 'http_get', summary.slice(0, 8));
  assert.equal(hover.split(summary.slice(0, 8)).length - 1, 1, hover);
  assert.doesNotMatch(hover, /LuaLS stand-in/);
  await page.mouse.move(0, 0);

  // the control: with the definitions back in LuaLS, each method would be offered twice
  updateWorkspaceSettings(workspace, { 'Lua.workspace.library': [ours] });
  // (the cursor is still after `coromega:http_ge`: the hover only moved the mouse; LuaLS follows the setting as
  // soon as the extension host has it)
  await waitFor(
    'LuaLS to offer http_get too',
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      return (await suggestRows('http_get')) === 2;
    },
    60_000,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'luals-duplicates.png') });
  await page.keyboard.press('Escape');
  updateWorkspaceSettings(workspace, { 'Lua.workspace.library': [OTHER_WS_LIB] });
  await page.keyboard.press('Control+Z');
});
