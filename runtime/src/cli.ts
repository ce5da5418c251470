/**
 * coromega-run: runs a neomega Lua plugin offline.
 *
 * The Lua VM runs in a worker thread with a heap limit; this (main) thread parses arguments, forwards stdin lines,
 * renders events (plain text, or one JSON object per line with --json), watches memory, and exits 0/1/2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { ExitEvent, RunEvent } from './events';
import { colorCodesToAnsi, stripColorCodes } from './colors';
import { bi, detectLang, message, type Lang } from './messages';
import type { RunOptions } from './host';

export const USAGE = `usage: coromega-run [options] PLUGIN.lua

options:
  --config FILE.json       plugin config (default: NAME.json beside NAME.lua, or neomega_storage/config/NAME[lua]/*.json)
  --storage DIR            storage root for data/config/cache paths (default: the plugin's neomega_storage, or
                           ./neomega_storage beside the plugin)
  --json                   print one JSON event per line on stdout instead of plain text
  --display-path PATH      path to show in messages and to resolve the config from (for unsaved editor text)
  --timeout-cap SECONDS    upper bound for every request's timeout (0 = none)
  --max-body-event BYTES   bytes of each body put in --json events (default 65536)
  --max-body BYTES         largest response body read (default 52428800)
  --max-memory MB          heap limit of the Lua VM (default 512)
  --no-mask                show Authorization / Cookie values in events
  --resolve HOST:PORT:ADDR connect to ADDR (ADDR may be ADDR:PORT2) when the plugin asks for HOST:PORT; the
                           Host header and URLs stay as written (repeatable)
  --lang zh-cn|en          language of the runtime's messages
  -h, --help               show this help
`;

export interface CliOptions {
  plugin: string;
  json: boolean;
  maxMemoryMb: number;
  lang: Lang;
  run: RunOptions;
}

export class UsageError extends Error {}

function num(flag: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(
      `${flag} expects a non-negative number, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`,
    );
  }
  return n;
}

export function parseArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): CliOptions | 'help' {
  let plugin: string | undefined;
  let json = false;
  let maxMemoryMb = 512;
  let lang: Lang = detectLang(env);
  const run: Partial<RunOptions> = {};
  const resolve = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--json':
        json = true;
        break;
      case '--no-mask':
        run.mask = false;
        break;
      case '--config':
        run.configPath = value();
        break;
      case '--storage':
        run.storageDir = value();
        break;
      case '--display-path':
        run.displayPath = value();
        break;
      case '--timeout-cap':
        run.timeoutCapSeconds = num(flag, value());
        break;
      case '--max-body-event':
        run.maxBodyEvent = Math.trunc(num(flag, value()));
        break;
      case '--max-body':
        run.maxBody = Math.trunc(num(flag, value()));
        break;
      case '--max-memory':
        maxMemoryMb = num(flag, value());
        if (maxMemoryMb < 16) throw new UsageError('--max-memory must be at least 16 (MB)');
        break;
      case '--resolve': {
        const v = value();
        const m = /^(\[[^\]]+\]|[^:]+):(\d+):(.+)$/.exec(v);
        if (!m) throw new UsageError(`--resolve expects HOST:PORT:ADDR, got ${JSON.stringify(v)}`);
        resolve.set(
          `${m[1]!.replace(/^\[|\]$/g, '').toLowerCase()}:${m[2]}`,
          m[3]!.replace(/^\[|\]$/g, ''),
        );
        break;
      }
      case '--lang': {
        const v = value().toLowerCase();
        if (v.startsWith('en')) lang = 'en';
        else if (v.startsWith('zh')) lang = 'zh-cn';
        else throw new UsageError(`--lang expects zh-cn or en, got ${JSON.stringify(v)}`);
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        if (plugin !== undefined)
          throw new UsageError(`only one plugin file can be run (got ${plugin} and ${a})`);
        plugin = a;
    }
  }
  if (plugin === undefined) throw new UsageError('no plugin file given');
  if (resolve.size > 0) run.resolve = resolve;
  run.lang = lang;
  return { plugin, json, maxMemoryMb, lang, run: { ...run, pluginPath: plugin } as RunOptions };
}

// ---------------------------------------------------------------------------------------------------------------
// Plain rendering

const LEVEL_SGR: Record<string, string> = {
  debug: '90',
  success: '32',
  warning: '33',
  error: '31',
};

export class PlainRenderer {
  private readonly requests = new Map<number, { method: string; url: string }>();
  constructor(
    private readonly out: (s: string) => void,
    private readonly err: (s: string) => void,
    private readonly outTty: boolean,
    private readonly errTty: boolean,
  ) {}

  private color(text: string, tty: boolean): string {
    return tty ? colorCodesToAnsi(text) : stripColorCodes(text);
  }

  private dim(s: string): string {
    return this.errTty ? `\x1b[2m${s}\x1b[0m` : s;
  }

  render(e: RunEvent): void {
    switch (e.type) {
      case 'print': {
        let text = this.color(e.text, this.outTty);
        if (e.stream === 'log' && e.level === 'debug') text = '[DEBUG] ' + text;
        if (this.outTty && e.level && LEVEL_SGR[e.level])
          text = `\x1b[${LEVEL_SGR[e.level]}m${text}\x1b[0m`;
        this.out(e.partial ? text : text + '\n');
        break;
      }
      case 'input':
        if (e.prompt) this.out(this.color(e.prompt, this.outTty));
        break;
      case 'request':
        this.requests.set(e.id, { method: e.method, url: e.url });
        this.err(this.dim(`→ #${e.id} ${e.method} ${e.url}`) + '\n');
        break;
      case 'response': {
        const r = this.requests.get(e.id);
        this.err(
          this.dim(
            `← #${e.id} ${e.status} ${r ? r.method + ' ' : ''}${e.url} (${e.durationMs} ms, ${e.size} B${e.redirects ? `, ${e.redirects} redirect(s)` : ''})`,
          ) + '\n',
        );
        break;
      }
      case 'requestError': {
        const r = this.requests.get(e.id);
        this.err(`✗ #${e.id} ${r ? r.method + ' ' : ''}${e.message} (${e.durationMs} ms)\n`);
        break;
      }
      case 'warning':
        this.err((this.errTty ? '\x1b[33mwarning:\x1b[0m ' : 'warning: ') + e.message + '\n');
        break;
      case 'error':
        this.err(
          (this.errTty ? `\x1b[31m${e.message}\x1b[0m` : e.message) +
            '\n' +
            (e.traceback ? e.traceback + '\n' : ''),
        );
        break;
      case 'exit':
        if (e.reason !== 'finished' && e.reason !== 'exit' && e.message) this.err(e.message + '\n');
        break;
      case 'start':
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Messages between this thread and the VM's worker (runtime/src/worker.ts)

export interface WorkerData {
  run: RunOptions;
  /** Int32 slot 0: event batches posted and not yet written by the main thread (flow control). */
  flow: SharedArrayBuffer;
}

