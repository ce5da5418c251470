import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import {
  cliPath,
  jsonEvents,
  plugin,
  root,
  runCli,
  startServer,
  tmpDir,
  writePlugin,
  type TestServer,
} from './helpers';
import { parseArgs, UsageError } from '../src/args';
import { parseEventLine } from '../src/events';

let srv: TestServer;

before(async () => {
  srv = await startServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=UTF-8');
    res.end(`<h1>Example Domain</h1> host=${req.headers.host} url=${req.url}`);
  });
});

after(async () => {
  await srv.close();
});

test('exit codes: 0 finished, 1 Lua error, 1 syntax error, 2 usage errors', async () => {
  const ok = await runCli([writePlugin('print("hi")')]);
  assert.equal(ok.code, 0);
  assert.equal(ok.stdout, 'hi\n');
  const err = await runCli([writePlugin('error("boom")')]);
  assert.equal(err.code, 1);
  assert.match(err.stderr, /plugin\.lua:1: boom/);
  assert.match(err.stderr, /stack traceback/);
  const syn = await runCli([writePlugin('print(\n')]);
  assert.equal(syn.code, 1);
  assert.match(syn.stderr, /plugin\.lua:\d+:/);
  for (const args of [
    [],
    ['--bogus', 'x.lua'],
    ['a.lua', 'b.lua'],
    ['--max-body', 'lots', 'x.lua'],
    ['missing.lua'],
  ]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, `args ${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /coromega-run/);
  }
});

test('--help and --version speak the chosen language; an unknown option is one line and exit 2', async () => {
  const zh = await runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /^用法：coromega-run/);
  assert.match(zh.stdout, /--world 文件\.json/);
  assert.ok(!zh.stdout.includes('usage:'));
  const en = await runCli(['--lang', 'en', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.match(en.stdout, /^usage: coromega-run \[options\] PLUGIN\.lua \[MORE\.lua \.\.\.\]/);
  assert.ok(!en.stdout.includes('用法'));
  const v = await runCli(['--version']);
  assert.match(v.stdout, /^coromega-run \d+\.\d+\.\d+\n$/);
  const bad = await runCli(['--bogus', 'x.lua']);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'coromega-run: unknown option --bogus (see coromega-run --help)\n');
  const badZh = await runCli(['--bogus', 'x.lua'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(badZh.stderr, 'coromega-run: 未知参数 --bogus（coromega-run --help 查看用法）\n');
});

test('plain mode: stdout is exactly what the plugin prints; runtime lines go to stderr; colour codes stripped', async () => {
  const p = writePlugin(
    plugin(`
    print("§a绿色§r text")
    io.write("no newline ")
    io.write("then\\n")
    coromega:start_new(function() coromega:http_get("${srv.url}/x") end)
  `),
  );
  const r = await runCli([p]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '绿色 text\nno newline then\n');
  assert.match(r.stderr, new RegExp(`→ #1 GET ${srv.url}/x`));
  assert.match(r.stderr, /← #1 200 GET/);
});

test('--json: one event per line, emitted in order, start first and exit last', async () => {
  const p = writePlugin(
    plugin(`
    print("a")
    coromega:start_new(function()
      local r, e = coromega:http_get("${srv.url}/j", { headers = { Authorization = "Bearer secret" } })
      print(r.status_code)
      print(coromega:http_get("http://127.0.0.1:1/"))
    end)
  `),
  );
  const r = await runCli(['--json', p]);
  assert.equal(r.code, 0);
  const ev = jsonEvents(r.stdout);
  assert.deepEqual(
    ev.map((e) => e.type),
    ['start', 'print', 'request', 'response', 'print', 'request', 'requestError', 'print', 'exit'],
  );
  for (const line of r.stdout.trim().split('\n')) assert.ok(parseEventLine(line));
  const req = ev[2]!;
  assert.ok(req.type === 'request' && req.headers['Authorization'] === '***');
  assert.ok(!r.stdout.includes('secret'));
  const last = ev[ev.length - 1]!;
  assert.ok(last.type === 'exit' && last.code === 0 && last.reason === 'finished');
  const start = ev[0]!;
  assert.ok(start.type === 'start' && start.plugin === p);
  const unmasked = await runCli(['--json', '--no-mask', p]);
  assert.ok(unmasked.stdout.includes('Bearer secret'));
});

test('the seed example runs verbatim end to end with --resolve example.com:80:127.0.0.1:PORT', async () => {
  const example = path.join(root, 'examples', 'http-example.lua');
  const r = await runCli(['--resolve', `example.com:80:127.0.0.1:${srv.port}`, example]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0]!.startsWith('request response: \ttable: '), true);
  assert.equal(lines[1], 'request response status_code: \t200');
  assert.match(r.stdout, /<h1>Example Domain<\/h1> host=example.com url=\/\?page=1/);
  assert.match(r.stdout, /request response url: \thttp:\/\/example.com\?page=1/);
});

test('--display-path names the file in errors and resolves the config beside it', async () => {
  const dir = tmpDir();
  fs.writeFileSync(
    path.join(dir, 'real.json'),
    JSON.stringify({ 配置: { who: 'config-beside-display' } }),
  );
  const tmp = writePlugin(plugin('print(coromega.config.who)\nerror("x")'), 'untitled.lua');
  const r = await runCli(['--json', '--display-path', path.join(dir, 'real.lua'), tmp]);
  const ev = jsonEvents(r.stdout);
  assert.ok(ev.some((e) => e.type === 'print' && e.text === 'config-beside-display'));
  const err = ev.find((e) => e.type === 'error');
  assert.ok(err && err.type === 'error');
  assert.equal(err.file, path.join(dir, 'real.lua'));
  assert.equal(err.line, 5);
  assert.equal(r.code, 1);
});

test('--config and --storage are honoured', async () => {
  const dir = tmpDir();
  const cfg = path.join(dir, 'c.json');
  fs.writeFileSync(cfg, JSON.stringify({ 配置: { v: 42 } }));
  const storage = path.join(dir, 'st');
  const p = writePlugin(plugin('print(coromega.config.v, coromega:data_path_of("f"))'));
  const r = await runCli(['--config', cfg, '--storage', storage, p]);
  assert.equal(r.stdout, `42\t${path.join(storage, 'data', 'f')}\n`);
});

test('stdin lines drive a terminal menu through the CLI; UTF-8 survives', async () => {
  const p = writePlugin(
    plugin(`
    coromega:when_called_by_terminal_menu({ triggers = { "说" } }):start_new(function(input)
      print("你说：" .. table.concat(input, " "))
    end)
  `),
  );
  const r = await runCli([p], { input: '说 你好 世界\n说 再见\n' });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '你说：你好 世界\n你说：再见\n');
});

