/**
 * End-to-end: Workspace Trust. In Restricted Mode the language features work and "Run Lua plugin" is refused with
 * an explanation; nothing reaches the network.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  hoverText,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  runCommand,
  startApiServer,
  startCodeServer,
  type CodeServer,
} from './harness';

let api: Awaited<ReturnType<typeof startApiServer>>;
let server: CodeServer;
let browser: Browser;
let page: Page;

before(async () => {
  api = await startApiServer();
  const profile = makeProfile('restricted', {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
    'coromegaLua.language': 'zh-cn',
  });
  const workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(
    path.join(workspace, 'untrusted.lua'),
    `local coromega = require("coromega").from(require("omega"))
coromega:start_new(function()
    coromega:http_get("${api.url}/api/user")
end)
coromega:run()
`,
  );
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

after(async () => {
  if (page)
    await page.screenshot({ path: path.join(OUTPUT, 'restricted.png') }).catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await api?.close();
});

test('in Restricted Mode hover works and running is refused with the reason', async () => {
  await openFile(page, 'untrusted.lua');
  const text = await hoverText(page, 'http_get', /[\u4e00-\u9fff]/);
  assert.match(text, /GET/);
  await page.mouse.move(0, 0);
  await runCommand(page, /运行 Lua 插件|Run Lua plugin/);
  const toast = page
    .locator('.notifications-toasts .notification-toast', { hasText: /Restricted Mode|受限模式/ })
    .first();
  await toast.waitFor({ timeout: 20_000 });
  assert.match(await toast.innerText(), /network|网络/);
  assert.deepEqual(api.hits, [], 'the plugin never ran');
});
