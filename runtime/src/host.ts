/**
 * The runtime as a library: `runPlugin(options, onEvent)` runs one or more plugins in a simulated world in this
 * thread and reports what happens as events (events.ts). coromega-run (cli.ts) runs the same code in a worker.
 */
import type { ExitEvent, RunEvent } from './events';
import type { Lang } from './messages';
import type { WorldFile } from './world/file';
import type { PluginOptions, PluginVM } from './vm/plugin';
import type { FrameworkVersion } from '../../catalog/versions';
import { Runtime } from './runtime';

export { DEFAULT_MAX_BODY, DEFAULT_MAX_BODY_EVENT } from './runtime';
export { lua51SyntaxError } from '../../lua51/verdict';

export interface RunOptions {
  /** The file to run (the first plugin when `plugins` is given). */
  pluginPath: string;
  /** The path shown in messages and used for config resolution (unsaved editor text). Defaults to pluginPath. */
  displayPath?: string;
  /** Source text to run instead of reading pluginPath. */
  source?: string;
  /** Several plugins in one world (`coromega-run a.lua b.lua`); when given, pluginPath is ignored. */
  plugins?: PluginOptions[];
  configPath?: string;
  storageDir?: string;
  /** Upper bound for every request's deadline, in seconds (0 = none). */
  timeoutCapSeconds?: number;
  /** Bytes of each body put into events. Default 65536. */
  maxBodyEvent?: number;
  /** Largest response body read. Default 50 MiB. */
  maxBody?: number;
  /** Mask Authorization / Cookie values in events. Default true. */
  mask?: boolean;
  /** "host:port" -> address. */
  resolve?: Map<string, string>;
  lang?: Lang;
  /** Whether lines can still arrive on stdin (keeps entry points listening). Default false. */
  stdin?: boolean;
  /** stdin is read from a person (a terminal, the Game view): while a plugin waits for a line from it, a virtual
   * clock runs at real speed, so `ask` and `input` timeouts stay honest. Default false. */
  realStdin?: boolean;
  /** Virtual time (clock.ts): the clock jumps to the next timer whenever nothing but timers is pending. Default
   * false (real time). */
  virtualTime?: boolean;
  /** Extra CA certificates (PEM) trusted for https. */
  ca?: string[];
  /** Where full bodies of truncated responses are written. Default: a temp folder. */
  bodyDir?: string;
  /** The world (already checked, see world/file.ts). Default: one online operator, Steve. */
  world?: WorldFile;
  /** The file `world` was read from, reported in the `start` event. */
  worldPath?: string;
  /** Report the players and objectives as `worldState` events whenever they change. Default false. */
  worldState?: boolean;
  /** The framework version the plugins' coromega follows (catalog/versions.ts). Default: the bundled one. */
  framework?: FrameworkVersion;
  /** A debugger or a coverage counter, attached to each plugin's VM before it loads (never in a plain run). */
  debug?: VmAttachment;
}

/** What a debugger (debug/debugger.ts) or coverage (debug/coverage.ts) needs from a run. */
export interface VmAttachment {
  attach(vm: PluginVM): void;
  /** The run ended. */
  detach(): void;
  /** The run's world, lent to the attachment: stopped while paused, players' names for display. */
  world?: { pause(): void; resume(): void; playerName(uuid: string): string | undefined };
}

/** A run in progress, for its driver: feed stdin lines, close stdin, stop it. */
export class Run {
  constructor(readonly runtime: Runtime) {}

  /** Feeds one stdin line (without newline): a JSON object is an action, anything else a terminal line. */
  pushInput(line: string): void {
    this.runtime.pushInput(line);
  }

  /** stdin reached EOF. */
  endInput(): void {
    this.runtime.endInput();
  }

  /** Stops the run: requests in flight are aborted, timers cleared, connections closed. */
  stop(): void {
    this.runtime.stop();
  }
}

/** Runs plugins in this thread; resolves with the exit event (also emitted). */
export function runPlugin(
  options: RunOptions,
  emit: (e: RunEvent) => void,
): { run: Run; done: Promise<ExitEvent> } {
  const runtime = new Runtime(options, emit);
  const run = new Run(runtime);
  return { run, done: runtime.start() };
}
