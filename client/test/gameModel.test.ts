import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import type { RunEvent } from '../../runtime/src/events';
import { GameModel, CAPS, type WorldInfo } from '../src/game/model';
import { englishOnly, Messages, type Lang } from '../src/i18n';

const WORLD: WorldInfo = {
  worldFile: 'ai-chat.world.json',
  worldExists: true,
  worldProblem: '',
  qqGroups: [{ id: 123456, name: '测试群', members: [{ id: 10001, name: '小明' }] }],
  qqUsers: [],
  players: [{ name: 'Steve', online: true, op: true, tags: [], scores: {} }],
};

function model(lang: Lang = 'en'): GameModel {
  const t =
    lang === 'en'
      ? englishOnly
      : new Messages(path.resolve(__dirname, '..', '..', '..', 'l10n'), 'zh-cn').t;
  const m = new GameModel(t, () => lang);
  m.runStarted('ai-chat.lua', WORLD);
  return m;
}

const state = (
  players: Array<Partial<{ name: string; online: boolean; asks: string[] }>>,
): RunEvent => ({
  type: 'worldState',
  players: players.map((p) => ({
    name: p.name ?? 'Steve',
    online: p.online ?? true,
    op: false,
    tags: [],
    scores: {},
    asks: p.asks ?? [],
  })),
  objectives: [],
});

