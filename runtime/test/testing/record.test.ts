/**
 * Record and replay: `--record` against a loopback server writes the responses into the test file, secrets
 * masked, the rest of the file untouched; recording again writes the same file; with the server stopped the test
 * passes from the file alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, startServer } from '../helpers';
import { withRecording } from '../../src/testing/record';
import { maskUrl } from '../../src/testing/mask';
import { project } from './helpers';

const WEATHER = `local omega = require("omega")
local json = require("json")
local coromega = require("coromega").from(omega)
local base = coromega.config["接口"]
local key = coromega.config["密钥"]

coromega:when_called_by_game_menu({ triggers = { "天气" } }):start_new(function(chat)
  local city = chat.msg[1] or "北京"
  local res, err = coromega:http_get(base .. "/weather?city=" .. city .. "&key=" .. key)
  if err then coromega:get_player(chat.name):say("失败：" .. err) return end
  local w = json.decode(res.body)
  coromega:get_player(chat.name):say(("%s %d°C"):format(w.city, w.temp))
  print("cookie", res.cookies.session)
end)

coromega:when_called_by_game_menu({ triggers = { "问" } }):start_new(function(chat)
  local res = coromega:http_post(base .. "/chat", {
    headers = { Authorization = "Bearer " .. key, ["Content-Type"] = "application/json" },
    body = json.encode({ q = chat.msg[1] }),
  })
  coromega:get_player(chat.name):say(json.decode(res.body).answer)
end)

coromega:run()
`;

function testFile(base: string): string {
  // Hand-written layout (two-space indent, a blank line, keys in this order) that recording must keep.
  return `{
  "plugins": ["weather.lua"],
  "config": { "配置": { "接口": "${base}", "密钥": "SECRET-KEY-123" } },

  "players": [{ "name": "Steve" }],
  "script": [
    { "as": "Steve", "menu": "天气", "args": ["上海"] },
    { "expect": { "say": { "to": "Steve", "text": "上海 21°C" } } },
    { "as": "Steve", "menu": "问", "args": ["一"] },
    { "expect": { "say": { "text": "answer 1" } } },
    { "as": "Steve", "menu": "问", "args": ["二"] },
    { "expect": { "say": { "text": "answer 2" } } },
    { "as": "Steve", "menu": "问", "args": ["三"] },
    { "expect": { "say": { "text": "answer 2" } } }
  ]
}
`;
}

test('record against a loopback server, then replay with the server stopped', async () => {
  let chats = 0;
  const server = await startServer((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/weather') {
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Set-Cookie': 'session=abc123secret; Path=/',
        'X-Request-Id': String(Math.random()),
        'Cache-Control': 'no-store',
      });
      res.end(
        JSON.stringify({ city: url.searchParams.get('city'), temp: 21, token: 'tok-987654' }),
      );
    } else if (url.pathname === '/chat') {
      chats++;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // The third question gets the second answer again: answers in turn, then the last one for good.
      const n = Math.min(chats, 2);
      res.end(
        JSON.stringify({
          answer: `answer ${n}`,
          echo: req.headers.authorization,
          q: JSON.parse(body).q,
        }),
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const dir = project({ 'weather.lua': WEATHER, 'weather.test.json': testFile(server.url) });
  const file = path.join(dir, 'weather.test.json');
  const original = fs.readFileSync(file, 'utf8');
  try {
    const rec = await runCli(['--test', '--record', 'weather.test.json'], { cwd: dir });
    assert.equal(rec.code, 0, rec.stdout + rec.stderr);
    assert.match(rec.stdout, /^✓ weather\.test\.json › weather \(/);
    assert.match(rec.stdout, /\nrecorded 4 response\(s\) into weather\.test\.json\n/);
    assert.equal(server.received.length, 4);
    assert.equal(server.received[0]!.url, '/weather?city=%E4%B8%8A%E6%B5%B7&key=SECRET-KEY-123');

    const text = fs.readFileSync(file, 'utf8');
    // Secrets: the key in the URL, the bearer token echoed back, the cookie value, a token field.
    for (const secret of ['SECRET-KEY-123', 'abc123secret', 'tok-987654'])
      assert.equal(text.split(secret).length - 1, secret === 'SECRET-KEY-123' ? 1 : 0, secret);
    assert.ok(
      text.includes('"密钥": "SECRET-KEY-123"'),
      "the config the test gives is the user's own text",
    );
    const doc = JSON.parse(text) as { http: Array<Record<string, unknown>> };
    assert.deepEqual(doc.http, [
      {
        method: 'GET',
        url: `${server.url}/weather?city=上海&key=*`,
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Set-Cookie': 'session=***' },
        json: { city: '上海', temp: 21, token: '***' },
      },
      {
        method: 'POST',
        url: `${server.url}/chat`,
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        json: { answer: 'answer 1', echo: '***', q: '一' },
        times: 1,
      },
      {
        method: 'POST',
        url: `${server.url}/chat`,
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        json: { answer: 'answer 2', echo: '***', q: '二' },
        times: 1,
      },
      {
        method: 'POST',
        url: `${server.url}/chat`,
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        json: { answer: 'answer 2', echo: '***', q: '三' },
      },
    ]);
    // Nothing else in the file moved: taking the recording out gives the original text back.
    assert.equal(withRecording(text, ['http'], []), original);

    // Recording the same answers again writes the same file.
    chats = 0;
    const again = await runCli(['--test', '--record', 'weather.test.json'], { cwd: dir });
    assert.equal(again.code, 0, again.stdout);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  } finally {
    await server.close();
  }

  // Offline: the server is gone, the file answers.
  const before = server.received.length;
  const replay = await runCli(['--test', '--json', 'weather.test.json'], { cwd: dir });
  assert.equal(replay.code, 0, replay.stdout);
  const end = replay.stdout
    .split('\n')
    .filter((l) => l.includes('"testEnd"'))
    .map((l) => JSON.parse(l) as { status: string; transcript: string[] })[0]!;
  assert.equal(end.status, 'passed');
  assert.ok(
    end.transcript.some((l) =>
      /← #1 200 GET .*\/weather\?city=.*&key=\*\*\* .*answered by the world file/.test(l),
    ),
    end.transcript.join('\n'),
  );
  assert.ok(
    end.transcript.includes('cookie\t***'),
    'the masked cookie is what the plugin reads on replay',
  );
  assert.equal(server.received.length, before);
});

test('a test of a tests array records into its own http; a failing test is not recorded', async () => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('plain answer');
  });
  try {
    const plugin = `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "go" } }):start_new(function(chat)
  local res = coromega:http_get("${server.url}/x?access_token=t0ps3cret")
  coromega:get_player(chat.name):say(res.body)
end)
coromega:run()
`;
    const dir = project({
      'p.lua': plugin,
      'p.test.json': {
        tests: [
          {
            name: 'ok',
            script: [{ as: 'Steve', menu: 'go' }, { expect: { say: { text: 'plain answer' } } }],
          },
          {
            name: 'bad',
            script: [{ as: 'Steve', menu: 'go' }, { expect: { say: { text: 'other' } } }],
          },
        ],
      },
    });
    const r = await runCli(['--test', '--record', '--lang', 'zh-cn'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\n已把 1 条响应录制到 p\.test\.json\n/);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'p.test.json'), 'utf8')) as {
      http?: unknown;
      tests: Array<{ http?: unknown }>;
    };
    assert.equal(doc.http, undefined);
    assert.deepEqual(doc.tests[0]!.http, [
      {
        method: 'GET',
        url: `${server.url}/x?access_token=*`,
        status: 200,
        headers: { 'Content-Type': 'text/plain' },
        body: 'plain answer',
      },
    ]);
    assert.equal(doc.tests[1]!.http, undefined);
  } finally {
    await server.close();
  }
});

test('URL secrets: credential parameters and user:password, nothing else', () => {
  assert.equal(
    maskUrl('https://u:p@api.x.com/v1?city=bj&apiKey=abc&Sign=zz&page=2#top'),
    'https://***@api.x.com/v1?city=bj&apiKey=***&Sign=***&page=2#top',
  );
  assert.equal(maskUrl('http://h/p?token=&q=1', '*'), 'http://h/p?token=&q=1');
  assert.equal(maskUrl('not a url'), 'not a url');
});
