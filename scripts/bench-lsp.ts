/**
 * `npm run bench:lsp`: the language server on a generated 10,000-line plugin (HTTP calls, players, a KV database,
 * chat listeners), driven over stdio like an editor.
 * Reports the first completion of a fresh server right after it is handed a 6,400-line plugin, completion latency
 * (p50/p95/p99) at several positions, the time from didChange to the published diagnostics, the server's memory,
 * definition, references and rename (p50/p95/p99), inlay hints for one screen, StyLua formatting of a 2,000-line
 * plugin, and the in-process parse time of our checker against luaparse. The machine's load is printed first.
 * BENCH_FIRST_ONLY=1 stops after the first completion (with its ratio to the bar); BENCH_FIRST_RUNS sets how many
 * fresh servers it takes the median of.
 *
 * A little over 400 lines: each measure is short, and one file keeps them in one run with one report.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as luaparse from 'luaparse';
import { tokenize } from '../lua51/lexer';
import { buildStructure } from '../server/src/analysis/structure';
import { checkSyntax } from '../lua51/syntax';
import { gopherSyntaxError } from '../lua51/gopher';
import { LspClient, offsetToPosition } from '../server/testing/lspClient';
import { generatePlugin } from '../server/testing/plugins';

const LINES = Number(process.env.BENCH_LINES ?? 10000);
const FIRST_LINES = 6400;
const FIRST_RUNS = Number(process.env.BENCH_FIRST_RUNS ?? 7);
/** The bar for the first completion of a fresh server (round trip, on an idle machine). */
const FIRST_BAR_MS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

function summary(xs: number[]): { p50: number; p95: number; p99: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return {
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1],
  };
}

const f = (x: number): string => x.toFixed(2);

function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number =>
      Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

function median(fn: () => void, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summary(times).p50;
}

/** The main-thread CPU time of a process so far (Linux), in ms; NaN elsewhere. */
function threadCpuMs(pid: number): number {
  try {
    return (
      Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6
    );
  } catch {
    return NaN;
  }
}

/**
 * A fresh server (started and initialized, as an editor does on opening a Lua file) is sent a 6,400-line plugin
 * and, at once, a completion request in its middle: the time from didOpen to the answer, and the server's main-
 * thread CPU time over the same span. Median of several fresh servers.
 */
async function firstCompletion(): Promise<{
  ms: number;
  minMs: number;
  cpu: number;
  items: number;
  lines: number;
}> {
  const text = generatePlugin(FIRST_LINES);
  const n = (text.match(/coromega:http_get/g) ?? []).length;
  let idx = -1;
  for (let i = 0; i <= Math.floor(n / 2); i++) idx = text.indexOf('coromega:http_get', idx + 1);
  const pos = offsetToPosition(text, idx + 9);
  const times: number[] = [];
  const cpus: number[] = [];
  let items = 0;
  for (let r = 0; r < FIRST_RUNS; r++) {
    const c = await LspClient.start({ locale: 'zh-cn' });
    const pid = c.proc.pid ?? 0;
    const uri = 'file:///bench/first.lua';
    const cpu0 = threadCpuMs(pid);
    const t0 = performance.now();
    void c.open(uri, text);
    items = (await c.completion(uri, pos)).length;
    times.push(performance.now() - t0);
    cpus.push(threadCpuMs(pid) - cpu0);
    await c.stop();
  }
  return {
    ms: summary(times).p50,
    minMs: Math.min(...times),
    cpu: summary(cpus).p50,
    items,
    lines: text.split('\n').length,
  };
}