test('events in, rows out: players, entry points, what each player saw and did, commands, QQ, APIs, problems', () => {
  const m = model();
  const first = m.takeUpdate()!;
  assert.equal(first.header?.title, 'ai-chat.lua');
  assert.equal(first.header?.running, true);
  assert.deepEqual(
    first.players?.map((p) => p.name),
    ['Steve'],
    'the world file until the runtime reports',
  );
  const events: RunEvent[] = [
    { type: 'start', plugin: 'ai-chat.lua', config: null, storage: '/s', time: 1 },
    {
      type: 'listener',
      kind: 'game_menu',
      triggers: ['ai', '问问'],
      usage: '向 AI 提问',
      argument_hint: '[问题]',
    },
    { type: 'listener', kind: 'terminal_menu', triggers: ['reload'] },
    { type: 'listener', kind: 'api', triggers: ['/bank/add'] },
    { type: 'listener', kind: 'cqhttp', triggers: [] },
    { type: 'listener', kind: 'player_change', triggers: [] },
    state([
      { name: 'Steve', asks: [] },
      { name: 'Alex', online: false },
    ]),
    { type: 'action', action: { as: 'Steve', menu: 'ai' }, source: 'stdin' },
    { type: 'say', player: 'Steve', text: '§e你想问什么？', via: 'ask' },
    state([
      { name: 'Steve', asks: ['§e你想问什么？'] },
      { name: 'Alex', online: false },
    ]),
    { type: 'action', action: { as: 'Steve', chat: '今天天气怎么样？' }, source: 'stdin' },
    state([
      { name: 'Steve', asks: [] },
      { name: 'Alex', online: false },
    ]),
    { type: 'say', player: 'Steve', text: '§7思考中……', via: 'actionbar' },
    { type: 'say', player: 'Steve', text: '§a晴，适合去挖矿。', via: 'say' },
    {
      type: 'command',
      command: 'tag Steve add vip',
      via: 'ws',
      result: {
        CommandOrigin: { Origin: 0, UUID: '', RequestID: '', PlayerUniqueID: 0 },
        OutputType: 3,
        SuccessCount: 1,
        OutputMessages: [
          {
            Success: true,
            Message: 'commands.tag.add.success.single',
            Parameters: ['vip', 'Steve'],
          },
        ],
        DataSet: '',
      },
    },
    { type: 'command', command: 'say hi', via: 'wo', result: null },
    {
      type: 'action',
      action: { qq: { group: 123456, user: 10001, text: '/list' } },
      source: 'stdin',
    },
    { type: 'qq', target: '群聊:123456', text: '§a在线：Steve' },
    { type: 'action', action: { api: '/bank/add', args: 100 }, source: 'stdin' },
    { type: 'apiResult', api: '/bank/add', result: { ok: true } },
    {
      type: 'action',
      action: { as: 'Alex', menu: 'ai' },
      source: 'stdin',
      problem: 'player "Alex" is not online',
    },
    { type: 'warning', message: 'the game sends no answer to say' },
    { type: 'world', api: 'coromega:place_command_block', args: [1] },
  ];
  for (const e of events) m.event(e);
  const u = m.takeUpdate()!;
  assert.deepEqual(
    u.players?.map((p) => [p.name, p.online, p.asks]),
    [
      ['Steve', true, []],
      ['Alex', false, []],
    ],
  );
  assert.deepEqual(u.entries, {
    menus: [
      { kind: 'game_menu', triggers: ['ai', '问问'], usage: '向 AI 提问', hint: '[问题]' },
      { kind: 'terminal_menu', triggers: ['reload'], usage: '', hint: '' },
    ],
    apis: ['/bank/add'],
    qq: true,
    others: [
      { kind: 'cqhttp', triggers: [] },
      { kind: 'player_change', triggers: [] },
    ],
  });
  assert.deepEqual(
    u.lines.map((l) => [l.player, l.kind, l.label, l.segments.map((s) => s.text).join('')]),
    [
      ['Steve', 'menu', 'Menu', 'ai'],
      ['Steve', 'ask', 'Asks', '你想问什么？'],
      ['Steve', 'said', '', '今天天气怎么样？'],
      ['Steve', 'actionbar', 'Action bar', '思考中……'],
      ['Steve', 'say', '', '晴，适合去挖矿。'],
    ],
  );
  assert.equal(u.lines[4]!.segments[0]!.colour, 'a', '§ colours are kept for the theme palette');
  assert.deepEqual(
    u.commands.map((c) => [c.command, c.ok, c.text]),
    [
      ['tag Steve add vip', true, 'Added tag "vip" to Steve'],
      ['say hi', null, ''],
    ],
  );
  assert.deepEqual(
    u.qq.map((q) => [q.dir, q.where, q.who, q.text]),
    [
      ['in', '群聊:123456', '小明 (10001)', '/list'],
      ['out', '群聊:123456', undefined, '§a在线：Steve'],
    ],
  );
  assert.deepEqual(
    u.apis.map((a) => [a.dir, a.api, a.text]),
    [
      ['call', '/bank/add', '100'],
      ['result', '/bank/add', '{"ok":true}'],
    ],
  );
  assert.equal(u.notice, 'player "Alex" is not online');
  assert.deepEqual(
    u.log.map((l) => l.level),
    ['action', 'action', 'action', 'action', 'problem', 'warning', 'world'],
  );
  assert.match(u.log[4]!.text, /^Alex opens the menu ai — player "Alex" is not online$/);
  assert.equal(u.log[6]!.text, 'Not simulated: coromega:place_command_block [1]');
  // A batch carries only what is new.
  assert.equal(m.takeUpdate(), undefined);
  m.event({ type: 'say', player: 'Steve', text: 'again', via: 'say' });
  const next = m.takeUpdate()!;
  assert.deepEqual(
    next.lines.map((l) => l.segments[0]!.text),
    ['again'],
  );
  assert.equal(next.players, undefined);
  assert.deepEqual(next.commands, []);
});

test('the pending ask of a player comes from the runtime, with its prompt split on § codes', () => {
  const m = model();
  m.event(state([{ name: 'Steve', asks: ['§e你想问什么？'] }]));
  const steve = m.takeUpdate()!.players![0]!;
  assert.deepEqual(steve.asks, ['§e你想问什么？']);
  assert.deepEqual(steve.prompt, [{ text: '你想问什么？', colour: 'e' }]);
  m.event(state([{ name: 'Steve', asks: [] }]));
  assert.deepEqual(m.takeUpdate()!.players![0]!.asks, []);
});

