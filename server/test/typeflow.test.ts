/**
 * Type flow over a real LSP connection: locals bound from catalog calls (players, KV databases, WebSocket
 * connections), handler parameters typed by their listener (`chat`, `player, action`, `conn`, `packet`),
 * `:start_new` after every listener, loop variables over player arrays, and the diagnostics that follow from the
 * types (misspelt members, `.` for `:`, scope, argument counts), in zh-CN and English.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import { typeById } from '../../catalog';
import { LspClient, positionOf } from '../testing/lspClient';
import { GAME_PLUGIN } from '../testing/plugins';

let n = 0;
const uri = (): string => `file:///tmp/coromega-typeflow/p${++n}.lua`;

function labels(items: { label: string }[]): string[] {
  return items.map((i) => i.label);
}

function msg(d: Diagnostic | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function value(h: Hover | null): string {
  return (h?.contents as MarkupContent | undefined)?.value ?? '';
}

/** Public member names of a catalog type, in catalog order. */
function publicMethods(id: string): string[] {
  return typeById(id)!
    .methods.filter((m) => !m.internal && m.call === ':')
    .map((m) => m.name);
}

const BAD = [
  'local coromega = require("coromega").from(omega)',
  'coromega:sleep(1)',
  'local player = coromega:get_player("Steve")',
  'player:sya("hi")',
  'player.say("hi")',
  'player:ask("x")',
  'coromega:send_ws_cmd("say hi")',
  'coromega:send_ws_cmd("list", true)',
  'local db = coromega:key_value_db("d")',
  'db:get()',
  'coromega:get_player("a", "b")',
  'local s = json:encode({}) .. json.decod("[]")',
  'coromega:when_chat_msg():start_new(function(chat)',
  '    print(chat.nmae, chat.name)',
  '    coromega:sleep(1)',
  'end)',
  'local p = { x = 1, y = 2, Z = 3 }',
  'coromega:place_block(p, "stone", 0)',
  'coromega:run()',
  '',
].join('\n');

async function openText(c: LspClient, text: string): Promise<string> {
  const u = uri();
  await c.open(u, text);
  return u;
}

async function diagnostics(c: LspClient, text: string): Promise<{ u: string; d: Diagnostic[] }> {
  const u = await openText(c, text);
  return { u, d: (await c.waitForDiagnostics(u, 1)).diagnostics };
}

