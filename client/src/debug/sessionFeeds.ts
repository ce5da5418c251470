/**
 * The debug sessions of plugins that the views follow like runs. Each session's run events, pauses and end reach
 * its run in the order the adapter sent them, and only once the run has started in the views: starting may first
 * wait for the run before it to stop, and a pause sent meanwhile (a breakpoint in the main chunk, stop on entry)
 * must not be wiped by the new run's start. A session no run follows — a plugin test under the debugger — reaches
 * no view: its stops never mark the Game view of another run paused. No `vscode` import.
 */
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';

/** One debug session as the views follow it (RunController.debugStarted). */
export interface SessionRun {
  event(ev: RunEvent): void;
  /** The debugger stopped the plugin, or let it go on. */
  paused(paused: boolean): void;
  ended(exit: ExitEvent): void;
}

export class SessionFeeds {
  private readonly runs = new Map<string, Promise<SessionRun | undefined>>();

  /** A session began; `run` resolves once its run has started in the views. */
  started(id: string, run: Promise<SessionRun>): void {
    this.runs.set(
      id,
      run.catch(() => undefined),
    );
  }

  events(id: string, events: readonly RunEvent[]): void {
    this.then(id, (r) => events.forEach((e) => r.event(e)));
  }

  paused(id: string, paused: boolean): void {
    this.then(id, (r) => r.paused(paused));
  }

  /** The session ended (`exit` as the adapter reported it, else stopped); later messages of it are dropped. */
  ended(id: string, exit: ExitEvent | undefined): void {
    this.then(id, (r) => r.ended(exit ?? { type: 'exit', code: 1, reason: 'stopped' }));
    this.runs.delete(id);
  }

  /** Callbacks on one promise run in the order they were added: the session's messages stay in order. */
  private then(id: string, fn: (run: SessionRun) => void): void {
    void this.runs.get(id)?.then((r) => r && fn(r));
  }
}
