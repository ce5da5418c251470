/**
 * End-to-end: the Game view in a real VS Code (code-server) with an English UI and `coromegaLua.language` = `zh-cn`.
 * "Run with world" runs examples/ai-chat.lua in its world against a loopback OpenAI-compatible endpoint this test
 * starts: a click on its menu entry, the answer to its question, the reply in the player's chat. At VS Code's
 * default panel size (1600×1000 and 1024×768 windows) the screen, the chat box and the menus are in sight; the
 * running badge reads at 4.5:1 on Dark Modern and Light Modern and is not the ended one. Player edits are played
 * live and saved to the world file only on Save (which keeps everything else; a malformed one is left alone); Stop
 * clears a pending question; a QQ message goes in and out; a flood of lines; the keyboard; the game-menu CodeLens;
 * a later print-only run takes the view out of the panel. Screenshots go to .e2e-output/.
 *
 * Longer than most files: its tests share one code-server session and the world it plays, so they stay together.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  clearFailureShots,
  launchBrowser,
  layoutOf,
  makeProfile,
  openFile,
  openWorkbench,
  OUTPUT,
  ROOT,
  runCommand,
  startCodeServer,
  textContrasts,
  updateWorkspaceSettings,
  waitFor,
  webviewWith,
  type CodeServer,
  closeWorkbench,
  keepFailureShots,
} from './harness';

let server: CodeServer;
let browser: Browser;
let page: Page;
let workspace: string;
let ai: {
  url: string;
  received: Array<{ auth: string; question: string }>;
  close(): Promise<void>;
};

const RUN_WITH_WORLD = /Run with world|在世界中运行/;
const STOP = /Stop Lua plugin|停止 Lua 插件/;
const ENGLISH_UI = /Players|Operator|Commands|Menus|Running|Ended|Say\b|Log\b/;
/** The world file as its author wrote it: its layout and the parts the view does not edit must survive edits. */
const WORLD = `{
  "players": [
    { "name": "Steve", "op": true },
    { "name": "Alex", "scores": { "money": 10 } }
  ],
  "bot": { "name": "Omega", "position": [0, 70, 0] },
  "qq": { "groups": [{ "id": 123456, "members": [{ "id": 10001, "nickname": "小明" }] }] }
}
`;

/** A loopback OpenAI-compatible chat endpoint: answers with where diamonds are, naming the question. */
async function startAiStub(): Promise<typeof ai> {
  const received: Array<{ auth: string; question: string }> = [];
  const srv = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        messages: Array<{ content: string }>;
      };
      const question = body.messages[1]?.content ?? '';
      received.push({ auth: String(req.headers.authorization), question });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          choices: [
            { message: { role: 'assistant', content: `钻石在 Y=-58 附近。（${question}）` } },
          ],
        }),
      );
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      }),
  };
}

function webview(marker: string): Promise<FrameLocator> {
  return webviewWith(page, marker);
}

const worldFile = (): string => fs.readFileSync(path.join(workspace, 'ai-chat.world.json'), 'utf8');

