/**
 * The worker thread that runs the Lua VM for coromega-run (see cli.ts): runs the plugin, batches events to the
 * main thread, and takes stdin lines from it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunEvent } from './events';
import type { FromWorker, ToWorker, WorkerData } from './cli';
import { runPlugin } from './host';

function workerMain(): void {
  const data = workerData as WorkerData;
  const port = parentPort!;
  let buf: RunEvent[] = [];
  let last = Date.now();
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (buf.length === 0) return;
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
    port.postMessage({ type: 'done', exit } satisfies FromWorker);
    port.close();
  });
}

if (parentPort && (workerData as WorkerData | undefined)?.run) workerMain();
