/**
 * How the server starts and meets a new document: its bundle's code cache, and the order of the work after an
 * open (the analysis, the requests that came with the open, then the diagnostics).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachePathOf } from '../../runtime/src/codeCache';
import { LspClient, offsetToPosition, SERVER_PATH } from '../testing/lspClient';

const MAIN = path.join(path.dirname(SERVER_PATH), 'main.js');
const PLUGIN = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:start_new(function()
  local r = coromega:http_get("http://127.0.0.1:1/x", { timout = "1s" })
end)
coromega:run()
`;

test('a server that has answered a document leaves a code cache of its bundle', async () => {
  const cache = cachePathOf(MAIN, fs.readFileSync(MAIN));
  fs.rmSync(cache, { force: true });
  const c = await LspClient.start({ locale: 'en' });
  await c.open('file:///w/a.lua', PLUGIN);
  await c.waitForDiagnostics('file:///w/a.lua', 1);
  for (let i = 0; i < 100 && !fs.existsSync(cache); i++)
    await new Promise((r) => setTimeout(r, 20));
  await c.stop();
  assert.ok(fs.existsSync(cache), cache);
});

test('a damaged code cache is ignored: the server still answers', async () => {
  const cache = cachePathOf(MAIN, fs.readFileSync(MAIN));
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  fs.writeFileSync(cache, 'not V8 code');
  const c = await LspClient.start({ locale: 'en' });
  await c.open('file:///w/b.lua', PLUGIN);
  const items = await c.completion(
    'file:///w/b.lua',
    offsetToPosition(PLUGIN, PLUGIN.indexOf('http_get')),
  );
  const diags = await c.waitForDiagnostics('file:///w/b.lua', 1);
  await c.stop();
  assert.ok(items.some((i) => i.label === 'http_get'));
  assert.ok(diags.diagnostics.some((d) => JSON.stringify(d.message).includes('timout')));
});

/** One LSP message with its header. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

test('a completion sent together with an open is answered before the diagnostics of that open', async () => {
  const proc = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
  const seen: string[] = [];
  let buffer = Buffer.alloc(0);
  const done = new Promise<void>((resolve) => {
    proc.stdout.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) break;
        const length = Number(
          /Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString())?.[1],
        );
        if (buffer.length < head + 4 + length) break;
        const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as {
          id?: number;
          method?: string;
        };
        buffer = buffer.subarray(head + 4 + length);
        if (msg.id === 2) seen.push('completion');
        if (msg.method === 'textDocument/publishDiagnostics') seen.push('diagnostics');
        if (seen.length === 2) resolve();
      }
    });
  });
  const uri = 'file:///w/c.lua';
  proc.stdin.write(
    frame({
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    }) + frame({ method: 'initialized', params: {} }),
  );
  // the open and the completion in one write, as an editor sends them when the user types at once
  proc.stdin.write(
    frame({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'lua', version: 1, text: PLUGIN } },
    }) +
      frame({
        id: 2,
        method: 'textDocument/completion',
        params: {
          textDocument: { uri },
          position: offsetToPosition(PLUGIN, PLUGIN.indexOf('http_get')),
        },
      }),
  );
  await done;
  proc.kill();
  assert.deepEqual(seen, ['completion', 'diagnostics']);
});
