/**
 * The worker thread that runs the Lua VM for coromega-run (see cli.ts): runs the plugin, hands its events to the
 * main thread through shared memory (eventChannel.ts), and takes stdin lines from it. Started through
 * workerEntry.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunEvent } from './events';
import type { FromWorker, ToWorker, WorkerData } from './vmWorker';
import { EventWriter } from './eventChannel';
import type { RunOptions } from './host';
import { fengari } from './lua';
import { RunSession } from './session';

export interface WorkerHooks {
  /** Called once the run has ended, before the main thread hears of it (the code cache is written then). */
  beforeDone?: () => void;
}

export function workerMain(hooks: WorkerHooks = {}): void {
  const data = workerData as WorkerData;
  const port = parentPort!;
  if (data.debug) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./debug/agent') as typeof import('./debug/agent')).debugWorkerMain(
      data.events,
      data.debug,
      hooks.beforeDone,
    );
    return;
  }
  if (data.run) {
    startRun(data.run, data.watch ?? false, hooks);
    return;
  }
  // Started ahead of its run (`--serve`): load Fengari meanwhile, then wait for the run.
  fengari();
  port.once('message', (m: ToWorker) => {
    if (m.type === 'start') startRun(m.run, m.watch ?? false, hooks);
  });
}

function startRun(options: RunOptions, watch: boolean, hooks: WorkerHooks): void {
  const data = workerData as WorkerData;
  const port = parentPort!;
  const events = new EventWriter(data.events);
  // The exit event is the main thread's to render (it comes with the done message).
  const emit = (e: RunEvent): void => {
    if (e.type !== 'exit') events.write(JSON.stringify(e));
  };
  const session = new RunSession({ ...options, stdin: true, realStdin: true }, watch, {
    emit,
    done: (exit) => {
      hooks.beforeDone?.();
      port.postMessage({ type: 'done', exit } satisfies FromWorker);
      port.close();
    },
  });
  port.on('message', (m: ToWorker) => {
    if (m.type === 'line') session.pushInput(m.line);
    else if (m.type === 'eof') session.endInput();
    else if (m.type === 'reload') void session.reload(m.files);
  });
  session.start();
}
