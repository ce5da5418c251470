/**
 * The page's line to the extension: messages both ways, the state VS Code keeps for the page while it is hidden,
 * and the state the extension wrote into the page (`#initial-state`) so the first paint needs no message.
 */
import type { FromGameView } from '../../src/game/protocol';
import type { FromInspector } from '../../src/views/inspectorProtocol';

interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State = unknown>(): VsCodeApi<State>;

/** The API may be acquired once per page. */
const vscode = acquireVsCodeApi<Record<string, unknown>>();

export function post(message: FromInspector | FromGameView): void {
  vscode.postMessage(message);
}

export function savedState(): Record<string, unknown> {
  return vscode.getState() || {};
}

export function saveState(state: Record<string, unknown>): void {
  vscode.setState(state);
}

/** Calls `handler` with every message object the extension posts. */
export function onMessage<T>(handler: (message: T) => void): void {
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    handler(m as T);
  });
}

/** The state written into the page; throws when it is not JSON. */
export function initialState(): unknown {
  return JSON.parse(document.getElementById('initial-state')?.textContent || '{}');
}
