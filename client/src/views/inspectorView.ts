import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RequestEvent, ResponseEvent, RunEvent } from '../../../runtime/src/events';
import { exitText, minecraftSegments, urlLabel } from '../format';
import type { Messages } from '../i18n';
import type { FromInspector, InspectorState, ToInspector, WebEvent } from './inspectorProtocol';
import type { RunInfo, RunView } from './types';
import { pageHtml, WEBVIEW_DIR } from './webviewPage';

/** The view's id in `contributes.views` (panel container "Coromega"). */
export const INSPECTOR_VIEW_ID = 'coromegaLua.inspector';

/** Most exchanges and printed lines kept for a run (older ones are dropped, the view says so). */
const MAX_EVENTS = 5000;

/** The request inspector: a webview view in the "Coromega" panel container listing every exchange of the run and
 * what it printed, as it happens. It opens when a run starts, so the webview loads while the runtime starts. */
export class InspectorView implements RunView, vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private events: WebEvent[] = [];
  private droppedEvents = 0;
  private pending: WebEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** When the last batch was posted (ms since the epoch): the first event after a quiet 100 ms goes at once. */
  private lastPost = 0;
  private running = false;
  private isPaused = false;
  private title = '';
  private exit: ExitEvent | undefined;
  private info: RunInfo | undefined;
  private readonly requests = new Map<number, RequestEvent>();
  private readonly responses = new Map<number, ResponseEvent>();
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly messages: Messages,
  ) {
    this.registration = vscode.window.registerWebviewViewProvider(INSPECTOR_VIEW_ID, this, {
      webviewOptions: { retainContextWhenHidden: true },
    });
  }

  /** Reveals the view (resolving it on first use). */
  show(preserveFocus = true): void {
    if (this.view) {
      this.view.show(preserveFocus);
      return;
    }
    void vscode.commands.executeCommand(`${INSPECTOR_VIEW_ID}.focus`, { preserveFocus });
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    const root = vscode.Uri.joinPath(this.extensionUri, WEBVIEW_DIR);
    view.webview.options = { enableScripts: true, localResourceRoots: [root] };
    view.webview.html = this.html(view.webview, root);
    view.webview.onDidReceiveMessage((m: FromInspector) => this.onMessage(m));
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
    this.view = view;
    this.updateHeader();
  }

  runStarted(info: RunInfo): void {
    this.flush();
    this.events = [];
    this.droppedEvents = 0;
    this.requests.clear();
    this.responses.clear();
    this.running = true;
    this.isPaused = false;
    this.exit = undefined;
    this.info = info;
    this.title = path.basename(info.displayPath);
    this.post({ type: 'reset', state: this.state() });
    this.updateHeader();
    this.show(true);
  }

  event(ev: RunEvent): void {
    let web: WebEvent;
    if (ev.type === 'request') {
      this.requests.set(ev.id, ev);
      web = { ...ev, label: urlLabel(ev.url) };
    } else if (ev.type === 'response') {
      this.responses.set(ev.id, ev);
      web = { ...ev, label: urlLabel(ev.url) };
    } else if (ev.type === 'print') {
      web = {
        type: 'print',
        stream: ev.stream,
        level: ev.level,
        segments: minecraftSegments(ev.text),
      };
    } else {
      web = ev;
    }
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
    if (!this.timer)
      this.timer = setTimeout(() => this.flush(), Date.now() - this.lastPost >= 100 ? 0 : 100);
  }

  runEnded(exit: ExitEvent): void {
    this.running = false;
    this.isPaused = false;
    this.exit = exit;
    this.flush();
    this.post({ type: 'state', running: false, paused: false });
    this.updateHeader();
  }

  /** The debugger stopped the run (or let it go on): the badge and the title say so. */
  paused(paused: boolean): void {
    if (!this.running || this.isPaused === paused) return;
    this.isPaused = paused;
    this.flush();
    this.post({ type: 'state', running: true, paused });
    this.updateHeader();
  }

  /** The language changed: new strings, and the run so far drawn again with them. */
  refresh(): void {
    this.replay();
    this.updateHeader();
  }

  private replay(): void {
    this.post({ type: 'reset', state: this.state() });
    this.post({
      type: 'events',
      events: this.events.slice(-MAX_EVENTS),
      dropped: this.droppedEvents + Math.max(0, this.events.length - MAX_EVENTS),
    });
  }

  /** The view's own title bar: the plugin and how its run stands, readable even before the webview has loaded. */
  private updateHeader(): void {
    const view = this.view;
    if (!view) return;
    const t = this.messages.t;
    view.title = t('Request inspector');
    if (!this.title) {
      view.description = undefined;
      return;
    }
    const state = this.running
      ? this.isPaused
        ? t('Paused')
        : t('Running')
      : this.exit
        ? exitText(this.exit.reason, t)
        : t('Ended');
    view.description = `${this.title} · ${state}`;
  }

  private state(): InspectorState {
    const t = this.messages.t;
    return {
      title: this.title,
      running: this.running,
      paused: this.running && this.isPaused,
      ended: this.exit ? exitText(this.exit.reason, t) : '',
      strings: this.strings(),
    };
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.length === 0) return;
    this.lastPost = Date.now();
    const batch = this.pending.length > MAX_EVENTS ? this.pending.slice(-MAX_EVENTS) : this.pending;
    this.pending = [];
    this.post({ type: 'events', events: batch });
  }

  private post(message: ToInspector): void {
    void this.view?.webview.postMessage(message);
  }

  private onMessage(m: FromInspector): void {
    switch (m.type) {
      case 'ready':
        // A new (or reloaded) webview: replay the run so far.
        this.replay();
        break;
      case 'openBody':
        void this.openBody(m.id, m.which);
        break;
      case 'openLocation':
        void this.openLocation(m.file, m.line);
        break;
    }
  }

  /** Opens a whole body in an editor: the runtime's temp file when it was truncated, else the text itself
   * (JSON pretty-printed). */
  async openBody(id: number, which: 'request' | 'response'): Promise<void> {
    const res = this.responses.get(id);
    if (which === 'response' && res?.bodyFile) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(res.bodyFile));
      await vscode.window.showTextDocument(doc, { preview: true });
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
    await vscode.window.showTextDocument(doc, { preview: true });
  }

  /** Opens `file:line` of an error: the editor's document when it is the plugin that ran (also unsaved or untitled),
   * else the file relative to the plugin's folder. */
  private async openLocation(file: string, line: number): Promise<void> {
    const info = this.info;
    if (!info) return;
    let uri: vscode.Uri | undefined;
    if (file === info.displayPath || file === info.file) uri = info.uri;
    else if (path.isAbsolute(file)) uri = vscode.Uri.file(file);
    else if (info.uri.scheme === 'file')
      uri = vscode.Uri.file(path.resolve(path.dirname(info.uri.fsPath), file));
    if (!uri) return;
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos) });
  }

  private strings(): Record<string, string> {
    const t = this.messages.t;
    return {
      running: t('Running'),
      paused: t('Paused'),
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
      openLocation: t('Go to {0}'),
      noRequests: t('No requests yet.'),
      noOutput: t('Nothing printed yet.'),
      idle: t('Run a Lua plugin to see its requests and output here.'),
      dropped: t('{0} earlier events were dropped.'),
      redirects: t('{0} redirects'),
      requestCount: t('{0} requests'),
      items: t('{0} items'),
      keys: t('{0} keys'),
      error: t('Error'),
      'reason.finished': exitText('finished', t),
      'reason.error': exitText('error', t),
      'reason.stopped': exitText('stopped', t),
      'reason.limit': exitText('limit', t),
      'reason.exit': exitText('exit', t),
    };
  }

  private html(webview: vscode.Webview, root: vscode.Uri): string {
    return pageHtml({
      lang: this.messages.lang,
      cspSource: webview.cspSource,
      script: webview.asWebviewUri(vscode.Uri.joinPath(root, 'inspector.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(root, 'inspector.css')).toString(),
      rootId: 'app',
      initial: this.state(),
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.registration.dispose();
  }
}
