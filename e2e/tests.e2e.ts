/**
 * End-to-end: plugin tests in VS Code's Test Explorer, in a real VS Code (code-server) driven through chromium.
 * The explorer shows the workspace's tests, runs one from the gutter and all from the explorer, reports a pass
 * and a failure (at the failing step: what was expected first, then what was seen), warns at a config without
 * "配置", follows a file changed on disk, and "Create a test from this run" makes a test that validates cleanly
 * against the test schema and then passes. Screenshots go to .e2e-output/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  clearFailureShots,
  launchBrowser,
  makeProfile,
  openWorkbench,
  OUTPUT,
  outputText,
  runAndShowOutput,
  runCommand,
  startCodeServer,
  waitFor,
  type CodeServer,
  closeWorkbench,
  keepFailureShots,
  ROOT,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;

const GREETER = `local omega = require("omega")
local coromega = require("coromega").from(omega)

coromega:when_called_by_game_menu({ triggers = { "hello" } }):start_new(function(chat)
    coromega:get_player(chat.name):say("§a喵 " .. chat.name)
end)

coromega:run()
`;

// Laid out by hand: the failing step is on line 15, column 9.
const TESTS = `{
  "players": [{ "name": "Steve", "op": true }],
  "tests": [
    {
      "name": "greets Steve",
      "script": [
        { "as": "Steve", "menu": "hello" },
        { "expect": { "say": { "to": "Steve", "match": "喵" } } }
      ]
    },
    {
      "name": "barks at Steve",
      "script": [
        { "as": "Steve", "menu": "hello" },
        { "expect": { "say": { "to": "Steve", "match": "汪" } } }
      ]
    }
  ]
}
`;

// A test of the greeter whose config has no "配置": the plugin sees an empty coromega.config (line 3).
const KEYED = `{
  "plugins": ["greeter.lua"],
  "config": { "密钥": "sk-1" },
  "script": [
    { "as": "Steve", "menu": "hello" },
    { "expect": { "say": { "to": "Steve", "match": "喵" } } }
  ]
}
`;

const LOADER = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:print("§b加载完成")
coromega:start_new(function()
    coromega:sleep(0.1)
    print("完成")
end)
coromega:run()
`;

before(async () => {
  clearFailureShots('tests');
  const profile = makeProfile('plugin-tests', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(path.join(workspace, 'tests'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'tests', 'greeter.lua'), GREETER);
  fs.writeFileSync(path.join(workspace, 'tests', 'greeter.test.json'), TESTS);
  fs.writeFileSync(path.join(workspace, 'tests', 'keyed.test.json'), KEYED);
  fs.writeFileSync(path.join(workspace, 'loader.lua'), LOADER);
  // The package installed in the project, as `npm install --save-dev` leaves it: its schemas.
  const schemas = path.join(workspace, 'node_modules', 'coromega-lua', 'schemas');
  fs.mkdirSync(schemas, { recursive: true });
  for (const f of ['world.schema.json', 'test.schema.json'])
    fs.copyFileSync(path.join(ROOT, 'schemas', f), path.join(schemas, f));
  // Its world, pointing at the world schema: "Create a test from this run" starts the test from the same players.
  fs.writeFileSync(
    path.join(workspace, 'loader.world.json'),
    JSON.stringify(
      {
        $schema: './node_modules/coromega-lua/schemas/world.schema.json',
        players: [{ name: 'Alex', op: true }],
      },
      null,
      2,
    ) + '\n',
  );
  server = await startCodeServer(profile, workspace, ['--locale', 'zh-cn']);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('tests', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-tests.log');
});

const EDITOR = '.editor-group-container.active .editor-instance';

/** The Test Explorer's row for a label. */
function row(label: string): Locator {
  return page.locator('.test-explorer .monaco-list-row', { hasText: label }).first();
}

/** Whether a row shows the result icon of that state. */
async function rowState(label: string): Promise<'passed' | 'failed' | 'other'> {
  const r = row(label);
  if ((await r.locator('.codicon-testing-passed-icon').count()) > 0) return 'passed';
  if ((await r.locator('.codicon-testing-failed-icon').count()) > 0) return 'failed';
  return 'other';
}

/** Opens the Testing view from its activity bar icon (the beaker). */
async function showTestExplorer(): Promise<void> {
  await page.keyboard.press('Escape');
  if (await page.locator('.test-explorer').first().isVisible()) return;
  const icon = page
    .locator('.activitybar .action-item .action-label[aria-label^="Testing"]')
    .first();
  await icon.waitFor({ timeout: 120_000 });
  await icon.click();
  await page.locator('.test-explorer').first().waitFor({ timeout: 30_000 });
}

