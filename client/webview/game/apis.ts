/**
 * The Game view's APIs tab: a call form for each cross-plugin API the plugin exposes (arguments as JSON or text),
 * and the calls with their results.
 */
import type { WebApi } from '../../src/game/protocol';
import { el, fill, lineForm } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { state } from './state';

let apiButtons: HTMLDivElement;

/** Fills the tab's panel; returns the box of its rows. */
export function buildApis(panel: HTMLElement): HTMLDivElement {
  apiButtons = el('div', { class: 'api-calls' });
  const apiRows = el('div', { class: 'rows' });
  panel.append(apiButtons, apiRows);
  return apiRows;
}

export function renderApis(): void {
  if (!state.built) return;
  apiButtons.replaceChildren(
    ...(state.entries.apis.length === 0
      ? [el('div', { class: 'muted', text: S.noApis })]
      : state.entries.apis.map((name) => {
          const input = el('input', {
            type: 'text',
            placeholder: S.apiArgs,
            'aria-label': fill(S.argsFor, name),
          });
          return lineForm(
            'api-form',
            [el('label', null, el('code', { text: name }), ' ', input)],
            el('button', { type: 'submit', text: S.call, disabled: !state.header.running }),
            () => post({ type: 'api', name, args: input.value }),
          );
        })),
  );
}

export function apiNode(a: WebApi): HTMLDivElement {
  return el(
    'div',
    { class: 'row api ' + a.dir + (a.error ? ' bad' : '') },
    el('span', {
      class: 'dir',
      text: (a.dir === 'call' ? '→ ' + S.apiCall : '← ' + S.apiResult) + ' ',
    }),
    el('code', { text: a.api }),
    ' ',
    el('code', { class: 'value', text: a.text }),
    a.error ? el('span', { class: 'detail', text: ' · ' + a.error }) : null,
  );
}
