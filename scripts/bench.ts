/**
 * `npm run bench`: runtime benchmarks, all against loopback servers started here.
 *  (a) 100 coroutines x a 200 ms endpoint: wall time
 *  (b) sequential requests per second: through the runtime vs raw undici from plain Node (same server, same run,
 *      alternating rounds); the runtime's rate is timed from its first request to its last answer
 *  (c) a CPU-bound Lua script: the runtime vs bare Fengari (as published; also with double literals, and with the
 *      runtime's stack patch), each side in processes of its own
 *  (d) `coromega-run` of `print("hi")`, spawn to exit, vs a bare `node -e 0` (alternating runs): wall time and the
 *      children's CPU time
 *  (e) the offline world: game-menu actions per second, each handler sending a command with a result and telling
 *      the player the answer (actions applied back to back through the action engine)
 *  (f) restart on save: `coromega-run --watch`, from writing the plugin file to the new run's first printed line
 *  (g) the debugger: the CPU-bound script under the debugger with no breakpoints, and with breakpoints in another
 *      file, and with coverage counting, each ÷ an ordinary run (alternating, in this process); the pause latency of
 *      `while true do end` through the worker and its request ring
 *
 * `--only LETTERS` (e.g. `--only f`) runs only those.
 *
 * Longer than most modules: each measure is a few dozen lines, and one file keeps them in one run with one report.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import type { RunEvent } from '../runtime/src/events';
import { runPlugin } from '../runtime/src/host';
import { fengari, publishedFengari, type Fengari } from '../runtime/src/lua';
import { rewriteLua51Escapes } from '../lua51/escapes';
import { Debugger } from '../runtime/src/debug/debugger';
import { Coverage } from '../runtime/src/debug/coverage';
import { createRequestRing, RequestReader, RequestWriter } from '../runtime/src/debug/channel';
import { EventReader } from '../runtime/src/eventChannel';
import { startVmWorker } from '../runtime/src/vmWorker';
import type { VmAttachment } from '../runtime/src/host';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'coromega-run.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-bench-'));

function server(): Promise<{ url: string; close: () => void }> {
  const s = http.createServer((req, res) => {
    if (req.url?.startsWith('/slow')) setTimeout(() => res.end('slow'), 200);
    else res.end('ok');
  });
  s.keepAliveTimeout = 10000;
  return new Promise((r) =>
    s.listen(0, '127.0.0.1', () =>
      r({
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
        close: () => {
          s.closeAllConnections();
          s.close();
        },
      }),
    ),
  );
}

async function runSource(
  source: string,
  onEvent?: (e: RunEvent) => void,
): Promise<{ ms: number; prints: string[] }> {
  const file = path.join(work, `b${Math.random().toString(36).slice(2)}.lua`);
  fs.writeFileSync(file, source);
  const prints: string[] = [];
  const t0 = performance.now();
  const { done } = runPlugin({ pluginPath: file, lang: 'en' }, (e) => {
    if (e.type === 'print') prints.push(e.text);
    if (e.type === 'error') prints.push('ERROR ' + e.message);
    onEvent?.(e);
  });
  await done;
  return { ms: performance.now() - t0, prints };
}

const header = `local omega = require("omega")\nlocal coromega = require("coromega").from(omega)\n`;

async function concurrency(url: string): Promise<number> {
  const { ms, prints } = await runSource(
    header +
      `local n = 0
for i = 1, 100 do
  coromega:start_new(function()
    local r = coromega:http_get("${url}/slow")
    if r and r.body == "slow" then n = n + 1 end
    if n == 100 then print("ok") end
  end)
end
coromega:run()`,
  );
  if (prints[0] !== 'ok') throw new Error('concurrency run failed: ' + prints.join('\n'));
  return ms;
}

/** One runtime round: requests per second from the first request event to the plugin's final print. */
async function sequentialRuntime(url: string, n: number): Promise<number> {
  let first = 0;
  let last = 0;
  const { prints } = await runSource(
    header +
      `coromega:start_new(function()
  local ok = 0
  for i = 1, ${n} do
    local r = coromega:http_get("${url}/fast")
    if r and r.body == "ok" then ok = ok + 1 end
  end
  print(ok)
end)
coromega:run()`,
    (e) => {
      if (e.type === 'request' && first === 0) first = performance.now();
      if (e.type === 'print') last = performance.now();
    },
  );
  if (prints[0] !== String(n)) throw new Error('sequential run failed: ' + prints.join('\n'));
  return (n / (last - first)) * 1000;
}