async function openEditor(rel: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(rel);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(rel) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page
    .locator(
      `.tab.active[aria-label*="${path.basename(rel)}"], .tab.active[title*="${path.basename(rel)}"]`,
    )
    .first()
    .waitFor({ timeout: 15_000 });
}

test('the Test Explorer shows the workspace tests, with run buttons at their lines', async () => {
  await showTestExplorer();
  // With one test provider its items are the top level: the files, holding their tests.
  await row('greeter.test.json').waitFor({ timeout: 120_000 });
  await waitFor(
    'the tests under greeter.test.json',
    async () => {
      if ((await row('greets Steve').count()) > 0 && (await row('barks at Steve').count()) > 0)
        return true;
      for (const label of ['Coromega 插件测试', 'greeter.test.json']) {
        const r = row(label);
        if ((await r.count()) > 0 && (await r.getAttribute('aria-expanded')) === 'false')
          await r.click();
      }
      return false;
    },
    60_000,
  );
  await openEditor('tests/greeter.test.json');
  // One button per test (and one for the whole file on its first line).
  await waitFor(
    'gutter run buttons',
    async () => (await page.locator(`${EDITOR} .codicon-testing-run-icon`).count()) >= 2,
    30_000,
  );
});

test('a test runs from the gutter and passes', async () => {
  const nameLine = page
    .locator('.editor-group-container.active .editor-instance .view-line', {
      hasText: '"greets Steve"',
    })
    .first();
  await nameLine.waitFor();
  // The glyph margin button on the same row as the test's name. The margin redraws while decorations arrive, so
  // a button can vanish between counting and measuring: look again until one sits on that row.
  const glyphs = page.locator(`${EDITOR} .codicon-testing-run-icon`);
  const target: Locator = await waitFor('a run button on the line of "greets Steve"', async () => {
    const box = await nameLine.boundingBox();
    if (!box) return undefined;
    for (let i = 0; i < (await glyphs.count()); i++) {
      const g = await glyphs.nth(i).boundingBox();
      if (g && Math.abs(g.y + g.height / 2 - (box.y + box.height / 2)) < box.height / 2)
        return glyphs.nth(i);
    }
    return undefined;
  });
  await target.click();
  await waitFor(
    'greets Steve to pass',
    async () => (await rowState('greets Steve')) === 'passed',
    90_000,
  );
  assert.equal(await rowState('barks at Steve'), 'other', 'only the clicked test ran');
});

test('running the file from the explorer reports the failure at its step, expected against what was seen', async () => {
  const file = row('greeter.test.json');
  await file.hover();
  await file.locator('.codicon-testing-run-icon').first().click();
  await waitFor(
    'barks at Steve to fail',
    async () => (await rowState('barks at Steve')) === 'failed',
    90_000,
  );
  assert.equal(await rowState('greets Steve'), 'passed');
  // The failure is shown on the failing step's line (15): what was seen != what was expected.
  const stepLine = page.locator(`${EDITOR} .view-line`, { hasText: '"汪"' }).first();
  const inline = page.locator(`${EDITOR} .test-error-content-widget .content`).first();
  await inline.waitFor({ timeout: 30_000 });
  const stepBox = (await stepLine.boundingBox())!;
  const inlineBox = (await inline.boundingBox())!;
  assert.ok(Math.abs(inlineBox.y - stepBox.y) < stepBox.height / 2, 'on the step line');
  // What was expected comes first, then what was seen: the expectation is never the part cut off.
  assert.match(
    (await inline.innerText()).replace(/\u00a0/g, ' '),
    /^期望 Steve 看到的消息，匹配 \/汪\/ · 看到 @Steve: 喵 Steve/,
  );
  const editorBox = (await page.locator(EDITOR).first().boundingBox())!;
  assert.ok(inlineBox.x + inlineBox.width <= editorBox.x + editorBox.width, 'inside the editor');
  // The peek at the failure: the message, the expected text and the events seen.
  await inline.click();
  const peek = page.locator(`${EDITOR} .peekview-widget`).first();
  await peek.waitFor({ timeout: 30_000 });
  await waitFor(
    'the expected and the actual text in the peek',
    async () => {
      const t = (await peek.innerText()).replace(/\u00a0/g, ' ');
      return /Steve 看到的消息，匹配 \/汪\//.test(t) && /@Steve: 喵 Steve/.test(t) ? t : undefined;
    },
    30_000,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'test-explorer.png') });
});

