import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Clock, parseDuration, parseStart, type TimeSource } from '../src/clock';

/** Real time under the test's control: `tick(ms)` passes time and runs the host timers that came due. */
class FakeTime implements TimeSource {
  mono = 0;
  private timers: Array<{ at: number; fn: () => void; live: boolean }> = [];
  wall(): number {
    return 1_700_000_000_000 + this.mono;
  }
  monotonic(): number {
    return this.mono;
  }
  after(ms: number, fn: () => void): () => void {
    const t = { at: this.mono + ms, fn, live: true };
    this.timers.push(t);
    return () => (t.live = false);
  }
  tick(ms: number): void {
    const end = this.mono + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.mono = Math.max(this.mono, next.at);
      next.live = false;
      next.fn();
    }
    this.mono = end;
    this.timers = this.timers.filter((t) => t.live);
  }
  get armed(): number {
    return this.timers.filter((t) => t.live).length;
  }
}

test('a real clock follows real time from its start and fires timers in due order, ties in the order set', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time, start: 1000 });
  const fired: string[] = [];
  clock.setTimer(50, () => fired.push(`b@${clock.now()}`));
  clock.setTimer(20, () => fired.push(`a@${clock.now()}`));
  clock.setTimer(50, () => fired.push(`c@${clock.now()}`));
  assert.equal(clock.now(), 1000);
  time.tick(30);
  assert.deepEqual(fired, ['a@1020']);
  assert.equal(clock.now(), 1030);
  time.tick(30);
  assert.deepEqual(fired, ['a@1020', 'b@1050', 'c@1050']);
  assert.equal(clock.pending, 0);
  assert.equal(time.armed, 0, 'no host timer left once every timer fired');
});

test('a cleared timer never fires; clearing twice says it was already gone', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time });
  const fired: number[] = [];
  const a = clock.setTimer(10, () => fired.push(1));
  clock.setTimer(20, () => fired.push(2));
  assert.equal(clock.clearTimer(a), true);
  assert.equal(clock.clearTimer(a), false);
  time.tick(100);
  assert.deepEqual(fired, [2]);
});

test('a virtual clock stands still: only step moves it, to the next timer, one timer at a time', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time, mode: 'virtual', start: 0 });
  const fired: string[] = [];
  clock.setTimer(180_000, () => fired.push(`vote@${clock.now()}`));
  clock.setTimer(5_000, () => fired.push(`reminder@${clock.now()}`));
  time.tick(10_000);
  assert.equal(clock.now(), 0, 'real time passing does not move a virtual clock');
  assert.deepEqual(fired, []);
  assert.equal(time.armed, 0, 'a standing clock arms no host timer');
  assert.equal(clock.step(1_000), false, 'nothing due by the limit');
  assert.equal(clock.step(), true);
  assert.deepEqual(fired, ['reminder@5000']);
  assert.equal(clock.step(), true);
  assert.deepEqual(fired, ['reminder@5000', 'vote@180000']);
  assert.equal(clock.step(), false);
  assert.equal(clock.now(), 180_000);
});

test('with real I/O in flight a virtual clock runs at real speed and will not jump', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time, mode: 'virtual', start: 0 });
  const fired: number[] = [];
  clock.setTimer(100, () => fired.push(clock.now()));
  const done = clock.beginRealTime();
  assert.equal(clock.canJump, false);
  assert.equal(clock.step(), false, 'a deadline during real I/O only comes by real time');
  time.tick(60);
  assert.equal(clock.now(), 60);
  assert.deepEqual(fired, []);
  time.tick(50);
  assert.deepEqual(fired, [100]);
  done();
  done();
  time.tick(1000);
  assert.equal(clock.now(), 110, 'stands still again once the I/O is over');
  assert.equal(clock.canJump, true);
});

test('pause stops a real clock and its timers; resume goes on from where it stood', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time, start: 0 });
  const fired: number[] = [];
  clock.setTimer(100, () => fired.push(clock.now()));
  time.tick(40);
  clock.pause();
  assert.equal(clock.paused, true);
  time.tick(10_000);
  assert.equal(clock.now(), 40);
  assert.deepEqual(fired, []);
  assert.equal(clock.step(), false, 'a paused clock does not step either');
  clock.resume();
  time.tick(59);
  assert.deepEqual(fired, []);
  time.tick(1);
  assert.deepEqual(fired, [100]);
});

test('pause stops a virtual clock running for real I/O; listeners hear when it may jump again', () => {
  const time = new FakeTime();
  const clock = new Clock({ source: time, mode: 'virtual', start: 0 });
  let woken = 0;
  clock.onCanJump(() => woken++);
  const io = clock.beginRealTime();
  time.tick(30);
  clock.pause();
  time.tick(500);
  assert.equal(clock.now(), 30);
  io();
  assert.equal(woken, 0, 'still paused');
  clock.resume();
  assert.equal(woken, 1);
  const release = clock.hold();
  assert.equal(clock.canJump, false);
  release();
  assert.equal(woken, 2);
});

test('moveTo moves a standing clock forward but never past a timer', () => {
  const clock = new Clock({ source: new FakeTime(), mode: 'virtual', start: 0 });
  clock.setTimer(500, () => undefined);
  assert.equal(clock.moveTo(200), 200);
  assert.equal(clock.moveTo(900), 500);
  assert.equal(clock.moveTo(100), 500, 'never backwards');
});

test('a timer set from inside a firing timer is due from the firing time', () => {
  const clock = new Clock({ source: new FakeTime(), mode: 'virtual', start: 0 });
  const at: number[] = [];
  const tick = (): void => {
    at.push(clock.now());
    if (at.length < 3) clock.setTimer(1000, tick);
  };
  clock.setTimer(1000, tick);
  while (clock.step());
  assert.deepEqual(at, [1000, 2000, 3000]);
});

test('parseStart reads ISO times with an offset as that zone, without one as local time', () => {
  assert.deepEqual(parseStart('2026-05-01T20:00:00+08:00'), {
    ms: Date.UTC(2026, 4, 1, 12),
    utcOffsetMinutes: 480,
  });
  assert.deepEqual(parseStart('2026-05-01T12:00:00Z'), {
    ms: Date.UTC(2026, 4, 1, 12),
    utcOffsetMinutes: 0,
  });
  assert.deepEqual(parseStart('2026-05-01T07:30-0430'), {
    ms: Date.UTC(2026, 4, 1, 12),
    utcOffsetMinutes: -270,
  });
  assert.deepEqual(parseStart('2026-05-01'), { ms: new Date(2026, 4, 1).getTime() });
  for (const bad of ['2026-02-30T00:00:00Z', '2026-13-01', 'tomorrow', '2026-05-01T25:00Z', ''])
    assert.equal(parseStart(bad), undefined, bad);
});

test('parseDuration reads 24h, 1h30m, 1.5d, 500ms and numbers of ms; rejects the rest', () => {
  assert.equal(parseDuration('24h'), 86_400_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('1.5d'), 129_600_000);
  assert.equal(parseDuration('500ms'), 500);
  assert.equal(parseDuration('2m10s'), 130_000);
  assert.equal(parseDuration(250), 250);
  for (const bad of ['', '10', '5x', '30m1h', '1h1h', '-1s', 'h'])
    assert.equal(parseDuration(bad), undefined, bad);
  assert.equal(parseDuration(-5), undefined);
});
