/**
 * When the Game view is in the panel (client/src/game/presence.ts): runs with a world, plugins with game entry
 * points, or a view asked for keep it; a later run of a plugin that only prints or makes requests lets it go.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunEvent } from '../../runtime/src/events';
import { GamePresence } from '../src/game/presence';

const listener = (kind: string): RunEvent =>
  ({ type: 'listener', kind, triggers: ['x'] }) as RunEvent;
const worldState: RunEvent = { type: 'worldState', players: [], objectives: [] };
const exit: RunEvent = { type: 'exit', code: 0, reason: 'finished' };
const print: RunEvent = { type: 'print', text: 'hi', stream: 'print' };

test('a run with a world file shows the view; a later print-only run lets it go once its main chunk ran', () => {
  const p = new GamePresence();
  assert.equal(p.runStarted(true), 'show');
  assert.equal(p.event(worldState), undefined);
  assert.equal(p.event(exit), undefined);
  // The next run: no world file, only prints. Nothing flickers before its main chunk has run.
  assert.equal(p.runStarted(false), undefined);
  assert.equal(p.event(print), undefined);
  assert.equal(p.event(worldState), 'hide');
  assert.equal(p.event(worldState), undefined, 'said once');
  assert.equal(p.event(exit), undefined);
  // A plugin that ends before any worldState lets it go at its end.
  p.runStarted(false);
  assert.equal(p.event(exit), 'hide');
});

test('game entry points bring the view in, at registration or later; other entry points do not', () => {
  const p = new GamePresence();
  p.runStarted(false);
  assert.equal(p.event(listener('terminal_menu')), undefined);
  assert.equal(p.event(listener('game_menu')), 'show');
  assert.equal(p.event(listener('chat')), undefined, 'already in');
  assert.equal(p.event(worldState), undefined);
  // Registered late (in a coroutine after the main chunk): it comes back then.
  p.runStarted(false);
  assert.equal(p.event(worldState), 'hide');
  assert.equal(p.event(listener('cqhttp')), 'show');
  for (const kind of ['player_change', 'sender', 'command_block', 'cqhttp_default', 'api']) {
    const q = new GamePresence();
    q.runStarted(false);
    assert.equal(q.event(listener(kind)), 'show', kind);
  }
  for (const kind of ['topic', 'packet', 'websocket_server']) {
    const q = new GamePresence();
    q.runStarted(false);
    assert.equal(q.event(listener(kind)), undefined, kind);
    assert.equal(q.event(worldState), 'hide', kind);
  }
});

test('asked for (Show Game view, Run with world, a game-menu lens): kept for that run only', () => {
  const p = new GamePresence();
  // Asked for while the run is live.
  p.runStarted(false);
  assert.equal(p.request(false), 'show');
  assert.equal(p.event(worldState), undefined);
  // Asked for before the run starts (a lens that runs the plugin, or Show Game view with no run).
  assert.equal(p.request(true), 'show');
  assert.equal(p.runStarted(false), 'show');
  assert.equal(p.event(worldState), undefined);
  // The run after it is a plain Run again.
  p.runStarted(false);
  assert.equal(p.event(worldState), 'hide');
});
