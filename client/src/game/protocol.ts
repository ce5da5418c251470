/**
 * The messages between the Game view (client/src/views/gameView.ts) and its webview (client/webview/game/): the
 * rows and state the page draws, and every click it posts back. Types only, and nothing imported that needs Node or
 * `vscode`: the webview's own sources are type-checked against this file.
 */
import type { ListenerKind, SayVia } from '../../../runtime/src/events';
import type { StyledSegment } from '../format';

// ---- The world as the page shows it ---------------------------------------------------------------------------

export interface PlayerEntry {
  name: string;
  online: boolean;
  op: boolean;
  tags: string[];
  scores: Record<string, number>;
}

export interface QqUser {
  id: number;
  name: string;
}

export interface QqGroup {
  id: number;
  name: string;
  members: QqUser[];
}

export interface WebPlayer extends PlayerEntry {
  /** Prompts of the asks waiting for this player's next chat line. */
  asks: string[];
  /** The first of them, split on `§` codes. */
  prompt: StyledSegment[];
}

export interface RunHeader {
  title: string;
  running: boolean;
  /** Paused in the debugger: clicks wait until it goes on. */
  paused: boolean;
  /** How the run ended, in words (empty while running). */
  ended: string;
  /** How many times a save restarted the plugins in this world (restart on save). */
  reloads: number;
  /** The plugins ended and the run waits for a save to start them again in this world. */
  watching: boolean;
  /** The world file as shown (a path relative to the plugin's folder when inside it). */
  worldFile: string;
  worldExists: boolean;
  /** Why the world file cannot be used or edited, when it cannot. */
  worldProblem: string;
  qqGroups: QqGroup[];
  qqUsers: QqUser[];
  /** Player edits made while playing that are not in the world file yet (saved on request). */
  unsaved: number;
}

/** The header before any run: nothing running, no world. */
export function emptyHeader(): RunHeader {
  return {
    title: '',
    running: false,
    paused: false,
    ended: '',
    reloads: 0,
    watching: false,
    worldFile: '',
    worldExists: false,
    worldProblem: '',
    qqGroups: [],
    qqUsers: [],
    unsaved: 0,
  };
}

export interface MenuEntry {
  kind: 'game_menu' | 'terminal_menu';
  triggers: string[];
  usage: string;
  hint: string;
}

/** The plugin's entry points as the page offers them. */
export interface Entries {
  menus: MenuEntry[];
  apis: string[];
  /** Whether a QQ message listener is registered. */
  qq: boolean;
  /** Other entry points, for the record: kind and what they listen to. */
  others: Array<{ kind: ListenerKind; triggers: string[] }>;
}

// ---- Rows --------------------------------------------------------------------------------------------------------

/** What a player saw or did, as one line of their chat. */
export type LineKind = SayVia | 'said' | 'menu' | 'joined' | 'left';

export interface WebLine {
  seq: number;
  player: string;
  kind: LineKind;
  /** The kind in words ("title", "ask"...), empty for plain chat. */
  label: string;
  segments: StyledSegment[];
}

export interface WebCommand {
  seq: number;
  command: string;
  via: string;
  ok: boolean | null;
  text: string;
  stubbed: boolean;
}

export interface QqRow {
  seq: number;
  dir: 'in' | 'out';
  where: string;
  who?: string;
  text: string;
}

export interface WebQq extends QqRow {
  segments: StyledSegment[];
}

export interface WebApi {
  seq: number;
  dir: 'call' | 'result';
  api: string;
  text: string;
  error?: string;
}

export interface LogRow {
  seq: number;
  level: 'action' | 'problem' | 'warning' | 'error' | 'world';
  text: string;
}

export type WebLog = LogRow;

/** A batch for the webview: replaced parts when they changed, appended rows since the last batch. */
export interface Update {
  header?: RunHeader;
  players?: WebPlayer[];
  objectives?: string[];
  entries?: Entries;
  lines: WebLine[];
  commands: WebCommand[];
  qq: WebQq[];
  apis: WebApi[];
  log: WebLog[];
  /** The latest problem worth a banner (an action that could not be applied, a bad world file). */
  notice?: string;
  dropped: number;
}

// ---- Messages ----------------------------------------------------------------------------------------------------

/** The page's words by key (client/src/game/strings.ts), already in the user's language. */
export type GameStrings = Record<string, string>;

/** What the extension writes into the page, so its first paint has content. */
export interface GameInitial {
  strings: GameStrings;
  state: Update;
}

/** Messages to the webview: everything again (a new run, a new language, a reloaded page), what changed, or whose
 * screen to show. */
export type ToGameView =
  | ({ type: 'reset' } & GameInitial)
  | { type: 'update'; state: Update }
  | { type: 'select'; player: string };

/** Messages from the webview. */
export type FromGameView =
  | { type: 'ready' }
  | { type: 'select'; player: string }
  | {
      type: 'menu';
      kind: 'game_menu' | 'terminal_menu';
      trigger: string;
      args: string;
      player: string;
    }
  | { type: 'chat'; player: string; text: string }
  | { type: 'qq'; group: string; user: string; text: string }
  | { type: 'api'; name: string; args: string }
  | { type: 'join'; name: string }
  | { type: 'leave'; name: string }
  | { type: 'addPlayer'; name: string }
  | { type: 'removePlayer'; name: string }
  | { type: 'setOp'; name: string; op: boolean }
  | { type: 'setTags'; name: string; tags: string }
  | { type: 'setScore'; name: string; objective: string; score: string }
  | { type: 'openWorld' }
  | { type: 'saveWorld' }
  | { type: 'dismiss' };
