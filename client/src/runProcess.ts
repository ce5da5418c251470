/**
 * One plugin run as a child process: spawns the runtime CLI with `--json`, parses its stdout line by line into
 * run events, forwards input lines to its stdin, and stops it on request. No `vscode` import: the extension and
 * the tests drive the same code. The Lua VM never runs on the caller's thread.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseEventLine, type ExitEvent, type RunEvent } from '../../runtime/src/events';

export interface RunProcessOptions {
  /** Path of the runtime bundle (dist/runtime/cli.js). */
  cliPath: string;
  /** Arguments after the CLI path (see `runtimeArgs`). */
  args: string[];
  cwd?: string;
  /** The Node executable; in VS Code `process.execPath` with ELECTRON_RUN_AS_NODE=1. */
  execPath?: string;
  env?: NodeJS.ProcessEnv;
  /** Grace period between SIGTERM and SIGKILL when stopping (POSIX). */
  killGraceMs?: number;
  /** The system the process runs on (default: this one); decides how it is stopped (`stopSteps`). */
  platform?: NodeJS.Platform;
  /** A runtime process started ahead with `--serve` (warmRuntime.ts): it gets `args` and `cwd` on its stdin
   * instead of a new process being started. */
  warm?: ChildProcess;
}

export interface RunHandlers {
  onEvent(event: RunEvent): void;
  /** Lines the runtime wrote to stderr (it should not in --json mode; shown as-is when it does). */
  onStderr?(line: string): void;
  /** Called once when the process is gone; `exit` is the runtime's own exit event or one made up from the code. */
  onClose?(exit: ExitEvent): void;
}

/** Splits a byte stream into lines; keeps the unfinished tail until more arrives. */
export class LineSplitter {
  private tail = '';
  private readonly decoder = new TextDecoder('utf-8');

  push(chunk: Uint8Array | string): string[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const parts = (this.tail + text).split('\n');
    this.tail = parts.pop() ?? '';
    return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** The last unterminated line, if any. */
  end(): string[] {
    const rest = this.tail + this.decoder.decode();
    this.tail = '';
    return rest ? [rest] : [];
  }
}

/** How a child process is stopped on `platform`: on POSIX, SIGTERM first (the runtime says it stopped and aborts its
 * requests), then SIGKILL after the grace period for a Lua loop that never lets it; Windows delivers no signals
 * (Node ends the process there whatever the signal), so it is ended at once. */
export function stopSteps(
  platform: NodeJS.Platform,
  graceMs: number,
): Array<{ signal: NodeJS.Signals; afterMs: number }> {
  return platform === 'win32'
    ? [{ signal: 'SIGKILL', afterMs: 0 }]
    : [
        { signal: 'SIGTERM', afterMs: 0 },
        { signal: 'SIGKILL', afterMs: graceMs },
      ];
}

export class RunProcess {
  private readonly child: ChildProcess;
  private exitEvent: ExitEvent | undefined;
  private stopRequested = false;
  private killTimer: NodeJS.Timeout | undefined;
  private closed = false;
  readonly done: Promise<ExitEvent>;

  constructor(
    private readonly options: RunProcessOptions,
    handlers: RunHandlers,
  ) {
    const execPath = options.execPath ?? process.execPath;
    this.child =
      options.warm ??
      spawn(execPath, [options.cliPath, ...options.args], {
        cwd: options.cwd,
        env: { ...(options.env ?? process.env), ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    if (options.warm)
      this.child.stdin?.write(JSON.stringify({ args: options.args, cwd: options.cwd }) + '\n');
    const out = new LineSplitter();
    const err = new LineSplitter();
    const onOutLine = (line: string): void => {
      const ev = parseEventLine(line);
      if (!ev) {
        if (line.trim()) handlers.onStderr?.(line);
        return;
      }
      if (ev.type === 'exit') this.exitEvent = ev;
      handlers.onEvent(ev);
    };
    this.child.stdout?.on('data', (c: Buffer) => out.push(c).forEach(onOutLine));
    this.child.stderr?.on('data', (c: Buffer) =>
      err.push(c).forEach((l) => handlers.onStderr?.(l)),
    );
    // Writing to a process that just died raises EPIPE on stdin; the close handler reports the end.
    this.child.stdin?.on('error', () => undefined);

    this.done = new Promise<ExitEvent>((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (this.closed) return;
        this.closed = true;
        if (this.killTimer) clearTimeout(this.killTimer);
        out.end().forEach(onOutLine);
        err.end().forEach((l) => handlers.onStderr?.(l));
        let exit = this.exitEvent;
        if (!exit) {
          exit = this.stopRequested
            ? { type: 'exit', code: code ?? 1, reason: 'stopped' }
            : {
                type: 'exit',
                code: code ?? 1,
                reason: code === 0 ? 'finished' : 'error',
                message: signal ? `signal ${signal}` : undefined,
              };
          handlers.onEvent(exit);
        }
        handlers.onClose?.(exit);
        resolve(exit);
      };
      this.child.on('close', finish);
      this.child.on('error', (e) => {
        handlers.onStderr?.(e.message);
        finish(1, null);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.closed;
  }

  /** Sends one input line (for `coromega:input` and menu triggers). */
  writeLine(text: string): void {
    if (this.closed || !this.child.stdin || this.child.stdin.destroyed) return;
    this.child.stdin.write(text.replace(/\r?\n/g, ' ') + '\n');
  }

  /** Ends the run (`stopSteps`: SIGTERM then SIGKILL on POSIX, at once on Windows). In-flight requests die with
   * the process. */
  stop(): Promise<ExitEvent> {
    if (!this.closed && !this.stopRequested) {
      this.stopRequested = true;
      const steps = stopSteps(
        this.options.platform ?? process.platform,
        this.options.killGraceMs ?? 400,
      );
      for (const { signal, afterMs } of steps) {
        if (afterMs === 0) this.child.kill(signal);
        else
          this.killTimer = setTimeout(() => {
            if (!this.closed) this.child.kill(signal);
          }, afterMs);
      }
    }
    return this.done;
  }
}
