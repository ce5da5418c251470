/**
 * The Game view's QQ tab: a form that sends the plugin a QQ message from a group member or a private user (the
 * world file's groups and users offered), and the messages both ways.
 */
import type { WebQq } from '../../src/game/protocol';
import { el, segmentNodes } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { state } from './state';

let qqGroups: HTMLDataListElement;
let qqUsers: HTMLDataListElement;
let qqGroup: HTMLInputElement;
let qqUser: HTMLInputElement;
let qqText: HTMLInputElement;
let qqSend: HTMLButtonElement;
let qqNote: HTMLDivElement;

/** Fills the tab's panel; returns the box of its rows. */
export function buildQq(panel: HTMLElement): HTMLDivElement {
  qqGroups = el('datalist', { id: 'qq-groups' });
  qqUsers = el('datalist', { id: 'qq-users' });
  qqGroup = el('input', {
    type: 'text',
    inputmode: 'numeric',
    class: 'qq-id',
    list: 'qq-groups',
    placeholder: S.qqPrivate,
    'aria-label': S.qqGroup,
  });
  qqUser = el('input', {
    type: 'text',
    inputmode: 'numeric',
    class: 'qq-id',
    list: 'qq-users',
    'aria-label': S.qqUser,
  });
  qqText = el('input', {
    type: 'text',
    class: 'qq-text',
    'aria-label': S.qqHint,
    placeholder: S.qqHint,
  });
  qqSend = el('button', { type: 'submit', text: S.qqSend });
  qqNote = el('div', { class: 'note', hidden: true, text: S.qqNoListener });
  const qqRows = el('div', { class: 'rows' });
  panel.append(
    qqGroups,
    qqUsers,
    el(
      'form',
      {
        class: 'qq-form',
        onsubmit: (e) => {
          e.preventDefault();
          if (!qqText.value.trim()) return;
          post({ type: 'qq', group: qqGroup.value, user: qqUser.value, text: qqText.value });
          qqText.value = '';
        },
      },
      el('label', null, S.qqGroup, ' ', qqGroup),
      el('label', null, S.qqUser, ' ', qqUser),
      qqText,
      qqSend,
    ),
    qqNote,
    qqRows,
  );
  return qqRows;
}

/** The form as the run allows it: sending while it runs, the world file's groups and users, the first chosen. */
export function renderQqForm(): void {
  const header = state.header;
  for (const e of [qqText, qqSend]) e.disabled = !header.running;
  qqGroups.replaceChildren(
    ...header.qqGroups.map((g) => el('option', { value: String(g.id), text: g.name })),
  );
  const users = new Map<number, string>();
  for (const g of header.qqGroups) for (const m of g.members) users.set(m.id, m.name);
  for (const u of header.qqUsers) users.set(u.id, u.name);
  qqUsers.replaceChildren(
    ...[...users].map(([id, name]) => el('option', { value: String(id), text: name })),
  );
  if (!qqUser.value && users.size) qqUser.value = String(users.keys().next().value);
  if (!qqGroup.value && header.qqGroups.length) qqGroup.value = String(header.qqGroups[0].id);
}

/** Says so while the running plugin listens for no QQ message. */
export function renderQqNote(): void {
  qqNote.hidden = state.entries.qq || !state.header.running;
}

export function qqNode(q: WebQq): HTMLDivElement {
  return el(
    'div',
    { class: 'row qq ' + q.dir },
    el('span', { class: 'dir', text: q.dir === 'in' ? '→ ' + S.qqIn : '← ' + S.qqOut }),
    el('span', { class: 'where', text: ' [' + q.where + (q.who ? ' ' + q.who : '') + '] ' }),
    ...segmentNodes(q.segments),
  );
}
