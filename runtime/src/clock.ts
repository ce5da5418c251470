/**
 * The run's one clock: the time plugins see (epoch milliseconds) and the timers that wake them. Everything
 * plugin-visible reads it — `coromega:now()`, `os.time`, `os.date`, `os.clock`, the game tick — and every wait a
 * plugin can notice is one of its timers: `sleep`, `after` / interval sources, `ask` / `input` / API call / command
 * timeouts, HTTP deadlines, stubbed answers' delays, a world script's `wait`, a test's `within`.
 *
 * Two modes:
 * - real: the clock follows real time (from `start` when one is given).
 * - virtual: the clock stands still until something moves it. Whenever nothing but timers is pending, the runtime
 *   jumps it to the next timer (`step`), so a plugin that sleeps three minutes sees three minutes pass at once.
 *   While real I/O is in flight (an HTTP or WebSocket exchange, input read from a real stdin: `beginRealTime`) it
 *   runs at real speed, so deadlines of real requests stay honest. A driver between its actions (a script, a
 *   test) `hold`s it so nothing jumps before the next action has been applied.
 *
 * `pause()` / `resume()` (the debugger): while paused the clock stands still in both modes — no timer fires and no
 * deadline counts down; afterwards it goes on from where it stood (a real clock then runs behind the wall clock by
 * the pause).
 *
 * The zone: os.date and os.time(table) read the clock in the zone of the `start` time's offset
 * (`2026-05-01T20:00:00+08:00` -> UTC+8), else in this machine's local zone.
 */

/** Where real time comes from (tests hand in their own). */
export interface TimeSource {
  /** Wall-clock epoch milliseconds: where a clock without `start` begins. */
  wall(): number;
  /** A monotonic millisecond counter: how fast real time passes. */
  monotonic(): number;
  /** Calls fn after ms of real time; returns the cancel. */
  after(ms: number, fn: () => void): () => void;
}

/** The machine's clocks: the one place plugin-visible time meets Date.now / setTimeout. */
export const REAL_TIME: TimeSource = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
  after: (ms, fn) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

export type ClockMode = 'real' | 'virtual';

export interface ClockOptions {
  /** Default real. */
  mode?: ClockMode;
  /** Epoch milliseconds the clock starts at. Default: the wall clock now. */
  start?: number;
  /** The run's zone as minutes east of UTC (480 for UTC+8). Default: the machine's local zone. */
  utcOffsetMinutes?: number;
  source?: TimeSource;
}

/** Longest single host timer (Node's limit); longer waits are re-armed. */
const MAX_HOST_DELAY = 2 ** 31 - 1;

interface Entry {
  id: number;
  due: number;
  seq: number;
  fn: () => void;
}

