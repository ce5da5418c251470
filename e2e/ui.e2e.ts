/**
 * End-to-end: the packaged .vsix in a real VS Code (code-server), driven through its UI in chromium.
 * Run with `npm run test:e2e` (prepares .tools/ first). Screenshots go to .e2e-output/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { findFunction } from '../catalog';
import {
  clearFailureShots,
  clickEditorLine,
  hoverText,
  inspectorLocator,
  launchBrowser,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  outputText,
  runAndShowOutput,
  runCommand,
  showRunOutput,
  startApiServer,
  startCodeServer,
  textContrasts,
  waitFor,
  type CodeServer,
  closeWorkbench,
  keepFailureShots,
} from './harness';

let api: Awaited<ReturnType<typeof startApiServer>>;
let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;

const RUN_TITLE = /运行 Lua 插件|Run Lua plugin/;
const STOP_TITLE = /停止 Lua 插件|Stop Lua plugin/;

before(async () => {
  clearFailureShots('ui');
  api = await startApiServer();
  const profile = makeProfile('trusted', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(
    path.join(workspace, 'plugin.lua'),
    `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)

coromega:start_new(function()
    local response, error_message = coromega:http_request("GET", "${api.url}/api/user", {
        query = "page=1",
        timeout = "5s",
        headers = { Accept = "application/json", Authorization = "Bearer secret-token" },
    })
    if error_message then
        print("request error: ", error_message)
        return
    end
    local user = json.decode(response.body)
    coromega:print("§a玩家 " .. user.name .. " §e等级 " .. user.level)
    local echoed = coromega:http_post("${api.url}/api/echo", { body = json.encode({ hello = "world" }) })
    print("echo status", echoed.status_code)
    local big = coromega:http_get("${api.url}/big")
    print("big body_size", big.body_size)
    print("done")
end)

coromega:run()
`,
  );
  fs.writeFileSync(path.join(workspace, 'busy.lua'), 'print("spinning")\nwhile true do end\n');
  fs.writeFileSync(
    path.join(workspace, 'complete.lua'),
    `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:start_new(function()
    print("typing below")
end)
coromega:run()
`,
  );
  fs.writeFileSync(
    path.join(workspace, 'input.lua'),
    `local coromega = require("coromega").from(require("omega"))
coromega:start_new(function()
    local name = coromega:input("你的名字？")
    print("你好, " .. name)
end)
coromega:run()
`,
  );
  fs.writeFileSync(
    path.join(workspace, 'menu.lua'),
    `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_terminal_menu({
    triggers = { "greet" },
    argument_hint = "[name]",
    usage = "say hello",
}):start_new(function(input)
    print("menu greet " .. (input[1] or "nobody"))
end)
coromega:run()
`,
  );
  fs.writeFileSync(
    path.join(workspace, 'error.lua'),
    'local x = 1\nlocal y = nil\nprint(y.field)\n',
  );
  fs.writeFileSync(
    path.join(workspace, 'flood.lua'),
    'for i = 1, 200000 do print(string.rep("x", 40) .. i) end\nprint("flood done")\n',
  );
  server = await startCodeServer(profile, workspace, ['--locale', 'zh-cn']);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('ui', () => page);

after(async () => {
  if (page) await page.screenshot({ path: path.join(OUTPUT, 'last.png') }).catch(() => undefined);
  await closeWorkbench(browser, server, 'code-server.log');
  await api?.close();
});

test('completion after `coromega:` offers http_request', async () => {
  await openFile(page, 'complete.lua');
  await clickEditorLine(page, 'coromega:run()');
  await page.keyboard.press('Enter');
  await page.keyboard.type('coromega:http_re');
  // A method item from the language server (word-based suggestions have a text icon).
  const row = page
    .locator('.suggest-widget .monaco-list-row', { hasText: 'http_request' })
    .filter({ has: page.locator('.codicon-symbol-method') })
    .first();
  await waitFor(
    'a completion item http_request',
    async () => {
      if (await row.isVisible()) return true;
      await page.keyboard.press('Control+Space');
      return row.isVisible();
    },
    60_000,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'completion.png') });
  await page.keyboard.press('Escape');
  // Undo the typing so the file stays as written.
  await page.keyboard.press('Control+Z');
});

test('hover on http_request shows its Chinese documentation', async () => {
  const summary = findFunction('coromega', 'http_request')?.summary['zh-cn'];
  assert.ok(summary);
  await openFile(page, 'plugin.lua');
  const text = await hoverText(page, 'http_request', summary.slice(0, 8));
  assert.match(text, /[\u4e00-\u9fff]/);
  await page.screenshot({ path: path.join(OUTPUT, 'hover.png') });
  await page.mouse.move(0, 0);
});

test('Run Lua plugin streams output into the Output channel and the request inspector', async () => {
  await openFile(page, 'plugin.lua');
  await runAndShowOutput(page, 'plugin.lua');
  const out = await waitFor(
    'the run to finish in the Output channel',
    async () => {
      const t = await outputText(page);
      return /\[exit\]/.test(t) ? t : undefined;
    },
    60_000,
  );
  assert.match(out, /--> #1 GET http:\/\/127\.0\.0\.1:\d+\/api\/user\?page=1/);
  assert.match(out, /<-- #1 200 GET http:\/\/127\.0\.0\.1:\d+\/api\/user\?page=1/);
  assert.match(out, /玩家 史蒂夫 等级 42/, 'colour codes are stripped in the Output channel');
  assert.doesNotMatch(out, /§/);
  assert.match(out, /done/);
  assert.ok(api.hits.includes('GET /api/user?page=1'));

  await runCommand(page, /显示请求检查器|Show request inspector/);
  const frame = await inspectorLocator(page);
  const rows = frame.locator('tr.exchange');
  await waitFor('three exchanges in the inspector', async () => (await rows.count()) >= 3, 30_000);
  const first = rows.first();
  assert.match(await first.innerText(), /GET[\s\S]*\/api\/user[\s\S]*200/);
  await first.click();
  const detail = frame.locator('tr.detail').first();
  await detail.waitFor();
  const detailText = await detail.innerText();
  assert.match(detailText, /X-Request-Id/i);
  assert.match(detailText, /session/);
  assert.match(detailText, /\*\*\*/, 'Authorization is masked');
  assert.doesNotMatch(detailText, /secret-token/);
  await frame.locator('.j-key', { hasText: '"guild"' }).first().waitFor();
  // The big body is truncated with a button that opens all of it.
  await rows.nth(2).click();
  await frame
    .locator('button.open-body', { hasText: /完整|whole/ })
    .first()
    .waitFor();
  // Colour codes render as colours in the webview console, readable on the theme (VS Code's default here).
  await frame.locator('#console span', { hasText: '玩家' }).first().waitFor();
  const coloured = await textContrasts(frame, '#console span[style*="--mc-"]');
  assert.deepEqual(
    coloured.map((c) => c.text.trim()),
    ['玩家 史蒂夫', '等级 42'],
  );
  for (const c of coloured) assert.ok(c.ratio >= 4.5, `${c.text}: ${c.color} on ${c.background}`);
  assert.notEqual(coloured[0].color, coloured[1].color, '§a and §e stay different colours');
  // Collapse the big body again so the screenshot shows the list and one exchange opened.
  await rows.nth(2).click();
  await rows.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUTPUT, 'inspector.png') });
});