describe('type flow (zh-CN)', () => {
  let c: LspClient;
  let u: string;
  const at = (marker: string, delta: number) => positionOf(GAME_PLUGIN, marker, delta);
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn' });
    u = await openText(c, GAME_PLUGIN);
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('the game plugin, with every type flowing through it, has no errors or warnings', async () => {
    const d = (await c.waitForDiagnostics(u, 1)).diagnostics;
    assert.deepEqual(
      d.filter((x) => (x.severity ?? 1) <= 2),
      [],
    );
  });

  it('a local from get_player completes the player methods, with Chinese docs', async () => {
    const items = await c.completion(u, at('player:say', 7));
    assert.deepEqual(labels(items), publicMethods('CoroPlayer'));
    assert.equal(items.length, 40);
    const ask = await c.resolve(items.find((i) => i.label === 'ask')!);
    assert.match((ask.documentation as MarkupContent).value, /等待他在聊天栏输入/);
    assert.match((ask.documentation as MarkupContent).value, /协程内/);
    assert.equal(ask?.labelDetails?.detail, '(hint, timeout?)');
  });

  it('handler parameters get their listener shape: chat, player, packet, conn', async () => {
    assert.deepEqual(labels(await c.completion(u, at('chat.name)', 5))), [
      'name',
      'msg',
      'raw_msg',
      'raw_name',
      'type',
      'raw_parameters',
      'aux',
    ]);
    assert.ok(labels(await c.completion(u, at('player:title', 7))).includes('is_online'));
    assert.deepEqual(labels(await c.completion(u, at('packet:name()', 7))), [
      'name',
      'id',
      'user_data',
      'json_str',
    ]);
    const conn = labels(await c.completion(u, at('conn:send_message("welcome")', 5)));
    assert.deepEqual(conn, publicMethods('WSConnWrapper'));
    assert.ok(!conn.includes('on_new_msg'), 'plumbing is not offered');
  });

  it('a handler passed by name is typed too', async () => {
    assert.ok(labels(await c.completion(u, at('chat.raw_msg', 5))).includes('raw_msg'));
  });

  it('KV databases, the shared map and WebSocket connections complete their methods', async () => {
    assert.deepEqual(labels(await c.completion(u, at('db:get', 3))), [
      'get',
      'set',
      'delete',
      'iter',
      'migrate_to',
    ]);
    assert.deepEqual(labels(await c.completion(u, at('sm:set', 3))), publicMethods('SharedMap'));
    assert.ok(
      labels(await c.completion(u, at('conn:receive_message', 5))).includes('receive_message'),
    );
  });

  it('completes :start_new after every listener, and the server methods after create_websocket_server', async () => {
    assert.deepEqual(labels(await c.completion(u, at('when_chat_msg():start_new', 16))), [
      'start_new',
      'on_result',
    ]);
    assert.deepEqual(labels(await c.completion(u, at('1042):when_new_conn', 6))), [
      'when_new_conn',
      'when_dead',
    ]);
  });

  it('loop variables over player arrays and fields of returned shapes are typed', async () => {
    assert.deepEqual(
      labels(await c.completion(u, at('p:action_bar', 2))),
      publicMethods('CoroPlayer'),
    );
    assert.deepEqual(labels(await c.completion(u, at('pos.position.x', 4))), [
      'position',
      'dimension',
      'yRot',
      'uniqueId',
    ]);
    assert.deepEqual(labels(await c.completion(u, at('pos.position.x', 13))), ['x', 'y', 'z']);
  });

  it('hovers: the signature once, then the summary; names show what they hold', async () => {
    const say = value(await c.hover(u, at('player:say', 8)));
    assert.ok(say.startsWith('```lua\nplayer:say(msg: string)\n```\n\n在玩家的聊天栏显示'), say);
    assert.equal(say.split('player:say(msg').length, 2, 'the signature appears once');
    assert.match(value(await c.hover(u, at('local player', 7))), /player: CoroPlayer[\s\S]*玩家/);
    assert.match(value(await c.hover(u, at('function(chat)', 10))), /chat: ChatMessage/);
    const sn = value(await c.hover(u, at('when_chat_msg():start_new', 18)));
    assert.match(sn, /coromega:when_chat_msg[\s\S]*function\(chat: ChatMessage\)/);
  });

  it('signature help on a player method tracks the argument; :start_new shows the handler type', async () => {
    const s = await c.signatureHelp(u, at('30)', 0));
    assert.equal(s?.signatures[0].label, 'player:ask(hint: string, timeout?: number): string?');
    assert.equal(s?.activeParameter, 1);
    const sn = await c.signatureHelp(u, at('start_new(on_chat)', 10));
    assert.equal(
      sn?.signatures[0].label,
      'listener:start_new(coro_fn: fun(chat: ChatMessage)): SessionFactory',
    );
  });

  it('flags misspelt members, . for :, scope and argument counts, with fixes', async () => {
    const { u: bu, d } = await diagnostics(c, BAD);
    const got = d
      .map((x) => [x.code, x.range.start.line, x.severity])
      .sort((p, q) => (p[1] as number) - (q[1] as number));
    assert.deepEqual(got, [
      ['blocking-call', 1, 3],
      ['unknown-method', 3, 1],
      ['dot-call', 4, 1],
      ['coroutine-only', 5, 1],
      ['coroutine-only', 7, 1],
      ['missing-argument', 9, 2],
      ['extra-argument', 10, 2],
      ['colon-call', 11, 1],
      ['unknown-method', 11, 1],
      ['unknown-field', 13, 2],
      ['unknown-table-key', 16, 2],
    ]);
    const typo = d.find((x) => x.code === 'unknown-method');
    assert.match(msg(typo), /玩家没有 `sya` 方法.*`player:say`/);
    const fix = await c.codeActions(bu, [typo!]);
    assert.equal(fix?.[0].edit?.changes?.[bu]?.[0].newText, 'say');
    assert.match(
      msg(d.find((x) => x.code === 'unknown-field')),
      /`chat`（聊天消息）没有 `nmae`.*`chat\.name`/,
    );
    assert.match(
      msg(d.filter((x) => x.code === 'unknown-method')[1]),
      /json 模块没有 `decod`.*`json\.decode`/,
    );
    assert.match(msg(d.find((x) => x.code === 'blocking-call')), /阻塞整个插件/);
  });
});

describe('type flow (English)', () => {
  let c: LspClient;
  let u: string;
  const at = (marker: string, delta: number) => positionOf(GAME_PLUGIN, marker, delta);
  before(async () => {
    c = await LspClient.start({ locale: 'en' });
    u = await openText(c, GAME_PLUGIN);
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('completes and documents players, databases and connections in English', async () => {
    const items = await c.completion(u, at('player:say', 7));
    const say = await c.resolve(items.find((i) => i.label === 'say')!);
    assert.match(
      (say.documentation as MarkupContent).value,
      /Shows a message in the player's chat/,
    );
    const db = await c.completion(u, at('db:get', 3));
    assert.match(
      ((await c.resolve(db.find((i) => i.label === 'iter')!)).documentation as MarkupContent).value,
      /return true to go on/,
    );
    const conn = await c.completion(u, at('conn:send_message("hello")', 5));
    assert.match(
      (
        (await c.resolve(conn.find((i) => i.label === 'receive_message')!))
          .documentation as MarkupContent
      ).value,
      /Waits for and returns the next message/,
    );
    assert.match(value(await c.hover(u, at('local player', 7))), /player: CoroPlayer[\s\S]*player/);
  });

  it('types handler parameters and explains them in English', async () => {
    const chat = await c.completion(u, at('chat.name)', 5));
    const raw = await c.resolve(chat.find((i) => i.label === 'raw_msg')!);
    assert.match((raw.documentation as MarkupContent).value, /The message as typed, not split/);
    assert.match(value(await c.hover(u, at('function(player, action)', 10))), /player: CoroPlayer/);
    const packet = await c.completion(u, at('packet:name()', 7));
    const id = await c.resolve(packet.find((i) => i.label === 'id')!);
    assert.match((id.documentation as MarkupContent).value, /The packet type id/);
  });

  it('explains the same mistakes in English', async () => {
    const { d } = await diagnostics(c, BAD);
    assert.match(
      msg(d.find((x) => x.code === 'unknown-method')),
      /the player has no `sya` method; .*Did you mean `player:say`\?/,
    );
    assert.match(msg(d.find((x) => x.code === 'blocking-call')), /blocks the whole plugin/);
    assert.match(
      msg(d.find((x) => x.code === 'dot-call')),
      /methods of the player are called with a colon/,
    );
  });
});