export class Clock {
  readonly mode: ClockMode;
  /** Minutes east of UTC, or undefined for the machine's local zone. */
  readonly utcOffsetMinutes: number | undefined;
  private readonly source: TimeSource;
  /** The clock's value at the anchor, and the monotonic reading then. */
  private anchorValue: number;
  private anchorMono: number;
  private pausedFlag = false;
  private realIo = 0;
  private holds = 0;
  private readonly heap: Entry[] = [];
  private readonly live = new Map<number, Entry>();
  private nextId = 1;
  private seq = 0;
  private cancelHost: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(opts: ClockOptions = {}) {
    this.mode = opts.mode ?? 'real';
    this.source = opts.source ?? REAL_TIME;
    this.utcOffsetMinutes = opts.utcOffsetMinutes;
    this.anchorValue = opts.start ?? this.source.wall();
    this.anchorMono = this.source.monotonic();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Reading

  /** The time plugins see: epoch milliseconds (may have a fraction). */
  now(): number {
    if (!this.running) return this.anchorValue;
    return this.anchorValue + (this.source.monotonic() - this.anchorMono);
  }

  /** The zone's offset from UTC at `ms`, in minutes east. */
  offsetAt(ms: number): number {
    return this.utcOffsetMinutes ?? -new Date(ms).getTimezoneOffset();
  }

  /** Whether the clock follows real time right now (real mode, or virtual with real I/O in flight; never paused). */
  get running(): boolean {
    return !this.pausedFlag && (this.mode === 'real' || this.realIo > 0);
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  /** Whether the runtime may jump a virtual clock now: not paused, no real I/O in flight, nothing holding it. */
  get canJump(): boolean {
    return this.mode === 'virtual' && !this.pausedFlag && this.realIo === 0 && this.holds === 0;
  }

  /** Whether real I/O is in flight (then only real time moves the clock). */
  get realTimeBusy(): boolean {
    return this.realIo > 0;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Timers

  /** Calls fn once the clock reaches now + ms; returns the timer's id for `clearTimer`. */
  setTimer(ms: number, fn: () => void): number {
    const wait = Number.isFinite(ms) ? Math.max(0, ms) : ms > 0 ? Number.MAX_SAFE_INTEGER : 0;
    const e: Entry = { id: this.nextId++, due: this.now() + wait, seq: this.seq++, fn };
    this.live.set(e.id, e);
    this.push(e);
    if (this.heap[0] === e) this.arm();
    return e.id;
  }

  /** Cancels a timer; false when it had already fired or been cleared. */
  clearTimer(id: number): boolean {
    const e = this.live.get(id);
    if (!e) return false;
    this.live.delete(id);
    // Left in the heap; skipped when it reaches the top.
    if (this.heap[0] === e) {
      this.dropCancelled();
      this.arm();
    }
    return true;
  }

  /** Cancels every timer (the run ended). */
  clearAll(): void {
    this.live.clear();
    this.heap.length = 0;
    this.arm();
  }

  /** When the next timer is due, or undefined when none is set. */
  nextDue(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.due;
  }

  /** Timers set and not yet fired. */
  get pending(): number {
    return this.live.size;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Moving the clock

  /**
   * Moves the clock to the next timer when it is due by `limit`, and fires that one timer (others due at the same
   * time fire on the next steps, in the order they were set). False when paused, when real I/O is in flight (only
   * real time moves the clock then), or when no timer is due by `limit`. Works in both modes: in real mode it moves
   * the clock ahead of the wall clock.
   */
  step(limit = Infinity): boolean {
    if (this.pausedFlag || this.realIo > 0) return false;
    const due = this.nextDue();
    if (due === undefined || due > limit) return false;
    const now = this.now();
    if (due > now) this.setValue(due);
    this.fireTop();
    return true;
  }

  /**
   * Moves the clock forward to `target` without firing anything on the way; only up to the next timer (use `step`
   * to pass timers). Returns the value reached.
   */
  moveTo(target: number): number {
    if (this.pausedFlag) return this.now();
    const due = this.nextDue();
    const to = due !== undefined ? Math.min(due, target) : target;
    if (to > this.now()) this.setValue(to);
    return this.now();
  }

  /** Stops the clock: no timer fires and no deadline counts down until `resume`. */
  pause(): void {
    if (this.pausedFlag) return;
    this.reanchor();
    this.pausedFlag = true;
    this.arm();
  }

  resume(): void {
    if (!this.pausedFlag) return;
    this.pausedFlag = false;
    this.anchorMono = this.source.monotonic();
    this.arm();
    this.notify();
  }

  /**
   * Real I/O begins (an HTTP exchange, a WebSocket, a read from a real stdin): in virtual mode the clock runs at
   * real speed until every such call's returned function has been called.
   */
  beginRealTime(): () => void {
    this.reanchor();
    this.realIo++;
    this.arm();
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.reanchor();
      this.realIo--;
      this.arm();
      if (this.realIo === 0) this.notify();
    };
  }

  /** Keeps a virtual clock from jumping (a driver between its actions); call the result to let go. */
  hold(): () => void {
    this.holds++;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.holds--;
      if (this.holds === 0) this.notify();
    };
  }

  /** Calls fn whenever the clock may jump again (resumed, real I/O over, a hold let go); returns the unsubscribe. */
  onCanJump(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Internals

  private notify(): void {
    if (!this.canJump) return;
    for (const fn of [...this.listeners]) fn();
  }

  private reanchor(): void {
    this.anchorValue = this.now();
    this.anchorMono = this.source.monotonic();
  }

  private setValue(v: number): void {
    this.anchorValue = v;
    this.anchorMono = this.source.monotonic();
    this.arm();
  }

  /** One host timer, for the earliest of ours, while the clock follows real time. */
  private arm(): void {
    this.cancelHost?.();
    this.cancelHost = undefined;
    if (!this.running) return;
    const due = this.nextDue();
    if (due === undefined) return;
    const delay = Math.min(MAX_HOST_DELAY, Math.max(0, Math.ceil(due - this.now())));
    this.cancelHost = this.source.after(delay, () => {
      this.cancelHost = undefined;
      this.fireDue();
    });
  }

  /** The host timer went off: fire what is due by now, in order (each callback may set or clear timers). */
  private fireDue(): void {
    try {
      for (;;) {
        if (!this.running) break;
        const due = this.nextDue();
        if (due === undefined || due > this.now()) break;
        this.fireTop();
      }
    } finally {
      this.arm();
    }
  }

  private fireTop(): void {
    const e = this.pop()!;
    this.live.delete(e.id);
    try {
      e.fn();
    } finally {
      this.arm();
    }
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && !this.live.has(this.heap[0]!.id)) this.pop();
  }

  private static before(a: Entry, b: Entry): boolean {
    return a.due < b.due || (a.due === b.due && a.seq < b.seq);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!Clock.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && Clock.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && Clock.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

// --------------------------------------------------------------------------------------------------------------
// Times and durations as world and test files write them

/** `2026-05-01T20:00:00+08:00` (also `2026-05-01`, `...T20:00`, `Z`, fractions): epoch ms and the offset written. */
export function parseStart(text: string): { ms: number; utcOffsetMinutes?: number } | undefined {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const frac = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const zone = m[8];
  if (zone === undefined) {
    const local = new Date(y, mo - 1, d, h, mi, s, frac);
    if (local.getDate() !== d) return undefined;
    return { ms: local.getTime() };
  }
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
    if (Number(z[2]) > 23 || Number(z[3]) > 59) return undefined;
  }
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi, s, frac);
  if (utc.getUTCDate() !== d) return undefined;
  return { ms: utc.getTime() - offset * 60_000, utcOffsetMinutes: offset };
}

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** `24h`, `1h30m`, `90s`, `1.5d`, `500ms` (units ms, s, m, h, d, combined largest first), or a number of ms. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let total = 0;
  let rest = text;
  let lastUnit = Infinity;
  while (rest !== '') {
    const m = /^(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h|d)/.exec(rest);
    if (!m) return undefined;
    const unit = UNIT_MS[m[2]!]!;
    if (unit >= lastUnit) return undefined;
    lastUnit = unit;
    total += Number(m[1]) * unit;
    rest = rest.slice(m[0].length);
  }
  return total;
}
