import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { plugin, runLua, startServer, type TestServer } from './helpers';

let srv: TestServer;

before(async () => {
  srv = await startServer((req, res, body) => {
    const u = new URL(req.url ?? '/', 'http://x');
    switch (u.pathname) {
      case '/echo':
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('x-multi', ['first', 'second']);
        res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
        return;
      case '/status':
        res.statusCode = Number(u.searchParams.get('code') ?? 200);
        res.end('status body');
        return;
      case '/cookies':
        res.setHeader('Set-Cookie', ['a=1; Path=/', 'b="quoted"; HttpOnly', 'a=2', 'bad cookie=x']);
        res.end('ok');
        return;
      case '/utf8':
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('中文');
        return;
      case '/gzip':
        res.setHeader('Content-Encoding', 'gzip');
        res.end(zlib.gzipSync(Buffer.from('unzipped text')));
        return;
      case '/slow':
        setTimeout(() => res.end('slow'), Number(u.searchParams.get('ms') ?? 200));
        return;
      case '/redirect': {
        const n = Number(u.searchParams.get('n') ?? 1);
        const code = Number(u.searchParams.get('code') ?? 302);
        res.statusCode = code;
        res.setHeader('Location', n > 1 ? `/redirect?n=${n - 1}&code=${code}` : '/echo');
        res.end();
        return;
      }
      case '/loop':
        res.statusCode = 302;
        res.setHeader('Location', '/loop');
        res.end();
        return;
      default:
        res.statusCode = 404;
        res.end('not found');
    }
  });
});

after(async () => {
  await srv.close();
});

function inCo(body: string): string {
  return plugin(`coromega:start_new(function()\n${body}\nend)`);
}

test('http_get: every response field', async () => {
  const r = await runLua(
    inCo(`
    local res, err = coromega:http_get("${srv.url}/echo")
    print(err, res.status_code, res.headers["Content-Type"], res.headers["X-Multi"], res.body_size == #res.body, res.url)
    local body = json.decode(res.body)
    print(body.method, body.headers["user-agent"], body.headers["accept-encoding"])
  `),
  );
  assert.equal(r.exit.code, 0, JSON.stringify(r.errors));
  assert.deepEqual(r.prints, [
    `nil\t200\tapplication/json\tfirst\ttrue\t${srv.url}/echo`,
    'GET\tGo-http-client/1.1\tgzip',
  ]);
});

test('the six verbs send their method; http_request upper-cases any token', async () => {
  const r = await runLua(
    inCo(`
    for _, v in ipairs({"get", "post", "put", "delete", "patch"}) do
      local res = coromega["http_" .. v](coromega, "${srv.url}/echo")
      print(json.decode(res.body).method)
    end
    local h = coromega:http_head("${srv.url}/echo")
    print(h.status_code, h.body, h.body_size, h.headers["Content-Type"])
    local p = coromega:http_request("purge", "${srv.url}/echo")
    print(json.decode(p.body).method)
  `),
  );
  assert.deepEqual(r.prints, [
    'GET',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    '200\t\t0\tapplication/json',
    'PURGE',
  ]);
});

test('option.query replaces the whole query; headers canonical and override form Content-Type; cookies; body', async () => {
  const r = await runLua(
    inCo(`
    local res = coromega:http_post("${srv.url}/echo?dropped=1", {
      query = "page=1&q=x",
      headers = { ["content-type"] = "text/plain", ["x-num"] = 5, ["X-Bool"] = true },
      cookies = { sid = "abc" },
      form = "a=1&b=2",
    })
    local b = json.decode(res.body)
    print(b.url, b.headers["content-type"], b.headers["x-num"], b.headers["x-bool"], b.headers.cookie, b.body)
    local res2 = coromega:http_post("${srv.url}/echo", { form = "a=1", body = "raw" })
    local b2 = json.decode(res2.body)
    print(b2.headers["content-type"], b2.body, b2.headers["content-length"])
    local res3 = coromega:http_post("${srv.url}/echo", { form = "x=y" })
    print(json.decode(res3.body).headers["content-type"])
  `),
  );
  assert.deepEqual(r.prints, [
    '/echo?page=1&q=x\ttext/plain\t5\ttrue\tsid=abc\ta=1&b=2',
    'nil\traw\t3',
    'application/x-www-form-urlencoded',
  ]);
  const raw = srv.received.find((x) => x.url === '/echo?page=1&q=x')!;
  // Canonical names on the wire.
  assert.ok(raw.rawHeaders.includes('Content-Type'));
  assert.ok(raw.rawHeaders.includes('X-Num'));
});

