/**
 * The messages between the debug adapter (the main thread, dap/) and the debugger beside the VM (the worker,
 * debug/). Requests travel in a ring of shared memory (channel.ts), so the worker reads them even while it waits
 * paused or spins in Lua; replies and events travel back with the run's events (eventChannel.ts), in order with
 * them. Bodies are the Debug Adapter Protocol's own, so the adapter relays most requests as they are.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { RunOptions } from '../host';
import type { TestCase } from '../testing/file';

/** A request to the debugger: a DAP command name and its arguments, numbered by the adapter. */
export interface DebugRequest {
  seq: number;
  command: string;
  arguments?: unknown;
}

/** What the debugger is started with (the `launch` request, already checked). */
export interface DebugStart {
  run?: RunOptions;
  /** One plugin test instead of a run. */
  test?: TestCase;
  /** Show the runtime's own Lua frames in call stacks. */
  showRuntimeFrames?: boolean;
  /** Stop at the plugin's first line. */
  stopOnEntry?: boolean;
}

/** The reply to a request, or an event, on the events channel (`type: "debug"` tells them from run events). */
export type DebugMessage =
  | { type: 'debug'; reply: number; body?: unknown; error?: string }
  | { type: 'debug'; event: 'stopped'; body: DebugProtocol.StoppedEvent['body'] }
  | { type: 'debug'; event: 'continued'; body: DebugProtocol.ContinuedEvent['body'] }
  | { type: 'debug'; event: 'thread'; body: DebugProtocol.ThreadEvent['body'] & { name?: string } }
  | { type: 'debug'; event: 'output'; body: DebugProtocol.OutputEvent['body'] }
  | { type: 'debug'; event: 'breakpoint'; body: DebugProtocol.BreakpointEvent['body'] }
  | { type: 'debug'; event: 'test'; body: unknown };

export function isDebugMessage(v: unknown): v is DebugMessage {
  return !!v && typeof v === 'object' && (v as { type?: unknown }).type === 'debug';
}
