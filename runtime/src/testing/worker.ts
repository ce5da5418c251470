/**
 * A test worker of `coromega-run --test` (see runner.ts): runs the tests it is sent, one at a time, with the
 * engine, and posts each one's progress (the step it is at, for a timeout's report) and result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTestCase } from './engine';
import { Coverage } from '../debug/coverage';
import type { FromTestWorker, TestWorkerData, ToTestWorker } from './runner';

function testWorkerMain(): void {
  const data = (workerData as { test: TestWorkerData }).test;
  const port = parentPort!;
  port.on('message', (m: ToTestWorker) => {
    const coverage = data.coverage ? new Coverage() : undefined;
    void runTestCase(m.case, {
      ...data.engine,
      ...(coverage ? { debug: coverage } : {}),
      onStep: (index) => port.postMessage({ type: 'step', index } satisfies FromTestWorker),
    }).then((result) =>
      port.postMessage({
        type: 'result',
        result,
        ...(coverage ? { coverage: coverage.data() } : {}),
      } satisfies FromTestWorker),
    );
  });
}

if (parentPort && (workerData as { test?: TestWorkerData } | undefined)?.test) testWorkerMain();
