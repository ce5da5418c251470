import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OFFER_TEXT, isOurLibrary, planLibrary, type LibraryState } from '../src/lualsLibrary';

const EXT = '/home/u/.vscode/extensions/coromega-tools.coromega-lua-0.2.0';
const OURS = `${EXT}/luals/zh-cn`;

function state(over: Partial<LibraryState>): LibraryState {
  return { installed: true, effective: [], target: [], ourDir: OURS, declined: false, ...over };
}

test('nothing to offer without sumneko.lua, or when the library already has our folder', () => {
  assert.deepEqual(planLibrary(state({ installed: false })), { kind: 'none' });
  assert.deepEqual(planLibrary(state({ effective: ['/x', OURS + '/'] })), { kind: 'none' });
});

test('offers to append our folder to what the target scope has', () => {
  assert.deepEqual(planLibrary(state({ effective: ['/x', '/y'], target: ['/y'] })), {
    kind: 'offer',
    library: ['/y', OURS],
  });
  assert.deepEqual(planLibrary(state({ declined: true })), { kind: 'none' });
});

test('an earlier version or the other language is replaced quietly, in place, even after "never"', () => {
  const old = '/home/u/.vscode/extensions/coromega-tools.coromega-lua-0.1.0/luals/zh-cn';
  const en = `${EXT}/luals/en`;
  assert.deepEqual(
    planLibrary(state({ effective: ['/a', old, '/b'], target: ['/a', old, '/b'] })),
    {
      kind: 'update',
      library: ['/a', OURS, '/b'],
    },
  );
  assert.deepEqual(
    planLibrary(state({ effective: [en, old], target: [en, old], declined: true })),
    { kind: 'update', library: [OURS] },
  );
});

test('recognises our folders on any platform, and no one else', () => {
  assert.ok(
    isOurLibrary(
      'C:\\Users\\u\\.vscode\\extensions\\coromega-tools.coromega-lua-1.0.0\\luals\\en',
      OURS,
    ),
  );
  assert.ok(!isOurLibrary('/home/u/lua/defs/luals/en', OURS));
  assert.ok(!isOurLibrary('/ext/other.coromega-lua-1.0.0/luals/en', OURS));
});

test('the question and its answers exist in both languages', () => {
  for (const lang of ['zh-cn', 'en'] as const) {
    const t = OFFER_TEXT[lang];
    assert.ok(
      t.message.includes('Lua.workspace.library') && t.add && t.never && t.failed.includes('{0}'),
    );
  }
  assert.match(OFFER_TEXT['zh-cn'].message, /[\u4e00-\u9fff]/);
});
