/**
 * coromega-run: runs neomega Lua plugins offline, in a simulated world.
 *
 * The Lua VM runs in a worker thread with a heap limit; this (main) thread parses arguments, forwards stdin lines,
 * renders events (plain text, or one JSON object per line with --json), watches memory, and exits 0/1/2. With
 * `--watch` it also watches the plugins and their configs (watch.ts) and asks the worker to restart the run in the
 * same world when one is saved (session.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { ExitEvent, RunEvent } from './events';
import { message } from './messages';
import { langOf, parseArgs, usage, UsageError, type CliOptions } from './args';
import { PlainRenderer } from './render';
import { loadWorldFile, WorldFileError } from './world/file';
import { defaultWorldFile } from './world/locate';
import { EventReader } from './eventChannel';
import { resolveConfigPath } from './config';
import { FileWatcher, watchedSource } from './watch';
import { startVmWorker, type FromWorker, type ToWorker, type VmWorker } from './vmWorker';
import { version } from '../../package.json';

// ---------------------------------------------------------------------------------------------------------------
// Main side

/**
 * Runs the command line; `warm` is a VM worker already started for it (`--serve`, serve.ts). Returns whether a run
 * started (false for help, the version, plugin tests and usage errors).
 */
export function main(argv: string[], warm?: VmWorker): boolean {
  if (argv[0] === '--serve') {
    // Started ahead of its run (the VS Code extension keeps one ready): the run's arguments come on stdin.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./serve') as typeof import('./serve')).serveMain(argv.slice(1), main);
    return false;
  }
  if (argv.includes('--debug-adapter')) {
    // The Debug Adapter Protocol on stdin/stdout (dap/adapter.ts): VS Code, nvim-dap and other DAP clients.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./dap/adapter') as typeof import('./dap/adapter')).debugAdapterMain(langOf(argv));
    return false;
  }
  if (argv.some((a) => a === '--init' || a.startsWith('--init='))) {
    // A new plugin's files (runtime/src/init/), loaded only for this mode.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./init/cli') as typeof import('./init/cli')).initMain(argv);
    return false;
  }
  if (argv.includes('--test') || argv.includes('--record')) {
    // Plugin tests (runtime/src/testing/): loaded only for this mode; tests run in testing/worker.js (its own
    // bundle under this one's folder, or tsc's output under this file's).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./testing/cli') as typeof import('./testing/cli')).testMain(
      argv,
      path.join(__dirname, 'testing', 'worker.js'),
    );
    return false;
  }
  let opts: CliOptions | 'help' | 'version';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`coromega-run: ${e.message}\n`);
      process.exitCode = 2;
      return false;
    }
    throw e;
  }
  if (opts === 'help') {
    process.stdout.write(usage(langOf(argv)));
    return false;
  }
  if (opts === 'version') {
    process.stdout.write(`coromega-run ${version}\n`);
    return false;
  }
  const o = opts;
  // Without --world, the world file beside the (first) plugin, as VS Code and the tests find it; said on stderr.
  const besideWorld =
    o.world === undefined && !o.noWorld
      ? defaultWorldFile(o.run.displayPath ?? o.plugins[0]!)
      : undefined;
  const worldPath = o.world ?? (besideWorld && shownPath(besideWorld));
  if (worldPath !== undefined) {
    try {
      o.run.world = loadWorldFile(worldPath, o.lang);
      o.run.worldPath = worldPath;
    } catch (e) {
      if (!(e instanceof WorldFileError)) throw e;
      process.stderr.write(`coromega-run: ${e.message}\n`);
      process.exitCode = 2;
      return false;
    }
    if (besideWorld && !o.json)
      process.stderr.write(`${message(o.lang, 'world_beside', worldPath)}\n`);
  }
  for (const plugin of o.plugins) {
    if (!fs.existsSync(plugin) || !fs.statSync(plugin).isFile()) {
      process.stderr.write(`coromega-run: ${message(o.lang, 'not_found', plugin)}\n`);
      process.exitCode = 2;
      return false;
    }
  }
  o.run.pluginPath = path.resolve(o.plugins[0]!);
  if (!o.run.displayPath) o.run.displayPath = o.plugins[0]!;
  if (o.plugins.length > 1)
    o.run.plugins = o.plugins.map((p) => {
      const config = o.configs.get(p) ?? o.configs.get(path.basename(p));
      return {
        pluginPath: path.resolve(p),
        displayPath: p,
        ...(config !== undefined ? { configPath: config } : {}),
      };
    });
  else if (o.configs.size > 0) o.run.configPath ??= [...o.configs.values()][0]!;

  const writeOut = (s: string): void => {
    process.stdout.write(s);
  };
  const writeErr = (s: string): void => {
    process.stderr.write(s);
  };
  const renderer = new PlainRenderer(
    writeOut,
    writeErr,
    !!process.stdout.isTTY,
    !!process.stderr.isTTY,
    o.lang,
  );
  const render = (e: RunEvent): void => {
    if (o.json) writeOut(JSON.stringify(e) + '\n');
    else renderer.render(e);
  };

  let ended = false;
  const end = (exit: ExitEvent): void => {
    if (ended) return;
    ended = true;
    clearInterval(watchdog);
    watcher?.close();
    render(exit);
    process.stdin.pause();
    process.stdin.destroy();
    process.exitCode = exit.code;
    // Let stdout drain (a finished run loses none of its output, however slow the reader), then leave even if
    // the worker is stuck in a loop.
    process.stdout.write('', () => {
      process.exit(exit.code);
    });
    // A stopped or over-limit run ends within a second even when the reader never drains stdout.
    if (exit.reason === 'stopped' || exit.reason === 'limit') {
      setTimeout(() => process.exit(exit.code), 1000).unref();
    }
  };

  const vm =
    warm && warm.maxMemoryMb === o.maxMemoryMb
      ? warm
      : startVmWorker(o.maxMemoryMb, o.run, o.watch);
  if (vm === warm)
    vm.worker.postMessage({ type: 'start', run: o.run, watch: o.watch } satisfies ToWorker);
  else void warm?.worker.terminate();
  const { worker } = vm;
  const events = new EventReader(vm.events);
  // Events as the worker writes them; --json passes each text through as it is. Only while stdout takes them: when
  // it is full this waits for it to drain and the worker waits for room, so a print flood runs at the speed stdout
  // is read and nothing piles up in this process.
  let batch = '';
  const renderText = o.json
    ? (text: string): void => {
        batch += text + '\n';
      }
    : (text: string): void => renderer.render(JSON.parse(text) as RunEvent);
  const drainEvents = (): void => {
    events.drain(renderText);
    if (batch !== '') {
      writeOut(batch);
      batch = '';
    }
  };
  void (async () => {
    while (!ended) {
      await events.whenWritten();
      if (ended) break;
      drainEvents();
      if (process.stdout.writableNeedDrain)
        await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  })();
  worker.on('message', (m: FromWorker) => {
    drainEvents();
    end(m.exit);
  });
  const limitExit = (): void => {
    drainEvents();
    const text = message(o.lang, 'memory', String(o.maxMemoryMb));
    render({ type: 'error', message: text });
    end({ type: 'exit', code: 1, reason: 'limit', message: text });
  };
  worker.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message))
      limitExit();
    else {
      drainEvents();
      render({ type: 'error', message: String(err.stack ?? err.message) });
      end({ type: 'exit', code: 1, reason: 'error' });
    }
  });
  worker.on('exit', (code) => {
    if (!ended) {
      const text = message(o.lang, 'unexpected_exit', String(code));
      render({ type: 'error', message: text });
      end({ type: 'exit', code: 1, reason: 'error', message: text });
    }
  });

  // Memory outside the JS heap (large strings are ArrayBuffers) is watched here.
  const rssLimit = (o.maxMemoryMb * 2 + 256) * 1024 * 1024;
  const watchdog = setInterval(() => {
    if (process.memoryUsage.rss() > rssLimit) limitExit();
  }, 100);
  watchdog.unref();

  // --watch: the plugins (the editor's file for unsaved text) and their configs; a save restarts the run.
  let watcher: FileWatcher | undefined;
  if (o.watch) {
    const plugins = o.run.plugins ?? [
      { pluginPath: o.run.pluginPath, displayPath: o.run.displayPath ?? o.plugins[0]! },
    ];
    const files = new Set<string>();
    for (const p of plugins) {
      const source = watchedSource(p);
      files.add(path.resolve(source));
      const display = p.displayPath ?? p.pluginPath;
      files.add(
        resolveConfigPath(display, o.run.configPath) ??
          path.join(
            path.dirname(path.resolve(display)),
            path.basename(display).replace(/\.lua$/i, '') + '.json',
          ),
      );
    }
    watcher = new FileWatcher(
      [...files],
      (changed) => worker.postMessage({ type: 'reload', files: changed } satisfies ToWorker),
      (err) => writeErr(`coromega-run: --watch: ${err.message}\n`),
    );
    if (!o.json)
      renderer.note(
        message(
          o.lang,
          'watch_start',
          [...files].map((f) => path.relative(process.cwd(), f) || f).join(', '),
        ),
      );
  }

  // stdin -> worker, one line per message.
  let pendingText = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    pendingText += chunk;
    let nl: number;
    while ((nl = pendingText.indexOf('\n')) >= 0) {
      const line = pendingText.slice(0, nl).replace(/\r$/, '');
      pendingText = pendingText.slice(nl + 1);
      worker.postMessage({ type: 'line', line } satisfies ToWorker);
    }
  });
  process.stdin.on('end', () => {
    if (pendingText !== '')
      worker.postMessage({ type: 'line', line: pendingText } satisfies ToWorker);
    pendingText = '';
    worker.postMessage({ type: 'eof' } satisfies ToWorker);
  });
  process.stdin.on('error', () => worker.postMessage({ type: 'eof' } satisfies ToWorker));

  // The reader went away (e.g. `coromega-run x.lua | head`): stop quietly.
  const onPipeError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      ended = true;
      clearInterval(watchdog);
      void worker.terminate().finally(() => process.exit(1));
    }
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);

  const onSignal = (): void => {
    const text = message(o.lang, 'stopped');
    end({ type: 'exit', code: 1, reason: 'stopped', message: text });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Windows has no SIGTERM to deliver: Ctrl+C is SIGINT there and Ctrl+Break SIGBREAK; Stop in VS Code ends the
  // process (client/src/runProcess.ts).
  if (process.platform === 'win32') process.on('SIGBREAK', onSignal);
  return true;
}

/** A path as the user would write it: relative to the working folder when inside it. */
function shownPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

if (isMainThread && (require.main === module || isBundleEntry())) main(process.argv.slice(2));

function isBundleEntry(): boolean {
  const a = process.argv[1];
  return (
    !!a &&
    (a.endsWith('coromega-run.js') ||
      a.endsWith(path.join('runtime', 'cli.js')) ||
      a.endsWith('coromega-run'))
  );
}