test('Stop ends a `while true do end` plugin and the editor still answers', async () => {
  await openFile(page, 'busy.lua');
  await runAndShowOutput(page, 'busy.lua');
  await waitFor(
    'the busy plugin to start',
    async () => /spinning/.test(await outputText(page)),
    60_000,
  );
  const stoppedAt = Date.now();
  // The running file's editor title offers Stop (and Rerun) instead of Run.
  await page
    .locator('.editor-group-container.active .editor-actions .action-label.codicon-debug-stop')
    .first()
    .click();
  const out = await waitFor(
    'the run to end after Stop',
    async () => {
      const t = await outputText(page);
      return /\[exit\]/.test(t) ? t : undefined;
    },
    10_000,
  );
  const took = Date.now() - stoppedAt;
  assert.match(out, /\[exit\] (已停止|Stopped)/);
  fs.writeFileSync(path.join(OUTPUT, 'stop-ms.txt'), `${took}\n`);
  // The editor answers: typing shows up in the document.
  await clickEditorLine(page, 'while true do end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('-- still here');
  await page
    .locator('.editor-group-container.active .editor-instance .view-line', {
      hasText: '-- still here',
    })
    .first()
    .waitFor({ timeout: 10_000 });
  // The status bar item of the ended run starts the same plugin again (with the edited text), then stops it.
  await page.locator('.statusbar-item', { hasText: 'busy.lua' }).first().click();
  const inspector = await inspectorLocator(page);
  await inspector
    .locator('header .badge', { hasText: /运行中|Running/ })
    .waitFor({ timeout: 30_000 });
  await showRunOutput(page);
  const rerun = await waitFor('the rerun to start', async () => {
    const t = await outputText(page);
    return /spinning/.test(t) && !/\[exit\]/.test(t) ? t : undefined;
  });
  // The unsaved text ran from a temp copy, shown under the editor's own path.
  assert.match(rerun, /\[run\] \S+ \/\S*\/workspace\/busy\.lua/);
  await page.locator('.statusbar-item', { hasText: 'busy.lua' }).first().click();
  await waitFor('the rerun to stop from the status bar', async () =>
    /\[exit\] (已停止|Stopped)/.test(await outputText(page)),
  );
});

test('coromega:input asks through an input box and the line reaches the plugin', async () => {
  await openFile(page, 'input.lua');
  await runCommand(page, RUN_TITLE);
  const box = page.locator('.quick-input-widget', { hasText: '你的名字' });
  await box.waitFor({ timeout: 30_000 });
  await page.keyboard.type('Steve');
  await page.keyboard.press('Enter');
  await showRunOutput(page);
  const out = await waitFor('the plugin to greet', async () => {
    const t = await outputText(page);
    return /\[exit\]/.test(t) ? t : undefined;
  });
  assert.match(out, /你好, Steve/);
});

test('a Lua error shows as a diagnostic on the failing line', async () => {
  await openFile(page, 'error.lua');
  await runAndShowOutput(page, 'error.lua');
  await waitFor('the run to end', async () => /\[exit\]/.test(await outputText(page)));
  await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 20_000 });
  await page
    .locator('.part.panel .composite-bar .action-label', { hasText: /Problems|问题/ })
    .first()
    .click();
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: /nil/ }).first();
  await row.waitFor({ timeout: 20_000 });
  assert.match(await row.innerText(), /\[(Ln )?3/);
  await page.screenshot({ path: path.join(OUTPUT, 'diagnostic.png') });
});

