/**
 * `npm run demo`: runs the docs' HTTP example plugin (examples/http-example.lua, verbatim) with the built CLI.
 * The plugin asks for http://example.com; the demo answers it from a loopback server it starts itself, and
 * `--resolve example.com:80:127.0.0.1:PORT` sends the plugin's connection there (the Host header stays example.com).
 * Then it runs the AI chat example in its offline world (examples/ai-chat.world.json): players open the game menu,
 * answer the plugin's question, and the world file answers the AI endpoint, with no network at all.
 */
import * as http from 'node:http';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';

const root = path.resolve(__dirname, '..', '..');
const plugin = path.join(root, 'examples', 'http-example.lua');
const cli = path.join(root, 'bin', 'coromega-run.js');

const PAGE = `<!doctype html>
<html>
<head><title>Example Domain</title></head>
<body><h1>Example Domain</h1><p>Served by the coromega-run demo from 127.0.0.1.</p></body>
</html>
`;

const server = http.createServer((req, res) => {
  process.stderr.write(
    `[demo server] ${req.method} ${req.url} Host: ${req.headers.host} Accept: ${req.headers.accept}\n`,
  );
  res.setHeader('Content-Type', 'text/html; charset=UTF-8');
  res.setHeader('Set-Cookie', 'demo_session=abc123; Path=/; HttpOnly');
  res.end(PAGE);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const args = [
    cli,
    '--resolve',
    `example.com:80:127.0.0.1:${port}`,
    ...process.argv.slice(2),
    plugin,
  ];
  process.stderr.write(
    `[demo] node ${args.map((a) => path.relative(process.cwd(), a) || a).join(' ')}\n`,
  );
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    server.close();
    process.stderr.write(`[demo] coromega-run exited with code ${code}\n`);
    if (code !== 0) {
      process.exitCode = code ?? 1;
      return;
    }
    runWorldDemo();
  });
});

function runWorldDemo(): void {
  const args = [
    cli,
    ...process.argv.slice(2),
    '--world',
    path.join(root, 'examples', 'ai-chat.world.json'),
    path.join(root, 'examples', 'ai-chat.lua'),
  ];
  process.stderr.write(
    `\n[demo] node ${args.map((a) => path.relative(process.cwd(), a) || a).join(' ')}\n`,
  );
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    process.stderr.write(`[demo] coromega-run exited with code ${code}\n`);
    process.exitCode = code ?? 1;
  });
}
