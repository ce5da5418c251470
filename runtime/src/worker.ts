/**
 * The worker thread that runs the Lua VM for coromega-run (see cli.ts): runs the plugin, batches events to the
 * main thread, and takes stdin lines from it. Started through workerEntry.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunEvent } from './events';
import type { FromWorker, ToWorker, WorkerData } from './cli';
import { runPlugin } from './host';

export interface WorkerHooks {
  /** Called once the run has ended, before the main thread hears of it (the code cache is written then). */
  beforeDone?: () => void;
}

export function workerMain(hooks: WorkerHooks = {}): void {
  const data = workerData as WorkerData;
  const port = parentPort!;
  let buf: RunEvent[] = [];
  let last = Date.now();
  let scheduled = false;
  const inFlight = new Int32Array(data.flow);
  const flush = (): void => {
    scheduled = false;
    if (buf.length === 0) return;
    // Flow control: while the main thread is 8 batches behind, wait for it (even inside a tight Lua loop).
    let behind: number;
    while ((behind = Atomics.load(inFlight, 0)) >= 8) Atomics.wait(inFlight, 0, behind, 1000);
    Atomics.add(inFlight, 0, 1);
    port.postMessage({ type: 'events', events: buf } satisfies FromWorker);
    buf = [];
    last = Date.now();
  };
  const emit = (e: RunEvent): void => {
    if (e.type === 'exit') {
      flush();
      return;
    }
    buf.push(e);
    if (buf.length >= 512 || Date.now() - last > 20) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const { run, done } = runPlugin({ ...data.run, stdin: true }, emit);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'line') run.pushInput(m.line);
    else run.endInput();
  });
  void done.then((exit) => {
    flush();
    hooks.beforeDone?.();
    port.postMessage({ type: 'done', exit } satisfies FromWorker);
    port.close();
  });
}
