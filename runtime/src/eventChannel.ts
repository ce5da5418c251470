/**
 * The VM worker's events on their way to the main thread: JSON texts in a ring buffer of shared memory (one
 * writer, the worker; one reader, the main thread).
 *
 * Shared memory rather than postMessage: an event is in the main thread's reach the moment the plugin makes it,
 * even when the plugin then spins in `while true do end` and its worker never returns to its event loop; and a
 * print flood costs one copy per event instead of a message per batch. The reader sleeps in `Atomics.waitAsync`
 * until the writer adds something; the writer sleeps in `Atomics.wait` while the ring is full, so a flood runs at
 * the speed the main thread writes it out, with flat memory.
 *
 * Layout: four Int32 (write index, read index, messages written, whether the reader is waiting), then the ring. Each frame is a 32-bit
 * length (the top bit set when the text continues in the next frame) and that many bytes of UTF-8; a frame that
 * does not fit before the end of the ring starts over at its beginning, after a WRAP length (or with no marker at
 * all when fewer than four bytes are left).
 */

const WRITE = 0;
const READ = 1;
const SEQ = 2;
const WAITING = 3;
const HEADER_BYTES = 16;
const WRAP = 0xffffffff;
const MORE = 0x80000000;

/** Bytes of ring (events in flight at most). */
export const EVENT_RING_BYTES = 1 << 20;

export function createEventRing(bytes = EVENT_RING_BYTES): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + bytes);
}

class Ring {
  protected readonly idx: Int32Array;
  protected readonly bytes: Uint8Array;
  protected readonly view: DataView;
  protected readonly size: number;

  constructor(sab: SharedArrayBuffer) {
    this.idx = new Int32Array(sab, 0, 4);
    this.size = sab.byteLength - HEADER_BYTES;
    this.bytes = new Uint8Array(sab, HEADER_BYTES, this.size);
    this.view = new DataView(sab, HEADER_BYTES, this.size);
  }
}

/** The worker's side. */
export class EventWriter extends Ring {
  private readonly encoder = new TextEncoder();
  /** Largest frame payload: a quarter of the ring, so a frame always fits once the reader has caught up. */
  private readonly maxFrame = Math.floor(this.size / 4);

  /** Appends one text; waits while the ring has no room. */
  write(text: string): void {
    if (!this.writeInPlace(text)) {
      const data = this.encoder.encode(text);
      let off = 0;
      do {
        const len = Math.min(data.length - off, this.maxFrame);
        const more = off + len < data.length;
        this.frame(data.subarray(off, off + len), more);
        off += len;
      } while (off < data.length);
    }
    Atomics.add(this.idx, SEQ, 1);
    if (Atomics.load(this.idx, WAITING) === 1) Atomics.notify(this.idx, SEQ);
  }

  /** The common case, a short text with room right after the write index: encoded straight into the ring. */
  private writeInPlace(text: string): boolean {
    const worst = 4 + 3 * text.length;
    if (3 * text.length > this.maxFrame) return false;
    const w = Atomics.load(this.idx, WRITE);
    if (this.size - w < worst) return false;
    const r = Atomics.load(this.idx, READ);
    if (this.size - 1 - ((w - r + this.size) % this.size) < worst) return false;
    const { written } = this.encoder.encodeInto(text, this.bytes.subarray(w + 4, w + worst));
    this.view.setUint32(w, written);
    const next = w + 4 + written;
    Atomics.store(this.idx, WRITE, next === this.size ? 0 : next);
    return true;
  }

  private frame(payload: Uint8Array, more: boolean): void {
    let w = Atomics.load(this.idx, WRITE);
    const tailRoom = this.size - w;
    // bytes this frame takes from w on: the end of the ring it skips, if it has to start over at 0
    const need = tailRoom < 4 + payload.length ? tailRoom + 4 + payload.length : 4 + payload.length;
    for (;;) {
      const r = Atomics.load(this.idx, READ);
      const used = (w - r + this.size) % this.size;
      if (this.size - 1 - used >= need) break;
      Atomics.wait(this.idx, READ, r, 1000);
    }
    if (tailRoom < 4 + payload.length) {
      if (tailRoom >= 4) this.view.setUint32(w, WRAP);
      w = 0;
    }
    this.view.setUint32(w, (payload.length | (more ? MORE : 0)) >>> 0);
    this.bytes.set(payload, w + 4);
    w += 4 + payload.length;
    if (w === this.size) w = 0;
    Atomics.store(this.idx, WRITE, w);
  }
}

/** The main thread's side. */
export class EventReader extends Ring {
  private readonly decoder = new TextDecoder('utf-8');
  private seen = 0;
  private parts: Uint8Array[] = [];

  /** Hands every complete text in the ring to `fn`, in order, and frees their room; returns how many. */
  drain(fn: (text: string) => void): number {
    let n = 0;
    let r = Atomics.load(this.idx, READ);
    const w = Atomics.load(this.idx, WRITE);
    while (r !== w) {
      if (this.size - r < 4 || this.view.getUint32(r) === WRAP) {
        r = 0;
        continue;
      }
      const head = this.view.getUint32(r);
      const len = head & ~MORE;
      const at = r + 4;
      r = at + len;
      if (r === this.size) r = 0;
      if (head & MORE || this.parts.length > 0) {
        // a text in several frames: copied out, since the writer may reuse the room before the last frame
        this.parts.push(this.bytes.slice(at, at + len));
        if (head & MORE) continue;
        const whole = Buffer.concat(this.parts);
        this.parts = [];
        fn(this.decoder.decode(whole));
      } else {
        // read in place: the writer does not reuse this room before the read index moves past it
        fn(this.decoder.decode(this.bytes.subarray(at, at + len)));
      }
      n++;
    }
    Atomics.store(this.idx, READ, r);
    Atomics.notify(this.idx, READ);
    return n;
  }

  /** How many texts the writer has added so far (cheap enough to read on every Lua line). */
  written(): number {
    return Atomics.load(this.idx, SEQ);
  }

  /** Blocks this thread until the writer has added something since the last wait, or `timeoutMs` has passed. */
  waitWritten(timeoutMs: number): void {
    const seq = Atomics.load(this.idx, SEQ);
    if (seq !== this.seen) {
      this.seen = seq;
      return;
    }
    Atomics.store(this.idx, WAITING, 1);
    Atomics.wait(this.idx, SEQ, seq, timeoutMs);
    Atomics.store(this.idx, WAITING, 0);
    this.seen = Atomics.load(this.idx, SEQ);
  }

  /** Resolves once the writer has added something since the last call (at once if it already has). */
  async whenWritten(): Promise<void> {
    const seq = Atomics.load(this.idx, SEQ);
    if (seq !== this.seen) {
      this.seen = seq;
      return;
    }
    // The flag first, then the sequence number again: a writer that missed the flag wrote before this reads it.
    Atomics.store(this.idx, WAITING, 1);
    const res = (Atomics as unknown as AtomicsWaitAsync).waitAsync(this.idx, SEQ, seq);
    if (res.async) await res.value;
    Atomics.store(this.idx, WAITING, 0);
    this.seen = Atomics.load(this.idx, SEQ);
  }
}

/** `Atomics.waitAsync` (Node 16+; its types are in a newer TypeScript lib than this project targets). */
interface AtomicsWaitAsync {
  waitAsync(
    array: Int32Array,
    index: number,
    value: number,
  ): { async: false; value: string } | { async: true; value: Promise<string> };
}
