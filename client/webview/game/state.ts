/**
 * What the Game view's page knows: the run's header, the players and objectives, the entry points, what each
 * player was shown (the last CAP.lines lines), who is chosen and which side tab is open. The last two are kept by
 * VS Code while the view is hidden or reloaded.
 */
import { emptyHeader, type Entries, type WebLine, type WebPlayer } from '../../src/game/protocol';
import { saveState, savedState } from '../shared/host';

/** Lines kept per player, rows kept per side tab. */
export const CAP = { lines: 300, rows: 300 };

export const TABS = ['commands', 'qq', 'apis', 'log'] as const;
export type Tab = (typeof TABS)[number];

const saved = savedState();

export const state = {
  header: emptyHeader(),
  players: [] as WebPlayer[],
  objectives: [] as string[],
  entries: { menus: [], apis: [], qq: false, others: [] } as Entries,
  /** player -> WebLine[] (the last CAP.lines, trimmed in chunks) */
  lines: new Map<string, WebLine[]>(),
  selected: (typeof saved.selected === 'string' && saved.selected) || null,
  tab: (TABS as readonly unknown[]).includes(saved.tab) ? (saved.tab as Tab) : 'commands',
  /** Whether the page shows a run (else it says what the view is for). */
  built: false,
};

/** Keeps who is chosen and the open tab for when the page is drawn again. */
export function remember(): void {
  saveState({ selected: state.selected, tab: state.tab });
}

/** The chosen player. */
export function current(): WebPlayer | undefined {
  return state.players.find((p) => p.name === state.selected);
}
