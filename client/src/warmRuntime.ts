/**
 * One runtime process kept ready for the next run: `cli.js --serve`, already past Node's start, its VM worker
 * started and its bundle and Fengari loaded, waiting for a run's arguments on stdin (runtime/src/serve.ts). "Run"
 * then hands it the plugin instead of starting all of that while the user waits; after each run the next one is
 * started in the background. Each process still runs exactly one plugin, so runs stay as isolated as before.
 * No `vscode` import (the extension and the benchmarks drive it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';

export interface WarmRuntimeOptions {
  /** Path of the runtime bundle (dist/runtime/cli.js). */
  cliPath: string;
  /** The Node executable; in VS Code `process.execPath` with ELECTRON_RUN_AS_NODE=1. */
  execPath?: string;
  env?: NodeJS.ProcessEnv;
}

export class WarmRuntime {
  private ready: { child: ChildProcess; memoryLimitMb: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly options: WarmRuntimeOptions) {}

  /**
   * The ready process if it was started for this heap limit (the `coromegaLua.run.memoryLimitMb` setting, 0 for
   * the runtime's default) and is still alive; it is the caller's from now on. Otherwise undefined, and the caller
   * starts a process as usual.
   */
  take(memoryLimitMb: number): ChildProcess | undefined {
    const r = this.ready;
    this.ready = undefined;
    if (!r) return undefined;
    if (r.memoryLimitMb === memoryLimitMb && r.child.exitCode === null && !r.child.signalCode)
      return r.child;
    r.child.kill();
    return undefined;
  }

  /** Starts the next ready process after `delayMs` (so it does not slow down a run that is starting). */
  prepare(memoryLimitMb: number, delayMs = 0): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.disposed) return;
      if (this.ready?.memoryLimitMb === memoryLimitMb && this.ready.child.exitCode === null) return;
      this.ready?.child.kill();
      this.ready = { child: this.start(memoryLimitMb), memoryLimitMb };
    }, delayMs);
    this.timer.unref?.();
  }

  private start(memoryLimitMb: number): ChildProcess {
    const args = [this.options.cliPath, '--serve'];
    if (memoryLimitMb > 0) args.push('--max-memory', String(Math.floor(memoryLimitMb)));
    const child = spawn(this.options.execPath ?? process.execPath, args, {
      cwd: os.tmpdir(),
      env: { ...(this.options.env ?? process.env), ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    // A process that dies while it waits is simply not used; nothing reads its output until a run takes it.
    child.on('error', () => undefined);
    child.stdin?.on('error', () => undefined);
    child.once('exit', () => {
      if (this.ready?.child === child) this.ready = undefined;
    });
    return child;
  }

  /** Ends the waiting process (the extension is going away). */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.ready?.child.kill();
    this.ready = undefined;
  }
}