test('option.auth sends basic auth; missing user/pass fails with gluahttp message', async () => {
  const r = await runLua(
    inCo(`
    local res = coromega:http_get("${srv.url}/echo", { auth = { user = "u", pass = "p" } })
    print(json.decode(res.body).headers.authorization)
    local res2, err = coromega:http_get("${srv.url}/echo", { auth = { user = "u" } })
    print(res2, err)
  `),
  );
  assert.deepEqual(r.prints, [
    'Basic dTpw',
    'nil\tauth table must contain no nil user and pass fields',
  ]);
  // Masked in events.
  const req = r.events.find((e) => e.type === 'request');
  assert.equal(req?.type === 'request' && req.headers['Authorization'], '***');
});

test('option.timeout: number seconds (truncated), Go duration strings, and their errors', async () => {
  const r = await runLua(
    inCo(`
    local a, e1 = coromega:http_get("${srv.url}/slow?ms=300", { timeout = "50ms" })
    print(a, e1)
    local b, e2 = coromega:http_get("${srv.url}/slow?ms=10", { timeout = 0.5 })
    print(b, e2)
    local c = coromega:http_get("${srv.url}/slow?ms=10", { timeout = "1m30s" })
    print(c.body)
    local d = coromega:http_get("${srv.url}/slow?ms=10", { timeout = 2 })
    print(d.body)
    print(coromega:http_get("${srv.url}/echo", { timeout = "abc" }))
    print(coromega:http_get("${srv.url}/echo", { timeout = "30" }))
  `),
  );
  assert.deepEqual(r.prints, [
    `nil\tGet "${srv.url}/slow?ms=300": context deadline exceeded`,
    `nil\tGet "${srv.url}/slow?ms=10": context deadline exceeded`,
    'slow',
    'slow',
    'nil\ttime: invalid duration "abc"',
    'nil\ttime: missing unit in duration "30"',
  ]);
});

test('4xx/5xx are responses; Set-Cookie parsed; body_size counts bytes; gzip is undone as Go does', async () => {
  const r = await runLua(
    inCo(`
    local a = coromega:http_get("${srv.url}/status?code=503")
    print(a.status_code, a.body)
    local b = coromega:http_get("${srv.url}/nope")
    print(b.status_code)
    local c = coromega:http_get("${srv.url}/cookies")
    print(c.cookies.a, c.cookies.b, c.cookies["bad cookie"])
    local d = coromega:http_get("${srv.url}/utf8")
    print(d.body, d.body_size, #d.body)
    local g = coromega:http_get("${srv.url}/gzip")
    print(g.body, g.body_size, g.headers["Content-Encoding"])
  `),
    { mask: false },
  );
  assert.deepEqual(r.prints, [
    '503\tstatus body',
    '404',
    '2\tquoted\tnil',
    '中文\t6\t6',
    'unzipped text\t13\tnil',
  ]);
});

