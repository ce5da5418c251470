/**
 * What the chosen player sees, in the Game view's middle pane: their chat (what they were shown and said), the
 * latest title, subtitle and action bar, the question waiting for their answer, and a chat box that speaks as any
 * player; the plugin's menus below (menus.ts).
 */
import type { WebLine } from '../../src/game/protocol';
import { atEnd, el, fill, segmentNodes } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { buildMenus } from './menus';
import { CAP, current, state } from './state';

let screenTitle: HTMLHeadingElement;
let hud: HTMLDivElement;
let chat: HTMLDivElement;
let ask: HTMLDivElement;
let speaker: HTMLSelectElement;
let chatInput: HTMLInputElement;
let sayButton: HTMLButtonElement;
/** The player whose lines the chat shows. */
let screenFor: string | null = null;

/** The pane; choosing a speaker shows their screen (`select`). */
export function buildScreen(select: (name: string) => void): HTMLElement {
  screenFor = null;
  screenTitle = el('h2');
  hud = el('div', { class: 'hud', hidden: true });
  chat = el('div', { class: 'chat', role: 'log', 'aria-live': 'polite', tabindex: 0 });
  ask = el('div', { class: 'ask', hidden: true });
  speaker = el('select', {
    'aria-label': S.speakAs,
    onchange: () => select(speaker.value),
  });
  chatInput = el('input', { type: 'text', class: 'chat-input', 'aria-label': S.chatHint });
  sayButton = el('button', { type: 'submit', text: S.say });
  return el(
    'section',
    { id: 'screen-pane' },
    screenTitle,
    hud,
    chat,
    ask,
    el(
      'form',
      {
        class: 'line-form chat-form',
        onsubmit: (e) => {
          e.preventDefault();
          if (!chatInput.value.trim()) return;
          post({ type: 'chat', player: state.selected || '', text: chatInput.value });
          chatInput.value = '';
        },
      },
      speaker,
      chatInput,
      sayButton,
    ),
    ...buildMenus(),
  );
}

/** Whether the chat shows the chosen player's lines. */
export function showsSelected(): boolean {
  return screenFor === state.selected;
}

export function focusChat(): void {
  chatInput.focus();
}

/** Only a running plugin hears the chat. */
export function renderChatForm(): void {
  for (const e of [chatInput, sayButton]) e.disabled = !state.header.running;
}

/** The speaker list: everyone, the chosen one selected. */
export function renderSpeakers(): void {
  speaker.textContent = '';
  for (const p of state.players)
    speaker.append(
      el('option', {
        value: p.name,
        selected: p.name === state.selected,
        text: p.name + (p.online ? '' : ' (' + S.offline + ')'),
      }),
    );
}

function lineNode(l: WebLine): HTMLDivElement {
  const cls = 'line k-' + l.kind;
  if (l.kind === 'said')
    return el(
      'div',
      { class: cls },
      el('span', { class: 'who', text: '<' + l.player + '> ' }),
      ...segmentNodes(l.segments),
    );
  if (l.kind === 'menu')
    return el('div', {
      class: cls,
      text: '› ' + l.label + ': ' + l.segments.map((s) => s.text).join(''),
    });
  if (l.kind === 'joined' || l.kind === 'left')
    return el('div', { class: cls, text: '— ' + l.player + ' ' + l.label });
  return el(
    'div',
    { class: cls },
    l.label ? el('span', { class: 'label', text: l.label }) : null,
    ...segmentNodes(l.segments),
  );
}

/** The chosen player's screen drawn again. */
export function renderScreen(): void {
  if (!state.built) return;
  const selected = state.selected;
  screenFor = selected;
  screenTitle.textContent = selected ? fill(S.screen, selected) : '';
  const list = (selected !== null && state.lines.get(selected)) || [];
  chat.replaceChildren(
    ...(list.length ? list.map(lineNode) : [el('div', { class: 'muted', text: S.noLines })]),
  );
  chat.scrollTop = chat.scrollHeight;
  renderHud();
  renderAsk();
}

/** New lines of the chosen player, following the end unless the user scrolled up. */
export function appendLines(lines: WebLine[]): void {
  const following = atEnd(chat);
  const empty = chat.querySelector('.muted');
  if (empty) empty.remove();
  chat.append(...lines.filter((l) => l.player === state.selected).map(lineNode));
  while (chat.childElementCount > CAP.lines) chat.firstElementChild!.remove();
  if (following) chat.scrollTop = chat.scrollHeight;
  renderHud();
}

/** The latest title, subtitle and action bar the player was shown. */
function renderHud(): void {
  const list = (state.selected !== null && state.lines.get(state.selected)) || [];
  const last: Partial<Record<string, WebLine>> = {};
  for (const l of list)
    if (l.kind === 'title' || l.kind === 'subtitle' || l.kind === 'actionbar') last[l.kind] = l;
  const parts = ['title', 'subtitle', 'actionbar'].filter((k) => last[k]);
  hud.hidden = parts.length === 0;
  hud.replaceChildren(
    ...parts.map((k) =>
      el(
        'div',
        { class: 'hud-' + k },
        el('span', { class: 'label', text: last[k]!.label }),
        ...segmentNodes(last[k]!.segments),
      ),
    ),
  );
}

/** The question waiting for the chosen player's answer. */
export function renderAsk(): void {
  const p = current();
  const asks = p ? p.asks : [];
  ask.hidden = asks.length === 0;
  if (p && asks.length) {
    ask.replaceChildren(
      ...(asks[0]
        ? [el('span', { class: 'label', text: S.askedLabel }), ...segmentNodes(p.prompt)]
        : [el('span', { text: S.waiting })]),
    );
  }
  chatInput.placeholder = asks.length ? S.answerHint : S.chatHint;
}
