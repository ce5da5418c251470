/**
 * The language server's command line: the option table's parser in process, then the built bundle and the bin
 * as a user starts them (help, version, one-line mistakes with exit 2, `--locale`, the socket transport).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  createMessageConnection,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { helpText, OPTIONS, parseCommandLine, SERVER_INFO, type Invocation } from '../src/cli';
import { BIN_PATH, SERVER_PATH } from '../testing/lspClient';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PACKAGE_VERSION = (require(path.join(ROOT, 'package.json')) as { version: string }).version;

const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const CJK = /[\u4e00-\u9fff]/;

function ok(argv: string[], env: NodeJS.ProcessEnv = ZH): Invocation {
  const r = parseCommandLine(argv, env);
  assert.ok(r.ok, `expected ${JSON.stringify(argv)} to parse, got ${r.ok ? '' : r.error}`);
  return r.invocation;
}

function error(argv: string[], env: NodeJS.ProcessEnv = ZH): string {
  const r = parseCommandLine(argv, env);
  assert.ok(!r.ok, `expected ${JSON.stringify(argv)} to be refused`);
  return r.error;
}

describe('parseCommandLine', () => {
  it('accepts what editors pass: each transport, both value forms, the client process id', () => {
    assert.equal(ok(['--stdio']).transport, 'stdio');
    assert.equal(ok(['--node-ipc', '--clientProcessId=4242']).transport, 'node-ipc');
    assert.equal(ok(['--clientProcessId', '4242', '--stdio']).transport, 'stdio');
    assert.equal(ok(['--socket=5007']).transport, 'socket');
    assert.equal(ok(['--socket', '5007']).transport, 'socket');
    assert.equal(ok(['--pipe=/tmp/lsp.sock']).transport, 'pipe');
    assert.equal(ok(['--stdio', '--stdio']).transport, 'stdio');
    const inv = ok(['--stdio']);
    assert.equal(inv.task, undefined);
    assert.equal(inv.localeOption, undefined);
  });

  it('turns --help and --version into tasks; help wins over anything else on the line', () => {
    assert.equal(ok(['--help']).task?.option, '--help');
    assert.equal(ok(['-h']).task?.option, '--help');
    assert.equal(ok(['--stdio', '--bogus', '-h']).task?.option, '--help');
    assert.equal(ok(['--version']).task?.option, '--version');
    assert.equal(ok(['-v']).task?.option, '--version');
  });

  it('explains every mistake in one line, in the chosen language', () => {
    assert.match(error([]), /需要指定连接方式.*--stdio/);
    assert.match(error([], EN), /^no transport given: editors start it with --stdio/);
    assert.equal(error(['--bogus'], EN), 'unknown argument "--bogus". (see --help)');
    assert.equal(
      error(['--stido'], EN),
      'unknown argument "--stido". Did you mean --stdio? (see --help)',
    );
    assert.match(error(['--stido']), /^未知参数 "--stido"，是否想写 --stdio？/);
    assert.match(error(['plugin.lua'], EN), /^unknown argument "plugin\.lua"\. \(see --help\)$/);
    assert.match(error(['--stdio', '--socket=5007'], EN), /choose one transport/);
    assert.match(error(['--socket=0'], EN), /--socket expects an integer from 1 to 65535, got "0"/);
    assert.match(error(['--socket=abc'], EN), /got "abc"/);
    assert.match(error(['--socket'], EN), /--socket needs a value: --socket=PORT/);
    assert.match(error(['--socket', '--stdio'], EN), /--socket needs a value/);
    assert.match(error(['--stdio=yes'], EN), /--stdio takes no value/);
    assert.match(error(['--clientProcessId=x', '--stdio'], EN), /--clientProcessId expects/);
    assert.match(error(['--version', '--stdio'], EN), /--version cannot be combined with --stdio/);
    assert.match(
      error(['--locale', 'fr', '--stdio'], EN),
      /--locale accepts zh-cn or en, got "fr"/,
    );
    for (const argv of [[], ['--bogus'], ['--socket']]) {
      for (const env of [ZH, EN]) assert.doesNotMatch(error(argv, env), /\n/);
    }
  });

  it('follows LC_ALL, LC_MESSAGES, LANG in that order; --locale beats them and is kept for the server', () => {
    assert.equal(ok(['--stdio'], {}).locale, 'zh-cn');
    assert.equal(ok(['--stdio'], { LANG: 'C.UTF-8' }).locale, 'zh-cn');
    assert.equal(ok(['--stdio'], EN).locale, 'en');
    assert.equal(ok(['--stdio'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' }).locale, 'zh-cn');
    assert.equal(ok(['--stdio'], { LC_MESSAGES: 'en_GB', LANG: 'zh_CN' }).locale, 'en');
    const inv = ok(['--stdio', '--locale=en'], ZH);
    assert.equal(inv.locale, 'en');
    assert.equal(inv.localeOption, 'en');
    assert.equal(ok(['--locale', 'zh-CN', '--stdio'], EN).localeOption, 'zh-cn');
    // A mistake after --locale is already told in that language.
    assert.match(error(['--locale=en', '--bogus'], ZH), /^unknown argument/);
  });
});

describe('help text', () => {
  it('lists every option editors do not pass themselves, one language at a time', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const text = helpText(locale);
      for (const o of OPTIONS) {
        if (o.group === 'hidden') assert.ok(!text.includes(o.name), `${o.name} is hidden`);
        else assert.ok(text.includes(o.name) && text.includes(o.help[locale]), o.name);
      }
      assert.ok(text.startsWith(`${SERVER_INFO.name} ${SERVER_INFO.version}`));
    }
    assert.doesNotMatch(helpText('en'), CJK);
    assert.match(helpText('zh-cn'), /用法：coromega-language-server --stdio/);
  });
});

/** Runs the bundle (or the bin) to completion. */
function run(args: string[], env: NodeJS.ProcessEnv = ZH, entry = SERVER_PATH) {
  const r = spawnSync(process.execPath, [entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coromega-language-server as a command', () => {
  it('--help and --version print in the environment language and exit 0', () => {
    const zh = run(['--help']);
    assert.equal(zh.code, 0);
    assert.equal(zh.stderr, '');
    assert.match(zh.stdout, /^coromega-language-server \S+：/);
    assert.match(zh.stdout, /--stdio/);
    const en = run(['--help'], EN);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^usage: coromega-language-server --stdio/m);
    assert.doesNotMatch(en.stdout, CJK);
    // The README path printed is the package's own.
    assert.ok(en.stdout.includes(path.join(ROOT, 'README.md')));

    const v = run(['--version'], EN);
    assert.equal(v.code, 0);
    assert.match(v.stdout, new RegExp(`^coromega-language-server ${PACKAGE_VERSION} \\(`));
    assert.equal(v.stdout.split('\n').length, 2);
    assert.match(run(['-v']).stdout, new RegExp(`^coromega-language-server ${PACKAGE_VERSION}（`));
  });

  it('answers every argument mistake with one line on stderr and exit 2, never a stack or source dump', () => {
    for (const args of [
      [],
      ['--bogus'],
      ['--socket'],
      ['--stdio', '--node-ipc'],
      ['run', 'x.lua'],
    ]) {
      for (const env of [ZH, EN]) {
        const r = run(args, env);
        assert.equal(r.code, 2, `${JSON.stringify(args)}: ${r.stderr}`);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^coromega-language-server: [^\n]+\n$/, JSON.stringify(r.stderr));
      }
    }
  });

  it('works the same through the bin script', () => {
    const r = run(['--version'], EN, BIN_PATH);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^coromega-language-server ${PACKAGE_VERSION} `));
    const bad = run(['--stido'], EN, BIN_PATH);
    assert.equal(bad.code, 2);
    assert.equal(
      bad.stderr,
      'coromega-language-server: unknown argument "--stido". Did you mean --stdio? (see --help)\n',
    );
  });
});

function waitForDiagnostics(conn: MessageConnection): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => {
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.diagnostics.length > 0) resolve(p);
    });
  });
}

const TYPO_PLUGIN = fs.readFileSync(
  path.join(ROOT, 'server', 'test', 'fixtures', 'timout.lua'),
  'utf8',
);

describe('--locale', () => {
  it('both helps give the one order: initializationOptions.locale, then --locale, then initialize locale', () => {
    const zh = helpText('zh-cn');
    const en = helpText('en');
    const zhLine = zh.split('\n').find((l) => /^\s+--locale=/.test(l)) ?? '';
    const enLine = en.split('\n').find((l) => /^\s+--locale=/.test(l)) ?? '';
    assert.match(
      zhLine,
      /initializationOptions\.locale 优先于它；它优先于客户端的界面语言，即 initialize 的 locale/,
    );
    assert.match(
      enLine,
      /initializationOptions\.locale wins over it; it wins over .*initialize's locale/,
    );
  });

  it("is the server's language over the client's display language; initializationOptions.locale beats it", async () => {
    for (const [initLocale, paramLocale, expected] of [
      [undefined, undefined, /does not know the option `timout`/],
      [undefined, 'zh-CN', /does not know the option `timout`/],
      ['zh-cn', 'en-US', /neomega 不认识选项 `timout`/],
    ] as const) {
      const proc = spawn(process.execPath, [SERVER_PATH, '--stdio', '--locale=en'], {
        stdio: 'pipe',
      });
      const conn = createMessageConnection(
        new StreamMessageReader(proc.stdout),
        new StreamMessageWriter(proc.stdin),
      );
      const diagnostics = waitForDiagnostics(conn);
      conn.listen();
      try {
        const init = await conn.sendRequest<InitializeResult>('initialize', {
          processId: process.pid,
          rootUri: null,
          ...(paramLocale ? { locale: paramLocale } : {}),
          capabilities: {},
          initializationOptions: initLocale ? { locale: initLocale } : undefined,
        });
        assert.deepEqual(init.serverInfo, {
          name: 'coromega-language-server',
          version: PACKAGE_VERSION,
        });
        await conn.sendNotification('initialized', {});
        await conn.sendNotification('textDocument/didOpen', {
          textDocument: {
            uri: 'file:///tmp/typo.lua',
            languageId: 'lua',
            version: 1,
            text: TYPO_PLUGIN,
          },
        });
        const d = await diagnostics;
        assert.ok(
          d.diagnostics.some((x) => expected.test(String(x.message))),
          d.diagnostics.map((x) => String(x.message)).join('\n'),
        );
      } finally {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
        conn.dispose();
        if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
      }
      assert.equal(proc.exitCode, 0);
    }
  });
});

describe('--socket', () => {
  it('connects to the port the client listens on and exits 0 after shutdown and exit', async () => {
    const server = net.createServer();
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    const proc = spawn(process.execPath, [SERVER_PATH, `--socket=${port}`], { stdio: 'pipe' });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    const socket = await accepted;
    const conn = createMessageConnection(
      new SocketMessageReader(socket),
      new SocketMessageWriter(socket),
    );
    conn.listen();
    const init = await conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.equal(init.serverInfo?.name, 'coromega-language-server');
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
    assert.equal(stderr, '');
    conn.dispose();
    socket.destroy();
    server.close();
  });

  it('says so in one line and exits 1 when nobody listens', async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((r) => server.close(r));
    const r = run([`--socket=${port}`], EN);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /^coromega-language-server: the connection to the client through --socket could not be made/,
    );
    assert.equal(r.stderr.split('\n').length, 2);
  });
});
