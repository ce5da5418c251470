/**
 * `coromega-run --serve`: started ahead, then given its run on stdin, it is the same command as a direct start.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { cliPath, tmpDir, writePlugin } from './helpers';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `lines` go to stdin one by one, the first after `delayMs` (stdin then closes). */
function cli(args: string[], lines: string[], delayMs = 0): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: 'pipe', cwd: tmpDir() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    setTimeout(() => {
      for (const l of lines) child.stdin.write(l + '\n');
      child.stdin.end();
    }, delayMs);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The JSON events without their times (which differ between two runs). */
function events(stdout: string): unknown[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => {
      const e = JSON.parse(l) as Record<string, unknown>;
      delete e.time;
      return e;
    });
}

const INPUT_PLUGIN = `local coromega = require("coromega").from(require("omega"))
coromega:start_new(function()
  local name = coromega:input("name?")
  print("hello " .. name, require("crypto").md5("x"))
end)
coromega:run()
`;

test('a served run prints, reads stdin and exits exactly as a direct one', async () => {
  const dir = tmpDir();
  const plugin = writePlugin(INPUT_PLUGIN, 'input.lua', dir);
  const args = ['--json', '--lang', 'en', 'input.lua'];
  const direct = await new Promise<Ran>((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: 'pipe', cwd: dir });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stdin.end('steve\n');
    child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
  });
  // relative plugin path: the request's cwd is where it is found, as a direct start's cwd would be
  const served = await cli(['--serve'], [JSON.stringify({ args, cwd: dir }), 'steve'], 300);
  assert.equal(served.code, direct.code);
  assert.equal(served.code, 0);
  assert.deepEqual(events(served.stdout), events(direct.stdout));
  assert.match(served.stdout, /"hello steve\\t9dd4e461268c8034f5c8564e155c67a6"/);
  assert.equal(path.basename(plugin), 'input.lua');
});

test('a served run with another heap limit than the waiting worker still runs, under its own limit', async () => {
  const plugin = writePlugin(
    'local t = {}\nwhile true do t[#t + 1] = string.rep("x", 100000) .. #t end\n',
  );
  const r = await cli(
    ['--serve', '--max-memory', '512'],
    [JSON.stringify({ args: ['--json', '--lang', 'en', '--max-memory', '32', plugin] })],
  );
  assert.equal(r.code, 1);
  const exit = events(r.stdout).pop() as { type: string; reason: string };
  assert.deepEqual([exit.type, exit.reason], ['exit', 'limit']);
});

test('help, usage errors and bad requests end a served process as they end a direct one', async () => {
  const help = await cli(['--serve'], [JSON.stringify({ args: ['--help', '--lang', 'en'] })]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /coromega-run/);
  const bad = await cli(['--serve'], [JSON.stringify({ args: ['--bogus'] })]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--bogus/);
  const junk = await cli(['--serve'], ['not json']);
  assert.equal(junk.code, 2);
  assert.match(junk.stderr, /--serve/);
  const none = await cli(['--serve'], []);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '');
});

test('Stop (SIGTERM) ends a served `while true do end` with the stopped exit event', async () => {
  const plugin = writePlugin('print("spinning")\nwhile true do end\n');
  const child = spawn(process.execPath, [cliPath, '--serve'], { stdio: 'pipe' });
  child.stdin.write(JSON.stringify({ args: ['--json', '--lang', 'en', plugin] }) + '\n');
  let out = '';
  await new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('"spinning"')) resolve();
    });
  });
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 1);
  const exit = events(out).pop() as { type: string; reason: string };
  assert.deepEqual([exit.type, exit.reason], ['exit', 'stopped']);
});
