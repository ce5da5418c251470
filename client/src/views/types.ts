import type * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import type { Settings } from '../settings';

/** What every view learns about a run when it starts. */
export interface RunInfo {
  /** The editor document's URI. */
  uri: vscode.Uri;
  /** The path shown to the user and used by the runtime for errors and config. */
  displayPath: string;
  /** The file the runtime executes (a temp copy when the editor had unsaved text). */
  file: string;
  settings: Settings;
  startedAt: number;
  /** The plugin's world file (`coromegaLua.run.worldFile`), whether or not it exists; none for unsaved files. */
  worldFile?: string;
  /** The world file the run uses (the file, or a temp copy of its unsaved text), when there is one. */
  world?: string;
}

/** A view renders one run's event stream; several views render the same stream. */
export interface RunView {
  runStarted(info: RunInfo): void;
  event(ev: RunEvent): void;
  /** Lines the runtime wrote outside the event stream. */
  stray?(line: string): void;
  /** The debugger stopped the plugin, or let it go on (debug sessions only). */
  paused?(paused: boolean): void;
  runEnded(exit: ExitEvent): void;
}
