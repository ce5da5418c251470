import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listboxMove, tablistMove } from '../webview/game/keyboard';

test('the players list: ↑ ↓ move one and stop at the ends, Home and End jump, other keys do nothing', () => {
  assert.equal(listboxMove('ArrowDown', 0, 3), 1);
  assert.equal(listboxMove('ArrowDown', 2, 3), 2);
  assert.equal(listboxMove('ArrowUp', 1, 3), 0);
  assert.equal(listboxMove('ArrowUp', 0, 3), 0);
  assert.equal(listboxMove('Home', 2, 3), 0);
  assert.equal(listboxMove('End', 0, 3), 2);
  // Nobody chosen yet (-1): ↓ takes the first.
  assert.equal(listboxMove('ArrowDown', -1, 3), 0);
  for (const key of ['ArrowLeft', 'ArrowRight', 'Enter', 'a'])
    assert.equal(listboxMove(key, 1, 3), undefined, key);
});

test('the side tabs: ← → go round, Home and End jump, other keys do nothing', () => {
  assert.equal(tablistMove('ArrowRight', 0, 4), 1);
  assert.equal(tablistMove('ArrowRight', 3, 4), 0);
  assert.equal(tablistMove('ArrowLeft', 0, 4), 3);
  assert.equal(tablistMove('ArrowLeft', 2, 4), 1);
  assert.equal(tablistMove('Home', 3, 4), 0);
  assert.equal(tablistMove('End', 0, 4), 3);
  for (const key of ['ArrowUp', 'ArrowDown', 'Enter', 'Tab'])
    assert.equal(tablistMove(key, 1, 4), undefined, key);
});