export type ToWorker = { type: 'line'; line: string } | { type: 'eof' };
export type FromWorker = { type: 'events'; events: RunEvent[] } | { type: 'done'; exit: ExitEvent };

// ---------------------------------------------------------------------------------------------------------------
// Main side

function main(): void {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`coromega-run: ${e.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const o = opts;
  if (!fs.existsSync(o.plugin) || !fs.statSync(o.plugin).isFile()) {
    process.stderr.write(`coromega-run: ${message(o.lang, 'not_found', o.plugin)}\n`);
    process.exitCode = 2;
    return;
  }
  o.run.pluginPath = path.resolve(o.plugin);
  if (!o.run.displayPath) o.run.displayPath = o.plugin;

  const writeOut = (s: string): void => {
    process.stdout.write(s);
  };
  const writeErr = (s: string): void => {
    process.stderr.write(s);
  };
  const renderer = new PlainRenderer(
    writeOut,
    writeErr,
    !!process.stdout.isTTY,
    !!process.stderr.isTTY,
  );
  const render = (e: RunEvent): void => {
    if (o.json) writeOut(JSON.stringify(e) + '\n');
    else renderer.render(e);
  };

  let ended = false;
  const end = (exit: ExitEvent): void => {
    if (ended) return;
    ended = true;
    clearInterval(watchdog);
    render(exit);
    process.stdin.pause();
    process.stdin.destroy();
    process.exitCode = exit.code;
    // Let stdout drain (a finished run loses none of its output, however slow the reader), then leave even if
    // the worker is stuck in a loop.
    process.stdout.write('', () => {
      void worker.terminate().finally(() => process.exit(exit.code));
    });
    // A stopped or over-limit run ends within a second even when the reader never drains stdout.
    if (exit.reason === 'stopped' || exit.reason === 'limit') {
      setTimeout(() => process.exit(exit.code), 1000).unref();
    }
  };

  // The same file runs the VM in the worker (see the bottom of this file); this thread never loads Fengari or undici.
  const flow = new SharedArrayBuffer(4);
  const inFlight = new Int32Array(flow);
  const worker = new Worker(__filename, {
    workerData: { run: o.run, flow } satisfies WorkerData,
    resourceLimits: {
      maxOldGenerationSizeMb: o.maxMemoryMb,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 16,
    },
    stdout: true,
    stderr: true,
  });
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'events') {
      for (const e of m.events) render(e);
      // Tell the worker this batch is out once stdout has taken it, so a print flood runs at the speed stdout is
      // read and nothing piles up in this process.
      const ack = (): void => {
        Atomics.sub(inFlight, 0, 1);
        Atomics.notify(inFlight, 0);
      };
      if (process.stdout.writableNeedDrain) process.stdout.once('drain', ack);
      else ack();
    } else end(m.exit);
  });
  const limitExit = (): void => {
    const text = message(o.lang, 'memory', String(o.maxMemoryMb));
    render({ type: 'error', message: text });
    end({ type: 'exit', code: 1, reason: 'limit', message: text });
  };
  worker.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message))
      limitExit();
    else {
      render({ type: 'error', message: String(err.stack ?? err.message) });
      end({ type: 'exit', code: 1, reason: 'error' });
    }
  });
  worker.on('exit', (code) => {
    if (!ended) {
      const text = bi(
        o.lang,
        `运行时意外退出（代码 ${code}）`,
        `the runtime exited unexpectedly (code ${code})`,
      );
      render({ type: 'error', message: text });
      end({ type: 'exit', code: 1, reason: 'error', message: text });
    }
  });

  // Memory outside the JS heap (large strings are ArrayBuffers) is watched here.
  const rssLimit = (o.maxMemoryMb * 2 + 256) * 1024 * 1024;
  const watchdog = setInterval(() => {
    if (process.memoryUsage.rss() > rssLimit) limitExit();
  }, 100);
  watchdog.unref();

  // stdin -> worker, one line per message.
  let pendingText = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    pendingText += chunk;
    let nl: number;
    while ((nl = pendingText.indexOf('\n')) >= 0) {
      const line = pendingText.slice(0, nl).replace(/\r$/, '');
      pendingText = pendingText.slice(nl + 1);
      worker.postMessage({ type: 'line', line } satisfies ToWorker);
    }
  });
  process.stdin.on('end', () => {
    if (pendingText !== '')
      worker.postMessage({ type: 'line', line: pendingText } satisfies ToWorker);
    pendingText = '';
    worker.postMessage({ type: 'eof' } satisfies ToWorker);
  });
  process.stdin.on('error', () => worker.postMessage({ type: 'eof' } satisfies ToWorker));

  // The reader went away (e.g. `coromega-run x.lua | head`): stop quietly.
  const onPipeError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      ended = true;
      clearInterval(watchdog);
      void worker.terminate().finally(() => process.exit(1));
    }
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);

  const onSignal = (): void => {
    const text = message(o.lang, 'stopped');
    end({ type: 'exit', code: 1, reason: 'stopped', message: text });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

if (!isMainThread && (workerData as WorkerData | undefined)?.run) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./worker');
} else if (require.main === module || isBundleEntry()) {
  main();
}

function isBundleEntry(): boolean {
  const a = process.argv[1];
  return (
    !!a &&
    (a.endsWith('coromega-run.js') ||
      a.endsWith(path.join('runtime', 'cli.js')) ||
      a.endsWith('coromega-run'))
  );
}
