/**
 * The messages between the request inspector (inspectorView.ts) and its webview (client/webview/inspector/): the
 * run's events as the page draws them, the state it starts from, and what it asks the extension to open. Types
 * only, and nothing imported that needs Node or `vscode`: the webview's own sources are type-checked against this
 * file.
 */
import type { RequestEvent, ResponseEvent, RunEvent } from '../../../runtime/src/events';
import type { StyledSegment } from '../format';

type UrlLabel = { label: { host: string; path: string } };

/** What the webview receives: run events, with printed text already split into Minecraft-styled segments and URLs
 * split into host and path. */
export type WebEvent =
  | Exclude<RunEvent, { type: 'print' | 'request' | 'response' }>
  | (RequestEvent & UrlLabel)
  | (ResponseEvent & UrlLabel)
  | { type: 'print'; stream: string; level?: string; segments: StyledSegment[] };

/** Everything the webview shows before the first event: written into its HTML, so its first paint has content. */
export interface InspectorState {
  title: string;
  running: boolean;
  /** The debugger holds the run at a stop. */
  paused: boolean;
  ended: string;
  /** The page's words by key, already in the user's language. */
  strings: Record<string, string>;
}

/** Messages to the webview: a new run (or everything again), a batch of events, whether the run still runs (and whether
 * the debugger holds it). */
export type ToInspector =
  | { type: 'reset'; state: InspectorState }
  | { type: 'events'; events: WebEvent[]; dropped?: number }
  | { type: 'state'; running: boolean; paused: boolean };

/** Messages from the webview. */
export type FromInspector =
  | { type: 'ready' }
  | { type: 'openBody'; id: number; which: 'request' | 'response' }
  | { type: 'openLocation'; file: string; line: number };
