/**
 * The debugger's requests on their way from the adapter (main thread) to the worker: JSON texts in a ring of shared
 * memory (the same ring as the run's events, eventChannel.ts, the other way round). The worker looks at the ring's
 * counter on every Lua line while debugging, so a request (pause, new breakpoints) is seen within a line even in
 * `while true do end`; while paused it blocks on it; while idle it is woken by it.
 */
import { createEventRing, EventReader, EventWriter } from '../eventChannel';
import type { DebugRequest } from './protocol';

/** Bytes of the request ring: requests are small (a breakpoint list at most). */
const REQUEST_RING_BYTES = 1 << 18;

export function createRequestRing(): SharedArrayBuffer {
  return createEventRing(REQUEST_RING_BYTES);
}

/** The adapter's side. */
export class RequestWriter {
  private readonly writer: EventWriter;

  constructor(sab: SharedArrayBuffer) {
    this.writer = new EventWriter(sab);
  }

  send(r: DebugRequest): void {
    this.writer.write(JSON.stringify(r));
  }
}

/** The worker's side. Requests are handed out one at a time: one that starts the run (and so never returns while
 * the plugin runs) leaves those behind it queued for the hook to take. */
export class RequestReader {
  private readonly reader: EventReader;
  private seenCount = 0;
  private readonly queue: DebugRequest[] = [];

  constructor(sab: SharedArrayBuffer) {
    this.reader = new EventReader(sab);
  }

  /** Whether a request is waiting (one atomic read when none is queued). */
  pending(): boolean {
    return this.queue.length > 0 || this.reader.written() !== this.seenCount;
  }

  /** The next request, if one arrived. */
  next(): DebugRequest | undefined {
    if (this.queue.length === 0 && this.reader.written() !== this.seenCount) {
      this.seenCount = this.reader.written();
      this.reader.drain((text) => this.queue.push(JSON.parse(text) as DebugRequest));
    }
    return this.queue.shift();
  }

  /** The next request, blocking up to `timeoutMs` for one. */
  wait(timeoutMs: number): DebugRequest | undefined {
    if (!this.pending()) this.reader.waitWritten(timeoutMs);
    return this.next();
  }

  /** Resolves when a request arrives (the worker is idle: its event loop is free). */
  async whenPending(): Promise<void> {
    while (!this.pending()) await this.reader.whenWritten();
  }
}