test('a print flood leaves the editor answering and the Output channel capped', async () => {
  await openFile(page, 'flood.lua');
  await runAndShowOutput(page, 'flood.lua');
  await waitFor(
    'the flood to start',
    async () => /xxxxxxxxxx\d+/.test(await outputText(page)),
    60_000,
  );
  await clickEditorLine(page, 'flood done');
  await page.keyboard.press('Enter');
  await page.keyboard.type('-- typed during the flood');
  await page
    .locator('.editor-group-container.active .editor-instance .view-line', {
      hasText: '-- typed during the flood',
    })
    .first()
    .waitFor({ timeout: 10_000 });
  const out = await waitFor(
    'the flood to finish',
    async () => {
      const t = await outputText(page);
      return /\[exit\]/.test(t) ? t : undefined;
    },
    120_000,
  );
  assert.match(out, /flood done/);
  // The channel kept only the recent output, behind a note saying so.
  const box = await page.locator('.part.panel .monaco-editor').first().boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+Home');
  await waitFor('the dropped-output note at the top', async () =>
    /dropped|丢弃/.test(await outputText(page)),
  );
  // The inspector's output followed the flood to its end.
  await runCommand(page, /显示请求检查器|Show request inspector/);
  const frame = await inspectorLocator(page);
  await frame.locator('#console .c-line', { hasText: 'flood done' }).waitFor();
  const gap = await frame.locator('section#output').evaluate((e: unknown) => {
    const el = e as { scrollTop: number; clientHeight: number; scrollHeight: number };
    return el.scrollHeight - el.scrollTop - el.clientHeight;
  });
  assert.ok(gap <= 4, `the output is scrolled to its last line (${gap} px short)`);
});

test('a terminal-menu trigger typed through "Send input" reaches the plugin', async () => {
  await openFile(page, 'menu.lua');
  await clickEditorLine(page, 'coromega:run()');
  await runAndShowOutput(page, 'menu.lua');
  await waitFor('the menu plugin to start', async () =>
    /\[run\] .*menu\.lua/.test(await outputText(page)),
  );
  await runCommand(page, /向运行中的插件输入|Send input to the running plugin/);
  await page.locator('.quick-input-widget', { hasText: 'menu.lua' }).waitFor();
  await page.keyboard.type('greet Alex');
  await page.keyboard.press('Enter');
  await waitFor('the menu callback output', async () =>
    /menu greet Alex/.test(await outputText(page)),
  );
  await runCommand(page, STOP_TITLE);
  await waitFor('the menu plugin to stop', async () => /\[exit\]/.test(await outputText(page)));
});

test('"Restart language server" brings hover back', async () => {
  await runCommand(page, /重启语言服务|Restart language server/);
  await openFile(page, 'plugin.lua');
  const text = await hoverText(page, 'http_request', /[\u4e00-\u9fff]/);
  assert.ok(text.length > 20);
});
