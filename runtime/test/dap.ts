/** A DAP session against `coromega-run --debug-adapter` over stdio, for the debugger's tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { cliPath, tmpDir } from './helpers';

/** A script named like the command (the bundle checks its name) that starts the adapter. */
function shim(lang: string): string {
  const dir = tmpDir('coromega-dap-');
  const file = path.join(dir, 'coromega-run.js');
  fs.writeFileSync(
    file,
    `process.argv.push('--debug-adapter', '--lang', ${JSON.stringify(lang)});\nrequire(${JSON.stringify(cliPath)});\n`,
  );
  return file;
}

export class Dap {
  readonly dc: DebugClient;
  readonly output: string[] = [];
  readonly runEvents: Array<{ type: string; [k: string]: unknown }> = [];
  /** Every message from the adapter in the order it came: `response:COMMAND`, an event's name, and
   * `coromega/paused:true|false`. */
  readonly transcript: string[] = [];

  constructor(lang: 'zh-cn' | 'en' = 'en') {
    this.dc = new DebugClient(process.execPath, shim(lang), 'coromega-lua', {}, true);
    this.dc.defaultTimeout = 15000;
    // The client reads each message in order and only then settles promises; the transcript is kept at the read.
    const client = this.dc as unknown as { dispatch(body: string): void };
    const dispatch = client.dispatch.bind(this.dc);
    client.dispatch = (body) => {
      const m = JSON.parse(body) as DebugProtocol.ProtocolMessage & {
        event?: string;
        command?: string;
        body?: { paused?: boolean };
      };
      if (m.type === 'response') this.transcript.push(`response:${m.command}`);
      else if (m.event === 'coromega/paused') this.transcript.push(`${m.event}:${m.body?.paused}`);
      else if (m.event) this.transcript.push(m.event);
      dispatch(body);
    };
  }

  /** The transcript from `from` on, without the Debug Console's output and the run's events. */
  transcriptSince(from: number): string[] {
    return this.transcript
      .slice(from)
      .filter(
        (x) => x !== 'output' && x !== 'coromega/events' && !x.startsWith('response:threads'),
      );
  }

  /** Resolves when the session has ended (listened for from the start). */
  ended!: Promise<unknown>;

  async start(): Promise<void> {
    await this.dc.start();
    this.ended = new Promise((r) => this.dc.once('terminated', r));
    this.dc.on('output', (e: DebugProtocol.OutputEvent) => this.output.push(e.body.output));
    this.dc.on('coromega/events', (e: DebugProtocol.Event) =>
      this.runEvents.push(...(e.body as { events: Array<{ type: string }> }).events),
    );
    await this.dc.initializeRequest({
      adapterID: 'coromega-lua',
      linesStartAt1: true,
      columnsStartAt1: true,
      pathFormat: 'path',
    });
  }

  /** Launches with breakpoints per file (line numbers or full breakpoints) set before the plugin runs. */
  async launch(
    args: Record<string, unknown>,
    breakpoints: Record<string, Array<number | DebugProtocol.SourceBreakpoint>> = {},
    exceptions?: string[],
  ): Promise<DebugProtocol.Breakpoint[]> {
    const launched = this.dc.launchRequest(args as DebugProtocol.LaunchRequestArguments);
    await this.dc.waitForEvent('initialized');
    const out: DebugProtocol.Breakpoint[] = [];
    for (const [file, bps] of Object.entries(breakpoints)) {
      const r = await this.setBreakpoints(file, bps);
      out.push(...r);
    }
    if (exceptions) await this.dc.setExceptionBreakpointsRequest({ filters: exceptions });
    await this.dc.configurationDoneRequest();
    await launched;
    return out;
  }

  async setBreakpoints(
    file: string,
    bps: Array<number | DebugProtocol.SourceBreakpoint>,
  ): Promise<DebugProtocol.Breakpoint[]> {
    const r = await this.dc.setBreakpointsRequest({
      source: { path: file },
      breakpoints: bps.map((b) => (typeof b === 'number' ? { line: b } : b)),
    });
    return r.body.breakpoints;
  }

  /** Sends a request and waits for the stop it leads to (listening before the request goes out). */
  async until(request: () => Promise<unknown>): Promise<DebugProtocol.StoppedEvent['body']> {
    const stop = this.stopped();
    await request();
    return stop;
  }

  async stopped(): Promise<DebugProtocol.StoppedEvent['body']> {
    return ((await this.dc.waitForEvent('stopped')) as DebugProtocol.StoppedEvent).body;
  }

  async frames(threadId: number): Promise<DebugProtocol.StackFrame[]> {
    return (await this.dc.stackTraceRequest({ threadId })).body.stackFrames;
  }

  /** The top frame of the stopped thread: its line, name and id. */
  async top(threadId: number): Promise<DebugProtocol.StackFrame> {
    return (await this.frames(threadId))[0]!;
  }

  async threads(): Promise<DebugProtocol.Thread[]> {
    return (await this.dc.threadsRequest()).body.threads;
  }

  /** The variables of a scope of a frame, by scope index (0 locals, then upvalues, then globals). */
  async scope(frameId: number, name: RegExp): Promise<DebugProtocol.Variable[]> {
    const scopes = (await this.dc.scopesRequest({ frameId })).body.scopes;
    const s = scopes.find((x) => name.test(x.name));
    if (!s) throw new Error(`no scope ${name} in ${scopes.map((x) => x.name).join(', ')}`);
    return this.vars(s.variablesReference);
  }

  async vars(
    ref: number,
    args: Partial<DebugProtocol.VariablesArguments> = {},
  ): Promise<DebugProtocol.Variable[]> {
    return (await this.dc.variablesRequest({ variablesReference: ref, ...args })).body.variables;
  }

  async evaluate(
    expression: string,
    frameId?: number,
    context = 'watch',
  ): Promise<DebugProtocol.EvaluateResponse['body']> {
    return (
      await this.dc.evaluateRequest({
        expression,
        context,
        ...(frameId !== undefined ? { frameId } : {}),
      })
    ).body;
  }

  /** An evaluation's error message (fails when it succeeds). */
  async evaluateError(expression: string, frameId?: number): Promise<string> {
    try {
      const r = await this.evaluate(expression, frameId);
      throw new Error(`evaluated to ${r.result}`);
    } catch (e) {
      if ((e as Error).message.startsWith('evaluated to')) throw e;
      return (e as Error).message;
    }
  }

  input(line: string): Promise<unknown> {
    return this.dc.customRequest('coromega/input', { line });
  }

  async close(): Promise<void> {
    await this.dc.stop().catch(() => undefined);
  }
}
