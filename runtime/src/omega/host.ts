/**
 * What the omega areas need from the run: the world they answer from, the command interpreter, the entry points
 * plugins reach each other and the players through, the HTTP client, and the run's timers and work in flight.
 * The run (runtime.ts) is this host.
 */
import type { Clock } from '../clock';
import type { EntryPoints } from '../entryPoints';
import type { HttpClient } from '../http';
import type { Lang } from '../messages';
import type { PluginVM } from '../vm/plugin';
import type { CommandInterpreter } from '../world/commands';
import type { World } from '../world/world';
import type { QqRoutes } from './qq';

export interface OmegaHost {
  readonly lang: Lang;
  /** The run's one clock: plugin-visible time and every timer. */
  readonly clock: Clock;
  readonly world: World;
  readonly commands: CommandInterpreter;
  readonly entries: EntryPoints;
  readonly qq: QqRoutes;
  readonly http: HttpClient;
  readonly options: {
    readonly mask: boolean;
    readonly maxBodyEvent: number;
    readonly bodyDir?: string;
  };
  /** The run has ended (answers arriving later are dropped). */
  readonly finished: boolean;
  /** The next HTTP request's id (shared by the run's plugins). */
  nextRequestId: number;
  /** A timer that keeps the plugin alive until it fires; returns its cancel function. */
  timer(vm: PluginVM, ms: number, fn: () => void): () => void;
  /** Work that will wake the plugin (a request, a connect, an open connection); call the result when done. */
  track(vm: PluginVM, kind: 'net' | 'conn'): () => void;
  /** Runs fn on the next turn of the event loop (unless the run ended). */
  later(fn: () => void): void;
  wake(): void;
  /** A fault of the runtime itself (not of the plugin): reported, and the run ends. */
  internalError(e: unknown): void;
}
