/**
 * What the VM's worker thread starts with (see cli.ts). Bundled, it loads the VM's bundle (dist/runtime/vm.js)
 * with V8's code cache (codeCache.ts) and writes a fresh cache when the run ends if there was none; unbundled
 * (tsc's out/, the tests), it requires worker.ts as usual.
 */
import * as path from 'node:path';
import { requireWithCodeCache } from './codeCache';

declare const COROMEGA_BUNDLED: boolean | undefined;

type WorkerModule = typeof import('./worker');

if (typeof COROMEGA_BUNDLED !== 'undefined' && COROMEGA_BUNDLED) {
  const loaded = requireWithCodeCache(path.join(__dirname, 'vm.js'));
  (loaded.exports as WorkerModule).workerMain({ beforeDone: () => loaded.save() });
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./worker') as WorkerModule).workerMain();
}
