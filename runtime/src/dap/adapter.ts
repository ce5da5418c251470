/**
 * The `coromega-lua` debug adapter: the Debug Adapter Protocol over stdio (`coromega-run --debug-adapter`), for
 * VS Code, nvim-dap and any DAP client. It lives in the main thread and never runs Lua: it checks the launch, starts
 * the VM's worker with the debugger beside the VM (debug/agent.ts), relays requests to it through shared memory —
 * answered even while the plugin spins or waits paused — and turns the run's events into Debug Console output and
 * `coromega/events` events (the VS Code extension draws its views from those). Model: VS Code's js-debug, which
 * also keeps the adapter apart from the runtime it drives.
 */
import * as path from 'node:path';
import {
  DebugSession,
  Event,
  InitializedEvent,
  OutputEvent,
  TerminatedEvent,
  ExitedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExitEvent, RunEvent } from '../events';
import { EventReader } from '../eventChannel';
import { tr, type Lang } from '../messages';
import { PlainRenderer } from '../render';
import { DEFAULT_MAX_MEMORY_MB } from '../args';
import { RequestWriter, createRequestRing } from '../debug/channel';
import { isDebugMessage, type DebugMessage, type DebugStart } from '../debug/protocol';
import { startVmWorker, type FromWorker, type ToWorker, type VmWorker } from '../vmWorker';
import { checkLaunch, LaunchError } from './launch';

/** Requests the debugger beside the VM answers; the adapter relays them as they are. */
const RELAYED = new Set([
  'setBreakpoints',
  'setExceptionBreakpoints',
  'threads',
  'stackTrace',
  'scopes',
  'variables',
  'setVariable',
  'evaluate',
  'continue',
  'next',
  'stepIn',
  'stepOut',
  'pause',
  'exceptionInfo',
]);

/** The debugger's reply to one request. */
type Reply = Extract<DebugMessage, { reply: number }>;

/** Requests after which the plugin runs again. */
const GOES_ON = new Set(['continue', 'next', 'stepIn', 'stepOut']);

export class CoromegaDebugSession extends DebugSession {
  private vm: VmWorker | undefined;
  private requests: RequestWriter | undefined;
  private nextSeq = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private configured!: () => void;
  private readonly configurationDone = new Promise<void>((r) => (this.configured = r));
  private ended = false;
  private lang: Lang;

  constructor(lang: Lang) {
    super();
    this.lang = lang;
  }

