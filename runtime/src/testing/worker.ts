/**
 * A test worker of `coromega-run --test` (see runner.ts): runs one test with the engine and posts its progress
 * (the step it is at, for a timeout's report) and its result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTestCase } from './engine';
import type { FromTestWorker, TestJob } from './runner';

function testWorkerMain(): void {
  const job = (workerData as { test: TestJob }).test;
  const port = parentPort!;
  void runTestCase(job.case, {
    ...job.engine,
    onStep: (index) => port.postMessage({ type: 'step', index } satisfies FromTestWorker),
  }).then((result) => {
    port.postMessage({ type: 'result', result } satisfies FromTestWorker);
    port.close();
  });
}

if (parentPort && (workerData as { test?: TestJob } | undefined)?.test) testWorkerMain();
