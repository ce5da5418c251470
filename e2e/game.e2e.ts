/**
 * End-to-end: the Game view in a real VS Code (code-server) with an English UI and `coromegaLua.language` = `zh-cn`.
 * "Run with world" runs examples/ai-chat.lua in its world against a loopback OpenAI-compatible endpoint this test
 * starts: a click on its menu entry, the answer to its question, the reply in the player's chat. Player edits are
 * played live and saved to the world file (which keeps everything else; a malformed one is left alone); a QQ
 * message goes in and out; a flood of lines; the keyboard; the game-menu CodeLens. Screenshots go to .e2e-output/.
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

test('player edits are played live and saved to the world file, which keeps the rest; a malformed file stays as it is', async () => {
  const game = await webview('#game');
  await game.locator('li.player', { hasText: 'Alex' }).click();
  await game.locator('.editor h3', { hasText: 'Alex' }).waitFor();
  await game.locator('.toggles label', { hasText: '管理员' }).locator('input').check();
  await waitFor('Alex op in the world file', async () =>
    /\{ "name": "Alex", "scores": \{ "money": 10 \}, "op": true \}/.test(worldFile()),
  );
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
  await waitFor('Bob and the score in the file', async () => /"name": "Bob"/.test(worldFile()));
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
  const notice = game.locator('.notice');
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    /未保存到 ai-chat\.world\.json：世界文件不是有效的 JSON（第 \d+ 行第 \d+ 列）/,
  );
  assert.equal(worldFile(), broken, 'the malformed file is left exactly as it was');
  await notice.locator('button').click();
  await waitFor('the notice to go', async () => notice.isHidden());
  fs.writeFileSync(path.join(workspace, 'ai-chat.world.json'), saved);
  await waitFor(
    'the world file to be fine again',
    async () => (await game.locator('header .world.bad').count()) === 0,
  );
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
  await stopRun(game);
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
