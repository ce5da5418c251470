import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIBRARY_TEXT, isOurLibrary, planLibrary, type LibraryState } from '../src/lualsLibrary';

const EXT = '/home/u/.vscode/extensions/coromega-tools.coromega-lua-0.2.0';
const OURS = `${EXT}/luals/zh-cn`;
const OLD = '/home/u/.vscode/extensions/coromega-tools.coromega-lua-0.1.0/luals/en';

function state(over: Partial<LibraryState>): LibraryState {
  return {
    installed: true,
    global: undefined,
    workspace: undefined,
    ourDir: OURS,
    keep: false,
    ...over,
  };
}

test('never adds the coromega definitions: the language server answers for coromega', () => {
  assert.deepEqual(planLibrary(state({})), { kind: 'none' });
  assert.deepEqual(planLibrary(state({ global: ['/x'], workspace: [] })), { kind: 'none' });
  assert.deepEqual(planLibrary(state({ installed: false, global: [OURS] })), { kind: 'none' });
});

test('takes ours (any version or language) out of each scope that has them, leaving the rest in order', () => {
  assert.deepEqual(planLibrary(state({ global: ['/a', OLD, '/b'], workspace: ['/c'] })), {
    kind: 'remove',
    global: ['/a', '/b'],
  });
  assert.deepEqual(planLibrary(state({ global: [OURS + '/'], workspace: ['/c', OURS] })), {
    kind: 'remove',
    global: [],
    workspace: ['/c'],
  });
});

test('leaves them when the user asked to keep them', () => {
  assert.deepEqual(planLibrary(state({ global: [OURS], keep: true })), { kind: 'none' });
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

test('what it says exists in both languages', () => {
  for (const lang of ['zh-cn', 'en'] as const) {
    const t = LIBRARY_TEXT[lang];
    assert.ok(t.removed.includes('Lua.workspace.library') && t.keep && t.failed.includes('{0}'));
  }
  assert.match(LIBRARY_TEXT['zh-cn'].removed, /[\u4e00-\u9fff]/);
});