/** One raw round: the same requests from plain Node through undici. */
async function sequentialRaw(url: string, n: number): Promise<number> {
  const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await request(`${url}/fast`, { dispatcher: agent });
    if ((await r.body.text()) !== 'ok') throw new Error('raw request failed');
  }
  const rawMs = performance.now() - t0;
  await agent.close();
  return (n / rawMs) * 1000;
}

/** Alternating rounds (runtime, raw, runtime, ...); medians of each side and of the per-round ratios. */
async function sequential(
  url: string,
  n: number,
  rounds: number,
): Promise<{ runtime: number; raw: number; ratio: number }> {
  await sequentialRuntime(url, 200);
  await sequentialRaw(url, 200);
  const rt: number[] = [];
  const raw: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const a = await sequentialRuntime(url, n);
    const b = await sequentialRaw(url, n);
    rt.push(a);
    raw.push(b);
    ratios.push(a / b);
  }
  return { runtime: median(rt), raw: median(raw), ratio: median(ratios) };
}

const CPU_SCRIPT = `
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t = {}
for i = 1, 200000 do t[i] = i * 2 end
local s = 0
for i = 1, #t do s = s + t[i] % 7 end
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = string.format("%d:%s", i, tostring(i * 1.5)) end
local joined = table.concat(parts, ",")
local count = 0
for w in joined:gmatch("%d+:") do count = count + 1 end
print(fib(25), s, count)
`;

type CpuSide = 'runtime' | 'bare' | 'doubles' | 'patched';

/** Runs of the script in each (c) process: the first ones warm the JIT up (the runtime runs its own Lua too). */
const CPU_RUNS = 8;

/**
 * One side of (c) in this (child) process: the script CPU_RUNS times, the least CPU time of the last 3 (warm JIT).
 * Each side runs in its own process so neither inherits the other's JIT feedback or garbage.
 */
async function cpuChild(side: CpuSide): Promise<void> {
  const doubles = rewriteLua51Escapes(CPU_SCRIPT).text;
  let best = Infinity;
  let out = '';
  for (let i = 0; i < CPU_RUNS; i++) {
    const c0 = process.cpuUsage();
    if (side === 'runtime') out = (await runSource(CPU_SCRIPT)).prints[0] ?? '';
    else if (side === 'patched') out = bareFengari(CPU_SCRIPT, fengari()).out;
    else out = bareFengari(side === 'bare' ? CPU_SCRIPT : doubles, publishedFengari()).out;
    const d = process.cpuUsage(c0);
    if (i >= CPU_RUNS - 3) best = Math.min(best, (d.user + d.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ ms: best, out }) + '\n');
}

function runCpuChild(side: CpuSide): Promise<{ ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, '--cpu', side], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(text) as { ms: number; out: string });
      } catch {
        reject(new Error(`cpu child ${side}: ${text}`));
      }
    });
  });
}

/** (c): CPU time (not wall time, so other processes on the machine do not skew it), medians of alternating rounds. */
async function cpu(rounds: number): Promise<{
  runtime: number;
  bare: number;
  bareDoubles: number;
  barePatched: number;
  outRuntime: string;
  outBare: string;
}> {
  const rt: number[] = [];
  const bare: number[] = [];
  const doubles: number[] = [];
  const patched: number[] = [];
  let outRuntime = '';
  let outBare = '';
  for (let i = 0; i < rounds; i++) {
    const r = await runCpuChild('runtime');
    const b = await runCpuChild('bare');
    const d = await runCpuChild('doubles');
    const p = await runCpuChild('patched');
    patched.push(p.ms);
    rt.push(r.ms);
    bare.push(b.ms);
    doubles.push(d.ms);
    outRuntime = r.out;
    outBare = b.out;
  }
  return {
    runtime: median(rt),
    bare: median(bare),
    bareDoubles: median(doubles),
    barePatched: median(patched),
    outRuntime,
    outBare,
  };
}

