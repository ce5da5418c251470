/**
 * Flood control for the Output channel: lines are collected and appended in one call per interval (the first line
 * after a quiet interval at once), and the channel's content is capped (past the cap it is replaced by a notice
 * and the most recent text). A plugin printing in a tight loop therefore costs the editor at most two appends per
 * interval, never one per line.
 * No `vscode` import.
 */

export interface TextSink {
  append(text: string): void;
  replace(text: string): void;
  clear(): void;
}

export interface BatchedOutputOptions {
  /** Milliseconds between flushes. */
  intervalMs?: number;
  /** Most characters kept in the channel. */
  maxChars?: number;
  /** Text put first when older output was dropped; `{0}` = characters dropped so far. */
  droppedNotice?: (droppedChars: number) => string;
}

export class BatchedOutput {
  private pending: string[] = [];
  private pendingChars = 0;
  private written = 0;
  /** The most recent text written, at most `maxChars / 2` characters, to keep after a replace. */
  private recent = '';
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  /** When the last flush wrote (ms since the epoch). */
  private lastFlush = 0;
  private readonly intervalMs: number;
  private readonly maxChars: number;
  private readonly notice: (n: number) => string;

  constructor(
    private readonly sink: TextSink,
    options: BatchedOutputOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 50;
    this.maxChars = Math.max(1024, options.maxChars ?? 2_000_000);
    this.notice =
      options.droppedNotice ?? ((n) => `[run] ... ${n} earlier characters of output dropped ...`);
  }

  /** Characters currently in the channel (as far as this writer knows). */
  get size(): number {
    return this.written;
  }

  get droppedChars(): number {
    return this.dropped;
  }

  appendLine(line: string): void {
    this.pending.push(line + '\n');
    this.pendingChars += line.length + 1;
    // Bound memory between flushes too: keep only what could still be shown.
    if (this.pendingChars > this.maxChars * 2) this.compactPending();
    // After a quiet interval the first line goes out on the next turn (a run's first line shows at once); lines
    // that follow within the interval wait for it.
    if (!this.timer) {
      const quiet = Date.now() - this.lastFlush >= this.intervalMs;
      this.timer = setTimeout(() => this.flush(), quiet ? 0 : this.intervalMs);
    }
  }

  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.length === 0) return;
    this.lastFlush = Date.now();
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    const keep = Math.floor(this.maxChars / 2);
    if (this.written + text.length <= this.maxChars) {
      this.sink.append(text);
      this.written += text.length;
      this.recent = (this.recent + text).slice(-keep);
      return;
    }
    const all = this.recent + text;
    const tail = cutAtLine(all.slice(-keep));
    this.dropped += this.written + text.length - tail.length;
    const head = this.notice(this.dropped) + '\n';
    this.sink.replace(head + tail);
    this.written = head.length + tail.length;
    this.recent = tail;
  }

  clear(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.pending = [];
    this.pendingChars = 0;
    this.written = 0;
    this.recent = '';
    this.dropped = 0;
    this.sink.clear();
  }

  dispose(): void {
    this.flush();
  }

  private compactPending(): void {
    const text = this.pending.join('');
    const keep = cutAtLine(text.slice(-this.maxChars));
    this.dropped += text.length - keep.length;
    this.pending = [keep];
    this.pendingChars = keep.length;
  }
}

/** Drops a partial first line so cut text starts at a line boundary. */
function cutAtLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl >= 0 && nl < text.length - 1 ? text.slice(nl + 1) : text;
}
