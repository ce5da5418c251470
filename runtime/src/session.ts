/**
 * A run and the runs that replace it in the same world (`coromega-run --watch`): the worker's side of restart on
 * save.
 *
 * Saving a plugin or its config (watch.ts sees it on the main thread) asks for a reload: the saved files are checked
 * first — a plugin that does not parse by Lua 5.1's rules, or a config that is not JSON, is reported as an error at
 * its line and the run goes on as it was. Otherwise the run stops (quietly: no exit) and a new one starts with the
 * same World and the same clock: players, their tags and scores, soft data, the shared map and QQ groups stay as
 * they were, KV databases and files stay on disk, time goes on; the world file's script is not played again. A
 * `reload` event comes first, then the new run's own events.
 *
 * Without watching, a run's end is the session's end. Watching, a run that ends by itself (finished, an error,
 * os.exit) is reported as a `watching` event and the session waits for the next save.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeGoJson, JsonSyntaxError } from './gojson';
import { lua51SyntaxError } from '../../lua51/verdict';
import { resolveConfigPath } from './config';
import type { ExitEvent, RunEvent } from './events';
import { Run, type RunOptions } from './host';
import { message, type Lang } from './messages';
import { Runtime, type Carried } from './runtime';
import type { PluginOptions } from './vm/plugin';
import { watchedSource } from './watch';

export interface SessionHandlers {
  emit(e: RunEvent): void;
  /** The session is over: the run ended without watching, or it was stopped. */
  done(exit: ExitEvent): void;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export class RunSession {
  private run: Run | undefined;
  private carried: Carried | undefined;
  /** Counts runs: the end of a run that was replaced is not news. */
  private generation = 0;
  private reloading = false;
  /** Files saved while a reload was under way: one more reload follows it. */
  private readonly queued = new Set<string>();
  private idle = false;
  private finished = false;
  private readonly lines: string[] = [];
  private stdinEnded = false;
  private readonly lang: Lang;

  constructor(
    private readonly options: RunOptions,
    private readonly watch: boolean,
    private readonly handlers: SessionHandlers,
  ) {
    this.lang = options.lang ?? 'zh-cn';
  }

  /** The run now (tests and the debugger reach its runtime). */
  get current(): Run | undefined {
    return this.run;
  }

  start(): void {
    this.begin(this.options);
  }

  pushInput(line: string): void {
    if (this.reloading || this.idle) this.lines.push(line);
    else this.run?.pushInput(line);
  }

  endInput(): void {
    this.stdinEnded = true;
    if (!this.reloading && !this.idle) this.run?.endInput();
  }

  /** Ends the session: the run stops and the session is done. */
  stop(): void {
    if (this.finished) return;
    if (this.run && !this.idle) this.run.stop();
    else
      this.end({
        type: 'exit',
        code: 1,
        reason: 'stopped',
        message: message(this.lang, 'stopped'),
      });
  }

  /**
   * Saved files (`changed`): when every plugin parses and every config reads, the run restarts in the same world;
   * resolves once the new run has started, or the problem has been reported.
   */
  async reload(changed: string[]): Promise<void> {
    if (!this.watch || this.finished) return;
    // a config the plugin rewrote itself (coromega:update_config) is not a save: restarting on it would loop
    changed = changed.filter((f) => !this.writtenByPlugin(f));
    if (changed.length === 0) return;
    if (this.reloading) {
      for (const f of changed) this.queued.add(f);
      return;
    }
    const plugins = this.pluginList();
    const next: PluginOptions[] = [];
    for (const p of plugins) {
      const file = watchedSource(p);
      let source: string;
      try {
        source = fs.readFileSync(file, 'utf8');
      } catch (e) {
        this.keep(
          message(this.lang, 'not_found', `${file} (${(e as NodeJS.ErrnoException).code ?? ''})`),
        );
        return;
      }
      const display = p.displayPath ?? p.pluginPath;
      const syntax = lua51SyntaxError(source.replace(/^\uFEFF/, ''));
      if (syntax) {
        this.keep(`${display}:${syntax.line}: ${syntax.message}`, display, syntax.line);
        return;
      }
      const config = resolveConfigPath(display, p.configPath ?? this.options.configPath);
      if (config && isFile(config)) {
        try {
          decodeGoJson(fs.readFileSync(config));
        } catch (e) {
          if (!(e instanceof JsonSyntaxError)) throw e;
          this.keep(message(this.lang, 'config_unreadable', config, e.message), config);
          return;
        }
      }
      const { source: _old, ...rest } = p;
      void _old;
      next.push({ ...rest, source });
    }
    this.reloading = true;
    try {
      if (this.run && !this.idle) {
        const rt = this.run.runtime;
        rt.stop();
        await rt.done;
      }
      this.idle = false;
      this.handlers.emit({ type: 'reload', files: changed });
      const { world, ...options } = this.options;
      // The world is the one the last run left; its script is not played again.
      const { script: _script, ...worldRest } = world ?? {};
      void _script;
      this.begin({
        ...options,
        world: worldRest,
        ...(next.length === 1 && !this.options.plugins
          ? { source: next[0]!.source!, pluginPath: next[0]!.pluginPath }
          : { plugins: next }),
      });
    } finally {
      this.reloading = false;
    }
    for (const line of this.lines.splice(0)) this.run?.pushInput(line);
    if (this.stdinEnded) this.run?.endInput();
    if (this.queued.size > 0) {
      const again = [...this.queued];
      this.queued.clear();
      await this.reload(again);
    }
  }

  /** Whether `file` holds what a plugin of the run now last wrote to it (its config, with update_config). */
  private writtenByPlugin(file: string): boolean {
    const abs = path.resolve(file);
    const mine = this.run?.runtime.plugins.filter((vm) => vm.configWritten?.file === abs) ?? [];
    if (mine.length === 0) return false;
    let now: Buffer;
    try {
      now = fs.readFileSync(abs);
    } catch {
      return false;
    }
    return mine.some((vm) => vm.configWritten!.bytes.equals(now));
  }

  /** The plugins of the run, as options of their own. */
  private pluginList(): PluginOptions[] {
    const o = this.options;
    if (o.plugins) return o.plugins;
    return [
      {
        pluginPath: o.pluginPath,
        ...(o.displayPath !== undefined ? { displayPath: o.displayPath } : {}),
        ...(o.configPath !== undefined ? { configPath: o.configPath } : {}),
      },
    ];
  }

  /** A saved file cannot be used: say where, and go on with the run there is. */
  private keep(text: string, file?: string, line?: number): void {
    this.handlers.emit({
      type: 'error',
      message: text,
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
    });
    this.handlers.emit({
      type: 'warning',
      message: message(this.lang, this.idle ? 'reload_waiting' : 'reload_kept'),
    });
  }

  private begin(options: RunOptions): void {
    const generation = ++this.generation;
    // A run's exit is the session's only when the session ends with it (see end()).
    const runtime = new Runtime(
      options,
      (e) => {
        if (e.type !== 'exit') this.handlers.emit(e);
      },
      this.carried,
    );
    this.carried = { world: runtime.world, clock: runtime.clock };
    this.run = new Run(runtime);
    void runtime.start().then((exit) => {
      if (generation !== this.generation || this.reloading) return;
      if (!this.watch || exit.reason === 'stopped' || exit.reason === 'limit') {
        this.end(exit);
        return;
      }
      // Watching: the run is over, the session is not.
      this.idle = true;
      this.handlers.emit({
        type: 'watching',
        code: exit.code,
        reason: exit.reason,
        ...(exit.message ? { message: exit.message } : {}),
      });
    });
  }

  private end(exit: ExitEvent): void {
    if (this.finished) return;
    this.finished = true;
    this.handlers.done(exit);
  }
}