test('a test file whose config has no "配置" is warned about on that line when it runs', async () => {
  await openEditor('tests/keyed.test.json');
  await showTestExplorer();
  await waitFor(
    'keyed.test.json in the explorer',
    async () => (await row('keyed.test.json').count()) > 0,
    60_000,
  );
  const file = row('keyed.test.json');
  await file.hover();
  await file.locator('.codicon-testing-run-icon').first().click();
  await waitFor(
    'keyed to pass',
    async () => (await rowState('keyed.test.json')) === 'passed',
    90_000,
  );
  const configLine = page.locator(`${EDITOR} .view-line`, { hasText: '"密钥"' }).first();
  const warning = page.locator(`${EDITOR} .test-message-inline-content`, {
    hasText: '没有 "配置" 字段',
  });
  await warning.first().waitFor({ timeout: 30_000 });
  const lineBox = (await configLine.boundingBox())!;
  const warnBox = (await warning.first().boundingBox())!;
  assert.ok(Math.abs(warnBox.y - lineBox.y) < lineBox.height / 2, 'on the config line');
  assert.match(
    (await configLine.innerText()).replace(/\u00a0/g, ' '),
    /"config": \{ "密钥": "sk-1" \},\s*⚠ config 没有 "配置" 字段：插件的 coromega\.config 是空表/,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'test-config-warning.png') });
});

test('a test added to the file on disk appears in the explorer', async () => {
  await page.keyboard.press('Escape');
  const file = path.join(workspace, 'tests', 'greeter.test.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { tests: unknown[] };
  doc.tests.push({
    name: 'greets again',
    script: [{ as: 'Steve', menu: 'hello' }, { expect: { say: { match: '喵 Steve' } } }],
  });
  fs.writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  await row('greets again').waitFor({ timeout: 60_000 });
});

test('"Create a test from this run" writes a test beside the plugin, and it passes', async () => {
  await openEditor('loader.lua');
  await runAndShowOutput(page, 'loader.lua');
  // The run ends, and (restart on save) waits for the next save.
  await waitFor(
    'the run to end',
    async () => /\[exit\]|已完成（退出码 0）/.test(await outputText(page)),
    90_000,
  );
  await runCommand(page, /从这次运行创建测试|Create a test from this run/);
  const created = path.join(workspace, 'loader.test.json');
  // Read once it is whole: the file appears before its text is all written.
  const doc = await waitFor(
    'loader.test.json',
    () => {
      try {
        return JSON.parse(fs.readFileSync(created, 'utf8')) as {
          $schema: string;
          players: unknown[];
          script: unknown[];
        };
      } catch {
        return undefined;
      }
    },
    30_000,
  );
  assert.equal(
    doc.$schema,
    './node_modules/coromega-lua/schemas/test.schema.json',
    "the test schema of the package in reach, not the world file's",
  );
  assert.deepEqual(doc.players, [{ name: 'Alex', op: true }], "the run's world comes along");
  assert.deepEqual(doc.script, [
    { expect: { print: { text: '加载完成' } } },
    { expect: { print: { text: '完成' } } },
  ]);
  await page
    .locator('.tab.active', { hasText: 'loader.test.json' })
    .first()
    .waitFor({ timeout: 15_000 });
  // VS Code follows its $schema to the test schema (the hover on "script" is that schema's), and finds nothing wrong.
  const key = page.locator(`${EDITOR} .view-line span`, { hasText: /^"script"$/ }).first();
  await key.waitFor();
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '动作和期望，依次执行' });
  await waitFor(
    'the test schema in the hover on "script"',
    async () => {
      await page.mouse.move(0, 0);
      await key.hover();
      return hover
        .first()
        .waitFor({ timeout: 8000 })
        .then(() => true);
    },
    90_000,
  );
  await page.mouse.move(0, 0);
  assert.equal(
    await page
      .locator(`${EDITOR} .squiggly-error, ${EDITOR} .squiggly-warning, ${EDITOR} .squiggly-info`)
      .count(),
    0,
    'no schema problem in the new test file',
  );
  await page.screenshot({ path: path.join(OUTPUT, 'test-from-run.png') });
  await showTestExplorer();
  await waitFor(
    'the new test in the explorer',
    async () => {
      if ((await row('loader').count()) > 0 && (await row('loader.test.json').count()) > 0)
        return true;
      const r = row('loader.test.json');
      if ((await r.count()) > 0 && (await r.getAttribute('aria-expanded')) === 'false')
        await r.click();
      return false;
    },
    60_000,
  );
  await row('loader.test.json').hover();
  await runCommand(page, 'Test: Run All Tests');
  await waitFor(
    'loader to pass',
    async () => (await rowState('loader.test.json')) === 'passed',
    90_000,
  );
});
