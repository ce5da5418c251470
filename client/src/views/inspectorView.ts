import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RequestEvent, ResponseEvent, RunEvent } from '../../../runtime/src/events';
import { exitText, minecraftSegments, type StyledSegment } from '../format';
import type { RunInfo, RunView } from './types';

/** What the webview receives: run events, with printed text already split into Minecraft-styled segments. */
export type WebEvent =
  | Exclude<RunEvent, { type: 'print' }>
  | { type: 'print'; stream: string; level?: string; segments: StyledSegment[] };

type FromWebview =
  | { type: 'ready' }
  | { type: 'stop' }
  | { type: 'rerun' }
  | { type: 'openBody'; id: number; which: 'request' | 'response' };

/** Most exchanges and printed lines kept for a run (older ones are dropped, the view says so). */
const MAX_EVENTS = 5000;

/** The request inspector: a webview listing every exchange of the run as it happens. */
export class InspectorView implements RunView, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private events: WebEvent[] = [];
  private droppedEvents = 0;
  private pending: WebEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private title = '';
  private readonly requests = new Map<number, RequestEvent>();
  private readonly responses = new Map<number, ResponseEvent>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly commands: { stop(): void; rerun(): void },
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the panel beside the editor without taking focus. */
  show(preserveFocus = true): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'client', 'media');
    const panel = vscode.window.createWebviewPanel(
      'coromegaLua.inspector',
      vscode.l10n.t('Coromega requests'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true },
    );
    panel.webview.html = this.html(panel.webview, media);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
  }

  runStarted(info: RunInfo): void {
    this.flush();
    this.events = [];
    this.droppedEvents = 0;
    this.requests.clear();
    this.responses.clear();
    this.running = true;
    this.title = path.basename(info.displayPath);
    this.post({ type: 'reset', title: this.title, running: true, strings: this.strings() });
  }

  event(ev: RunEvent): void {
    if (ev.type === 'request') {
      this.requests.set(ev.id, ev);
      if (!this.panel) this.show(true);
    } else if (ev.type === 'response') {
      this.responses.set(ev.id, ev);
    }
    const web: WebEvent =
      ev.type === 'print'
        ? {
            type: 'print',
            stream: ev.stream,
            level: ev.level,
            segments: minecraftSegments(ev.text),
          }
        : ev;
    this.events.push(web);
    // Trim in chunks: one splice per MAX_EVENTS events, not one per event during a flood.
    if (this.events.length >= MAX_EVENTS * 2) {
      const cut = this.events.length - MAX_EVENTS;
      this.events.splice(0, cut);
      this.droppedEvents += cut;
    }
    this.pending.push(web);
    if (this.pending.length >= MAX_EVENTS * 2)
      this.pending.splice(0, this.pending.length - MAX_EVENTS);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), 100);
  }

  runEnded(_exit: ExitEvent): void {
    this.running = false;
    this.flush();
    this.post({ type: 'state', running: false });
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.length === 0) return;
    const batch = this.pending.length > MAX_EVENTS ? this.pending.slice(-MAX_EVENTS) : this.pending;
    this.pending = [];
    this.post({ type: 'events', events: batch });
  }

  private post(message: unknown): void {
    void this.panel?.webview.postMessage(message);
  }

  private onMessage(m: FromWebview): void {
    switch (m.type) {
      case 'ready':
        // A new (or reloaded) webview: replay the run so far.
        this.post({
          type: 'reset',
          title: this.title,
          running: this.running,
          strings: this.strings(),
        });
        this.post({
          type: 'events',
          events: this.events.slice(-MAX_EVENTS),
          dropped: this.droppedEvents + Math.max(0, this.events.length - MAX_EVENTS),
        });
        break;
      case 'stop':
        this.commands.stop();
        break;
      case 'rerun':
        this.commands.rerun();
        break;
      case 'openBody':
        void this.openBody(m.id, m.which);
        break;
    }
  }

  /** Opens a whole body in an editor: the runtime's temp file when it was truncated, else the text itself
   * (JSON pretty-printed). */
  async openBody(id: number, which: 'request' | 'response'): Promise<void> {
    const res = this.responses.get(id);
    if (which === 'response' && res?.bodyFile) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(res.bodyFile));
      await vscode.window.showTextDocument(doc, {
        preview: true,
        viewColumn: vscode.ViewColumn.Active,
      });
      return;
    }
    const text = which === 'response' ? res?.body : this.requests.get(id)?.body;
    if (text === undefined) return;
    let content = text;
    let language = 'plaintext';
    try {
      content = JSON.stringify(JSON.parse(text), null, 2);
      language = 'json';
    } catch {
      // not JSON: shown as it is
    }
    const doc = await vscode.workspace.openTextDocument({ content, language });
    await vscode.window.showTextDocument(doc, {
      preview: true,
      viewColumn: vscode.ViewColumn.Active,
    });
  }

  private strings(): Record<string, string> {
    const t = vscode.l10n.t;
    return {
      stop: t('Stop'),
      rerun: t('Rerun'),
      running: t('Running'),
      ended: t('Ended'),
      requests: t('Requests'),
      console: t('Output'),
      method: t('Method'),
      url: t('URL'),
      status: t('Status'),
      time: t('Time'),
      size: t('Size'),
      pending: t('pending'),
      failed: t('failed'),
      requestHeaders: t('Request headers'),
      requestBody: t('Request body'),
      responseHeaders: t('Response headers'),
      cookies: t('Cookies'),
      responseBody: t('Response body'),
      none: t('(none)'),
      empty: t('(empty)'),
      truncated: t('Body truncated: showing {0} of {1}.'),
      openWhole: t('Open whole body in an editor'),
      openEditor: t('Open in an editor'),
      noRequests: t('No requests yet.'),
      dropped: t('{0} earlier events were dropped.'),
      redirects: t('{0} redirects'),
      error: t('Error'),
      'reason.finished': exitText('finished', t),
      'reason.error': exitText('error', t),
      'reason.stopped': exitText('stopped', t),
      'reason.limit': exitText('limit', t),
      'reason.exit': exitText('exit', t),
    };
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = Array.from({ length: 32 }, () =>
      Math.floor(Math.random() * 36).toString(36),
    ).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'inspector.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'inspector.css'));
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Coromega</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
  }
}
