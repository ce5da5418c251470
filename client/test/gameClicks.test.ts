import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAction } from '../../runtime/src/world/file';
import { apiArgs, interpretClick, words, type FromGameView } from '../src/game/clicks';
import { englishOnly } from '../src/i18n';

const click = (m: FromGameView): ReturnType<typeof interpretClick> =>
  interpretClick(m, englishOnly);

test('clicks become the world actions of the stdin contract, each accepted by the runtime as it is', () => {
  const cases: Array<[FromGameView, unknown]> = [
    [
      {
        type: 'menu',
        kind: 'game_menu',
        trigger: 'ai',
        args: '  钻石  在 哪一层？ ',
        player: 'Steve',
      },
      { as: 'Steve', menu: 'ai', args: ['钻石', '在', '哪一层？'] },
    ],
    [
      { type: 'menu', kind: 'game_menu', trigger: 'ai', args: '', player: 'Steve' },
      { as: 'Steve', menu: 'ai' },
    ],
    [
      { type: 'menu', kind: 'terminal_menu', trigger: 'reload', args: 'all now', player: '' },
      { terminal: 'reload all now' },
    ],
    [
      { type: 'chat', player: 'Alex', text: ' hello world ' },
      { as: 'Alex', chat: ' hello world ' },
    ],
    [
      { type: 'qq', group: '123456', user: ' 10001 ', text: '/list' },
      { qq: { group: 123456, user: 10001, text: '/list' } },
    ],
    [{ type: 'qq', group: '', user: '10001', text: 'hi' }, { qq: { user: 10001, text: 'hi' } }],
    [
      { type: 'api', name: '/bank/add', args: '{"amount": 100}' },
      { api: '/bank/add', args: { amount: 100 } },
    ],
    [
      { type: 'api', name: '/echo', args: 'plain words' },
      { api: '/echo', args: 'plain words' },
    ],
    [{ type: 'api', name: '/ping', args: '  ' }, { api: '/ping' }],
    [{ type: 'join', name: 'Alex' }, { join: 'Alex' }],
    [{ type: 'leave', name: 'Alex' }, { leave: 'Alex' }],
    [
      { type: 'setOp', name: 'Steve', op: false },
      { player: 'Steve', op: false },
    ],
    [
      { type: 'setTags', name: 'Steve', tags: 'vip, builder，vip  新手' },
      { player: 'Steve', tags: ['vip', 'builder', '新手'] },
    ],
    [
      { type: 'setTags', name: 'Steve', tags: '' },
      { player: 'Steve', tags: [] },
    ],
    [
      { type: 'setScore', name: 'Steve', objective: 'money', score: '-25' },
      { player: 'Steve', scores: { money: -25 } },
    ],
    [
      { type: 'setScore', name: 'Steve', objective: ' money ', score: '' },
      { player: 'Steve', scores: { money: null } },
    ],
    [{ type: 'addPlayer', name: ' Alex ' }, { join: 'Alex' }],
    [{ type: 'removePlayer', name: 'Alex' }, { leave: 'Alex' }],
  ];
  for (const [m, expected] of cases) {
    const c = click(m);
    assert.equal(c.problem, undefined, JSON.stringify(m));
    assert.deepEqual(c.action, expected, JSON.stringify(m));
    assert.equal(
      checkAction(c.action, 'en'),
      undefined,
      `the runtime accepts ${JSON.stringify(c.action)}`,
    );
  }
});

test('player edits are also world-file edits', () => {
  assert.deepEqual(click({ type: 'setOp', name: 'Steve', op: true }).edit, {
    kind: 'setOp',
    name: 'Steve',
    op: true,
  });
  assert.deepEqual(click({ type: 'setScore', name: 'Steve', objective: 'xp', score: '7' }).edit, {
    kind: 'setScore',
    name: 'Steve',
    objective: 'xp',
    score: 7,
  });
  assert.deepEqual(click({ type: 'addPlayer', name: 'Alex' }).edit, {
    kind: 'addPlayer',
    name: 'Alex',
  });
  assert.deepEqual(click({ type: 'removePlayer', name: 'Alex' }).edit, {
    kind: 'removePlayer',
    name: 'Alex',
  });
  assert.equal(
    click({ type: 'join', name: 'Alex' }).edit,
    undefined,
    'going online is play, not an edit',
  );
  assert.equal(click({ type: 'chat', player: 'Steve', text: 'x' }).edit, undefined);
});

test('what cannot be an action is said, never sent', () => {
  const problems: FromGameView[] = [
    { type: 'menu', kind: 'game_menu', trigger: 'ai', args: '', player: '' },
    { type: 'chat', player: '', text: 'hi' },
    { type: 'qq', group: '', user: 'abc', text: 'hi' },
    { type: 'qq', group: '12a', user: '1', text: 'hi' },
    { type: 'addPlayer', name: '   ' },
    { type: 'addPlayer', name: 'two words' },
    { type: 'addPlayer', name: '@a' },
    { type: 'setScore', name: 'Steve', objective: 'two words', score: '1' },
    { type: 'setScore', name: 'Steve', objective: 'money', score: '1.5' },
    { type: 'setScore', name: 'Steve', objective: 'money', score: '99999999999999999999' },
  ];
  for (const m of problems) {
    const c = click(m);
    assert.ok(c.problem, `a problem for ${JSON.stringify(m)}`);
    assert.equal(c.action, undefined);
    assert.equal(c.edit, undefined);
  }
  // Empty text is nothing to send, and not a problem either.
  assert.deepEqual(click({ type: 'chat', player: 'Steve', text: '   ' }), {});
  assert.deepEqual(click({ type: 'ready' }), {});
});

test('words and API arguments as typed', () => {
  assert.deepEqual(words(' a  b\tc '), ['a', 'b', 'c']);
  assert.deepEqual(words('a,b，c、d e', true), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(apiArgs('[1, 2]'), [1, 2]);
  assert.equal(apiArgs('"quoted"'), 'quoted');
  assert.equal(apiArgs('not json {'), 'not json {');
  assert.equal(apiArgs(''), undefined);
});