/** Bare Fengari: a fresh state, the standard libraries, the script; nothing else. */
function bareFengari(script: string, F: Fengari): { ms: number; out: string } {
  const { lua, lauxlib, lualib, to_luastring } = F;
  let outBare = '';
  const t0 = performance.now();
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  lua.lua_pushcfunction(L, (L1: unknown) => {
    const parts: string[] = [];
    for (let i = 1; i <= lua.lua_gettop(L1); i++) parts.push(lua.lua_tojsstring(L1, i) as string);
    outBare = parts.join('\t');
    return 0;
  });
  lua.lua_setglobal(L, to_luastring('print'));
  if (lauxlib.luaL_dostring(L, to_luastring(script)) !== 0)
    throw new Error(lua.lua_tojsstring(L, -1));
  return { ms: performance.now() - t0, out: outBare };
}

/** (e): actions per second through the world: menu call -> command with result -> player:say. */
async function world(n: number): Promise<number> {
  const file = path.join(work, 'world.lua');
  fs.writeFileSync(
    file,
    header +
      `coromega:when_called_by_game_menu({ triggers = { "pay" } }):start_new(function(chat)
  local r = coromega:send_ws_cmd("scoreboard players add @a[name=" .. chat.name .. "] money 1", true)
  coromega:get_player(chat.name):say(r.OutputMessages[1].Parameters[4])
end)
coromega:run()`,
  );
  let said = 0;
  const { run, done } = runPlugin(
    {
      pluginPath: file,
      lang: 'en',
      stdin: true,
      world: { players: [{ name: 'Steve', scores: { money: 0 } }] },
    },
    (e) => {
      if (e.type === 'say') said++;
    },
  );
  const engine = run.runtime.engine;
  await engine.whenSettled();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) engine.apply({ as: 'Steve', menu: 'pay' });
  await engine.whenSettled();
  const ms = performance.now() - t0;
  run.endInput();
  await done;
  if (said !== n) throw new Error(`world run failed: ${said} of ${n} answers`);
  return (n / ms) * 1000;
}

