/**
 * The request inspector's page: renders the run's events (sent by client/src/views/inspectorView.ts) as the
 * requests of the run (exchanges.ts, body.ts) beside what it printed (output.ts). Every value from the plugin or the
 * network is inserted as text, never as HTML. Every word of the interface comes from the extension (`S`), in the
 * language the user chose.
 */
import type { InspectorState, ToInspector } from '../../src/views/inspectorProtocol';
import { el, fill } from '../shared/dom';
import { initialState, onMessage, post } from '../shared/host';
import { S, setStrings } from '../shared/strings';
import { buildRequests, clearExchanges, exchangeCount, exchangeEvent } from './exchanges';
import { buildOutput, clearOutput, MAX_CONSOLE_LINES, outputEvent, toEnd } from './output';

let title = '';
let running = false;
let paused = false;
let ended: string | null = null;
/** Whether the page shows a run (else it says what the view is for). */
let built = false;

const app = document.getElementById('app')!;
let stateBadge: HTMLSpanElement | undefined;
let countNote: HTMLSpanElement;
let droppedNote: HTMLDivElement;

function build(): void {
  app.textContent = '';
  if (!title) {
    // No run yet: say what the view is for.
    built = false;
    app.append(el('p', { class: 'idle', text: S.idle || '' }));
    return;
  }
  built = true;
  stateBadge = el('span', { class: 'badge' });
  countNote = el('span', { class: 'count' });
  const header = el('header', null, el('h1', { text: title }), stateBadge, countNote);
  droppedNote = el('div', { class: 'note', hidden: true });
  app.append(header, droppedNote, el('main', null, buildRequests(), buildOutput()));
  updateState();
}

/** The badge (running, paused by the debugger, or how the run ended) and the number of requests. */
function updateState(): void {
  if (!stateBadge) return;
  const state = running ? (paused ? 'paused' : 'running') : 'ended';
  stateBadge.textContent = running ? S[state]! : S.ended + (ended ? ' · ' + ended : '');
  stateBadge.className = 'badge ' + state;
  countNote.textContent = exchangeCount() ? fill(S.requestCount, exchangeCount()) : '';
}

function reset(state: Partial<InspectorState>): void {
  setStrings(state.strings);
  title = state.title || '';
  running = !!state.running;
  paused = running && !!state.paused;
  ended = state.ended || null;
  clearExchanges();
  clearOutput();
  build();
}

function apply(ev: Extract<ToInspector, { type: 'events' }>['events'][number]): void {
  switch (ev.type) {
    case 'request':
    case 'response':
    case 'requestError':
      exchangeEvent(ev);
      updateState();
      break;
    case 'print':
    case 'error':
    case 'warning':
    case 'input':
      outputEvent(ev);
      break;
    case 'exit':
      running = false;
      paused = false;
      ended = (S['reason.' + ev.reason] || ev.reason) + (ev.message ? ': ' + ev.message : '');
      updateState();
      break;
    default:
      break;
  }
}

onMessage<ToInspector>((m) => {
  if (m.type === 'reset') {
    reset(m.state || {});
  } else if (m.type === 'events') {
    if (!built) return;
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
    paused = running && m.paused;
    updateState();
  }
});

// The state the extension wrote into the page: drawn before anything else arrives.
try {
  reset(initialState() as Partial<InspectorState>);
} catch {
  reset({});
}
post({ type: 'ready' });
