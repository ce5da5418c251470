/**
 * What the VM core needs from the run that holds it, and how the run hands it the omega areas.
 *
 * The VM core (Fengari state, value marshalling, the blocking protocol, sources and mux pollers, timers and
 * terminal input) knows neither the simulated omega above it nor the runtime that composes them: the composition
 * root (runtime.ts) implements `VmHost` and passes the areas' host functions in as `AreaModule`s.
 */
import type { Clock } from '../clock';
import type { RunEvent } from '../events';
import type { Lang } from '../messages';
import type { HostFn, PluginVM, Source } from './plugin';

/** One area's host functions for one plugin (omega.cmds, omega.players, ...), bound to the run by its maker. */
export type AreaModule = (vm: PluginVM) => Record<string, HostFn>;

/** The entry points the VM core itself registers: listeners (menus, chat...) and terminal inputs. */
export interface VmEntries {
  /** Whether stdin or the script could still reach one of this plugin's entry points. */
  listening(vm: PluginVM): boolean;
  addListener(vm: PluginVM, source: Source): void;
  removeListener(vm: PluginVM, source: Source): void;
  /** Waits for the next terminal line; returns the cancel function. */
  waitForLine(vm: PluginVM, prompt: string, answer: (line: string) => void): () => void;
}

/** The run as the VM core sees it: events, the scheduler, timers and work in flight, and how the run ends. */
export interface VmHost {
  readonly lang: Lang;
  /** The run's one clock: plugin-visible time and every timer. */
  readonly clock: Clock;
  /** The run's plugins (events a plugin causes name it when there are several). */
  readonly plugins: readonly unknown[];
  readonly entries: VmEntries;
  /** The run has ended. */
  readonly finished: boolean;
  /** A Lua error was reported; the run ends with code 1. */
  failed: boolean;
  /** os.exit's code, once called. */
  exitCode: number | undefined;
  /** How deep in plugin code the JS stack is (a plugin resumed from inside another's host call). */
  depth: number;
  emit(e: RunEvent): void;
  /** Something a plugin waits for may have arrived: resume whatever can go on. */
  wake(): void;
  /**
   * Whether the scheduler, were the running plugin to block now with an event already waiting, would resume it at
   * once with that event; if so, the step is counted and the plugin may take the event without blocking.
   */
  resumesAtOnce(): boolean;
  /** A timer that keeps the plugin alive until it fires; returns its cancel function. */
  timer(vm: PluginVM, ms: number, fn: () => void): () => void;
  /** A Lua error was reported by a plugin. */
  fail(): void;
  internalError(e: unknown): void;
}