before(async () => {
  clearFailureShots('game');
  ai = await startAiStub();
  const profile = makeProfile('game', {
    'security.workspace.trust.enabled': false,
    'coromegaLua.language': 'zh-cn',
    'workbench.colorTheme': 'Dark Modern',
    // No toasts over the panel: port forwarding for the loopback endpoint, the enclosing git repository.
    'remote.autoForwardPorts': false,
    'git.openRepositoryInParentFolders': 'never',
  });
  workspace = path.join(profile.dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples', 'ai-chat.lua'), path.join(workspace, 'ai-chat.lua'));
  fs.writeFileSync(
    path.join(workspace, 'ai-chat.json'),
    JSON.stringify({ 配置: { 接口地址: `${ai.url}/v1/chat/completions`, 密钥: 'sk-e2e' } }),
  );
  fs.writeFileSync(path.join(workspace, 'ai-chat.world.json'), WORLD);
  for (const f of ['qq-bridge.lua', 'qq-bridge.world.json'])
    fs.copyFileSync(path.join(ROOT, 'e2e', 'fixtures', 'game', f), path.join(workspace, f));
  server = await startCodeServer(profile, workspace);
  browser = await launchBrowser();
  page = await openWorkbench(browser, server, workspace);
});

keepFailureShots('game', () => page);

after(async () => {
  await closeWorkbench(browser, server, 'code-server-game.log');
  await ai?.close();
});

/** What must be in sight in the Game view without scrolling: the player's screen, the chat box and the menus. */
const IN_SIGHT = [
  '#screen-pane h2',
  '.chat',
  '.chat-input',
  '.chat-form button[type="submit"]',
  '.menus button.menu',
];

/** Asserts every part of IN_SIGHT lies inside the view with nothing scrolled; returns the view's size. */
async function assertInSight(game: FrameLocator, where: string): Promise<string> {
  const l = await layoutOf(game, IN_SIGHT, ['main', '#screen-pane']);
  assert.equal(l.scrolled, 0, `${where}: nothing scrolled`);
  for (const s of IN_SIGHT) {
    const b = l.boxes[s];
    assert.ok(b, `${where}: ${s} is there`);
    assert.ok(
      b.x >= 0 && b.y >= 0 && b.x + b.width <= l.width + 0.5 && b.y + b.height <= l.height + 0.5,
      `${where}: ${s} ${JSON.stringify(b)} inside ${l.width}×${l.height}`,
    );
  }
  assert.ok(l.boxes['.chat']!.height >= 30, `${where}: the chat shows lines`);
  return `${l.width}×${l.height}`;
}

/** The running or ended badge: its text's contrast, and its colours. */
async function badgeLook(
  game: FrameLocator,
): Promise<{ ratio: number; color: string; bg: string }> {
  const [c] = await textContrasts(game, 'header .badge');
  const bg = await game
    .locator('header .badge')
    .evaluate(
      (e) =>
        (
          globalThis as unknown as { getComputedStyle(x: unknown): { backgroundColor: string } }
        ).getComputedStyle(e).backgroundColor,
    );
  return { ratio: c!.ratio, color: c!.color, bg };
}

/** Stops the running plugin, if any, and waits until the Game view says so. */
async function stopRun(game: FrameLocator): Promise<void> {
  if (!/运行中/.test(await game.locator('header .badge').innerText())) return;
  await runCommand(page, STOP);
  await waitFor('the run to stop', async () =>
    /已结束/.test(await game.locator('header .badge').innerText()),
  );
}

test("Run with world: click the menu entry, answer its question, see the reply in the player's chat", async () => {
  await openFile(page, 'ai-chat.lua');
  // "Run with world" sits in the editor title beside Run.
  const button = page.locator(
    '.editor-group-container.active .editor-actions .action-label.codicon-game',
  );
  await button.waitFor({ timeout: 30_000 });
  assert.match((await button.getAttribute('aria-label')) ?? '', RUN_WITH_WORLD);
  await button.click();
  const game = await webview('#game');
  await game.locator('header h1', { hasText: 'ai-chat.lua' }).waitFor({ timeout: 60_000 });
  await waitFor('the run', async () =>
    /运行中/.test(await game.locator('header .badge').innerText()),
  );
  assert.match(await game.locator('header .world').innerText(), /世界文件：ai-chat\.world\.json/);
  // The players of the world file, live from the runtime.
  const players = game.locator('li.player');
  await waitFor('two players', async () => (await players.count()) === 2);
  assert.match(await players.nth(0).innerText(), /Steve[\s\S]*管理员/);
  assert.match(await players.nth(1).innerText(), /Alex[\s\S]*money 10/);

  // The menu the plugin registered, as a button that asks for its arguments.
  const menu = game.locator('button.menu', { hasText: 'ai' });
  await menu.waitFor({ timeout: 30_000 });
  assert.match((await menu.getAttribute('title')) ?? '', /向 AI 提问/);
  await menu.click();
  const args = game.locator('.menu-args input');
  await args.waitFor();
  assert.equal(await args.getAttribute('placeholder'), '[问题]');
  await game.locator('.menu-args button[type="submit"]').click();

  // The plugin asks; the view shows the question and that it waits for Steve.
  await game.locator('.chat .line.k-ask', { hasText: '你想问什么？' }).waitFor({ timeout: 30_000 });
  await game.locator('.ask', { hasText: '你想问什么？' }).waitFor();
  await game.locator('li.player', { hasText: 'Steve' }).locator('.tag.asking').waitFor();
  // At VS Code's default panel size (a third of the window high): the screen, the chat box and the menus in sight.
  const size = await assertInSight(game, 'a 1600×1000 window');
  const running = await badgeLook(game);
  assert.ok(running.ratio >= 4.5, `running badge on Dark Modern: ${running.ratio.toFixed(2)}:1`);
  await page.screenshot({ path: path.join(OUTPUT, 'game-default-size-dark.png') });
  process.stdout.write(
    `Game view ${size} in a 1600×1000 window; running badge ${running.ratio.toFixed(2)}:1 on Dark Modern\n`,
  );
  const input = game.locator('.chat-input');
  assert.equal(await input.getAttribute('placeholder'), '回答提问');
  await input.fill('钻石在哪一层？');
  await input.press('Enter');

  // The answer from the loopback endpoint, in Steve's chat, in the game's green.
  const reply = game.locator('.chat .line.k-say', { hasText: '钻石在 Y=-58 附近。' });
  await reply.waitFor({ timeout: 30_000 });
  assert.match(await reply.innerText(), /（钻石在哪一层？）/);
  assert.match((await reply.locator('span').first().getAttribute('style')) ?? '', /--mc-a/);
  // Game colours in the theme's readable palette (the yellow question, the green answer, the grey action bar).
  const colours = await textContrasts(game, '.chat span[style*="--mc-"]');
  assert.ok(colours.length >= 3);
  for (const c of colours)
    assert.ok(c.ratio >= 4.5, `"${c.text}" ${c.color} on ${c.background}: ${c.ratio.toFixed(2)}`);
  await game.locator('.chat .line.k-said', { hasText: '<Steve> 钻石在哪一层？' }).waitFor();
  await game.locator('.hud', { hasText: '思考中……' }).waitFor();
  await waitFor('the ask to be answered', async () => game.locator('.ask').isHidden());
  assert.deepEqual(ai.received, [{ auth: 'Bearer sk-e2e', question: '钻石在哪一层？' }]);
  // The inspector renders the same run: the request to the endpoint.
  const inspector = await webview('#app');
  await waitFor(
    'the request in the inspector',
    async () => (await inspector.locator('tr.exchange').count()) === 1,
  );

  // Everything the view says is in Chinese.
  await game.locator('button.tab', { hasText: '日志' }).click();
  await game.locator('.row.log', { hasText: 'Steve 打开菜单 ai' }).waitFor();
  await game.locator('.row.log', { hasText: 'Steve 说：钻石在哪一层？' }).waitFor();
  const chrome = [
    await game.locator('header').innerText(),
    ...(await game.locator('h2, h3, .tabs, .toggles, .menus .field-title, button').allInnerTexts()),
  ].join('\n');
  assert.doesNotMatch(chrome, ENGLISH_UI, chrome);
  assert.match(chrome, /玩家[\s\S]*管理员[\s\S]*命令/);
  await page.screenshot({ path: path.join(OUTPUT, 'game-ai-chat.png') });
});

test('a 1024×768 window on Light Modern: the screen, chat box and menus in sight; the running badge reads and differs from the ended one', async () => {
  updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Light Modern' });
  // A new browser context: a fresh layout, so the panel has its default size for this window.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const small = await context.newPage();
  try {
    await small.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await small
      .locator('.explorer-folders-view, .explorer-viewlet')
      .first()
      .waitFor({ timeout: 60_000 });
    await openFile(small, 'ai-chat.lua');
    await runCommand(small, 'Run with world');
    const game = await webviewWith(small, '#game');
    await game.locator('header h1', { hasText: 'ai-chat.lua' }).waitFor({ timeout: 60_000 });
    await game.locator('button.menu', { hasText: 'ai' }).waitFor({ timeout: 30_000 });
    await waitFor('the run', async () =>
      /运行中/.test(await game.locator('header .badge').innerText()),
    );
    const size = await assertInSight(game, 'a 1024×768 window');
    const running = await badgeLook(game);
    assert.ok(running.ratio >= 4.5, `running badge on Light Modern: ${running.ratio.toFixed(2)}:1`);
    await small.screenshot({ path: path.join(OUTPUT, 'game-default-size-light.png') });
    // Typed in full: in a 768-pixel window the palette shows only the first Coromega commands.
    await runCommand(small, 'Stop Lua plugin');
    await waitFor('the run to stop', async () =>
      /已结束/.test(await game.locator('header .badge').innerText()),
    );
    const ended = await badgeLook(game);
    assert.ok(ended.ratio >= 4.5, `ended badge on Light Modern: ${ended.ratio.toFixed(2)}:1`);
    assert.notEqual(running.color, ended.color, 'running and ended differ in colour');
    assert.notEqual(running.bg, ended.bg, 'and in fill');
    process.stdout.write(
      `Game view ${size} in a 1024×768 window; Light Modern badges: running ${running.ratio.toFixed(2)}:1 (${running.color} on ${running.bg}), ended ${ended.ratio.toFixed(2)}:1 (${ended.color} on ${ended.bg})\n`,
    );
    await small.screenshot({ path: path.join(OUTPUT, 'game-ended-light.png') });
  } finally {
    await context.close();
    updateWorkspaceSettings(workspace, { 'workbench.colorTheme': 'Dark Modern' });
  }
});

test('player edits are played live and saved to the world file only on Save, which keeps the rest; a malformed file stays as it is', async () => {
  const game = await webview('#game');
  await game.locator('li.player', { hasText: 'Alex' }).click();
  await game.locator('.editor h3', { hasText: 'Alex' }).waitFor();
  await game.locator('.toggles label', { hasText: '管理员' }).locator('input').check();
  await game.locator('li.player', { hasText: 'Alex' }).locator('.tag.op').waitFor();

  await game.locator('.add-score input.objective').fill('level');
  await game.locator('.add-score input.score').fill('3');
  await game.locator('.add-score button').click();
  await game
    .locator('li.player', { hasText: 'Alex' })
    .locator('.meta', { hasText: 'level 3' })
    .waitFor();
  await game.locator('.add-player input').fill('Bob');
  await game.locator('.add-player input').press('Enter');
  await game.locator('li.player.online', { hasText: 'Bob' }).waitFor();
  await game.locator('.chat .line.k-joined', { hasText: 'Bob' }).waitFor();
  // Played in the run only: the world file is as its author wrote it until Save.
  assert.equal(worldFile(), WORLD, 'trying things never changes the file unasked');
  const save = game.locator('header button.save-world');
  await waitFor('the Save button', async () =>
    /把 3 处修改保存到世界文件/.test(await save.innerText()),
  );
  await page.screenshot({ path: path.join(OUTPUT, 'game-unsaved-edits.png') });
  await save.click();
  await waitFor('Bob and the score in the file', async () => /"name": "Bob"/.test(worldFile()));
  await waitFor('the Save button to go', async () => save.isHidden());
  const saved = worldFile();
  assert.deepEqual(JSON.parse(saved).players, [
    { name: 'Steve', op: true },
    { name: 'Alex', scores: { money: 10, level: 3 }, op: true },
    { name: 'Bob' },
  ]);
  // What the view does not edit is exactly as written.
  for (const line of WORLD.split('\n').filter((l) => /"(bot|qq)"|"Steve"/.test(l)))
    assert.ok(saved.includes(line), `kept: ${line}`);

  // A world file that is not JSON any more: shown, and an edit is refused rather than written over it.
  const broken = saved.replace('"name": "Bob" }', '"name": "Bob" ');
  fs.writeFileSync(path.join(workspace, 'ai-chat.world.json'), broken);
  await game.locator('header .world.bad').waitFor({ timeout: 30_000 });
  await game.locator('li.player', { hasText: 'Alex' }).click();
  await game.locator('.editor h3', { hasText: 'Alex' }).waitFor();
  await game.locator('.toggles label', { hasText: '管理员' }).locator('input').uncheck();
  await waitFor('one edit to save', async () => /把 1 处修改/.test(await save.innerText()));
  await save.click();
  const notice = game.locator('.notice');
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    /未保存到 ai-chat\.world\.json：世界文件不是有效的 JSON（第 \d+ 行第 \d+ 列）/,
  );
  assert.equal(worldFile(), broken, 'the malformed file is left exactly as it was');
  await notice.locator('button').click();
  await waitFor('the notice to go', async () => notice.isHidden());
  assert.match(await save.innerText(), /把 1 处修改/, 'the refused edit waits');
  fs.writeFileSync(path.join(workspace, 'ai-chat.world.json'), saved);
  await waitFor(
    'the world file to be fine again',
    async () => (await game.locator('header .world.bad').count()) === 0,
  );
  await save.click();
  await waitFor('Alex no longer an operator in the file', async () =>
    /"name": "Alex", "scores": \{ "money": 10, "level": 3 \}, "op": false/.test(worldFile()),
  );
  await waitFor('nothing left to save', async () => save.isHidden());
});