test('redirects: final url, POST becomes GET on 302/303, 307 keeps the method, Go stops at the 10th request', async () => {
  const r = await runLua(
    inCo(`
    local a = coromega:http_get("${srv.url}/redirect?n=3")
    print(a.status_code, a.url)
    local b = coromega:http_post("${srv.url}/redirect?n=1&code=303", { body = "x" })
    local bb = json.decode(b.body)
    print(bb.method, bb.body)
    local c = coromega:http_post("${srv.url}/redirect?n=1&code=302", { body = "x" })
    print(json.decode(c.body).method)
    local d = coromega:http_put("${srv.url}/redirect?n=1&code=307")
    print(json.decode(d.body).method)
    local e = coromega:http_post("${srv.url}/redirect?n=1&code=307", { body = "keep" })
    print(e.status_code)
    local f = coromega:http_get("${srv.url}/redirect?n=9")
    print(f.status_code)
    print(coromega:http_get("${srv.url}/redirect?n=10"))
    print(coromega:http_get("${srv.url}/loop"))
  `),
  );
  assert.deepEqual(r.prints, [
    `200\t${srv.url}/echo`,
    'GET\t',
    'GET',
    'PUT',
    '307',
    '200',
    `nil\tGet "/echo": stopped after 10 redirects`,
    `nil\tGet "/loop": stopped after 10 redirects`,
  ]);
});

test('Go-style errors: connection refused, unsupported scheme, no scheme', async () => {
  const r = await runLua(
    inCo(`
    print(coromega:http_get("http://127.0.0.1:1/"))
    print(coromega:http_get("ftp://example.com/file"))
    print(coromega:http_get("example.com/path"))
    print(coromega:http_post("http://127.0.0.1:1/x"))
  `),
  );
  assert.deepEqual(r.prints, [
    'nil\tGet "http://127.0.0.1:1/": dial tcp 127.0.0.1:1: connect: connection refused',
    'nil\tGet "ftp://example.com/file": unsupported protocol scheme "ftp"',
    'nil\tGet "example.com/path": unsupported protocol scheme ""',
    'nil\tPost "http://127.0.0.1:1/x": dial tcp 127.0.0.1:1: connect: connection refused',
  ]);
  assert.equal(r.events.filter((e) => e.type === 'requestError').length, 4);
});

test('http outside start_new is a Lua error in the run language', async () => {
  const r = await runLua(plugin(`local res = coromega:http_get("${srv.url}/echo")`));
  assert.equal(r.exit.code, 1);
  assert.match(r.errors[0]!.message, /plugin\.lua:4: .*coromega:start_new/);
  assert.doesNotMatch(r.errors[0]!.message, /只能在/);
  const zh = await runLua(plugin(`local res = coromega:http_get("${srv.url}/echo")`), {
    lang: 'zh-cn',
  });
  assert.match(zh.errors[0]!.message, /plugin\.lua:4: coromega:http_get 只能在/);
  assert.match(r.errors[0]!.message, /must run inside a coroutine/);
  assert.equal(r.errors[0]!.line, 4);
});

test('100 coroutines on a 200 ms endpoint run concurrently', async () => {
  const t0 = Date.now();
  const r = await runLua(
    plugin(`
    local done = 0
    for i = 1, 100 do
      coromega:start_new(function()
        local res = coromega:http_get("${srv.url}/slow?ms=200")
        if res and res.body == "slow" then done = done + 1 end
        if done == 100 then print("all done") end
      end)
    end
  `),
  );
  const elapsed = Date.now() - t0;
  assert.deepEqual(r.prints, ['all done']);
  // Sequential would take 20 s; concurrency keeps it far below (loose bound, speed itself is benchmarked).
  assert.ok(elapsed < 8000, `took ${elapsed} ms`);
});

test('request/response events carry method, url, headers, size, duration and a body preview', async () => {
  const r = await runLua(
    inCo(`coromega:http_post("${srv.url}/echo", { body = "hello", headers = { Cookie = "k=v" } })`),
    { maxBodyEvent: 10 },
  );
  const req = r.events.find((e) => e.type === 'request');
  const res = r.events.find((e) => e.type === 'response');
  assert.ok(req && req.type === 'request');
  assert.equal(req.method, 'POST');
  assert.equal(req.bodySize, 5);
  assert.equal(req.body, 'hello');
  assert.equal(req.headers['Cookie'], '***');
  assert.ok(res && res.type === 'response');
  assert.equal(res.id, req.id);
  assert.equal(res.status, 200);
  assert.equal(res.bodyTruncated, true);
  assert.equal(res.body.length, 10);
  assert.ok(res.bodyFile);
  assert.ok(res.size > 10);
  assert.ok(res.durationMs >= 0);
});
