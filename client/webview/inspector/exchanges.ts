/**
 * The inspector's requests: one row per exchange (number, method, host and path, status, time, size), updated as
 * its request, response or error arrives; a row opens (click, Enter or Space) to show headers, cookies and bodies.
 */
import type { RequestErrorEvent } from '../../../runtime/src/events';
import type { WebEvent } from '../../src/views/inspectorProtocol';
import { el, fill } from '../shared/dom';
import { S } from '../shared/strings';
import { bodyView } from './body';
import { formatBytes, formatTime } from './units';

type WebRequest = Extract<WebEvent, { type: 'request' }>;
type WebResponse = Extract<WebEvent, { type: 'response' }>;
export type ExchangeEvent = WebRequest | WebResponse | RequestErrorEvent;

interface Exchange {
  req: WebRequest | null;
  res: WebResponse | null;
  err: RequestErrorEvent | null;
  row: HTMLTableRowElement | null;
  /** The open detail row under `row`. */
  detail: HTMLTableRowElement | null;
}

let exchanges = new Map<number, Exchange>();
let tbody: HTMLTableSectionElement;
let emptyRow: HTMLTableRowElement;

/** A new run: no exchanges. */
export function clearExchanges(): void {
  exchanges = new Map();
}

/** The requests section of a new page: an empty table. */
export function buildRequests(): HTMLElement {
  emptyRow = el('tr', { class: 'empty' }, el('td', { colspan: 6, text: S.noRequests || '' }));
  tbody = el('tbody', null, emptyRow);
  const table = el(
    'table',
    { id: 'exchanges' },
    el(
      'thead',
      null,
      el(
        'tr',
        null,
        el('th', { class: 'num', text: '#' }),
        el('th', { text: S.method }),
        el('th', { class: 'url', text: S.url }),
        el('th', { text: S.status }),
        el('th', { class: 'num', text: S.time }),
        el('th', { class: 'num', text: S.size }),
      ),
    ),
    tbody,
  );
  return el('section', { id: 'requests' }, el('h2', { text: S.requests }), table);
}

export function exchangeCount(): number {
  return exchanges.size;
}

/** A request, its response or its error: the exchange's row drawn again (and its detail, when open). */
export function exchangeEvent(ev: ExchangeEvent): void {
  const x = exchange(ev.id);
  if (ev.type === 'request') x.req = ev;
  else if (ev.type === 'response') x.res = ev;
  else x.err = ev;
  emptyRow.remove();
  renderRow(x);
}

function exchange(id: number): Exchange {
  let x = exchanges.get(id);
  if (!x) {
    x = { req: null, res: null, err: null, row: null, detail: null };
    exchanges.set(id, x);
  }
  return x;
}

function idOf(x: Exchange): number {
  return x.req ? x.req.id : x.res ? x.res.id : x.err!.id;
}

function statusClass(x: Exchange): string {
  if (x.err) return 'status failed';
  if (!x.res) return 'status pending';
  const s = x.res.status;
  return 'status s' + Math.floor(s / 100);
}

function renderRow(x: Exchange): void {
  const id = idOf(x);
  const method = x.req ? x.req.method : '';
  const src = x.res || x.req;
  const url = src ? src.url : '';
  const label = (src && src.label) || { host: '', path: url };
  const status = x.err ? S.failed : x.res ? String(x.res.status) : S.pending;
  const time = x.res ? formatTime(x.res.durationMs) : x.err ? formatTime(x.err.durationMs) : '';
  const size = x.res ? formatBytes(x.res.size) : '';
  const cells = [
    el('td', { class: 'num', text: String(id) }),
    el('td', { class: 'method', text: method }),
    el(
      'td',
      { class: 'url', title: url },
      label.host ? el('span', { class: 'host', text: label.host }) : null,
      el('span', { class: 'path', text: label.path }),
    ),
    el('td', null, el('span', { class: statusClass(x), text: status })),
    el('td', { class: 'num', text: time }),
    el('td', { class: 'num', text: size }),
  ];
  if (!x.row) {
    x.row = el('tr', {
      class: 'exchange',
      tabindex: 0,
      'data-id': id,
      onclick: () => toggle(x),
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          toggle(x);
        }
      },
    });
    tbody.append(x.row);
  }
  x.row.replaceChildren(...cells);
  x.row.classList.toggle('open', !!x.detail);
  if (x.detail) renderDetail(x, x.detail);
}

function toggle(x: Exchange): void {
  const row = x.row!;
  if (x.detail) {
    x.detail.remove();
    x.detail = null;
    row.classList.remove('open');
    return;
  }
  x.detail = el('tr', { class: 'detail' });
  row.after(x.detail);
  row.classList.add('open');
  renderDetail(x, x.detail);
}

function headersTable(h: Record<string, unknown> | undefined): HTMLElement {
  const entries = h ? Object.entries(h) : [];
  if (entries.length === 0) return el('div', { class: 'muted', text: S.none });
  return el(
    'table',
    { class: 'kv' },
    el(
      'tbody',
      null,
      ...entries.map(([k, v]) =>
        el('tr', null, el('th', { text: k }), el('td', { text: String(v) })),
      ),
    ),
  );
}

function section(name: string, ...content: HTMLElement[]): HTMLDetailsElement {
  return el('details', { open: true, class: 'section' }, el('summary', { text: name }), ...content);
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** The open exchange: request line, headers and body; its error; status line, headers, cookies and body. */
function renderDetail(x: Exchange, detail: HTMLTableRowElement): void {
  const td = el('td', { colspan: 6 });
  const id = idOf(x);
  if (x.req) {
    td.append(
      el(
        'div',
        { class: 'line' },
        el('span', { class: 'method', text: x.req.method + ' ' }),
        el('span', { class: 'url', text: x.req.url }),
      ),
      section(S.requestHeaders, headersTable(x.req.headers)),
    );
    if (x.req.bodySize > 0 || x.req.body) {
      td.append(
        section(
          S.requestBody,
          bodyView(x.req.body, {
            id,
            which: 'request',
            truncated: x.req.bodySize > utf8Length(x.req.body || ''),
            size: x.req.bodySize,
            shown: utf8Length(x.req.body || ''),
          }),
        ),
      );
    }
  }
  if (x.err) {
    td.append(section(S.error, el('pre', { class: 'error-text', text: x.err.message })));
  }
  if (x.res) {
    const info = [
      x.res.status + ' · ' + formatTime(x.res.durationMs) + ' · ' + formatBytes(x.res.size),
    ];
    if (x.res.redirects) info.push(fill(S.redirects, x.res.redirects));
    td.append(
      el(
        'div',
        { class: 'line' },
        el('span', { class: statusClass(x), text: info.join(' · ') }),
        ' ',
        el('span', { class: 'url', text: x.res.url }),
      ),
      section(S.responseHeaders, headersTable(x.res.headers)),
      section(S.cookies, headersTable(x.res.cookies)),
      section(
        S.responseBody,
        bodyView(x.res.body, {
          id,
          which: 'response',
          truncated: !!x.res.bodyTruncated,
          size: x.res.size,
          shown: utf8Length(x.res.body || ''),
        }),
      ),
    );
  }
  detail.replaceChildren(td);
}