/** Children's CPU time so far (user + system of waited-for children, Linux), in ms; NaN elsewhere. */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Wall time of one process from spawn to exit. */
function timeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`));
      else resolve(performance.now() - t0);
    });
  });
}

/** (d): `coromega-run hi.lua` vs `node -e 0`, alternating; wall medians and total CPU of each side. */
async function startup(rounds: number): Promise<{
  node: number;
  run: number;
  ratio: number;
  nodeCpu: number;
  runCpu: number;
}> {
  const file = path.join(work, 'hi.lua');
  fs.writeFileSync(file, 'print("hi")\n');
  const node: number[] = [];
  const run: number[] = [];
  const ratios: number[] = [];
  let nodeCpu = 0;
  let runCpu = 0;
  for (let i = 0; i < rounds + 1; i++) {
    let c0 = childrenCpuMs();
    const a = await timeProcess(['-e', '0']);
    const ca = childrenCpuMs() - c0;
    c0 = childrenCpuMs();
    const b = await timeProcess([cli, file]);
    const cb = childrenCpuMs() - c0;
    if (i === 0) continue; // warm-up (file cache)
    node.push(a);
    run.push(b);
    ratios.push(b / a);
    nodeCpu += ca;
    runCpu += cb;
  }
  return {
    node: median(node),
    run: median(run),
    ratio: median(ratios),
    nodeCpu: nodeCpu / rounds,
    runCpu: runCpu / rounds,
  };
}

/** One run of the CPU script in this thread (with a debugger or coverage attached, or none): its CPU ms. */
async function cpuRun(file: string, attach?: () => VmAttachment): Promise<number> {
  const c0 = process.cpuUsage();
  const { done } = runPlugin(
    { pluginPath: file, lang: 'en', ...(attach ? { debug: attach() } : {}) },
    () => undefined,
  );
  await done;
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
}

/** (g): the debugger's and coverage's cost on CPU-bound Lua, as ratios of alternating rounds; pause latency. */
async function debugCost(rounds: number): Promise<{
  none: number;
  other: number;
  coverage: number;
  pauseMs: number;
}> {
  const file = path.join(work, 'cpu.lua');
  const other = path.join(work, 'other.lua');
  fs.writeFileSync(file, CPU_SCRIPT);
  fs.writeFileSync(other, 'local a = 1\nlocal b = 2\nprint(a + b)\n');
  const debuggerWith = (bps: boolean) => (): VmAttachment => {
    const d = new Debugger({
      lang: 'en',
      link: { send: () => undefined, requests: new RequestReader(createRequestRing()) },
    });
    if (bps)
      d.handle({
        seq: 1,
        command: 'setBreakpoints',
        arguments: { source: { path: other }, breakpoints: [{ line: 1 }, { line: 2 }] },
      });
    return d;
  };
  const plain: number[] = [];
  const ratios = { none: [] as number[], other: [] as number[], coverage: [] as number[] };
  for (let i = 0; i < 2; i++) await cpuRun(file); // warm-up
  for (let i = 0; i < rounds; i++) {
    const a = await cpuRun(file);
    const b = await cpuRun(file, debuggerWith(false));
    const c = await cpuRun(file, debuggerWith(true));
    const e = await cpuRun(file, () => new Coverage());
    plain.push(a);
    ratios.none.push(b / a);
    ratios.other.push(c / a);
    ratios.coverage.push(e / a);
  }
  // Pause: from the request written to the stopped event read, the plugin spinning in its worker.
  const spin = path.join(work, 'spin.lua');
  fs.writeFileSync(spin, 'local n = 0\nprint("spinning")\nwhile true do n = n + 1 end\n');
  const latencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const ring = createRequestRing();
    const vm = startVmWorker(256, undefined, false, { requests: ring, lang: 'en' });
    const w = new RequestWriter(ring);
    const events = new EventReader(vm.events);
    let started = false;
    let stoppedAt = 0;
    w.send({ seq: 1, command: 'start', arguments: { run: { pluginPath: spin, lang: 'en' } } });
    while (!started) {
      await events.whenWritten();
      events.drain((t) => {
        if (t.includes('"type":"print"')) started = true;
      });
    }
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    w.send({ seq: 2, command: 'pause', arguments: { threadId: 1 } });
    while (!stoppedAt) {
      await events.whenWritten();
      events.drain((t) => {
        if (t.includes('"event":"stopped"')) stoppedAt = performance.now();
      });
    }
    latencies.push(stoppedAt - t0);
    await vm.worker.terminate();
  }
  return {
    none: median(ratios.none),
    other: median(ratios.other),
    coverage: median(ratios.coverage),
    pauseMs: median(latencies),
  };
}

/** (f): `coromega-run --watch`: each round saves the plugin with a new first line and times the write to that line
 * on stdout (the file watcher's pause for a burst of events included). */
async function restartOnSave(
  rounds: number,
): Promise<{ median: number; max: number; all: number[] }> {
  const dir = fs.mkdtempSync(path.join(work, 'watch-'));
  const file = path.join(dir, 'plugin.lua');
  const source = (n: number): string =>
    `print("run ${n}")\n` +
    header +
    'coromega:when_called_by_game_menu({ triggers = { "ping" } }):start_new(function(chat)\n' +
    '  coromega:get_player(chat.name):say("pong")\nend)\ncoromega:run()\n';
  fs.writeFileSync(file, source(0));
  const child = spawn(process.execPath, [cli, '--watch', '--json', file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const seen = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  let buf = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const e = JSON.parse(buf.slice(0, nl)) as RunEvent;
      buf = buf.slice(nl + 1);
      if (e.type === 'print') {
        seen.set(e.text, performance.now());
        waiters.get(e.text)?.();
      }
    }
  });
  const line = (text: string): Promise<number> =>
    seen.has(text)
      ? Promise.resolve(seen.get(text)!)
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no "${text}" within 10 s`)), 10_000);
          waiters.set(text, () => {
            clearTimeout(timer);
            resolve(seen.get(text)!);
          });
        });
  const times: number[] = [];
  try {
    await line('run 0');
    for (let i = 1; i <= rounds + 1; i++) {
      // Apart from the last save by more than the watcher's pause, as an author's saves are.
      await new Promise((r) => setTimeout(r, 150));
      const t0 = performance.now();
      fs.writeFileSync(file, source(i));
      const t1 = await line(`run ${i}`);
      if (i > 1) times.push(t1 - t0); // the first restart warms the new VM's code paths
    }
  } finally {
    child.kill('SIGTERM');
  }
  return { median: median(times), max: Math.max(...times), all: times };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '') : 'abcdefg';
  const want = (letter: string): boolean => only.includes(letter);
  const srv = await server();
  try {
    let a = NaN;
    if (want('a')) {
      await concurrency(srv.url); // warm-up
      a = Math.min(await concurrency(srv.url), await concurrency(srv.url));
    }
    const b = want('b') ? await sequential(srv.url, 2000, 5) : undefined;
    const c = want('c') ? await cpu(5) : undefined;
    const d = want('d') ? await startup(15) : undefined;
    let e = NaN;
    if (want('e')) {
      await world(200); // warm-up
      e = await world(2000);
    }
    const f = want('f') ? await restartOnSave(15) : undefined;
    const g = want('g') ? await debugCost(7) : undefined;
    const fmt = (n: number): string => n.toFixed(0);
    console.log(
      `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}\n`,
    );
    console.log('| benchmark | result | goal |');
    console.log('|---|---|---|');
    if (d)
      console.log(
        `| (d) \`coromega-run\` of \`print("hi")\`, spawn to exit ÷ \`node -e 0\` (median of 15 alternating pairs) | **${d.ratio.toFixed(2)}×** wall (${fmt(d.run)} vs ${fmt(d.node)} ms); CPU ${(d.runCpu / d.nodeCpu).toFixed(2)}× (${fmt(d.runCpu)} vs ${fmt(d.nodeCpu)} ms) | ≤ 1.5× |`,
      );
    if (b)
      console.log(
        `| (b) sequential GETs to loopback, runtime ÷ raw undici req/s (median of 5 alternating rounds of 2000) | **${b.ratio.toFixed(2)}** (${fmt(b.runtime)} vs ${fmt(b.raw)} req/s) | ≥ 0.8 |`,
      );
    if (c) {
      console.log(
        `| (c) CPU-bound Lua, CPU time ÷ bare Fengari as published (medians of 5 alternating processes, each the best of its last 3 of 8 runs) | **${(c.runtime / c.bare).toFixed(2)}** (${fmt(c.runtime)} vs ${fmt(c.bare)} ms) | ≤ 1.02 |`,
      );
      console.log(
        `| (c') the same, bare Fengari given the runtime's double literals | ${(c.runtime / c.bareDoubles).toFixed(2)} (${fmt(c.runtime)} vs ${fmt(c.bareDoubles)} ms) | |`,
      );
      console.log(
        `| (c″) the same, bare Fengari with the runtime's stack patch (fengariPatch.ts) | ${(c.runtime / c.barePatched).toFixed(2)} (${fmt(c.runtime)} vs ${fmt(c.barePatched)} ms) | |`,
      );
    }
    if (want('a'))
      console.log(
        `| (a) 100 coroutines × 200 ms endpoint, VM start to exit (best of 2) | ${fmt(a)} ms | |`,
      );
    if (want('e'))
      console.log(
        `| (e) offline world: menu action → command with result → player:say | ${fmt(e)} actions/s | |`,
      );
    if (f)
      console.log(
        `| (f) restart on save (\`--watch\`): writing the plugin → the new run's first line on stdout (median of 15 saves; slowest) | **${fmt(f.median)} ms** (slowest ${fmt(f.max)} ms) | ≤ 150 ms |`,
      );
    if (g) {
      console.log(
        `| (g) CPU-bound Lua under the debugger, no breakpoints ÷ an ordinary run (median of 7 alternating rounds; an ordinary run installs no hook) | **${g.none.toFixed(2)}×** | ≤ 1.3× |`,
      );
      console.log(
        `| (g') the same, breakpoints in another file | **${g.other.toFixed(2)}×** | ≤ 1.5× |`,
      );
      console.log(
        `| (g″) the same, counting lines for coverage (\`--test --coverage\`) | **${g.coverage.toFixed(2)}×** | ≤ 1.5× |`,
      );
      console.log(
        `| (g‴) pause of \`while true do end\` in the VM's worker, request to stopped event (median of 5) | ${g.pauseMs.toFixed(1)} ms | ≤ 100 ms |`,
      );
    }
    if (c && c.outRuntime !== c.outBare)
      console.log(`\nnote: outputs differ: runtime "${c.outRuntime}" vs bare "${c.outBare}"`);
  } finally {
    srv.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const cpuArg = process.argv.indexOf('--cpu');
if (cpuArg >= 0) void cpuChild(process.argv[cpuArg + 1] as CpuSide);
else void main();
