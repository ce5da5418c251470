import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { RunEvent } from '../../runtime/src/events';
import { OutputFormatter } from '../src/format';
import { RunProcess } from '../src/runProcess';
import { readSettings, runtimeArgs } from '../src/settings';

/** The runtime bundle the extension ships (built by `npm run build` / `npm test`). */
const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'runtime', 'cli.js');

let server: http.Server;
let base = '';
let dir = '';

before(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'sid=42' });
    res.end(JSON.stringify({ path: req.url, auth: req.headers.authorization ?? null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-client-run-'));
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(
  source: string,
  settings: Record<string, unknown> = {},
  displayPath?: string,
): { proc: RunProcess; events: RunEvent[] } {
  const file = path.join(dir, `p${Math.random().toString(36).slice(2)}.lua`);
  fs.writeFileSync(file, source);
  const s = readSettings((k) => settings[k]);
  const events: RunEvent[] = [];
  const proc = new RunProcess(
    { cliPath: CLI, args: runtimeArgs(s.run, { file, displayPath, lang: 'en' }), cwd: dir },
    { onEvent: (e) => events.push(e) },
  );
  return { proc, events };
}

const PRELUDE = 'local coromega = require("coromega").from(require("omega"))\n';

test('a real run streams prints, the request and its response, masked, through the settings-mapped flags', async () => {
  const { proc, events } = run(
    `${PRELUDE}coromega:start_new(function()
  local r, e = coromega:http_get("${base}/x", { query = "a=1", headers = { Authorization = "Bearer s3cret" } })
  print("status", r.status_code)
end)
coromega:run()
`,
    { 'run.maskSecrets': true },
    '/workspace/shown.lua',
  );
  const exit = await proc.done;
  assert.equal(exit.reason, 'finished');
  const types = events.map((e) => e.type);
  assert.deepEqual(types, ['start', 'request', 'response', 'print', 'exit']);
  const start = events[0];
  assert.ok(
    start.type === 'start' && start.plugin === '/workspace/shown.lua',
    'display path is used',
  );
  const req = events[1];
  assert.ok(req.type === 'request');
  assert.equal(req.headers.Authorization, '***');
  const res = events[2];
  assert.ok(res.type === 'response');
  assert.equal(res.status, 200);
  assert.equal(res.cookies.sid, '***', 'cookie values are masked too');
  assert.equal(JSON.parse(res.body).auth, 'Bearer s3cret', 'masking only affects what is shown');
  const f = new OutputFormatter();
  const lines = events.flatMap((e) => f.lines(e));
  assert.ok(
    lines.some((l) => /^<-- #1 200 GET http:\/\/127\.0\.0\.1:\d+\/x\?a=1 /.test(l)),
    lines.join('\n'),
  );
  assert.ok(lines.includes('status\t200'));
});

test('a Lua error arrives as an error event with file and line', async () => {
  const { proc, events } = run('local x = 1\nerror("boom")\n', {}, '/workspace/bad.lua');
  const exit = await proc.done;
  assert.equal(exit.reason, 'error');
  const err = events.find((e) => e.type === 'error');
  assert.ok(err && err.type === 'error');
  assert.equal(err.line, 2);
  assert.match(err.message, /boom/);
});

test('coromega:input waits for a line written to stdin', async () => {
  const { proc, events } = run(`${PRELUDE}coromega:start_new(function()
  local name = coromega:input("name?")
  print("hello " .. name)
end)
coromega:run()
`);
  await waitFor(() => events.some((e) => e.type === 'input'));
  proc.writeLine('steve');
  const exit = await proc.done;
  assert.equal(exit.reason, 'finished');
  assert.ok(events.some((e) => e.type === 'print' && e.text === 'hello steve'));
});

test('Stop ends a `while true do end` plugin and the run reports it as stopped', async () => {
  const { proc, events } = run('print("spinning")\nwhile true do end\n');
  await waitFor(() => events.some((e) => e.type === 'print'));
  const exit = await proc.stop();
  assert.equal(exit.reason, 'stopped');
  assert.equal(proc.running, false);
});

test('a memory bomb ends the run with a clear message under the memory-limit setting', async () => {
  const { proc, events } = run(
    'local t = {}\nwhile true do t[#t + 1] = string.rep("x", 100000) .. #t end\n',
    { 'run.memoryLimitMb': 64 },
  );
  const exit = await proc.done;
  assert.equal(exit.reason, 'limit');
  const said = events
    .filter((e) => e.type === 'error' || e.type === 'exit')
    .map((e) => ('message' in e ? e.message : ''))
    .join(' ');
  assert.match(said, /memory|内存/i);
});

async function waitFor(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}
