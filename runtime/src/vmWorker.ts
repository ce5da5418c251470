/**
 * The VM's worker thread as the main thread of coromega-run sees it (cli.ts): how it is started and the messages
 * between the two. The worker's side is worker.ts; events travel through shared memory (eventChannel.ts).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExitEvent } from './events';
import type { RunOptions } from './host';
import { createEventRing } from './eventChannel';
import type { DebugWorkerData } from './debug/agent';

declare const COROMEGA_BUNDLED: boolean | undefined;
const BUNDLED = typeof COROMEGA_BUNDLED !== 'undefined' && COROMEGA_BUNDLED;

export interface WorkerData {
  /** The run, when it is known as the worker starts; otherwise it comes as a `start` message. */
  run?: RunOptions;
  /** `--watch`: saved files restart the run in the same world (`reload` messages); see session.ts. */
  watch?: boolean;
  /** The run's events as JSON texts (eventChannel.ts); the exit event comes with `done` instead. */
  events: SharedArrayBuffer;
  /** Under the debugger (`--debug-adapter`): the run comes as the debugger's `start` request. */
  debug?: DebugWorkerData;
}

export type ToWorker =
  | { type: 'start'; run: RunOptions; watch?: boolean }
  | { type: 'line'; line: string }
  | { type: 'eof' }
  /** Watched files were saved (`--watch`). */
  | { type: 'reload'; files: string[] };
export type FromWorker = { type: 'done'; exit: ExitEvent };

export interface VmWorker {
  worker: Worker;
  /** Where its events arrive. */
  events: SharedArrayBuffer;
  /** Its heap limit (`--max-memory`). */
  maxMemoryMb: number;
}

/**
 * Starts the VM's worker with a heap limit. It begins with workerEntry (dist/runtime/worker.js next to this bundle,
 * which loads the VM's own bundle with its code cache; or tsc's output next to this file); the main thread never
 * loads Fengari, undici or the world, so it starts quickly. Without `run` it loads and waits for `start`.
 */
export function startVmWorker(
  maxMemoryMb: number,
  run?: RunOptions,
  watch = false,
  debug?: DebugWorkerData,
): VmWorker {
  const events = createEventRing();
  const worker = new Worker(path.join(__dirname, BUNDLED ? 'worker.js' : 'workerEntry.js'), {
    workerData: {
      ...(run ? { run } : {}),
      ...(watch ? { watch } : {}),
      ...(debug ? { debug } : {}),
      events,
    } satisfies WorkerData,
    resourceLimits: {
      maxOldGenerationSizeMb: maxMemoryMb,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 16,
    },
    stdout: true,
    stderr: true,
  });
  return { worker, events, maxMemoryMb };
}