test('a large Chinese output arrives whole (no split characters)', async () => {
  const p = writePlugin('for i = 1, 2000 do print(string.rep("中文字符", 50)) end');
  const r = await runCli([p]);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2000);
  assert.ok(lines.every((l) => l === '中文字符'.repeat(50)));
  assert.ok(!r.stdout.includes('\ufffd'));
});

test('while true do end stops within a second of SIGTERM; the parent stays up', async () => {
  const p = writePlugin('print("spinning")\nwhile true do end\n');
  const child = spawn(process.execPath, [cliPath, '--json', p]);
  let out = '';
  await new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('spinning')) resolve();
    });
  });
  const t0 = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
  assert.equal(code, 1);
  const ev = jsonEvents(out);
  const last = ev[ev.length - 1]!;
  assert.ok(last.type === 'exit' && last.reason === 'stopped');
});

test('a table that grows without end hits --max-memory with a clear message', async () => {
  const p = writePlugin(
    'local t = {}\nlocal i = 0\nwhile true do i = i + 1 t[i] = {i, tostring(i)} end\n',
  );
  const r = await runCli(['--json', '--max-memory', '64', p], { timeoutMs: 60000 });
  assert.equal(r.code, 1);
  const ev = jsonEvents(r.stdout);
  const last = ev[ev.length - 1]!;
  assert.ok(last.type === 'exit' && last.reason === 'limit', r.stdout.slice(-500));
  assert.ok(ev.some((e) => e.type === 'error' && /64 MB/.test(e.message)));
});