test('when the run ends (Stop, or any end) no question waits any more', () => {
  const m = model();
  m.event(state([{ name: 'Steve', asks: ['§e你想问什么？'] }, { name: 'Alex' }]));
  assert.deepEqual(m.takeUpdate()!.players![0]!.asks, ['§e你想问什么？']);
  m.event({ type: 'exit', code: 1, reason: 'stopped', message: 'run stopped' });
  const u = m.takeUpdate()!;
  assert.equal(u.header!.running, false);
  assert.deepEqual(
    u.players!.map((p) => [p.name, p.asks, p.prompt]),
    [
      ['Steve', [], []],
      ['Alex', [], []],
    ],
  );
  assert.equal(m.player('Steve')!.asks.length, 0);
  // Nothing asked: the end touches the header only.
  const quiet = model();
  quiet.event(state([{ name: 'Steve' }]));
  quiet.takeUpdate();
  quiet.event({ type: 'exit', code: 0, reason: 'finished' });
  assert.equal(quiet.takeUpdate()!.players, undefined);
});

test('edits waiting to be saved are in the header; a new run starts with none', () => {
  const m = model();
  m.takeUpdate();
  m.setUnsaved(2);
  assert.equal(m.takeUpdate()!.header!.unsaved, 2);
  m.setUnsaved(2);
  assert.equal(m.takeUpdate(), undefined, 'no change, no batch');
  m.runStarted('ai-chat.lua', WORLD);
  assert.equal(m.takeUpdate()!.header!.unsaved, 0);
});

test('a flood of events keeps each history capped and batches hold at most a cap of rows', () => {
  const m = model();
  m.takeUpdate();
  const N = 100_000;
  for (let i = 0; i < N; i++) {
    m.event({ type: 'say', player: 'Steve', text: `§a line ${i}`, via: 'say' });
    if (i % 2 === 0)
      m.event({
        type: 'command',
        command: `scoreboard players add Steve money ${i}`,
        via: 'ws',
        result: null,
      });
    if (i % 10 === 0) m.event({ type: 'say', player: 'Alex', text: `alex ${i}`, via: 'chat' });
  }
  const u = m.takeUpdate()!;
  const steve = u.lines.filter((l) => l.player === 'Steve');
  const alex = u.lines.filter((l) => l.player === 'Alex');
  assert.equal(steve.length, CAPS.linesPerPlayer);
  assert.equal(steve[steve.length - 1]!.segments[0]!.text, ` line ${N - 1}`, 'the newest are kept');
  assert.equal(
    alex.length,
    CAPS.linesPerPlayer,
    "one player's flood does not push out another's lines",
  );
  assert.equal(alex[alex.length - 1]!.segments[0]!.text, `alex ${N - 10}`);
  assert.equal(u.commands.length, CAPS.commands);
  assert.equal(
    u.commands[u.commands.length - 1]!.command,
    `scoreboard players add Steve money ${N - 2}`,
  );
  const sorted = u.lines.map((l) => l.seq);
  assert.deepEqual(
    sorted,
    [...sorted].sort((a, b) => a - b),
    'lines in the order they happened',
  );
  // What was dropped is counted, and the kept rows stay within twice the cap (trimmed in chunks).
  const kept = m.snapshot();
  assert.equal(kept.lines.length, 2 * CAPS.linesPerPlayer);
  assert.ok(u.dropped >= N + N / 10 + N / 2 - 2 * (2 * CAPS.linesPerPlayer + CAPS.commands));
  assert.equal(m.takeUpdate(), undefined);
});

test('a world file the runtime refused is shown with its message; a new run starts clean', () => {
  const m = model();
  m.stray('coromega-run: ai-chat.world.json: players[0].op: should be boolean, got string');
  m.event({ type: 'exit', code: 2, reason: 'error' });
  const u = m.takeUpdate()!;
  assert.equal(u.notice, 'ai-chat.world.json: players[0].op: should be boolean, got string');
  assert.equal(u.header?.worldProblem, u.notice);
  assert.equal(u.header?.running, false);
  assert.equal(u.header?.ended, 'error');
  m.runStarted('ai-chat.lua', WORLD);
  const again = m.snapshot();
  assert.equal(again.notice, '');
  assert.deepEqual(again.lines, []);
  assert.equal(again.header?.running, true);
});

