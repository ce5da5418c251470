/**
 * Entry point of the language server bundle (`dist/server/server.js`: the `coromega-language-server` bin, and
 * what the VS Code extension forks). Reads the command line first; only when it names a transport does it
 * load the server, which opens the connection. Help, the version and argument mistakes never load it.
 *
 * Bundled, the server itself is its own bundle (`dist/server/main.js`), loaded with V8's code cache
 * (runtime/src/codeCache.ts) so a fresh server does not compile it again; the cache is written once the server
 * has answered its first document.
 */
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { requireWithCodeCache } from '../../runtime/src/codeCache';
import { connectionLost, parseCommandLine, SERVER_INFO, type Output } from './cli';

declare const COROMEGA_BUNDLED: boolean | undefined;

function writer(stream: NodeJS.WriteStream): (text: string) => void {
  // A closed pipe (`--help | head -1`) is not an error worth a stack trace.
  stream.on('error', () => undefined);
  return (text) => void stream.write(text);
}

function oneLine(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const parsed = parseCommandLine(process.argv.slice(2), process.env);
const stderr = writer(process.stderr);

if (!parsed.ok) {
  stderr(`${SERVER_INFO.name}: ${parsed.error}\n`);
  process.exitCode = 2;
} else if (parsed.invocation.task) {
  const out: Output = { locale: parsed.invocation.locale, stdout: writer(process.stdout), stderr };
  Promise.resolve()
    .then(() => parsed.invocation.task!.run(out))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        stderr(`${SERVER_INFO.name}: ${oneLine(e)}\n`);
        process.exitCode = 1;
      },
    );
} else {
  const { transport, locale } = parsed.invocation;
  if (transport === 'socket' || transport === 'pipe') {
    // The server exits on its own after `exit`; an event loop that runs dry instead means the socket or pipe
    // never connected or closed early (the reader handles its error event, so nothing else would say so).
    process.once('beforeExit', () => {
      stderr(`${SERVER_INFO.name}: ${connectionLost(locale, transport)}\n`);
      process.exitCode = 1;
    });
  }
  // No on-stack replacement: each analysis pass is one long loop over the tokens, and on a document's first
  // analysis V8 would compile that loop's function in the middle of it, on background threads, only for the loop
  // to finish (or reach a branch it has not seen and throw the code away) before the compile does; the compiles
  // take the CPU the analysis runs on. The passes tier up when they are next called instead. Set before the
  // server's code is loaded, so its code cache is made and read under the same flags.
  v8.setFlagsFromString('--no-use-osr');
  try {
    if (typeof COROMEGA_BUNDLED !== 'undefined' && COROMEGA_BUNDLED) {
      const loaded = requireWithCodeCache(path.join(__dirname, 'main.js'));
      (loaded.exports as typeof import('./main')).whenWarm(() => loaded.save());
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./main');
    }
  } catch (e) {
    stderr(`${SERVER_INFO.name}: ${oneLine(e)}\n`);
    process.exitCode = 1;
  }
}
