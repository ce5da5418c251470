/**
 * Faults and hostile input: every case returns `nil, message` (or a clear Lua error) and the plugin goes on.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { plugin, root, runLua, startServer } from './helpers';

const closers: Array<() => void> = [];
after(() => {
  for (const c of closers) c();
});

/** A raw TCP server; `onConn` gets each socket, `data` records all bytes received. */
function rawServer(onConn: (s: net.Socket) => void): Promise<{ url: string; data: () => string }> {
  let data = '';
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    s.on('data', (d) => (data += d.toString('latin1')));
    onConn(s);
  });
  closers.push(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, data: () => data });
    }),
  );
}

function inCo(body: string): string {
  return plugin(`coromega:start_new(function()\n${body}\nprint("continued")\nend)`);
}

test('a server that accepts and never answers: timeout gives context deadline exceeded; --timeout-cap bounds requests without one', async () => {
  const s = await rawServer(() => undefined);
  const r = await runLua(inCo(`print(coromega:http_get("${s.url}/hang", { timeout = "100ms" }))`));
  assert.deepEqual(r.prints, [`nil\tGet "${s.url}/hang": context deadline exceeded`, 'continued']);
  const capped = await runLua(inCo(`print(coromega:http_get("${s.url}/hang"))`), {
    timeoutCapSeconds: 0.2,
  });
  assert.deepEqual(capped.prints, [
    `nil\tGet "${s.url}/hang": context deadline exceeded`,
    'continued',
  ]);
});

test('stopping a run with a request in flight aborts it and leaves no socket or timer behind', async () => {
  const s = await rawServer(() => undefined);
  const count = (): number =>
    process.getActiveResourcesInfo().filter((x) => x === 'TCPSocketWrap' || x === 'Timeout').length;
  const before = count();
  const r = await runLua(
    inCo(`
      coromega:start_new(function() coromega:sleep(60) end)
      print(coromega:http_get("${s.url}/hang"))`),
    {},
    (run) => setTimeout(() => run.stop(), 200),
  );
  assert.equal(r.exit.reason, 'stopped');
  assert.deepEqual(r.prints, []);
  // Let the event loop settle the closed sockets.
  await new Promise((res) => setTimeout(res, 100));
  assert.equal(count(), before);
});

test('connection reset in the middle of the body', async () => {
  const s = await rawServer((sock) => {
    sock.once('data', () => {
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial');
      setTimeout(() => sock.resetAndDestroy(), 50);
    });
  });
  const r = await runLua(inCo(`print(coromega:http_get("${s.url}/reset"))`));
  assert.equal(r.prints.length, 2);
  assert.match(r.prints[0]!, /^nil\t(unexpected EOF|read: connection reset by peer)$/);
  assert.equal(r.prints[1], 'continued');
  assert.ok(r.events.some((e) => e.type === 'requestError'));
});

test('a body that drips one byte per 100 ms past the timeout', async () => {
  const s = await rawServer((sock) => {
    sock.once('data', () => {
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n');
      const t = setInterval(() => (sock.writable ? sock.write('x') : clearInterval(t)), 100);
      sock.on('close', () => clearInterval(t));
    });
  });
  const r = await runLua(inCo(`print(coromega:http_get("${s.url}/drip", { timeout = "350ms" }))`));
  assert.deepEqual(r.prints, ['nil\tcontext deadline exceeded', 'continued']);
});

test('malformed chunked encoding', async () => {
  const s = await rawServer((sock) => {
    sock.once('data', () => {
      sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nhello\r\n0\r\n\r\n');
    });
  });
  const r = await runLua(inCo(`print(coromega:http_get("${s.url}/chunked"))`));
  assert.equal(r.prints.length, 2);
  assert.deepEqual(r.prints, ['nil\tinvalid byte in chunk length', 'continued']);
});

test('a server that answers with something other than HTTP', async () => {
  const s = await rawServer((sock) =>
    sock.once('data', () => sock.end('SSH-2.0-OpenSSH_9.6\r\n\r\n')),
  );
  const r = await runLua(inCo(`print(coromega:http_get("${s.url}/"))`));
  assert.deepEqual(r.prints, [
    `nil\tGet "${s.url}/": net/http: HTTP/1.x transport connection broken: malformed HTTP response`,
    'continued',
  ]);
});

test('a host that does not resolve (.invalid)', async () => {
  const r = await runLua(inCo(`print(coromega:http_get("http://nothing.invalid/x"))`));
  assert.deepEqual(r.prints, [
    'nil\tGet "http://nothing.invalid/x": dial tcp: lookup nothing.invalid: no such host',
    'continued',
  ]);
});

