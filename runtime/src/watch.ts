/**
 * Watching files for `coromega-run --watch` (the main thread's side; session.ts restarts the run in the worker).
 *
 * Each file's folder is watched (fs.watch), not the file itself: editors that save by writing a new file and
 * renaming it over the old one would leave a file watch on a file that is gone. Events come in bursts (a save is a
 * truncate and a write, or a write and a rename), so a change is acted on once the folder has been quiet for a
 * moment (DEBOUNCE_MS), and only when the file's content differs from what the watcher last saw: a save that
 * changed nothing, or a second event of the same save, restarts nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file a save of this plugin changes: its display path when that is a file on disk (the editor's file, for a
 * run of unsaved text), else the file run. */
export function watchedSource(p: { pluginPath: string; displayPath?: string }): string {
  const d = p.displayPath;
  if (d !== undefined && d !== p.pluginPath) {
    try {
      if (fs.statSync(d).isFile()) return d;
    } catch {
      /* not on disk */
    }
  }
  return p.pluginPath;
}

/** Quiet time after the last event of a burst before the change counts. */
export const DEBOUNCE_MS = 25;

export class FileWatcher {
  private readonly watchers: fs.FSWatcher[] = [];
  /** Absolute path -> the content last seen (undefined: the file did not exist). */
  private readonly seen = new Map<string, Buffer | undefined>();
  private readonly pending = new Set<string>();
  /** Files found empty once while their burst seemed over (an editor truncates before it writes). */
  private readonly emptyOnce = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  /**
   * Watches `files` (they need not exist yet); `onChange` gets the files whose content changed, once per burst.
   * `onError` hears of a folder that cannot be watched.
   */
  constructor(
    files: string[],
    private readonly onChange: (changed: string[]) => void,
    onError: (err: Error) => void = () => undefined,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    const byDir = new Map<string, Set<string>>();
    for (const f of files) {
      const abs = path.resolve(f);
      this.seen.set(abs, read(abs));
      const dir = path.dirname(abs);
      if (!byDir.has(dir)) byDir.set(dir, new Set());
      byDir.get(dir)!.add(path.basename(abs));
    }
    for (const [dir, names] of byDir) {
      try {
        const w = fs.watch(dir, { persistent: true }, (_event, name) => {
          // Some platforms give no name: then any watched file of the folder may have changed.
          const hit = name ? [String(name)].filter((n) => names.has(n)) : [...names];
          for (const n of hit) this.pending.add(path.join(dir, n));
          if (hit.length > 0) this.schedule();
        });
        w.on('error', onError);
        this.watchers.push(w);
      } catch (e) {
        onError(e as Error);
      }
    }
  }

  /** The files watched, as given (absolute). */
  get files(): string[] {
    return [...this.seen.keys()];
  }

  /** Takes `file`'s current content as seen (a change the caller made itself is not news). */
  markSeen(file: string): void {
    const abs = path.resolve(file);
    if (this.seen.has(abs)) this.seen.set(abs, read(abs));
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = undefined;
    const changed: string[] = [];
    for (const f of this.pending) {
      const now = read(f);
      const before = this.seen.get(f);
      if (now === undefined && before === undefined) continue;
      if (now !== undefined && before !== undefined && now.equals(before)) continue;
      // A file mid-save can read empty for an instant: look once more before taking an empty file.
      if (now !== undefined && now.length === 0 && before !== undefined && before.length > 0) {
        if (!this.emptyOnce.has(f)) {
          this.emptyOnce.add(f);
          this.schedule();
          return;
        }
      }
      this.emptyOnce.delete(f);
      this.seen.set(f, now);
      changed.push(f);
    }
    this.pending.clear();
    if (changed.length > 0 && !this.closed) this.onChange(changed);
  }
}

function read(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
