/**
 * The Game view's page: draws the world of the run (sent by client/src/views/gameView.ts, which turns the run's
 * events into rows with client/src/game/model.ts) and posts every click back as a message; the extension turns it
 * into a world action on the runner's stdin. Every value from the plugin is inserted as text, never as HTML; every
 * word of the interface comes from the extension (`S`), in the language the user chose. This module applies the
 * extension's messages to the panes: players.ts, screen.ts with menus.ts, and side.ts with its tabs.
 */
import type { GameInitial, ToGameView, Update } from '../../src/game/protocol';
import { initialState, onMessage, post } from '../shared/host';
import { setStrings } from '../shared/strings';
import { apiNode, renderApis } from './apis';
import { commandNode, logNode, renderOthers, showDropped } from './commands';
import { renderMenus } from './menus';
import { build, renderHeader, renderNotice } from './page';
import { renderEditor, renderPlayers } from './players';
import { qqNode, renderQqForm, renderQqNote } from './qq';
import { appendLines, renderAsk, renderChatForm, renderScreen, showsSelected } from './screen';
import { appendRows, countTabs, showTab } from './side';
import { CAP, current, remember, state } from './state';

/** Shows `name`'s screen and edits them. */
function select(name: string): void {
  if (state.selected === name) return;
  state.selected = name;
  remember();
  post({ type: 'select', player: name });
  renderPlayers();
  renderEditor(true);
  renderScreen();
}

/** The chosen player left the list: the first online player (else the first) instead. */
function ensureSelection(): void {
  if (current()) return;
  const next = state.players.find((p) => p.online) || state.players[0];
  state.selected = next ? next.name : null;
  if (state.selected) post({ type: 'select', player: state.selected });
}

/** A batch from the extension: everything again when `full`, else what changed and the rows since the last. */
function apply(update: Partial<Update>, full: boolean): void {
  const u = { lines: [], commands: [], qq: [], apis: [], log: [], ...update };
  if (u.header) state.header = u.header;
  if (full) {
    state.lines = new Map();
    build(select);
    if (!state.built) return;
    showTab(state.tab, false);
  }
  if (!state.built) return;
  if (u.header) {
    renderHeader();
    renderChatForm();
    renderQqForm();
  }
  if (u.players) {
    state.players = u.players;
    state.objectives = u.objectives || state.objectives;
    ensureSelection();
    renderPlayers();
    renderEditor(false);
    if (!showsSelected()) renderScreen();
    else renderAsk();
  }
  if (u.entries) state.entries = u.entries;
  if (u.entries || u.header) {
    renderMenus();
    renderApis();
    renderOthers();
    renderQqNote();
  }
  let mine = false;
  for (const l of u.lines) {
    let list = state.lines.get(l.player);
    if (!list) state.lines.set(l.player, (list = []));
    list.push(l);
    if (list.length > CAP.lines * 2) list.splice(0, list.length - CAP.lines);
    if (l.player === state.selected) mine = true;
  }
  if (full || (mine && u.lines.length > CAP.lines)) renderScreen();
  else if (mine) appendLines(u.lines);
  appendRows('commands', u.commands.map(commandNode));
  appendRows('qq', u.qq.map(qqNode));
  appendRows('apis', u.apis.map(apiNode));
  appendRows('log', u.log.map(logNode));
  if (u.dropped) showDropped(u.dropped);
  if (u.notice !== undefined) renderNotice(u.notice);
  countTabs();
}

onMessage<ToGameView>((m) => {
  if (m.type === 'reset') {
    setStrings(m.strings);
    apply(m.state || {}, true);
  } else if (m.type === 'update') apply(m.state, false);
  else if (m.type === 'select' && m.player) {
    // The extension chose who acts (a CodeLens opened a menu as this player): show their screen.
    if (state.players.some((p) => p.name === m.player)) select(m.player);
    else {
      state.selected = m.player;
      remember();
    }
  }
});

// The state the extension wrote into the page: drawn before anything else arrives.
try {
  const initial = initialState() as Partial<GameInitial>;
  setStrings(initial.strings || {});
  apply(initial.state || {}, true);
} catch {
  build(select);
}
post({ type: 'ready' });