test('the game-menu CodeLens runs the plugin and opens the menu as the first online player', async () => {
  const game = await webview('#game');
  await stopRun(game);
  await openFile(page, 'ai-chat.lua');
  const lens = page
    .locator('.editor-group-container.active .codelens-decoration')
    .filter({ hasText: '运行并打开菜单“ai”' })
    .first();
  await lens.waitFor({ timeout: 30_000 });
  await lens.locator('a').first().click();
  await waitFor('a new run', async () =>
    /运行中/.test(await game.locator('header .badge').innerText()),
  );
  await game.locator('.chat .line.k-ask', { hasText: '你想问什么？' }).waitFor({ timeout: 30_000 });
  // The run started from the edited world file: Bob is there.
  await game.locator('li.player', { hasText: 'Bob' }).waitFor();
  assert.match(await game.locator('#screen-pane h2').innerText(), /Steve/);
  await game.locator('.ask', { hasText: '你想问什么？' }).waitFor();
  const running = await badgeLook(game);
  await stopRun(game);
  // Nothing waits for an answer after Stop: the question, its mark and the answer hint go.
  await waitFor('the pending ask to go', async () => game.locator('.ask').isHidden());
  assert.equal(await game.locator('.tag.asking').count(), 0);
  assert.equal(
    await game.locator('.chat-input').getAttribute('placeholder'),
    '玩家说的话（会回答等待中的提问）',
  );
  const ended = await badgeLook(game);
  assert.ok(ended.ratio >= 4.5, `ended badge on Dark Modern: ${ended.ratio.toFixed(2)}:1`);
  assert.notEqual(running.color, ended.color);
  assert.notEqual(running.bg, ended.bg);
  process.stdout.write(
    `Dark Modern badges: running ${running.ratio.toFixed(2)}:1 (${running.color} on ${running.bg}), ended ${ended.ratio.toFixed(2)}:1 (${ended.color} on ${ended.bg})\n`,
  );
  await page.screenshot({ path: path.join(OUTPUT, 'game-stopped-dark.png') });
});

