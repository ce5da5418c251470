import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExitEvent, RunEvent } from '../../runtime/src/events';
import { SessionFeeds, type SessionRun } from '../src/debug/sessionFeeds';

/** A run that writes down what reached it. */
function recorder(log: string[]): SessionRun {
  return {
    event: (ev: RunEvent) => log.push(`event:${ev.type}`),
    paused: (p: boolean) => log.push(`paused:${p}`),
    ended: (exit: ExitEvent) => log.push(`ended:${exit.reason}`),
  };
}

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

test('a pause sent while the run is still starting reaches it after the start, in order with the events', async () => {
  const feeds = new SessionFeeds();
  const log: string[] = [];
  const run = deferred<SessionRun>();
  feeds.started('s1', run.promise);
  // The views are still busy stopping the run before: the session already stopped at a breakpoint.
  feeds.events('s1', [{ type: 'start' } as RunEvent]);
  feeds.paused('s1', true);
  await settle();
  assert.equal(log.length, 0);
  log.push('runStarted');
  run.resolve(recorder(log));
  await settle();
  assert.deepEqual(log, ['runStarted', 'event:start', 'paused:true']);
  // Then the messages keep their order as they come.
  feeds.paused('s1', false);
  feeds.events('s1', [{ type: 'worldState', players: [], objectives: [] } as RunEvent]);
  feeds.paused('s1', true);
  feeds.ended('s1', undefined);
  feeds.paused('s1', false);
  await settle();
  assert.deepEqual(log.slice(3), [
    'paused:false',
    'event:worldState',
    'paused:true',
    'ended:stopped',
  ]);
});

test("a session no run follows (a plugin test under the debugger) reaches no run, and another run's state stays", async () => {
  const feeds = new SessionFeeds();
  const log: string[] = [];
  feeds.started('run', Promise.resolve(recorder(log)));
  feeds.paused('test-session', true);
  feeds.events('test-session', [{ type: 'start' } as RunEvent]);
  feeds.ended('test-session', undefined);
  await settle();
  assert.equal(log.length, 0);
  feeds.paused('run', true);
  await settle();
  assert.deepEqual(log, ['paused:true']);
});

test('a session whose run failed to start drops its messages without an unhandled rejection', async () => {
  const feeds = new SessionFeeds();
  feeds.started('s', Promise.reject(new Error('could not stop the run before')));
  feeds.paused('s', true);
  feeds.ended('s', { type: 'exit', code: 0, reason: 'finished' });
  await settle();
});