  private t(zh: string, en: string): string {
    return tr(this.lang, zh, en);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsEvaluateForHovers: true,
      supportsSetVariable: true,
      supportsExceptionInfoRequest: true,
      supportsTerminateRequest: true,
      supportsDelayedStackTraceLoading: true,
      supportsClipboardContext: true,
      supportsValueFormattingOptions: false,
      exceptionBreakpointFilters: [
        { filter: 'uncaught', label: this.t('未捕获的错误', 'Uncaught errors'), default: true },
        {
          filter: 'all',
          label: this.t('所有错误（包括被 pcall 捕获的）', 'All errors (pcall-caught too)'),
          default: false,
        },
      ],
    };
    this.sendResponse(response);
  }

  protected override launchRequest(
    response: DebugProtocol.LaunchResponse,
    args: DebugProtocol.LaunchRequestArguments,
  ): void {
    void this.launch(response, args as Record<string, unknown>);
  }

  private async launch(
    response: DebugProtocol.LaunchResponse,
    args: Record<string, unknown>,
  ): Promise<void> {
    let start: DebugStart;
    let launch;
    try {
      launch = checkLaunch(args, this.lang, process.cwd());
      start = { ...(launch.run ? { run: launch.run } : {}) };
      if (launch.test) {
        const { loadTestFile, TestFileError } =
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('../testing/file') as typeof import('../testing/file');
        let tests;
        try {
          tests = loadTestFile(launch.test.file, launch.lang).tests;
        } catch (e) {
          if (e instanceof TestFileError) throw new LaunchError(e.message);
          throw e;
        }
        const tc = launch.test.name ? tests.find((x) => x.name === launch!.test!.name) : tests[0];
        if (!tc)
          throw new LaunchError(
            this.t(
              `测试文件中没有名为 "${launch.test.name}" 的测试`,
              `the test file has no test named "${launch.test.name}"`,
            ),
          );
        start = { test: { ...tc, skip: false } };
      }
    } catch (e) {
      if (!(e instanceof LaunchError)) throw e;
      this.sendErrorResponse(response, { id: 1001, format: e.message, showUser: true });
      return;
    }
    this.lang = launch.lang;
    const requests = createRequestRing();
    this.requests = new RequestWriter(requests);
    this.vm = startVmWorker(launch.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB, undefined, false, {
      requests,
      lang: launch.lang,
      ...(launch.showRuntimeFrames ? { showRuntimeFrames: true } : {}),
      ...(launch.stopOnEntry ? { stopOnEntry: true } : {}),
    });
    this.watchWorker(this.vm);
    this.sendEvent(new InitializedEvent());
    await this.configurationDone;
    this.ask('start', start, (reply) => {
      if (reply.error)
        this.sendErrorResponse(response, { id: 1002, format: reply.error, showUser: true });
      else this.sendResponse(response);
    });
  }

  protected override configurationDoneRequest(
    response: DebugProtocol.ConfigurationDoneResponse,
  ): void {
    this.sendResponse(response);
    this.configured();
  }

  /**
   * One request to the debugger beside the VM; `answer` gets its reply at once, in order with the events read with
   * it — a step's reply is on the channel before the stop it leads to, and the client must see them in that order
   * (VS Code marks the thread running when the step's response comes, and the Game view follows `coromega/paused`).
   */
  private ask(command: string, args: unknown, answer: (reply: Reply) => void): void {
    const seq = this.nextSeq++;
    if (!this.requests || this.ended) {
      answer({
        type: 'debug',
        reply: seq,
        error: this.t('插件没有在运行', 'the plugin is not running'),
      });
      return;
    }
    this.waiting.set(seq, answer);
    this.requests.send({ seq, command, arguments: args });
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (!RELAYED.has(request.command)) return super.dispatchRequest(request);
    const response: DebugProtocol.Response = {
      seq: 0,
      type: 'response',
      request_seq: request.seq,
      command: request.command,
      success: true,
    };
    if (!this.vm) {
      // Before the launch: nothing runs yet.
      if (request.command === 'threads') response.body = { threads: [] };
      else if (request.command === 'setExceptionBreakpoints') response.body = {};
      else {
        response.success = false;
        response.message = this.t('插件还没有启动', 'the plugin has not started');
      }
      this.sendResponse(response);
      return;
    }
    this.ask(request.command, request.arguments, (reply) => {
      if (reply.error !== undefined) {
        response.success = false;
        response.message = reply.error;
      } else if (reply.body !== undefined) response.body = reply.body;
      this.sendResponse(response);
      if (response.success && GOES_ON.has(request.command))
        this.sendEvent(new Event('coromega/paused', { paused: false }));
    });
  }

  protected override customRequest(
    command: string,
    response: DebugProtocol.Response,
    args: unknown,
  ): void {
    if (command === 'coromega/input' && this.vm) {
      const line = (args as { line?: unknown })?.line;
      if (typeof line === 'string')
        this.vm.worker.postMessage({ type: 'line', line } satisfies ToWorker);
      this.sendResponse(response);
      return;
    }
    if (command === 'coromega/endInput' && this.vm) {
      this.vm.worker.postMessage({ type: 'eof' } satisfies ToWorker);
      this.sendResponse(response);
      return;
    }
    super.customRequest(command, response, args);
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.end(
      {
        type: 'exit',
        code: 1,
        reason: 'stopped',
        message: this.t('调试已停止', 'debugging stopped'),
      },
      false,
    );
    this.sendResponse(response);
    setTimeout(() => process.exit(0), 100).unref();
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.sendResponse(response);
    this.end({
      type: 'exit',
      code: 1,
      reason: 'stopped',
      message: this.t('调试已停止', 'debugging stopped'),
    });
  }

  // ---- The worker's events -----------------------------------------------------------------------------------------

  private watchWorker(vm: VmWorker): void {
    const reader = new EventReader(vm.events);
    const renderer = this.renderer();
    const drain = (): void => {
      const batch: RunEvent[] = [];
      reader.drain((text) => {
        const m = JSON.parse(text) as unknown;
        if (isDebugMessage(m)) {
          if (batch.length > 0) this.flush(batch.splice(0), renderer);
          this.onDebugMessage(m);
        } else batch.push(m as RunEvent);
      });
      if (batch.length > 0) this.flush(batch, renderer);
    };
    void (async () => {
      while (!this.ended) {
        await reader.whenWritten();
        drain();
      }
    })();
    vm.worker.on('message', (m: FromWorker) => {
      drain();
      this.end(m.exit);
    });
    vm.worker.on('error', (err: Error & { code?: string }) => {
      drain();
      const out =
        /out of memory|heap/i.test(err.message) || err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const text = out
        ? this.t('插件内存超过上限', 'the plugin exceeded its memory limit')
        : String(err.stack ?? err.message);
      this.sendEvent(new OutputEvent(text + '\n', 'stderr'));
      this.end({ type: 'exit', code: 1, reason: out ? 'limit' : 'error', message: text });
    });
    vm.worker.on('exit', () => this.end({ type: 'exit', code: 1, reason: 'error' }));
  }

  private renderer(): { r: PlainRenderer; out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    const r = new PlainRenderer(
      (s) => out.push(s),
      (s) => err.push(s),
      false,
      false,
      this.lang,
    );
    return { r, out, err };
  }

  /** Run events: the Debug Console's lines (errors at their place), and the events themselves for the editor. */
  private flush(events: RunEvent[], rd: { r: PlainRenderer; out: string[]; err: string[] }): void {
    for (const e of events) {
      if (e.type === 'error' && e.file) {
        const o = new OutputEvent(`${e.message}\n`, 'stderr') as DebugProtocol.OutputEvent;
        o.body.source = { name: path.basename(e.file), path: path.resolve(e.file) };
        if (e.line) o.body.line = e.line;
        this.sendEvent(o);
        continue;
      }
      rd.r.render(e);
      if (rd.out.length > 0) this.sendEvent(new OutputEvent(rd.out.splice(0).join(''), 'stdout'));
      if (rd.err.length > 0) this.sendEvent(new OutputEvent(rd.err.splice(0).join(''), 'console'));
    }
    this.sendEvent(new Event('coromega/events', { events }));
  }

  private onDebugMessage(m: DebugMessage): void {
    if ('reply' in m) {
      const w = this.waiting.get(m.reply);
      this.waiting.delete(m.reply);
      w?.(m);
      return;
    }
    if (m.event === 'stopped' || m.event === 'continued')
      this.sendEvent(new Event('coromega/paused', { paused: m.event === 'stopped' }));
    if (m.event === 'test') {
      this.sendEvent(new Event('coromega/test', m.body));
      return;
    }
    this.sendEvent(new Event(m.event, m.body));
  }

  private end(exit: ExitEvent, notify = true): void {
    if (this.ended) return;
    this.ended = true;
    for (const w of this.waiting.values())
      w({ type: 'debug', reply: 0, error: this.t('插件已结束', 'the plugin has ended') });
    this.waiting.clear();
    const vm = this.vm;
    if (vm) void vm.worker.terminate();
    if (!notify) return;
    if (exit.message && exit.reason !== 'finished')
      this.sendEvent(
        new OutputEvent(`${exit.message}\n`, exit.reason === 'stopped' ? 'console' : 'stderr'),
      );
    this.sendEvent(new Event('coromega/events', { events: [exit] }));
    this.sendEvent(new ExitedEvent(exit.code));
    this.sendEvent(new TerminatedEvent());
  }
}

/** `coromega-run --debug-adapter [--lang zh-cn|en]`: one debug session on stdin/stdout. */
export function debugAdapterMain(lang: Lang): void {
  const session = new CoromegaDebugSession(lang);
  session.setRunAsServer(false);
  session.start(process.stdin, process.stdout);
  process.stdin.on('end', () => process.exit(0));
}