test('QQ: a group message reaches the players, "/list" is answered in the group, chat goes out to QQ', async () => {
  const game = await webview('#game');
  await openFile(page, 'qq-bridge.lua');
  await runCommand(page, RUN_WITH_WORLD);
  await game.locator('header h1', { hasText: 'qq-bridge.lua' }).waitFor({ timeout: 60_000 });
  await waitFor('the run', async () =>
    /运行中/.test(await game.locator('header .badge').innerText()),
  );
  await game.locator('button.tab', { hasText: 'QQ' }).click();
  const group = game.locator('.qq-form input.qq-id').first();
  await waitFor(
    'the group from the world file',
    async () => (await group.inputValue()) === '123456',
  );
  assert.equal(await game.locator('.qq-form input.qq-id').nth(1).inputValue(), '10001');
  const text = game.locator('.qq-form input.qq-text');
  await text.fill('大家好');
  await text.press('Enter');
  await game
    .locator('.chat .line.k-tellraw', { hasText: '[QQ] 小明: 大家好' })
    .waitFor({ timeout: 30_000 });
  await text.fill('/list');
  await text.press('Enter');
  await game.locator('.row.qq.in', { hasText: '/list' }).waitFor();
  await game.locator('.row.qq.out', { hasText: '在线：Steve, Alex' }).waitFor({ timeout: 30_000 });
  const input = game.locator('.chat-input');
  await input.fill('hello qq');
  await input.press('Enter');
  await game.locator('.row.qq.out', { hasText: '<Steve> hello qq' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(OUTPUT, 'game-qq.png') });
});