test('the default player, edits shown while no run is live, and the language of rows', () => {
  const m = model('zh-cn');
  m.event(state([{ name: 'Steve', online: false }, { name: 'Alex' }, { name: 'Bob' }]));
  assert.equal(m.defaultPlayer('Bob'), 'Bob');
  assert.equal(
    m.defaultPlayer('Steve'),
    'Alex',
    'an offline choice falls back to the first online player',
  );
  assert.equal(m.defaultPlayer(), 'Alex');
  // While the runtime reports the world, an edit waits for its report; after the run it shows at once.
  m.editedOffline({ kind: 'setOp', name: 'Alex', op: true });
  assert.equal(m.player('Alex')!.op, false);
  m.event({ type: 'exit', code: 0, reason: 'finished' });
  m.editedOffline({ kind: 'setOp', name: 'Alex', op: true });
  m.editedOffline({ kind: 'setScore', name: 'Alex', objective: 'money', score: 5 });
  m.editedOffline({ kind: 'setTags', name: 'Alex', tags: ['vip'] });
  m.editedOffline({ kind: 'addPlayer', name: 'Carol' });
  m.editedOffline({ kind: 'removePlayer', name: 'Bob' });
  const players = m.takeUpdate()!.players!;
  assert.deepEqual(
    players.map((p) => [p.name, p.op, p.tags, p.scores]),
    [
      ['Steve', false, [], {}],
      ['Alex', true, ['vip'], { money: 5 }],
      ['Carol', false, [], {}],
    ],
  );
  m.runStarted('x.lua', WORLD);
  m.event({ type: 'say', player: 'Steve', text: 'x', via: 'title' });
  m.event({
    type: 'command',
    command: 'tag Steve add vip',
    via: 'ws',
    result: {
      CommandOrigin: { Origin: 0, UUID: '', RequestID: '', PlayerUniqueID: 0 },
      OutputType: 3,
      SuccessCount: 1,
      OutputMessages: [
        { Success: true, Message: 'commands.tag.add.success.single', Parameters: ['vip', 'Steve'] },
      ],
      DataSet: '',
    },
  });
  m.event({ type: 'action', action: { join: 'Dan' }, source: 'stdin' });
  const u = m.takeUpdate()!;
  assert.equal(u.lines[0]!.label, '标题');
  assert.equal(u.commands[0]!.text, '已将标签“vip”添加到 Steve');
  assert.equal(u.log[0]!.text, 'Dan 上线');
});

test('paused in the debugger: the header says so until the plugin goes on or the run ends', () => {
  const m = model();
  m.setPaused(true);
  assert.equal(m.headerState().paused, true);
  assert.equal(m.snapshot().header?.paused, true);
  m.setPaused(false);
  assert.equal(m.headerState().paused, false);
  m.setPaused(true);
  m.event({ type: 'exit', code: 0, reason: 'finished' });
  assert.equal(m.headerState().paused, false);
  assert.equal(m.headerState().running, false);
});

test('restart on save: "Reloaded" in the header and the log, entry points registered anew, a run waiting for a save', () => {
  const m = model('zh-cn');
  m.event({ type: 'listener', kind: 'game_menu', triggers: ['ai'] });
  m.event({ type: 'watching', code: 1, reason: 'error' });
  let u = m.takeUpdate()!;
  assert.equal(u.header?.running, false);
  assert.equal(u.header?.watching, true);
  assert.equal(u.header?.ended, 'error');
  m.event({ type: 'reload', files: ['/ws/plugins/ai-chat.lua'] });
  m.event({ type: 'listener', kind: 'game_menu', triggers: ['ai2'] });
  u = m.takeUpdate()!;
  assert.equal(u.header?.running, true);
  assert.equal(u.header?.watching, false);
  assert.equal(u.header?.reloads, 1);
  assert.equal(u.header?.ended, '');
  assert.deepEqual(
    u.entries?.menus.map((e) => e.triggers),
    [['ai2']],
    'the old run’s menus are gone',
  );
  assert.equal(u.log.at(-1)?.text, '重新加载 ai-chat.lua：世界保持原样');
});
