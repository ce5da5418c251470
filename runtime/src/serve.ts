/**
 * `coromega-run --serve [--max-memory MB]`: coromega-run started ahead of its run. The process starts, loads the
 * VM's worker with its bundle and Fengari, and waits; the first line on stdin is the run, as JSON:
 * `{"args": [ARGUMENTS...], "cwd": "FOLDER"}`. From then on it is exactly `coromega-run ARGUMENTS...` started in
 * FOLDER: the same output, exit code, signals, and the rest of stdin as the run's stdin. One run per process.
 *
 * The VS Code extension keeps one ready so "Run" hands it the plugin instead of starting Node, a worker and the VM
 * while the user waits.
 */
import type { VmWorker } from './vmWorker';
import { startVmWorker } from './vmWorker';
import { DEFAULT_MAX_MEMORY_MB } from './args';

export interface ServeRequest {
  args: string[];
  cwd?: string;
}

/** Reads the request line, then hands the process to `run` (cli.ts's main) with the worker already started. */
export function serveMain(argv: string[], run: (args: string[], warm: VmWorker) => boolean): void {
  const i = argv.indexOf('--max-memory');
  const mb = i >= 0 ? Number(argv[i + 1]) : DEFAULT_MAX_MEMORY_MB;
  const warm = startVmWorker(Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MEMORY_MB);
  // The waiting worker must not keep a process alive whose request never comes (stdin closed).
  warm.worker.unref();
  let text = '';
  process.stdin.setEncoding('utf8');
  const onData = (chunk: string): void => {
    text += chunk;
    const nl = text.indexOf('\n');
    if (nl < 0) return;
    process.stdin.off('data', onData);
    process.stdin.off('end', onEnd);
    process.stdin.pause();
    const rest = text.slice(nl + 1);
    if (rest !== '') process.stdin.unshift(rest);
    let request: ServeRequest;
    try {
      request = JSON.parse(text.slice(0, nl)) as ServeRequest;
      if (!Array.isArray(request.args) || request.args.some((a) => typeof a !== 'string'))
        throw new Error('args must be an array of strings');
      if (request.cwd !== undefined) process.chdir(request.cwd);
    } catch (e) {
      process.stderr.write(`coromega-run: --serve: ${(e as Error).message}\n`);
      process.exitCode = 2;
      void warm.worker.terminate();
      return;
    }
    warm.worker.ref();
    if (!run(request.args, warm)) void warm.worker.terminate();
    // paused to set the request apart; the run reads the rest
    process.stdin.resume();
  };
  const onEnd = (): void => {
    void warm.worker.terminate();
  };
  process.stdin.on('data', onData);
  process.stdin.on('end', onEnd);
}
