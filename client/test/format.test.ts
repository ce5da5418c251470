import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  formatSize,
  minecraftSegments,
  OutputFormatter,
  stripMinecraftCodes,
  urlLabel,
} from '../src/format';
import { findLuaLocations } from '../src/links';

test('Minecraft colour codes vanish from Output channel text', () => {
  assert.equal(stripMinecraftCodes('§a绿色§r 和 §l§c红色粗体'), '绿色 和 红色粗体');
  assert.equal(stripMinecraftCodes('末尾§'), '末尾');
  assert.equal(stripMinecraftCodes('no codes'), 'no codes');
});

test('Minecraft colour codes become styled segments for the webview (the code, drawn with the theme palette)', () => {
  const segs = minecraftSegments('§a绿§l粗§r普通§zX');
  assert.deepEqual(segs, [
    { text: '绿', colour: 'a' },
    { text: '粗', colour: 'a', bold: true },
    { text: '普通' },
    { text: 'X' },
  ]);
  assert.deepEqual(minecraftSegments('plain'), [{ text: 'plain' }]);
});

test('formatSize', () => {
  assert.equal(formatSize(12), '12 B');
  assert.equal(formatSize(2048), '2.0 KB');
  assert.equal(formatSize(3 * 1024 * 1024), '3.0 MB');
});

type Rule = {
  match?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  patterns?: Rule[];
  include?: string;
};

/** The scope names the run-output grammar gives a line (first matching rule, like TextMate for single-line rules). */
function scopesOf(line: string): string[] {
  const root = path.resolve(__dirname, '..', '..', '..');
  const g = JSON.parse(
    fs.readFileSync(path.join(root, 'syntaxes', 'coromega-output.tmLanguage.json'), 'utf8'),
  ) as {
    patterns: Rule[];
    repository: Record<string, Rule>;
  };
  const flatten = (rules: Rule[]): Rule[] =>
    rules.flatMap((r) =>
      r.include
        ? flatten([g.repository[r.include.slice(1)]])
        : r.patterns
          ? flatten(r.patterns)
          : [r],
    );
  for (const r of flatten(g.patterns)) {
    const m = new RegExp(r.match ?? '$^').exec(line);
    if (!m) continue;
    const scopes = r.name ? [r.name] : [];
    for (const [i, c] of Object.entries(r.captures ?? {}))
      if (m[Number(i)] !== undefined) scopes.push(c.name);
    return scopes;
  }
  return [];
}

test('Output channel lines: one per request and response, errors with file:line, coloured by the grammar', () => {
  const f = new OutputFormatter();
  const start = f.lines({
    type: 'start',
    plugin: '/ws/p.lua',
    config: null,
    storage: '/ws/store',
    time: Date.now(),
  });
  assert.match(start[0], /^\[run\] Running \/ws\/p\.lua$/);
  const req = f.lines({
    type: 'request',
    id: 1,
    method: 'POST',
    url: 'http://127.0.0.1:8/x',
    headers: {},
    bodySize: 10,
    body: '{}',
    time: 0,
  });
  assert.deepEqual(req, ['--> #1 POST http://127.0.0.1:8/x (body 10 B)']);
  const res = f.lines({
    type: 'response',
    id: 1,
    status: 404,
    url: 'http://127.0.0.1:8/x',
    headers: {},
    cookies: {},
    size: 2048,
    durationMs: 12.4,
    body: '',
    bodyTruncated: false,
  });
  assert.deepEqual(res, ['<-- #1 404 POST http://127.0.0.1:8/x 2.0 KB 12 ms']);
  assert.ok(scopesOf(res[0]).includes('token.error-token.status.failure.coromega-output'));
  const ok = f.lines({
    type: 'response',
    id: 1,
    status: 200,
    url: 'http://h/',
    headers: {},
    cookies: {},
    size: 1,
    durationMs: 1,
    body: '',
    bodyTruncated: false,
  });
  assert.ok(scopesOf(ok[0]).includes('string.status.success.coromega-output'));
  assert.ok(scopesOf(req[0]).includes('entity.name.function.method.coromega-output'));
  const err = f.lines({
    type: 'error',
    message: 'p.lua:3: boom',
    file: '/ws/p.lua',
    line: 3,
    traceback: 'stack traceback:\n\t[C]: in ?',
  });
  assert.equal(err[0], '[error] Lua error: p.lua:3: boom');
  assert.equal(err[1], '[error]     at /ws/p.lua:3');
  assert.ok(err.every((l) => scopesOf(l).includes('token.error-token.coromega-output')));
  const printed = f.lines({ type: 'print', text: '§a你好\n第二行', stream: 'print' });
  assert.deepEqual(printed, ['你好', '第二行']);
  const log = f.lines({ type: 'print', text: 'careful', stream: 'log', level: 'warning' });
  assert.deepEqual(log, ['[warning] careful']);
  assert.ok(scopesOf(log[0]).includes('token.warn-token.coromega-output'));
  const fail = f.lines({
    type: 'requestError',
    id: 2,
    message: 'Get "http://127.0.0.1:1/": dial tcp: connection refused',
    durationMs: 3,
  });
  assert.ok(scopesOf(fail[0]).includes('token.error-token.coromega-output'));
  const exit = f.lines({ type: 'exit', code: 0, reason: 'finished' });
  assert.match(exit[0], /^\[exit\] Finished \(code 0\)/);
});

test('the inspector lists a URL as host and path, so calls to other hosts tell apart', () => {
  assert.deepEqual(urlLabel('http://127.0.0.1:1/'), { host: '127.0.0.1:1', path: '/' });
  assert.deepEqual(urlLabel('https://api.example.com:443/v1/chat?stream=0'), {
    host: 'api.example.com',
    path: '/v1/chat?stream=0',
  });
  assert.deepEqual(urlLabel('http://[::1]:8080/x#top'), { host: '[::1]:8080', path: '/x#top' });
  assert.deepEqual(urlLabel('ws://h:9/socket'), { host: 'ws://h:9', path: '/socket' });
  assert.deepEqual(urlLabel('not a url'), { host: '', path: 'not a url' });
});

test('file:line locations in run output are found for links', () => {
  assert.deepEqual(findLuaLocations('[error]     at /ws/p.lua:3'), [
    { start: 15, end: 26, file: '/ws/p.lua', line: 3 },
  ]);
  const tb = findLuaLocations('\tp.lua:12: in function <p.lua:10>');
  assert.deepEqual(
    tb.map((m) => `${m.file}:${m.line}`),
    ['p.lua:12', 'p.lua:10'],
  );
  assert.deepEqual(findLuaLocations('C:\\plugins\\a.lua:7: boom')[0].file, 'C:\\plugins\\a.lua');
  assert.deepEqual(findLuaLocations('no location here: 12'), []);
});