test('a self-signed TLS server on loopback is refused as Go refuses it', async () => {
  const fx = path.join(root, 'runtime', 'test', 'fixtures');
  const server = https.createServer(
    {
      key: fs.readFileSync(path.join(fx, 'selfsigned.key')),
      cert: fs.readFileSync(path.join(fx, 'selfsigned.crt')),
    },
    (_req, res) => res.end('secret'),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closers.push(() => server.close());
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const r = await runLua(inCo(`print(coromega:http_get("${url}"))`));
  assert.deepEqual(r.prints, [
    `nil\tGet "${url}": tls: failed to verify certificate: x509: certificate signed by unknown authority`,
    'continued',
  ]);
});

test('[::1] works and its refusal reads like Go', async () => {
  const s = await startServer((_q, res) => res.end('v6'), '::1');
  closers.push(() => void s.close());
  const r = await runLua(
    inCo(`
    local res = coromega:http_get("${s.url}/")
    print(res.body, res.url)
    print(coromega:http_get("http://[::1]:1/"))`),
  );
  assert.deepEqual(r.prints, [
    `v6\t${s.url}/`,
    'nil\tGet "http://[::1]:1/": dial tcp [::1]:1: connect: connection refused',
    'continued',
  ]);
});

test('a 200 MB body is cut at --max-body with a clear error, streamed or declared', async () => {
  const s = await rawServer((sock) => {
    sock.once('data', (d) => {
      const declared = d.toString().includes('/declared');
      sock.write(
        declared
          ? 'HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n'
          : 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
      );
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 200 * 1024 * 1024 && !sock.destroyed) {
          sent += chunk.length;
          const ok = sock.write(
            declared ? chunk : `${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`,
          );
          if (!ok) {
            sock.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
  });
  const r = await runLua(
    inCo(`
    print(coromega:http_get("${s.url}/streamed"))
    print(coromega:http_get("${s.url}/declared"))`),
    { maxBody: 1024 * 1024 },
  );
  assert.deepEqual(r.prints, [
    `nil\tGet "${s.url}/streamed": response body larger than 1048576 bytes`,
    `nil\tGet "${s.url}/declared": response body larger than 1048576 bytes`,
    'continued',
  ]);
  const err = r.events.find((e) => e.type === 'requestError');
  assert.ok(
    err &&
      err.type === 'requestError' &&
      /response body exceeds the 1048576-byte limit/.test(err.message) &&
      !/响应体/.test(err.message) &&
      /--max-body/.test(err.message),
  );
});

test('option as a string or number is ignored as neomega does, with a warning', async () => {
  const s = await startServer((req, res) => res.end(req.url));
  closers.push(() => void s.close());
  const r = await runLua(
    inCo(`
    print(coromega:http_get("${s.url}/a", "timeout=1").body)
    print(coromega:http_get("${s.url}/b", 42).body)`),
  );
  assert.deepEqual(r.prints, ['/a', '/b', 'continued']);
  assert.equal(r.warnings.filter((w) => /option should be a table/.test(w)).length, 2);
});

test('an option key neomega does not know (a typo) is pointed out', async () => {
  const s = await startServer((req, res) => res.end(String(req.headers['x-a'])));
  closers.push(() => void s.close());
  const r = await runLua(
    inCo(`print(coromega:http_get("${s.url}/", { header = { ["X-A"] = "1" } }).body)`),
  );
  assert.deepEqual(r.prints, ['undefined', 'continued']);
  assert.ok(r.warnings.some((w) => /option\.header is not an option neomega knows/.test(w)));
});

test('header values that are numbers, booleans or tables are sent as tostring gives them', async () => {
  const s = await startServer((req, res) => res.end(JSON.stringify(req.headers)));
  closers.push(() => void s.close());
  const r = await runLua(
    inCo(`
    local res = coromega:http_get("${s.url}/", { headers = { ["X-N"] = 1.5, ["X-I"] = 7, ["X-B"] = false, ["X-T"] = {} } })
    local h = json.decode(res.body)
    print(h["x-n"], h["x-i"], h["x-b"], h["x-t"]:match("^table: ") ~= nil)`),
  );
  assert.deepEqual(r.prints, ['1.5\t7\tfalse\ttrue', 'continued']);
  assert.ok(r.warnings.some((w) => /X-T/.test(w)));
});

test('CR/LF in a header name or value is an error and nothing reaches the wire', async () => {
  const s = await rawServer((sock) => sock.end());
  const r = await runLua(
    inCo(`
    print(coromega:http_get("${s.url}/v", { headers = { ["X-A"] = "ok\\r\\nInjected: yes" } }))
    print(coromega:http_get("${s.url}/n", { headers = { ["X-A\\r\\nInjected"] = "yes" } }))
    print(coromega:http_get("${s.url}/c", { cookies = { ["a\\r\\nInjected"] = "x\\r\\ny" } }) ~= nil)`),
  );
  assert.equal(
    r.prints[0],
    `nil\tGet "${s.url}/v": net/http: invalid header field value for "X-A"`,
  );
  assert.equal(
    r.prints[1],
    `nil\tGet "${s.url}/n": net/http: invalid header field name "X-A\\r\\nInjected"`,
  );
  const wire = s.data();
  assert.ok(!wire.includes('Injected:'), wire);
  assert.ok(!wire.includes('GET /v') && !wire.includes('GET /n'));
  // Cookies are sanitised as Go's AddCookie does: the request goes out with one Cookie line.
  assert.ok(wire.includes('GET /c'));
  assert.equal(wire.split('\r\n').filter((l) => l.toLowerCase().startsWith('cookie:')).length, 1);
});

test('a method with spaces, an empty URL, a nil URL', async () => {
  const r = await runLua(
    inCo(`
    print(coromega:http_request("GE T", "http://127.0.0.1:1/"))
    print(coromega:http_get(""))`),
  );
  assert.deepEqual(r.prints, [
    'nil\tnet/http: invalid method "GE T"',
    'nil\tGet "": unsupported protocol scheme ""',
    'continued',
  ]);
  const bad = await runLua(inCo('coromega:http_get(nil)'));
  assert.equal(bad.exit.code, 1);
  assert.match(bad.errors[0]!.message, /string expected, got nil/);
  assert.doesNotMatch(bad.errors[0]!.message, /应为字符串/);
  const zh = await runLua(inCo('coromega:http_get(nil)'), { lang: 'zh-cn' });
  assert.match(zh.errors[0]!.message, /coromega:http_get 的第 1 个参数 url 应为字符串，实际是 nil/);
});
