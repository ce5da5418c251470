/**
 * The Game view's Commands and Log tabs: each command the plugin ran with the world's verdict and message, and the
 * log of actions, problems, warnings, errors and calls the world does not simulate, under the plugin's other entry
 * points and a note when older rows were dropped.
 */
import type { WebCommand, WebLog } from '../../src/game/protocol';
import { el, fill } from '../shared/dom';
import { S } from '../shared/strings';
import { state } from './state';

let others: HTMLDivElement;
let dropped: HTMLDivElement;

/** Fills the Commands tab's panel; returns the box of its rows. */
export function buildCommands(panel: HTMLElement): HTMLDivElement {
  const rows = el('div', { class: 'rows' });
  panel.append(rows);
  return rows;
}

/** Fills the Log tab's panel; returns the box of its rows. */
export function buildLog(panel: HTMLElement): HTMLDivElement {
  others = el('div', { class: 'others' });
  dropped = el('div', { class: 'note', hidden: true });
  const rows = el('div', { class: 'rows' });
  panel.append(others, dropped, rows);
  return rows;
}

export function commandNode(c: WebCommand): HTMLDivElement {
  const verdict = c.ok === null ? S.noAnswer : c.ok ? S.succeeded : S.failed;
  return el(
    'div',
    { class: 'row command ' + (c.ok === null ? 'none' : c.ok ? 'ok' : 'bad') },
    el('code', { text: '/' + c.command }),
    el('span', { class: 'verdict', text: ' → ' + verdict }),
    c.text ? el('span', { class: 'detail', text: ' · ' + c.text }) : null,
    c.stubbed ? el('span', { class: 'tag', text: S.stubbed }) : null,
  );
}

export function logNode(l: WebLog): HTMLDivElement {
  return el('div', { class: 'row log ' + l.level, text: l.text });
}

/** The entry points that are neither menus nor APIs, for the record. */
export function renderOthers(): void {
  const names = state.entries.others.map(
    (o) => (S['kind.' + o.kind] || o.kind) + (o.triggers.length ? ' ' + o.triggers.join('/') : ''),
  );
  others.textContent = names.length ? fill(S.others, names.join(', ')) : '';
}

export function showDropped(count: number): void {
  dropped.hidden = false;
  dropped.textContent = fill(S.dropped, count);
}
