/**
 * The Game view's players pane: the players (online, operator, waiting to be answered, tags and scores), a form
 * that adds one to the world file, and the chosen player's editor (online, operator, tags, scores). Fields the
 * user is typing in keep what they typed while the run's reports arrive.
 */
import { el, fill, lineForm } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { listboxMove } from './keyboard';
import { focusChat, renderSpeakers } from './screen';
import { current, remember, state } from './state';

/** Chooses whose screen is shown and who is edited. */
export type Select = (name: string) => void;

let select: Select;
let playerList: HTMLUListElement;
let editor: HTMLDivElement;
/** The player the editor was built for. */
let editorFor: string | null = null;
let online: HTMLInputElement;
let op: HTMLInputElement;
let tagsInput: HTMLInputElement;
let scoreRows: HTMLDivElement;
let objectiveList: HTMLDataListElement;

export function buildPlayers(onSelect: Select): HTMLElement {
  select = onSelect;
  editorFor = null;
  playerList = el('ul', {
    class: 'players',
    role: 'listbox',
    tabindex: 0,
    'aria-label': S.players,
    onkeydown: onPlayerKey,
  });
  const name = el('input', {
    type: 'text',
    placeholder: S.playerName,
    'aria-label': S.playerName,
  });
  editor = el('div', { class: 'editor' });
  return el(
    'section',
    { id: 'players-pane' },
    el('h2', { text: S.players }),
    playerList,
    lineForm('add-player', [name], el('button', { type: 'submit', text: S.addPlayer }), () => {
      if (!name.value.trim()) return;
      post({ type: 'addPlayer', name: name.value.trim() });
      // The new player is chosen once they are in the list.
      state.selected = name.value.trim();
      remember();
      post({ type: 'select', player: state.selected });
      name.value = '';
    }),
    editor,
  );
}

function onPlayerKey(e: KeyboardEvent): void {
  const players = state.players;
  if (e.key === 'Enter') {
    e.preventDefault();
    focusChat();
    return;
  }
  const j = listboxMove(
    e.key,
    players.findIndex((p) => p.name === state.selected),
    players.length,
  );
  if (j === undefined) return;
  e.preventDefault();
  if (players[j]) select(players[j].name);
}

function scoreText(scores: Record<string, number> | undefined): string {
  return Object.entries(scores || {})
    .map(([k, v]) => k + ' ' + v)
    .join(' · ');
}

/** The list, the chosen player marked, and the speakers of the chat form. */
export function renderPlayers(): void {
  if (!state.built) return;
  const { players, selected } = state;
  playerList.textContent = '';
  if (players.length === 0) playerList.append(el('li', { class: 'muted', text: S.noPlayers }));
  players.forEach((p, i) => {
    const id = 'player-' + i;
    const meta = [p.tags.length ? '#' + p.tags.join(' #') : '', scoreText(p.scores)]
      .filter(Boolean)
      .join(' · ');
    const li = el(
      'li',
      {
        id,
        role: 'option',
        class:
          'player' + (p.online ? ' online' : ' offline') + (p.name === selected ? ' selected' : ''),
        'aria-selected': p.name === selected ? 'true' : 'false',
        title: p.online ? S.online : S.offline,
        onclick: () => select(p.name),
      },
      el('span', { class: 'dot', 'aria-hidden': 'true' }),
      el('span', { class: 'name', text: p.name }),
      p.op ? el('span', { class: 'tag op', text: S.opBadge, title: S.op }) : null,
      p.asks.length ? el('span', { class: 'tag asking', text: '?', title: S.waiting }) : null,
      meta ? el('div', { class: 'meta', text: meta }) : null,
    );
    playerList.append(li);
    if (p.name === selected) playerList.setAttribute('aria-activedescendant', id);
  });
  renderSpeakers();
}

/** The chosen player's editor, built again for another player or when `rebuild`; fields being typed in are kept. */
export function renderEditor(rebuild: boolean): void {
  if (!state.built) return;
  const p = current();
  if (!p) {
    editor.textContent = '';
    editorFor = null;
    return;
  }
  if (rebuild || editorFor !== p.name) {
    editorFor = p.name;
    const name = p.name;
    online = el('input', {
      type: 'checkbox',
      onchange: () => post({ type: online.checked ? 'join' : 'leave', name }),
    });
    op = el('input', {
      type: 'checkbox',
      onchange: () => post({ type: 'setOp', name, op: op.checked }),
    });
    tagsInput = el('input', {
      type: 'text',
      class: 'tags',
      placeholder: S.tagsHint,
      'aria-label': S.tags,
    });
    const tags = tagsInput;
    tags.addEventListener('change', () => post({ type: 'setTags', name, tags: tags.value }));
    scoreRows = el('div', { class: 'scores' });
    const obj = el('input', {
      type: 'text',
      list: 'objectives',
      class: 'objective',
      placeholder: S.objective,
      'aria-label': S.objective,
    });
    const val = el('input', {
      type: 'text',
      inputmode: 'numeric',
      class: 'score',
      placeholder: S.score,
      'aria-label': S.score,
    });
    objectiveList = el('datalist', { id: 'objectives' });
    editor.replaceChildren(
      el('h3', { text: name }),
      el(
        'div',
        { class: 'toggles' },
        el('label', null, online, ' ', S.online),
        el('label', null, op, ' ', S.op),
      ),
      el('label', { class: 'field' }, S.tags, ' ', tagsInput),
      el('div', { class: 'field-title', text: S.scores }),
      scoreRows,
      objectiveList,
      lineForm(
        'add-score',
        [obj, val],
        el('button', { type: 'submit', class: 'secondary', text: S.setScore }),
        () => {
          post({ type: 'setScore', name, objective: obj.value, score: val.value });
          obj.value = '';
          val.value = '';
        },
      ),
      el('span', { class: 'hint', text: S.scoreHint }),
      el('button', {
        class: 'danger',
        text: fill(S.removePlayer, name),
        onclick: () => post({ type: 'removePlayer', name }),
      }),
    );
  }
  const focused = document.activeElement;
  online.checked = p.online;
  op.checked = p.op;
  if (focused !== tagsInput) tagsInput.value = p.tags.join(' ');
  objectiveList.replaceChildren(...state.objectives.map((o) => el('option', { value: o })));
  // Score rows: one input per objective; Enter or leaving the field sets it, empty removes it.
  if (!scoreRows.contains(focused)) {
    scoreRows.replaceChildren(
      ...Object.entries(p.scores).map(([k, v]) => {
        const input = el('input', {
          type: 'text',
          inputmode: 'numeric',
          class: 'score',
          value: String(v),
          'aria-label': k,
        });
        input.addEventListener('change', () =>
          post({ type: 'setScore', name: p.name, objective: k, score: input.value }),
        );
        return el(
          'label',
          { class: 'score-row' },
          el('span', { class: 'objective', text: k }),
          input,
        );
      }),
    );
  }
}
