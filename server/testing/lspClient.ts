/**
 * A minimal LSP client that starts the built server (`dist/server/server.js --stdio`) as a child process and
 * speaks JSON-RPC to it: what the tests and the benchmark use. No side effects on import.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Location,
  type MessageConnection,
  type Position,
  type PublishDiagnosticsParams,
  type SignatureHelp,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export const SERVER_PATH = path.resolve(__dirname, '..', '..', '..', 'dist', 'server', 'server.js');
/** What `npx coromega-language-server` runs. */
export const BIN_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'bin',
  'coromega-language-server.js',
);

export interface StartOptions {
  /** The script to start (default: the bundle). */
  entry?: string;
  /** Extra environment for the server (e.g. COROMEGA_LSP_TIMING). */
  env?: Record<string, string>;
  locale?: string;
  settings?: unknown;
  snippetSupport?: boolean;
  /** The workspace folder (a file-system path): what world and test files are looked for in. */
  root?: string;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  exited = false;
  /** Error messages the server logged (window/logMessage of type Error), e.g. a handler that threw. */
  readonly errors: string[] = [];
  /** How many times the server asked for inlay hints again (`workspace/inlayHint/refresh`). */
  inlayRefreshes = 0;
  /** Messages the server showed the user (window/showMessage). */
  readonly shown: { type: number; message: string }[] = [];
  exitCode: number | null = null;
  stderr = '';
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: {
    uri: string;
    pred: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  private versions = new Map<string, number>();

  private constructor(env: Record<string, string> = {}, entry = SERVER_PATH) {
    this.proc = spawn(process.execPath, [entry, '--stdio'], {
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
    this.proc.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.proc.on('exit', (code) => {
      this.exited = true;
      this.exitCode = code;
    });
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout),
      new StreamMessageWriter(this.proc.stdin),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === p.uri && w.pred(p)) {
          this.waiters.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.shown.push(p);
    });
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) this.errors.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', () => []);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/inlayHint/refresh', () => {
      this.inlayRefreshes++;
      return null;
    });
    this.conn.listen();
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const c = new LspClient(opts.env, opts.entry);
    c.initializeResult = await c.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: opts.root ? pathToFileURL(opts.root).href : null,
      ...(opts.root
        ? { workspaceFolders: [{ uri: pathToFileURL(opts.root).href, name: 'workspace' }] }
        : {}),
      locale: opts.locale,
      capabilities: {
        textDocument: {
          completion: { completionItem: { snippetSupport: opts.snippetSupport ?? true } },
          publishDiagnostics: { versionSupport: true },
        },
        workspace: { inlayHint: { refreshSupport: true } },
      },
      initializationOptions: { locale: opts.locale, settings: opts.settings },
    });
    await c.conn.sendNotification('initialized', {});
    return c;
  }

  initializeResult: InitializeResult | undefined;

  async open(uri: string, text: string, version = 1, languageId = 'lua'): Promise<void> {
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  /** Sends a change and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first diagnostics for `uri` published for `version` (or any version when omitted). */
  waitForDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const pred = (p: PublishDiagnosticsParams): boolean =>
      version === undefined || p.version === version;
    const have = this.diagnostics.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((resolve) => this.waiters.push({ uri, pred, resolve }));
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const r = await this.conn.sendRequest<CompletionItem[] | CompletionList | null>(
      'textDocument/completion',
      { textDocument: { uri }, position },
    );
    if (!r) return [];
    return Array.isArray(r) ? r : r.items;
  }

  /** `completionItem/resolve`: the item with its documentation. */
  resolve(item: CompletionItem): Promise<CompletionItem> {
    return this.conn.sendRequest('completionItem/resolve', item);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  signatureHelp(uri: string, position: Position): Promise<SignatureHelp | null> {
    return this.conn.sendRequest('textDocument/signatureHelp', {
      textDocument: { uri },
      position,
    });
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    const range = diagnostics[0]?.range ?? {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    };
    return this.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
  }

  async definition(uri: string, position: Position): Promise<Location[]> {
    const r = await this.conn.sendRequest<Location | Location[] | null>('textDocument/definition', {
      textDocument: { uri },
      position,
    });
    return r === null ? [] : Array.isArray(r) ? r : [r];
  }

  async references(
    uri: string,
    position: Position,
    includeDeclaration = true,
  ): Promise<Location[]> {
    const r = await this.conn.sendRequest<Location[] | null>('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration },
    });
    return r ?? [];
  }

  /** `workspace/didChangeWatchedFiles`: these files changed on disk (type 2). */
  async filesChanged(uris: string[]): Promise<void> {
    await this.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: uris.map((uri) => ({ uri, type: 2 })),
    });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  }

  /** Any request by method name (definition, references, rename, inlay hints, formatting...). */
  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params);
  }

  async configure(settings: unknown): Promise<void> {
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([
          this.conn.sendRequest('shutdown'),
          new Promise((r) => setTimeout(r, 2000)),
        ]);
        await this.conn.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

/** Position of the first occurrence of `marker` in `text` (offset `delta` characters after its start). */
export function positionOf(text: string, marker: string, delta = 0): Position {
  const idx = text.indexOf(marker);
  if (idx < 0) throw new Error(`marker not found: ${marker}`);
  return offsetToPosition(text, idx + delta);
}

export function offsetToPosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Applies a range edit to `text` (what the server does with the same didChange). */
export function applyEdit(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
