/** Shared test helpers (no side effects on import). */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { runPlugin, type Run, type RunOptions } from '../src/host';
import type { ExitEvent, RunEvent } from '../src/events';
import type { WorldFile } from '../src/world/file';

export const root = path.resolve(__dirname, '..', '..', '..');
export const cliPath = path.join(root, 'bin', 'coromega-run.js');

export function tmpDir(prefix = 'coromega-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writePlugin(source: string, name = 'plugin.lua', dir = tmpDir()): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, source);
  return p;
}

export interface Collected {
  events: RunEvent[];
  exit: ExitEvent;
  /** Text of print events, in order. */
  prints: string[];
  errors: Extract<RunEvent, { type: 'error' }>[];
  warnings: string[];
  run: Run;
}

/** Runs Lua source in-process; `during` runs right after start (e.g. to feed stdin). */
export async function runLua(
  source: string,
  opts: Partial<RunOptions> = {},
  during?: (run: Run) => void,
): Promise<Collected> {
  const pluginPath = opts.pluginPath ?? writePlugin(source);
  const events: RunEvent[] = [];
  const { run, done } = runPlugin({ lang: 'en', ...opts, pluginPath }, (e) => events.push(e));
  during?.(run);
  const exit = await done;
  return {
    events,
    exit,
    prints: joinPrints(events),
    errors: events.filter((e): e is Extract<RunEvent, { type: 'error' }> => e.type === 'error'),
    warnings: events.flatMap((e) => (e.type === 'warning' ? [e.message] : [])),
    run,
  };
}

/**
 * Runs plugins (name -> source, written to one temp folder) in a world, in-process; stdin is closed unless
 * `during` keeps feeding it (then it must call run.endInput()).
 */
export async function runWorld(
  plugins: Record<string, string>,
  world: WorldFile,
  opts: Partial<RunOptions> = {},
  during?: (run: Run) => void,
): Promise<Collected & { dir: string }> {
  const dir = tmpDir();
  const files = Object.entries(plugins).map(([name, src]) => writePlugin(src, name, dir));
  const events: RunEvent[] = [];
  const { run, done } = runPlugin(
    {
      lang: 'en',
      world,
      ...opts,
      pluginPath: files[0]!,
      ...(files.length > 1 ? { plugins: files.map((f) => ({ pluginPath: f })) } : {}),
    },
    (e) => events.push(e),
  );
  during?.(run);
  const exit = await done;
  return {
    dir,
    events,
    exit,
    prints: joinPrints(events),
    errors: events.filter((e): e is Extract<RunEvent, { type: 'error' }> => e.type === 'error'),
    warnings: events.flatMap((e) => (e.type === 'warning' ? [e.message] : [])),
    run,
  };
}

/** The events of one type. */
export function ofType<T extends RunEvent['type']>(
  events: RunEvent[],
  type: T,
): Array<Extract<RunEvent, { type: T }>> {
  return events.filter((e): e is Extract<RunEvent, { type: T }> => e.type === type);
}

/** Print texts, with io.write pieces joined into the line they belong to. */
export function joinPrints(events: RunEvent[]): string[] {
  const out: string[] = [];
  let partial = '';
  for (const e of events) {
    if (e.type !== 'print') continue;
    if (e.partial) partial += e.text;
    else {
      out.push(partial + e.text);
      partial = '';
    }
  }
  if (partial !== '') out.push(partial);
  return out;
}

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

export interface TestServer {
  url: string;
  port: number;
  received: Received[];
  close(): Promise<void>;
}

export function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
  host = '127.0.0.1',
): Promise<TestServer> {
  const received: Received[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
      });
      handler(req, res, body);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      const h = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${h}:${port}`,
        port,
        received,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; `input` is written to stdin, then stdin is closed (unless keepStdin). */
export function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8', ...options.env },
      cwd: options.cwd ?? root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

export function jsonEvents(stdout: string): RunEvent[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RunEvent);
}

/** A coroutine-wrapped plugin body using the seed's header lines. */
export function plugin(body: string): string {
  return `local omega = require("omega")
local coromega = require("coromega").from(omega)
local json = require("json")
${body}
coromega:run()
`;
}

// ---------------------------------------------------------------------------------------------------------------
// The objects coromega hands plugins, read from a running plugin (for checks against the framework and the catalog)

export type ObjectType =
  | 'Coromega'
  | 'CoroPlayer'
  | 'SessionFactory'
  | 'SharedMap'
  | 'WrappedKVDB'
  | 'WSServerSessionFactory'
  | 'WSConnWrapper';

/** Method names of each object type, as a running plugin sees them in this framework version. */
export async function collectRuntimeMethods(
  framework: 'bundled' | 'documented' = 'documented',
): Promise<Record<ObjectType, string[]>> {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const r = await runWorld(
    {
      'objects.lua': `
local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)
local function methods(obj)
  local names = {}
  local mt = getmetatable(obj)
  local index = mt and mt.__index
  if type(index) == "table" then
    for k, v in pairs(index) do
      if type(v) == "function" then names[#names + 1] = k end
    end
  end
  table.sort(names)
  return names
end
local out = {}
out.Coromega = methods(coromega)
out.CoroPlayer = methods(coromega:get_player("Steve"))
out.SessionFactory = methods(coromega:when_chat_msg())
out.SharedMap = methods(coromega:shared_map())
out.WrappedKVDB = methods(coromega:key_value_db("objects-test"))
local server = coromega:create_websocket_server("127.0.0.1", ${port})
out.WSServerSessionFactory = methods(server)
coromega:start_new(function()
  local conn = coromega:connect_to_websocket("ws://127.0.0.1:${port}/")
  out.WSConnWrapper = methods(conn)
  print(json.encode(out))
  os.exit(0)
end)
coromega:run()
`,
    },
    {},
    { framework },
  );
  const line = r.prints.find((p) => p.startsWith('{'));
  if (!line) throw new Error(JSON.stringify(r.errors));
  return JSON.parse(line) as Record<ObjectType, string[]>;
}
