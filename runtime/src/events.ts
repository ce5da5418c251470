/**
 * The run event stream: what the runtime reports while a plugin runs.
 *
 * `coromega-run --json` writes each event as one JSON object per line on stdout, in the order things happen.
 * The VS Code extension (and any other front end) renders these; the CLI's plain mode renders the same events
 * as text (prints on stdout, everything else on stderr).
 *
 * Text fields keep Minecraft colour codes (`§a`, `§l`, `§r`, ...) raw; renderers decide how to show them.
 * `Authorization` and `Cookie` header values (and `Set-Cookie` in responses) are masked as `***` unless the run
 * was started with `--no-mask`.
 */

/** Where a printed line came from. */
export type PrintStream =
  /** Lua's `print(...)` / `io.write(...)`. */
  | 'print'
  /** `coromega:print(...)`. */
  | 'coromega'
  /** `coromega:log(...)` and the `*_out` family (`debug_out`, `info_out`, ...). */
  | 'log';

export type LogLevel = 'debug' | 'info' | 'success' | 'warning' | 'error';

export interface StartEvent {
  type: 'start';
  /** The plugin path as shown to the user (`--display-path` when given). */
  plugin: string;
  /** The config file the run uses, or null when none was found. */
  config: string | null;
  /** The storage root (`neomega_storage`-like folder). */
  storage: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface PrintEvent {
  type: 'print';
  /** The printed text, without the trailing newline (`io.write` text is given as written, newlines included). */
  text: string;
  stream: PrintStream;
  /** Only for `stream: "log"`. */
  level?: LogLevel;
  /** True for `io.write` output, which does not end with a newline of its own. */
  partial?: boolean;
}

export interface RequestEvent {
  type: 'request';
  /** Run-unique id; the matching `response` / `requestError` carries the same id. */
  id: number;
  /** Upper-cased method as sent. */
  method: string;
  /** The URL as sent (after `query` replaced the query string). */
  url: string;
  /** Request headers as sent (canonical names). */
  headers: Record<string, string>;
  /** Request body length in bytes. */
  bodySize: number;
  /** Body preview (up to `--max-body-event` bytes, UTF-8 decoded). */
  body: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface ResponseEvent {
  type: 'response';
  id: number;
  status: number;
  /** Final URL after redirects. */
  url: string;
  /** Response headers: canonical name -> first value (what the plugin sees in `response.headers`). */
  headers: Record<string, string>;
  /** Cookies from Set-Cookie: name -> value (what the plugin sees in `response.cookies`). */
  cookies: Record<string, string>;
  /** Body length in bytes (`response.body_size`). */
  size: number;
  durationMs: number;
  /** Body text, up to `--max-body-event` bytes. */
  body: string;
  bodyTruncated: boolean;
  /** When truncated: a temp file holding the full body. */
  bodyFile?: string;
  /** Number of redirects followed. */
  redirects?: number;
}

export interface RequestErrorEvent {
  type: 'requestError';
  id: number;
  /** The message the plugin receives as the second return value, e.g. `Get "http://...": ...`. */
  message: string;
  durationMs: number;
}

export interface ErrorEvent {
  type: 'error';
  /** The Lua error message (for syntax errors: `file:line: message`). */
  message: string;
  /** The file the error points at (display path), when known. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  traceback?: string;
}

export interface WarningEvent {
  type: 'warning';
  message: string;
  /** For offline-only APIs: the API name (e.g. `send_ws_cmd`). */
  api?: string;
}

export interface InputEvent {
  type: 'input';
  /** The hint shown by `coromega:input(hint)`, or a menu prompt; may be empty. */
  prompt: string;
}

export type ExitReason =
  /** Nothing left that can resume the plugin. */
  | 'finished'
  /** Uncaught Lua error or syntax error. */
  | 'error'
  /** Stopped from outside (signal, stdin closed while only waiting for input, ...). */
  | 'stopped'
  /** A resource limit was hit (memory, body size of the VM, stack). */
  | 'limit'
  /** The plugin called `os.exit(...)`. */
  | 'exit';

export interface ExitEvent {
  type: 'exit';
  /** The process exit code: 0 finished / os.exit(true|0), 1 error or limit. */
  code: number;
  reason: ExitReason;
  /** Human-readable detail (e.g. the limit that was hit). */
  message?: string;
}

export type RunEvent =
  | StartEvent
  | PrintEvent
  | RequestEvent
  | ResponseEvent
  | RequestErrorEvent
  | ErrorEvent
  | WarningEvent
  | InputEvent
  | ExitEvent;

export type RunEventType = RunEvent['type'];

/** Parses one `--json` line; returns undefined for lines that are not an event. */
export function parseEventLine(line: string): RunEvent | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string') {
      return v as RunEvent;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