test('parseArgs maps every flag', () => {
  const o = parseArgs([
    '--json',
    '--config',
    'p.lua=c.json',
    '--config=q.lua=d.json',
    '--storage=st',
    '--timeout-cap',
    '5',
    '--max-body-event',
    '100',
    '--max-body',
    '2000',
    '--max-memory',
    '128',
    '--no-mask',
    '--resolve',
    'example.com:80:127.0.0.1:8080',
    '--lang',
    'en',
    '--world',
    'w.world.json',
    'p.lua',
    'q.lua',
  ]);
  assert.ok(o !== 'help' && o !== 'version');
  assert.deepEqual(o.plugins, ['p.lua', 'q.lua']);
  assert.equal(o.world, 'w.world.json');
  assert.equal(o.json, true);
  assert.equal(o.maxMemoryMb, 128);
  assert.deepEqual(
    [...o.configs],
    [
      ['p.lua', 'c.json'],
      ['q.lua', 'd.json'],
    ],
  );
  assert.equal(o.run.configPath, undefined);
  const one = parseArgs(['--config', 'c.json', 'p.lua']);
  assert.ok(one !== 'help' && one !== 'version' && one.run.configPath === 'c.json');
  // One config for several plugins is refused, so no plugin silently runs without its config.
  assert.throws(
    () => parseArgs(['--lang', 'en', '--config', 'c.json', 'p.lua', 'q.lua']),
    /--config c\.json is for a single plugin; with several, give each its own: --config PLUGIN\.lua=CONFIG\.json/,
  );
  assert.throws(
    () => parseArgs(['--lang', 'en', '--config', 'x.lua=c.json', 'p.lua']),
    /x\.lua is not one of the plugins to run/,
  );
  assert.equal(o.run.storageDir, 'st');
  const d = parseArgs(['--display-path', 'd.lua', 'p.lua']);
  assert.ok(d !== 'help' && d !== 'version' && d.run.displayPath === 'd.lua');
  assert.throws(() => parseArgs(['--display-path', 'd.lua', 'p.lua', 'q.lua']), UsageError);
  assert.equal(o.run.timeoutCapSeconds, 5);
  assert.equal(o.run.maxBodyEvent, 100);
  assert.equal(o.run.maxBody, 2000);
  assert.equal(o.run.mask, false);
  assert.equal(o.run.resolve?.get('example.com:80'), '127.0.0.1:8080');
  assert.equal(o.lang, 'en');
  assert.equal(parseArgs(['--help']), 'help');
  assert.equal(parseArgs(['-v']), 'version');
  assert.throws(() => parseArgs(['--resolve', 'nonsense', 'p.lua']), UsageError);
  assert.throws(() => parseArgs(['--lang', 'fr', 'p.lua']), UsageError);
});

test('big strings (memory outside the JS heap) also stop at the memory limit', async () => {
  const p = writePlugin(
    'local t = {}\nfor i = 1, 200 do t[i] = string.rep("x", 2^27) .. i end\nprint("unreachable")\n',
  );
  const r = await runCli(['--json', '--max-memory', '64', p], { timeoutMs: 60000 });
  assert.equal(r.code, 1);
  const ev = jsonEvents(r.stdout);
  const last = ev[ev.length - 1]!;
  assert.ok(last.type === 'exit' && last.reason === 'limit', r.stdout.slice(-500));
  assert.ok(!ev.some((e) => e.type === 'print'));
});

test('a print flood reaches stdout whole and in order', async () => {
  const p = writePlugin('for i = 1, 100000 do print(i) end\n');
  const r = await runCli([p], { timeoutMs: 60000 });
  assert.equal(r.code, 0);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 100000);
  assert.equal(lines[0], '1');
  assert.equal(lines[99999], '100000');
  assert.ok(lines.every((l, i) => l === String(i + 1)));
});

test(
  'a finished run keeps all its output for a reader that starts late',
  { timeout: 60000 },
  async () => {
    const p = writePlugin('for i = 1, 50000 do print(i) end\n');
    // A shell pipe whose reader starts only after the run has had time to finish and fill the pipe.
    const q = (x: string): string => `'${x.replace(/'/g, `'\\''`)}'`;
    const child = spawn('sh', [
      '-c',
      `${q(process.execPath)} ${q(cliPath)} --json ${q(p)} | (sleep 2; cat)`,
    ]);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    await new Promise<void>((resolve) => child.on('close', () => resolve()));
    const ev = jsonEvents(out);
    assert.equal(ev.filter((e) => e.type === 'print').length, 50000);
    const last = ev[ev.length - 1]!;
    assert.ok(last.type === 'exit' && last.reason === 'finished');
  },
);

test('examples/weather.lua: config beside the plugin, a stdin menu, concurrent requests, json', async () => {
  const api = await startServer((req, res) => {
    const city = new URL(req.url ?? '/', 'http://x').searchParams.get('city');
    if (city === '火星') {
      res.statusCode = 404;
      res.end('{}');
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ weather: '晴', temp: city === '北京' ? 21 : 25.5 }));
  });
  try {
    const r = await runCli(
      [
        '--resolve',
        `weather.example.com:80:127.0.0.1:${api.port}`,
        path.join(root, 'examples', 'weather.lua'),
      ],
      { input: '天气 北京 上海 火星\n' },
    );
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').sort();
    assert.deepEqual(out, ['上海 晴，25.5°C', '北京 晴，21°C', '火星: HTTP 404'].sort());
    assert.equal(api.received.length, 3);
    assert.ok(api.received.every((q) => q.headers.host === 'weather.example.com'));
  } finally {
    await api.close();
  }
});
