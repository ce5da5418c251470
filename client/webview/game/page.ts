/**
 * The Game view's page: what the view is for before any run, else the run's header (the plugin, how its run stands,
 * the world file), a notice for the latest problem, and the three panes: players, the chosen player's screen and
 * the side tabs.
 */
import { el, fill } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { buildPlayers, type Select } from './players';
import { buildScreen } from './screen';
import { buildSide } from './side';
import { state } from './state';

const root = document.getElementById('game')!;
let badge: HTMLSpanElement;
let world: HTMLSpanElement;
let openWorld: HTMLButtonElement;
let saveWorld: HTMLButtonElement;
let hint: HTMLSpanElement;
let notice: HTMLDivElement;

export function build(select: Select): void {
  root.textContent = '';
  if (!state.header.title) {
    root.append(el('p', { class: 'idle', text: S.idle }));
    state.built = false;
    return;
  }
  state.built = true;
  badge = el('span', { class: 'badge' });
  world = el('span', { class: 'world' });
  openWorld = el('button', {
    class: 'secondary small',
    text: S.openWorld,
    onclick: () => post({ type: 'openWorld' }),
  });
  saveWorld = el('button', {
    class: 'small save-world',
    hidden: true,
    onclick: () => post({ type: 'saveWorld' }),
  });
  hint = el('span', { class: 'hint' });
  notice = el('div', { class: 'notice', role: 'alert', hidden: true });
  root.append(
    el(
      'header',
      null,
      el('h1', { text: state.header.title }),
      badge,
      world,
      openWorld,
      saveWorld,
      hint,
    ),
    notice,
    el('main', null, buildPlayers(select), buildScreen(select), buildSide()),
  );
}

/** How the run stands and which world file it plays. */
export function renderHeader(): void {
  const header = state.header;
  badge.textContent = header.running
    ? header.paused
      ? S.paused
      : S.running + (header.reloads > 0 ? ' · ' + S.reloaded : '')
    : S.ended + (header.ended ? ' · ' + (S['reason.' + header.ended] || header.ended) : '');
  badge.className = 'badge ' + (header.running ? (header.paused ? 'paused' : 'running') : 'ended');
  world.textContent = header.worldExists
    ? fill(S.worldFile, header.worldFile)
    : header.worldFile
      ? fill(S.noWorldFile, header.worldFile)
      : '';
  world.classList.toggle('bad', !!header.worldProblem);
  world.title = header.worldProblem || '';
  openWorld.hidden = !header.worldFile;
  // Edits made while playing wait here until saved: trying things never changes the file unasked.
  saveWorld.hidden = !(header.unsaved > 0);
  saveWorld.textContent = fill(S.saveEdits, String(header.unsaved || 0));
  saveWorld.title = S.saveEditsHint;
  hint.textContent = header.running
    ? header.paused
      ? S.pausedHint
      : ''
    : header.watching
      ? S.watching
      : S.notRunning;
}

/** The latest problem, until dismissed (or none). */
export function renderNotice(text: string): void {
  notice.hidden = !text;
  notice.replaceChildren(
    el('span', { text: text || '' }),
    el('button', {
      class: 'secondary small',
      text: S.dismiss,
      onclick: () => post({ type: 'dismiss' }),
    }),
  );
}
