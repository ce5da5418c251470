/**
 * The plugin's game and terminal menus under the chosen player's screen, as buttons. A menu with an argument hint
 * asks for its arguments first; one without is called at once, as the chosen player.
 */
import type { MenuEntry } from '../../src/game/protocol';
import { el, fill, lineForm } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { state } from './state';

let menus: HTMLDivElement;
let menuArgs: HTMLDivElement;

/** The buttons' row and the arguments' row below it. */
export function buildMenus(): HTMLElement[] {
  menus = el('div', { class: 'menus' });
  menuArgs = el('div', { class: 'menu-args', hidden: true });
  return [menus, menuArgs];
}

export function renderMenus(): void {
  if (!state.built) return;
  const all = state.entries.menus;
  const game = all.filter((m) => m.kind === 'game_menu');
  const terminal = all.filter((m) => m.kind === 'terminal_menu');
  const button = (m: MenuEntry): HTMLButtonElement =>
    el('button', {
      class: 'menu',
      text: m.triggers[0] || '?',
      title: [m.triggers.join(' / '), m.hint, m.usage].filter(Boolean).join(' — '),
      disabled: !state.header.running,
      onclick: () => openMenu(m),
    });
  menus.replaceChildren(
    el('span', { class: 'field-title', text: S.menus }),
    ...(all.length === 0 ? [el('span', { class: 'muted', text: S.noMenus })] : []),
    ...(game.length ? [el('span', { class: 'group', text: S.gameMenu }), ...game.map(button)] : []),
    ...(terminal.length
      ? [el('span', { class: 'group', text: S.terminalMenu }), ...terminal.map(button)]
      : []),
  );
}

function openMenu(m: MenuEntry): void {
  if (!m.hint) {
    callMenu(m, '');
    return;
  }
  const input = el('input', {
    type: 'text',
    placeholder: m.hint,
    'aria-label': fill(S.argsFor, m.triggers[0]),
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenuArgs();
  });
  menuArgs.hidden = false;
  menuArgs.replaceChildren(
    lineForm(
      'menu-form',
      [el('label', null, fill(S.argsFor, m.triggers[0]) + ' ', input)],
      el('button', { type: 'submit', text: S.call }),
      () => {
        callMenu(m, input.value);
        closeMenuArgs();
      },
    ),
    el('button', { class: 'secondary', text: S.cancel, onclick: closeMenuArgs }),
  );
  input.focus();
}

function closeMenuArgs(): void {
  menuArgs.hidden = true;
  menuArgs.textContent = '';
}

function callMenu(m: MenuEntry, args: string): void {
  post({
    type: 'menu',
    kind: m.kind,
    trigger: m.triggers[0],
    args,
    player: state.selected || '',
  });
}
