/**
 * The Game view's side pane: the Commands, QQ, APIs and Log tabs (each counting its rows), their panels, and rows
 * appended to them — the last CAP.rows kept, the end followed unless the user scrolled up.
 */
import { atEnd, el } from '../shared/dom';
import { S } from '../shared/strings';
import { buildApis } from './apis';
import { buildCommands, buildLog } from './commands';
import { tablistMove } from './keyboard';
import { buildQq } from './qq';
import { CAP, remember, state, TABS, type Tab } from './state';

let tabs: Record<Tab, HTMLButtonElement>;
let panels: Record<Tab, HTMLDivElement>;
/** The box of each tab's rows. */
let rows: Record<Tab, HTMLDivElement>;

export function buildSide(): HTMLElement {
  const bar = el('div', { class: 'tabs', role: 'tablist', onkeydown: onTabKey });
  const labels: Record<Tab, string> = { commands: S.commands, qq: S.qq, apis: S.apis, log: S.log };
  tabs = {} as Record<Tab, HTMLButtonElement>;
  panels = {} as Record<Tab, HTMLDivElement>;
  for (const name of TABS) {
    const b = el('button', {
      class: 'tab',
      role: 'tab',
      id: 'tab-' + name,
      'aria-controls': 'panel-' + name,
      onclick: () => showTab(name, true),
    });
    b.dataset.label = labels[name];
    tabs[name] = b;
    bar.append(b);
    panels[name] = el('div', {
      class: 'panel',
      role: 'tabpanel',
      id: 'panel-' + name,
      'aria-labelledby': 'tab-' + name,
      tabindex: 0,
    });
  }
  rows = {
    commands: buildCommands(panels.commands),
    qq: buildQq(panels.qq),
    apis: buildApis(panels.apis),
    log: buildLog(panels.log),
  };
  return el('section', { id: 'side-pane' }, bar, ...TABS.map((n) => panels[n]));
}

export function showTab(name: Tab, focus: boolean): void {
  state.tab = name;
  remember();
  for (const n of TABS) {
    const on = n === name;
    tabs[n].setAttribute('aria-selected', on ? 'true' : 'false');
    tabs[n].tabIndex = on ? 0 : -1;
    tabs[n].classList.toggle('active', on);
    panels[n].hidden = !on;
  }
  if (focus) tabs[name].focus();
}

function onTabKey(e: KeyboardEvent): void {
  const j = tablistMove(e.key, TABS.indexOf(state.tab), TABS.length);
  if (j === undefined) return;
  e.preventDefault();
  showTab(TABS[j], true);
}

/** Each tab's label with the number of its rows. */
export function countTabs(): void {
  for (const n of TABS) {
    const count = rows[n].childElementCount;
    tabs[n].textContent = tabs[n].dataset.label + (count ? ' (' + count + ')' : '');
  }
}

export function appendRows(tab: Tab, nodes: HTMLElement[]): void {
  const box = rows[tab];
  if (nodes.length === 0) return;
  const scroller = box.parentElement!;
  const following = atEnd(scroller);
  box.append(...nodes);
  while (box.childElementCount > CAP.rows) box.firstElementChild!.remove();
  if (following) scroller.scrollTop = scroller.scrollHeight;
}