test('a flood of 20,000 lines: the chat keeps the last 300 and the view still answers', async () => {
  const game = await webview('#game');
  await game.locator('button.menu', { hasText: 'flood' }).click();
  await game.locator('.chat .line', { hasText: '刷屏结束' }).waitFor({ timeout: 120_000 });
  assert.equal(await game.locator('.chat .line').count(), 300);
  assert.match(await game.locator('.chat .line').nth(298).innerText(), /第 20000 行/);
  const input = game.locator('.chat-input');
  await input.fill('still here');
  await input.press('Enter');
  await game.locator('.row.qq.out', { hasText: '<Steve> still here' }).waitFor({ timeout: 30_000 });
});

test('keyboard: arrows move through players and tabs, Enter goes to the chat box', async () => {
  const game = await webview('#game');
  const list = game.locator('ul.players');
  await game.locator('li.player', { hasText: 'Steve' }).click();
  await list.focus();
  await list.press('ArrowDown');
  await waitFor('Alex chosen', async () =>
    /Alex/.test(await game.locator('#screen-pane h2').innerText()),
  );
  assert.equal(
    await game
      .locator('li.player.selected')
      .innerText()
      .then((t) => t.split('\n')[0]?.trim()),
    'Alex',
  );
  await list.press('Enter');
  const input = game.locator('.chat-input');
  await waitFor('the chat box focused', async () =>
    input.evaluate(
      (e) =>
        e ===
        (e as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
    ),
  );
  await page.keyboard.type('hi from the keyboard');
  await page.keyboard.press('Enter');
  await game.locator('.chat .line.k-said', { hasText: '<Alex> hi from the keyboard' }).waitFor();
  const qqTab = game.locator('button.tab', { hasText: 'QQ' });
  await qqTab.focus();
  await qqTab.press('ArrowRight');
  await waitFor('the API tab chosen', async () =>
    (await game.locator('button.tab[aria-selected="true"]').innerText()).startsWith('API'),
  );
  await stopRun(game);
  // Another language: the view is drawn again in it at once, and back.
  updateWorkspaceSettings(workspace, { 'coromegaLua.language': 'en' });
  await waitFor('the Game view in English', async () =>
    /Ended/.test(await game.locator('header .badge').innerText()),
  );
  assert.equal(await game.locator('#players-pane h2').innerText(), 'PLAYERS');
  assert.match(await game.locator('#screen-pane h2').innerText(), /^What Alex sees$/);
  updateWorkspaceSettings(workspace, { 'coromegaLua.language': 'zh-cn' });
  await waitFor('the Game view in Chinese again', async () =>
    /已结束/.test(await game.locator('header .badge').innerText()),
  );
});

test('a later run of a plugin that only prints takes the Game view out of the panel; Run with world brings it back', async () => {
  fs.writeFileSync(path.join(workspace, 'hello.lua'), 'print("只打印一行")\n');
  const gameTitle = page.locator('.part.panel .pane-header .title', { hasText: /^(游戏|Game)$/ });
  assert.equal(await gameTitle.count(), 1, 'the Game view is in the panel after the game runs');
  await openFile(page, 'hello.lua');
  await runCommand(page, /运行 Lua 插件|Run Lua plugin/);
  const inspector = await webviewWith(page, '#app');
  await inspector.locator('header h1', { hasText: 'hello.lua' }).waitFor({ timeout: 60_000 });
  await waitFor('the Game view to leave the panel', async () => (await gameTitle.count()) === 0);
  await page.screenshot({ path: path.join(OUTPUT, 'game-print-only-run.png') });
  await openFile(page, 'qq-bridge.lua');
  await runCommand(page, RUN_WITH_WORLD);
  await waitFor('the Game view back in the panel', async () => (await gameTitle.count()) === 1);
  const game = await webview('#game');
  await game.locator('header h1', { hasText: 'qq-bridge.lua' }).waitFor({ timeout: 60_000 });
  await stopRun(game);
});