async function main(): Promise<void> {
  const load = (): string =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  console.log(`machine: ${os.cpus().length} cores, load average ${load()} (1 / 5 / 15 min)\n`);
  const first = await firstCompletion();
  // the server CPU is the main thread's time from didOpen until the answer was read, so on a busy machine it can
  // take in the start of the diagnostics that follow the answer
  console.log(
    `first completion, fresh server, right after didOpen of a ${first.lines}-line plugin (median of ${FIRST_RUNS} servers): ` +
      `${f(first.ms)} ms round trip (fastest ${f(first.minMs)} ms), ${f(first.cpu)} ms server CPU, ${first.items} items; ` +
      `${(first.ms / FIRST_BAR_MS).toFixed(2)}× the ${FIRST_BAR_MS} ms bar (server CPU ${(first.cpu / FIRST_BAR_MS).toFixed(2)}×), ` +
      `load average ${load()}\n`,
  );
  if (process.env.BENCH_FIRST_ONLY) return;
  const text = generatePlugin(LINES);
  const lineCount = text.split('\n').length;
  console.log(`plugin: ${lineCount} lines, ${(text.length / 1024).toFixed(0)} KiB\n`);

  // in-process parser comparison
  const ours = median(() => checkSyntax(tokenize(text)));
  const oursFull = median(() => {
    const toks = tokenize(text);
    checkSyntax(toks);
    buildStructure(toks);
  });
  const gopher = median(() => gopherSyntaxError(text));
  const lp = median(() =>
    luaparse.parse(text, { luaVersion: '5.1', locations: true, ranges: true }),
  );
  const lpBare = median(() =>
    luaparse.parse(text, {
      luaVersion: '5.1',
      locations: false,
      ranges: false,
      comments: false,
      scope: false,
    }),
  );
  console.log('parse (in process, median of 15, warm):');
  console.log(`  ours: tokenize + luac-exact check      ${f(ours)} ms`);
  console.log(`  ours: + structure (all features' data)  ${f(oursFull)} ms`);
  console.log(`  gopher-lua's verdict (lua51/gopher)      ${f(gopher)} ms`);
  console.log(`  luaparse 0.3.1, 5.1, with locations     ${f(lp)} ms`);
  console.log(`  luaparse 0.3.1, 5.1, bare               ${f(lpBare)} ms\n`);

  const c = await LspClient.start({ locale: 'zh-cn' });
  // The server's main-thread CPU time (Linux): on a shared or loaded machine the figure to trust, since round
  // trips include the scheduler's delays. Read around a batch of requests and divided by their number.
  const pid = c.proc.pid ?? 0;
  const serverCpuMs = (): number => {
    try {
      return (
        Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6
      );
    } catch {
      return NaN;
    }
  };
  const uri = 'file:///bench/plugin.lua';
  const t0 = performance.now();
  await c.open(uri, text);
  await c.waitForDiagnostics(uri, 1);
  console.log(`didOpen -> publishDiagnostics (first, cold): ${f(performance.now() - t0)} ms\n`);

  const at = (needle: string, nth: number, delta: number): { line: number; character: number } => {
    let idx = -1;
    for (let i = 0; i <= nth; i++) idx = text.indexOf(needle, idx + 1);
    return offsetToPosition(text, idx + delta);
  };
  const handlers = (text.match(/function handler_/g) ?? []).length;
  const positions: [string, { line: number; character: number }][] = [
    ['after coromega: (top)', at('coromega:http_get', 0, 9)],
    ['after coromega: (middle)', at('coromega:http_get', Math.floor(handlers / 2), 9)],
    ['after coromega: (end)', at('coromega:http_get', handlers - 1, 9)],
    ['option table key (middle)', at('timeout = "30s",', Math.floor(handlers / 2), 17)],
    ['timeout value string (middle)', at('timeout = "30s"', Math.floor(handlers / 2), 12)],
    ['response. field (end)', at('response.status_code', handlers - 1, 9)],
    ['require(" (top)', at('require("json")', 0, 9)],
    ['after player: (middle)', at('player:say', Math.floor(handlers / 2), 7)],
    ['after db: (end)', at('db:set', handlers - 1, 3)],
    ['chat. field (end)', at('chat.msg', Math.floor(handlers / 5) - 1, 5)],
  ];
  const all: number[] = [];
  let cpuTotal = 0;
  console.log(
    'completion latency (round trip over stdio, ms; server CPU = mean main-thread CPU per request):',
  );
  console.log('| position | items | p50 | p95 | p99 | server CPU |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, pos] of positions) {
    for (let i = 0; i < 20; i++) await c.completion(uri, pos);
    const cpu0 = serverCpuMs();
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const s = performance.now();
      items = (await c.completion(uri, pos)).length;
      times.push(performance.now() - s);
    }
    const cpu = (serverCpuMs() - cpu0) / ROUNDS;
    cpuTotal += cpu;
    all.push(...times);
    const st = summary(times);
    console.log(`| ${label} | ${items} | ${f(st.p50)} | ${f(st.p95)} | ${f(st.p99)} | ${f(cpu)} |`);
  }
  const st = summary(all);
  console.log(
    `| **all** | | ${f(st.p50)} | ${f(st.p95)} | ${f(st.p99)} | ${f(cpuTotal / positions.length)} |\n`,
  );
  console.log(`completion p95 on ${lineCount} lines: ${f(st.p95)} ms (goal: ≤ 2 ms)\n`);

  // navigation: definition, references and rename on the 10,000-line plugin
  const midH = Math.floor(handlers / 2);
  const midFn = `handler_${midH}`;
  const navTargets: [string, string, { line: number; character: number }][] = [
    ['definition', 'global function (call site)', at(`${midFn}()`, 0, 2)],
    ['definition', 'local in a handler', at('response.status_code', midH, 2)],
    ['definition', 'top-level local `db`', at('db:set', midH, 1)],
    ['references', 'local in a handler', at('local response', midH, 8)],
    ['references', 'global function', at(`function ${midFn}(`, 0, 12)],
    [
      'references',
      `top-level local \`db\` (${(text.match(/\bdb\b/g) ?? []).length})`,
      at('db:set', midH, 1),
    ],
    ['rename', 'local in a handler', at('local player', midH, 8)],
    ['rename', 'global function', at(`function ${midFn}(`, 0, 12)],
    ['rename', 'top-level local `db`', at('db:set', midH, 1)],
  ];
  const navAll: number[] = [];
  console.log('navigation on the same plugin (round trip over stdio, ms):');
  console.log('| request | target | results | p50 | p95 | p99 | server CPU |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [method, label, pos] of navTargets) {
    const send = (): Promise<unknown> => {
      const textDocument = { uri };
      if (method === 'definition')
        return c.request('textDocument/definition', { textDocument, position: pos });
      if (method === 'references')
        return c.request('textDocument/references', {
          textDocument,
          position: pos,
          context: { includeDeclaration: true },
        });
      return c.request('textDocument/rename', { textDocument, position: pos, newName: 'renamed' });
    };
    const count = (r: unknown): number => {
      if (Array.isArray(r)) return r.length;
      const ch = (r as { changes?: Record<string, unknown[]> } | null)?.changes;
      return ch ? Object.values(ch).reduce((n, e) => n + e.length, 0) : 0;
    };
    let results = 0;
    for (let i = 0; i < 20; i++) results = count(await send());
    const cpu0 = serverCpuMs();
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t1 = performance.now();
      await send();
      times.push(performance.now() - t1);
    }
    const cpu = (serverCpuMs() - cpu0) / ROUNDS;
    navAll.push(...times);
    const ns = summary(times);
    console.log(
      `| ${method} | ${label} | ${results} | ${f(ns.p50)} | ${f(ns.p95)} | ${f(ns.p99)} | ${f(cpu)} |`,
    );
  }
  const navSt = summary(navAll);
  console.log(
    `definition, references and rename on ${lineCount} lines: p95 ${f(navSt.p95)} ms (goal: ≤ 5 ms)\n`,
  );

  // inlay hints for one screen (60 lines) in the middle
  const screenLine = at(`function ${midFn}(`, 0, 0).line;
  const screen = {
    start: { line: screenLine, character: 0 },
    end: { line: screenLine + 60, character: 0 },
  };
  const hintTimes: number[] = [];
  let hintCount = 0;
  for (let i = 0; i < 20; i++)
    await c.request('textDocument/inlayHint', { textDocument: { uri }, range: screen });
  const hintCpu0 = serverCpuMs();
  for (let i = 0; i < ROUNDS; i++) {
    const t1 = performance.now();
    const r = await c.request<unknown[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: screen,
    });
    hintTimes.push(performance.now() - t1);
    hintCount = r.length;
  }
  const hs = summary(hintTimes);
  console.log(
    `inlay hints for a 60-line screen (${hintCount} hints): p50 ${f(hs.p50)} ms, p95 ${f(hs.p95)} ms` +
      ` (server CPU ${f((serverCpuMs() - hintCpu0) / ROUNDS)} ms; goal: ≤ 5 ms)\n`,
  );

  // formatting a 2,000-line plugin with StyLua: the first request (WebAssembly compiled then), then warm
  const fmtText = generatePlugin(2000);
  const fmtUri = 'file:///bench/format.lua';
  await c.open(fmtUri, fmtText);
  await c.waitForDiagnostics(fmtUri, 1);
  const fmt = (): Promise<unknown> =>
    c.request('textDocument/formatting', {
      textDocument: { uri: fmtUri },
      options: { tabSize: 4, insertSpaces: true },
    });
  let t1 = performance.now();
  let fcpu = serverCpuMs();
  await fmt();
  const firstFmt = performance.now() - t1;
  const firstFmtCpu = serverCpuMs() - fcpu;
  const fmtTimes: number[] = [];
  const fmtCpus: number[] = [];
  for (let i = 0; i < 15; i++) {
    t1 = performance.now();
    fcpu = serverCpuMs();
    await fmt();
    fmtTimes.push(performance.now() - t1);
    fmtCpus.push(serverCpuMs() - fcpu);
  }
  const fs2 = summary(fmtTimes);
  console.log(
    `formatting a ${fmtText.split('\n').length}-line plugin: first ${f(firstFmt)} ms (server CPU ${f(firstFmtCpu)} ms, ` +
      `StyLua compiled then); warm median ${f(fs2.p50)} ms, p95 ${f(fs2.p95)} ms ` +
      `(server CPU median ${f(summary(fmtCpus).p50)} ms; goal: ≤ 100 ms)\n`,
  );
  await c.close(fmtUri);

  // didChange -> publishDiagnostics: type one character in the middle, then delete it
  const mid = at('coromega:log', Math.floor(handlers / 2), 0);
  const diag: number[] = [];
  let diagCpu = 0;
  for (let i = 0; i < 60; i++) {
    const insert = i % 2 === 0;
    const s = performance.now();
    const cpu0 = serverCpuMs();
    const v = await c.change(uri, [
      {
        range: {
          start: mid,
          end: insert ? mid : { line: mid.line, character: mid.character + 1 },
        },
        text: insert ? ' ' : '',
      },
    ]);
    await c.waitForDiagnostics(uri, v);
    if (i >= 10) {
      diag.push(performance.now() - s);
      diagCpu += serverCpuMs() - cpu0;
    }
  }
  const ds = summary(diag);
  console.log(
    `didChange -> publishDiagnostics: p50 ${f(ds.p50)} ms, p95 ${f(ds.p95)} ms, max ${f(ds.max)} ms` +
      ` (server CPU per edit, mean: ${f(diagCpu / diag.length)} ms)\n`,
  );

  // completion right after an edit (analysis not cached yet)
  // typing: insert or delete one character, then ask for completion (the analysis of the new version included)
  const afterEdit: number[] = [];
  const aeCpu0 = serverCpuMs();
  for (let i = 0; i < 40; i++) {
    const insert = i % 2 === 0;
    await c.change(uri, [
      {
        range: { start: mid, end: insert ? mid : { line: mid.line, character: mid.character + 1 } },
        text: insert ? ' ' : '',
      },
    ]);
    const s = performance.now();
    await c.completion(uri, positions[1][1]);
    afterEdit.push(performance.now() - s);
  }
  const ae = summary(afterEdit.slice(4));
  const aeCpu = (serverCpuMs() - aeCpu0) / afterEdit.length;
  console.log(
    `completion right after an edit: p50 ${f(ae.p50)} ms, p95 ${f(ae.p95)} ms` +
      ` (server CPU per keystroke incl. analysis and diagnostics, mean: ${f(aeCpu)} ms)\n`,
  );

  console.log(`load average at the end: ${load()}`);
  const mem = memoryOf(c.proc.pid ?? 0);
  if (mem)
    console.log(
      `server memory: RSS ${mem.rssMb.toFixed(1)} MiB (peak ${mem.peakMb.toFixed(1)} MiB)`,
    );
  await c.stop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
