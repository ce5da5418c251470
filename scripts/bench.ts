/**
 * `npm run bench`: runtime benchmarks, all against loopback servers started here.
 *  (a) 100 coroutines x a 200 ms endpoint: wall time
 *  (b) sequential requests per second: through the runtime vs raw undici from plain Node (same server, same run)
 *  (c) a CPU-bound Lua script: the runtime vs bare Fengari
 *  (d) coromega-run process start to the first printed line (median of several runs)
 *  (e) the offline world: game-menu actions per second, each handler sending a command with a result and telling
 *      the player the answer (actions applied back to back through the action engine)
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { runPlugin } from '../runtime/src/host';
import { fengari } from '../runtime/src/lua';
import { rewriteLua51Escapes } from '../runtime/src/lua51';

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

async function runSource(source: string): Promise<{ ms: number; prints: string[] }> {
  const file = path.join(work, `b${Math.random().toString(36).slice(2)}.lua`);
  fs.writeFileSync(file, source);
  const prints: string[] = [];
  const t0 = performance.now();
  const { done } = runPlugin({ pluginPath: file, lang: 'en' }, (e) => {
    if (e.type === 'print') prints.push(e.text);
    if (e.type === 'error') prints.push('ERROR ' + e.message);
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

async function sequential(url: string, n: number): Promise<{ runtime: number; raw: number }> {
  const { ms, prints } = await runSource(
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
  );
  if (prints[0] !== String(n)) throw new Error('sequential run failed: ' + prints.join('\n'));
  const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await request(`${url}/fast`, { dispatcher: agent });
    if ((await r.body.text()) !== 'ok') throw new Error('raw request failed');
  }
  const rawMs = performance.now() - t0;
  await agent.close();
  return { runtime: (n / ms) * 1000, raw: (n / rawMs) * 1000 };
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

/** Min of several alternating runs, after a warm-up of each, so JIT warm-up does not favour either side. */
async function cpu(): Promise<{
  runtime: number;
  bare: number;
  bareDoubles: number;
  outRuntime: string;
  outBare: string;
}> {
  let runtime = Infinity;
  let bare = Infinity;
  let bareDoubles = Infinity;
  let outRuntime = '';
  let outBare = '';
  const doubles = rewriteLua51Escapes(CPU_SCRIPT).text;
  // CPU time (not wall time), so other processes on the machine do not skew the ratio.
  const cpuMs = (c0: NodeJS.CpuUsage): number => {
    const d = process.cpuUsage(c0);
    return (d.user + d.system) / 1000;
  };
  for (let i = 0; i < 7; i++) {
    let c0 = process.cpuUsage();
    const rt0 = await runSource(CPU_SCRIPT);
    const rt = { ...rt0, ms: cpuMs(c0) };
    c0 = process.cpuUsage();
    const b0 = bareFengari(CPU_SCRIPT);
    const b = { ...b0, ms: cpuMs(c0) };
    c0 = process.cpuUsage();
    const d = { ...bareFengari(doubles), ms: cpuMs(c0) };
    outRuntime = rt.prints[0] ?? '';
    outBare = b.out;
    if (i > 0) {
      runtime = Math.min(runtime, rt.ms);
      bare = Math.min(bare, b.ms);
      bareDoubles = Math.min(bareDoubles, d.ms);
    }
  }
  return { runtime, bare, bareDoubles, outRuntime, outBare };
}

/** Bare Fengari: a fresh state, the standard libraries, the script; nothing else. */
function bareFengari(script: string): { ms: number; out: string } {
  const F = fengari();
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

function firstLine(): Promise<number> {
  const file = path.join(work, 'hello.lua');
  fs.writeFileSync(file, 'print("hello")\n');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let done = false;
    child.stdout.on('data', () => {
      if (!done) {
        done = true;
        resolve(performance.now() - t0);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      if (!done) reject(new Error('no output'));
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const srv = await server();
  try {
    await concurrency(srv.url); // warm-up
    const a = Math.min(await concurrency(srv.url), await concurrency(srv.url));
    await sequential(srv.url, 200); // warm-up
    const b = await sequential(srv.url, 2000);
    const c = await cpu();
    const d: number[] = [];
    for (let i = 0; i < 7; i++) d.push(await firstLine());
    await world(200); // warm-up
    const e = await world(2000);
    const fmt = (n: number): string => n.toFixed(0);
    console.log(
      `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`,
    );
    console.log('| benchmark | result |');
    console.log('|---|---|');
    console.log(
      `| (a) 100 coroutines × 200 ms endpoint, wall time (VM start to exit, best of 2) | ${fmt(a)} ms |`,
    );
    console.log(
      `| (b) sequential GETs/s: runtime vs raw undici | ${fmt(b.runtime)} vs ${fmt(b.raw)} req/s (ratio ${(b.runtime / b.raw).toFixed(2)}) |`,
    );
    console.log(
      `| (c) CPU-bound Lua, CPU time: runtime vs bare Fengari | ${fmt(c.runtime)} vs ${fmt(c.bare)} ms (ratio ${(c.runtime / c.bare).toFixed(2)}) |`,
    );
    console.log(
      `| (c') same script, bare Fengari given the runtime's double literals | ${fmt(c.runtime)} vs ${fmt(c.bareDoubles)} ms (ratio ${(c.runtime / c.bareDoubles).toFixed(2)}) |`,
    );
    console.log(
      `| (d) coromega-run start → first printed line (median of 7) | ${fmt(median(d))} ms |`,
    );
    console.log(
      `| (e) offline world: menu action → command with result → player:say, per second | ${fmt(e)} actions/s |`,
    );
    if (c.outRuntime !== c.outBare)
      console.log(`\nnote: outputs differ: runtime "${c.outRuntime}" vs bare "${c.outBare}"`);
  } finally {
    srv.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main();
