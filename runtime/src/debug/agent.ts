/**
 * The debugger's side of the VM worker (`coromega-run --debug-adapter` starts the worker with it): makes the
 * Debugger as the worker starts, answers requests while the worker is idle (breakpoints set before the run, a pause
 * while the plugin waits), and on `start` runs the plugin, or one plugin test, with the debugger attached. Run
 * events and the debugger's replies share the events channel, in the order they happened.
 */
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { RunEvent } from '../events';
import { EventWriter } from '../eventChannel';
import { runPlugin } from '../host';
import type { Lang } from '../messages';
import type { TestFailure } from '../testing/engine';
import type { FromWorker, ToWorker } from '../vmWorker';
import { RequestReader } from './channel';
import { Debugger } from './debugger';
import type { DebugMessage, DebugStart } from './protocol';

export interface DebugWorkerData {
  requests: SharedArrayBuffer;
  lang: Lang;
  showRuntimeFrames?: boolean;
  stopOnEntry?: boolean;
}

export function debugWorkerMain(
  events: SharedArrayBuffer,
  data: DebugWorkerData,
  beforeDone?: () => void,
): void {
  const port = parentPort!;
  const writer = new EventWriter(events);
  const requests = new RequestReader(data.requests);
  const send = (m: DebugMessage | RunEvent): void => writer.write(JSON.stringify(m));
  const dbg = new Debugger({
    lang: data.lang,
    link: { send, requests },
    ...(data.showRuntimeFrames ? { showRuntimeFrames: true } : {}),
    ...(data.stopOnEntry ? { stopOnEntry: true } : {}),
  });
  let started = false;
  // The port's listener also keeps the worker alive while it waits for its run (a waitAsync alone does not).
  let input: ((m: ToWorker) => void) | undefined;
  const early: ToWorker[] = [];
  port.on('message', (m: ToWorker) => (input ? input(m) : early.push(m)));
  const done = (exit: Extract<RunEvent, { type: 'exit' }>): void => {
    dbg.detach();
    beforeDone?.();
    port.postMessage({ type: 'done', exit } satisfies FromWorker);
    port.close();
  };
  const start = (s: DebugStart): void => {
    started = true;
    const emit = (e: RunEvent): void => {
      if (e.type !== 'exit') send(e);
    };
    if (s.test) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runTestCase } = require('../testing/engine') as typeof import('../testing/engine');
      const tc = s.test;
      let violated: number | undefined;
      const stopAt = (f: TestFailure, here: boolean): void => {
        // The failing step is a frame of its own: the editor shows the test file at that step.
        const line = f.step?.line ?? tc.line;
        const text = [
          f.message,
          f.expected && `${data.lang === 'en' ? 'expected' : '期望'}: ${f.expected}`,
        ]
          .filter(Boolean)
          .join('\n');
        (here ? dbg.stopHere.bind(dbg) : dbg.stopIdle.bind(dbg))('exception', {
          description: f.step ? `${f.step.label}: ${f.message}` : f.message,
          text,
          exception: { message: text + (f.actual ? `\n${f.actual}` : ''), uncaught: true },
          extra: {
            id: 1_000_000,
            name: `${data.lang === 'en' ? 'test' : '测试'} · ${tc.name}`,
            frames: [
              {
                id: 1_000_000,
                name: f.step ? f.step.label : tc.name,
                line,
                column: f.step?.column ?? tc.column,
                source: { name: path.basename(tc.file), path: tc.file },
              },
            ],
          },
        });
      };
      // An event that must not happen stops in the plugin code making it; that step's failure then stops no more.
      const onViolation = (f: TestFailure): void => {
        violated = f.step?.index;
        stopAt(f, true);
      };
      const onFailure = (f: TestFailure): void => {
        if (violated === undefined || f.step?.index !== violated) stopAt(f, false);
      };
      void runTestCase(tc, {
        lang: data.lang,
        debug: dbg,
        onEvent: emit,
        onFailure,
        onViolation,
      }).then((result) => {
        send({ type: 'debug', event: 'test', body: result });
        done({ type: 'exit', code: result.status === 'failed' ? 1 : 0, reason: 'finished' });
      });
      return;
    }
    const { run, done: finished } = runPlugin({ ...s.run!, stdin: true, debug: dbg }, emit);
    input = (m: ToWorker): void => {
      if (m.type === 'line') run.pushInput(m.line);
      else if (m.type === 'eof') run.endInput();
    };
    for (const m of early.splice(0)) input(m);
    void finished.then(done);
  };
  dbg.onOther = (r) => {
    if (r.command === 'start' && !started) {
      send({ type: 'debug', reply: r.seq, body: {} });
      start(r.arguments as DebugStart);
    } else send({ type: 'debug', reply: r.seq, error: `unknown request ${r.command}` });
  };
  void (async () => {
    for (;;) {
      await requests.whenPending();
      for (let r = requests.next(); r; r = requests.next()) dbg.handle(r);
    }
  })();
}
