// The request inspector webview: renders the run's events (sent by client/src/views/inspectorView.ts).
// Every value from the plugin or the network is inserted as text, never as HTML. Every word of the interface comes
// from the extension (`strings`), in the language the user chose.
/* global document, window, acquireVsCodeApi, ResizeObserver */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const MAX_CONSOLE_LINES = 2000;
  const MAX_JSON_NODES = 5000;

  let S = {};
  let title = '';
  let running = false;
  /** id -> { req, res, err, row, detail } */
  let exchanges = new Map();
  let consoleLines = 0;
  let ended = null;

  const app = document.getElementById('app');

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function fmtSize(n) {
    if (typeof n !== 'number') return '';
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  function fmtMs(ms) {
    if (typeof ms !== 'number') return '';
    return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(2) + ' s';
  }

  function fill(template, ...args) {
    return String(template).replace(/\{(\d+)\}/g, (m, i) =>
      args[i] === undefined ? m : String(args[i]),
    );
  }

  let stateBadge, countNote, tbody, emptyRow, consoleBox, consoleEmpty, droppedNote;
  // The output follows new lines until the user scrolls up, and again once they scroll back to the end. While
  // the view is hidden its size is zero and scrolling does nothing, so following is kept as a state and applied
  // again whenever the output's size changes (the view shown, the panel resized).
  let follow = true;
  let outputSection;

  function atEnd(scroller) {
    return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
  }

  function toEnd() {
    if (outputSection && follow) outputSection.scrollTop = outputSection.scrollHeight;
  }

  const resized = new ResizeObserver(() => toEnd());

  function build() {
    app.textContent = '';
    if (!title) {
      // No run yet: say what the view is for.
      tbody = null;
      app.append(el('p', { class: 'idle', text: S.idle || '' }));
      return;
    }
    stateBadge = el('span', { class: 'badge' });
    countNote = el('span', { class: 'count' });
    const header = el('header', null, el('h1', { text: title }), stateBadge, countNote);
    droppedNote = el('div', { class: 'note', hidden: true });
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
    consoleEmpty = el('div', { class: 'muted', text: S.noOutput || '' });
    consoleBox = el('div', { id: 'console' }, consoleEmpty);
    outputSection = el('section', { id: 'output' }, el('h2', { text: S.console }), consoleBox);
    follow = true;
    outputSection.addEventListener('scroll', () => {
      if (outputSection.clientHeight > 0) follow = atEnd(outputSection);
    });
    resized.disconnect();
    resized.observe(outputSection);
    app.append(
      header,
      droppedNote,
      el(
        'main',
        null,
        el('section', { id: 'requests' }, el('h2', { text: S.requests }), table),
        outputSection,
      ),
    );
    updateState();
  }

  function updateState() {
    if (!stateBadge) return;
    stateBadge.textContent = running ? S.running : S.ended + (ended ? ' · ' + ended : '');
    stateBadge.className = 'badge ' + (running ? 'running' : 'ended');
    countNote.textContent = exchanges.size ? fill(S.requestCount, exchanges.size) : '';
  }

  function statusClass(x) {
    if (x.err) return 'status failed';
    if (!x.res) return 'status pending';
    const s = x.res.status;
    return 'status s' + Math.floor(s / 100);
  }

  function renderRow(x) {
    const id = x.req ? x.req.id : x.res ? x.res.id : x.err.id;
    const method = x.req ? x.req.method : '';
    const src = x.res || x.req;
    const url = src ? src.url : '';
    const label = (src && src.label) || { host: '', path: url };
    const status = x.err ? S.failed : x.res ? String(x.res.status) : S.pending;
    const time = x.res ? fmtMs(x.res.durationMs) : x.err ? fmtMs(x.err.durationMs) : '';
    const size = x.res ? fmtSize(x.res.size) : '';
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
    if (x.detail) renderDetail(x);
  }

  function toggle(x) {
    if (x.detail) {
      x.detail.remove();
      x.detail = null;
      x.row.classList.remove('open');
      return;
    }
    x.detail = el('tr', { class: 'detail' });
    x.row.after(x.detail);
    x.row.classList.add('open');
    renderDetail(x);
  }

  function headersTable(h) {
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

  function section(name, ...content) {
    return el(
      'details',
      { open: true, class: 'section' },
      el('summary', { text: name }),
      ...content,
    );
  }

  function jsonNode(value, key, depth, budget) {
    budget.n++;
    const keyEl =
      key === undefined ? null : el('span', { class: 'j-key', text: JSON.stringify(key) + ': ' });
    if (value === null || typeof value !== 'object') {
      const cls = value === null ? 'j-null' : 'j-' + typeof value;
      return el(
        'div',
        { class: 'j-line' },
        keyEl,
        el('span', { class: cls, text: JSON.stringify(value) }),
      );
    }
    const isArr = Array.isArray(value);
    const entries = isArr
      ? value.map((v, i) => [undefined, v, i])
      : Object.entries(value).map(([k, v]) => [k, v]);
    const open = isArr ? '[' : '{';
    const close = isArr ? ']' : '}';
    if (entries.length === 0)
      return el(
        'div',
        { class: 'j-line' },
        keyEl,
        el('span', { class: 'j-punct', text: open + close }),
      );
    const summary = el(
      'summary',
      null,
      keyEl,
      el('span', { class: 'j-punct', text: open }),
      el('span', {
        class: 'j-count',
        text: ' ' + fill(isArr ? S.items : S.keys, entries.length) + ' ',
      }),
    );
    const children = el('div', { class: 'j-children' });
    for (const [k, v] of entries) {
      if (budget.n > MAX_JSON_NODES) {
        children.append(el('div', { class: 'muted', text: '…' }));
        break;
      }
      children.append(jsonNode(v, k, depth + 1, budget));
    }
    return el(
      'details',
      { class: 'j-node', open: depth < 3 },
      summary,
      children,
      el('div', { class: 'j-punct', text: close }),
    );
  }

  function bodyView(text, opts) {
    const wrap = el('div', { class: 'body' });
    if (!text) {
      wrap.append(el('div', { class: 'muted', text: S.empty }));
    } else {
      let parsed;
      let isJson = false;
      const t = text.trim();
      if (!opts.truncated && (t.startsWith('{') || t.startsWith('['))) {
        try {
          parsed = JSON.parse(t);
          isJson = true;
        } catch {
          isJson = false;
        }
      }
      if (isJson)
        wrap.append(el('div', { class: 'json' }, jsonNode(parsed, undefined, 0, { n: 0 })));
      else wrap.append(el('pre', { class: 'raw', text: text }));
    }
    const actions = el('div', { class: 'actions' });
    if (opts.truncated) {
      actions.append(
        el('span', {
          class: 'warn',
          text: fill(S.truncated, fmtSize(opts.shown), fmtSize(opts.size)) + ' ',
        }),
      );
    }
    if (text) {
      actions.append(
        el(
          'button',
          {
            class: opts.truncated ? 'open-body' : 'open-body secondary',
            onclick: (e) => {
              e.stopPropagation();
              vscode.postMessage({ type: 'openBody', id: opts.id, which: opts.which });
            },
          },
          opts.truncated ? S.openWhole : S.openEditor,
        ),
      );
    }
    wrap.append(actions);
    return wrap;
  }

  function utf8Length(s) {
    return new TextEncoder().encode(s).length;
  }

  function renderDetail(x) {
    const td = el('td', { colspan: 6 });
    const id = x.req ? x.req.id : x.res ? x.res.id : x.err.id;
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
      const info = [x.res.status + ' · ' + fmtMs(x.res.durationMs) + ' · ' + fmtSize(x.res.size)];
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
    x.detail.replaceChildren(td);
  }

  function exchange(id) {
    let x = exchanges.get(id);
    if (!x) {
      x = { req: null, res: null, err: null, row: null, detail: null };
      exchanges.set(id, x);
    }
    return x;
  }

  function consoleLine(cls, nodes) {
    if (consoleEmpty) {
      consoleEmpty.remove();
      consoleEmpty = null;
    }
    consoleBox.append(el('div', { class: 'c-line ' + cls }, ...nodes));
    consoleLines++;
    while (consoleLines > MAX_CONSOLE_LINES && consoleBox.firstChild) {
      consoleBox.firstChild.remove();
      consoleLines--;
    }
  }

  function segmentNodes(segments) {
    return segments.map((s) => {
      const span = el('span', { text: s.text });
      // The theme's readable version of the game colour (custom properties defined per theme kind).
      if (s.colour) span.style.color = 'var(--mc-' + s.colour + ')';
      if (s.bold) span.style.fontWeight = 'bold';
      if (s.italic) span.style.fontStyle = 'italic';
      if (s.obfuscated) span.className = 'obfuscated';
      return span;
    });
  }

  function apply(ev) {
    switch (ev.type) {
      case 'request':
      case 'response':
      case 'requestError': {
        const x = exchange(ev.id);
        if (ev.type === 'request') x.req = ev;
        else if (ev.type === 'response') x.res = ev;
        else x.err = ev;
        emptyRow.remove();
        renderRow(x);
        updateState();
        break;
      }
      case 'print': {
        const prefix =
          ev.stream === 'log'
            ? [
                el('span', {
                  class: 'level ' + (ev.level || 'info'),
                  text: '[' + (ev.level || 'info') + '] ',
                }),
              ]
            : [];
        consoleLine('print', prefix.concat(segmentNodes(ev.segments || [])));
        break;
      }
      case 'error': {
        const where = ev.file ? ev.file + (ev.line ? ':' + ev.line : '') : '';
        const nodes = [el('span', { text: ev.message })];
        if (where) {
          nodes.push(
            ' ',
            el('a', {
              class: 'location',
              href: '#',
              title: fill(S.openLocation, where),
              text: where,
              onclick: (e) => {
                e.preventDefault();
                vscode.postMessage({ type: 'openLocation', file: ev.file, line: ev.line || 1 });
              },
            }),
          );
        }
        consoleLine('error', nodes);
        if (ev.traceback) consoleLine('error traceback', [el('pre', { text: ev.traceback })]);
        break;
      }
      case 'warning':
        consoleLine('warning', [el('span', { text: ev.message })]);
        break;
      case 'input':
        consoleLine('input', [el('span', { text: '> ' + (ev.prompt || '') })]);
        break;
      case 'exit':
        running = false;
        ended = (S['reason.' + ev.reason] || ev.reason) + (ev.message ? ': ' + ev.message : '');
        updateState();
        break;
      default:
        break;
    }
  }

  function reset(state) {
    S = state.strings || S;
    title = state.title || '';
    running = !!state.running;
    ended = state.ended || null;
    exchanges = new Map();
    consoleLines = 0;
    build();
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'reset') {
      reset(m.state || {});
    } else if (m.type === 'events') {
      if (!tbody) return;
      if (m.dropped) {
        droppedNote.hidden = false;
        droppedNote.textContent = fill(S.dropped, m.dropped);
      }
      // Only the last MAX_CONSOLE_LINES printed lines can stay on screen: skip building the rest.
      let skipPrints = m.events.filter((ev) => ev.type === 'print').length - MAX_CONSOLE_LINES;
      for (const ev of m.events) {
        if (ev.type === 'print' && skipPrints > 0) {
          skipPrints--;
          continue;
        }
        apply(ev);
      }
      toEnd();
    } else if (m.type === 'state') {
      running = !!m.running;
      updateState();
    }
  });

  // The state the extension wrote into the page: drawn before anything else arrives.
  try {
    reset(JSON.parse(document.getElementById('initial-state').textContent || '{}'));
  } catch {
    reset({});
  }
  vscode.postMessage({ type: 'ready' });
})();
