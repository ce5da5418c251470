/**
 * What a world or test file names, read with places from its JSON (tolerantly: a half-typed file still gives what
 * it has): the menus, terminal lines and APIs its steps call, the players they act as, the APIs it answers for the
 * plugin, and the world's players, QQ groups and users and scoreboard objectives. Steps are found in `script` and in
 * each of `tests[].script`, as the runtime reads them (schemas/world.schema.json, schemas/test.schema.json).
 */
import { getNodeValue, parseTree, type Node } from 'jsonc-parser';
import { propertyOf, valueOf } from './config';

/** What a string (or number) in the file refers to. */
export type RefKind =
  /** `{"menu": "ai"}`: a game-menu trigger. */
  | 'game_menu'
  /** `{"terminal": "greet Alex"}`: a terminal line, whose first word is a terminal-menu trigger. */
  | 'terminal_menu'
  /** `{"api": "/x"}`, `expect.apiResult.api`: an API the plugin exposes (or the file's `apis` answers). */
  | 'api'
  /** A key of the world's `apis`: an API the plugin calls, answered by the world. */
  | 'api_used'
  /** `as`, `join`, `leave`, `player`, `expect.say.to`, `expect.score.player`: a player. */
  | 'player'
  /** `players[].name`: a player of the world. */
  | 'player_name';

export interface Ref {
  kind: RefKind;
  value: string;
  /** The string node (for `api_used`, the property key). */
  node: Node;
  /** The step property it is (`as`, `join`, `menu`...). */
  prop: string;
}

export interface QqId {
  id: number;
  name?: string;
}

export interface CompanionDoc {
  root?: Node;
  /** The file's value (as far as it parses). */
  value: unknown;
  refs: Ref[];
  /** The world's players: `players[].name`, or Steve (the runtime's default world) when `players` is absent. */
  players: string[];
  groups: QqId[];
  users: QqId[];
  objectives: string[];
}

/** The default world's one player (runtime/src/world/world.ts). */
export const DEFAULT_PLAYER = 'Steve';

const PLAYER_PROPS = ['as', 'join', 'leave', 'player'] as const;

function str(n: Node | undefined): string | undefined {
  return n?.type === 'string' ? (n.value as string) : undefined;
}

function items(n: Node | undefined): Node[] {
  return n?.type === 'array' ? (n.children ?? []) : [];
}

function prop(obj: Node | undefined, key: string): Node | undefined {
  return obj?.type === 'object' ? valueOf(propertyOf(obj, key)) : undefined;
}

export function parseCompanion(text: string): CompanionDoc {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const doc: CompanionDoc = {
    value: root ? (getNodeValue(root) as unknown) : undefined,
    refs: [],
    players: [],
    groups: [],
    users: [],
    objectives: [],
  };
  if (root) doc.root = root;
  if (root?.type !== 'object') return doc;
  const add = (kind: RefKind, node: Node | undefined, p: string): void => {
    const value = str(node);
    if (node && value !== undefined) doc.refs.push({ kind, value, node, prop: p });
  };

  const players = prop(root, 'players');
  for (const p of items(players)) {
    const nameNode = prop(p, 'name');
    const name = str(nameNode);
    if (name === undefined) continue;
    doc.players.push(name);
    add('player_name', nameNode, 'name');
    const scores = prop(p, 'scores');
    for (const s of scores?.children ?? []) {
      const k = str(s.children?.[0]);
      if (k !== undefined && !doc.objectives.includes(k)) doc.objectives.push(k);
    }
  }
  if (!players) doc.players.push(DEFAULT_PLAYER);
  for (const o of items(prop(root, 'objectives'))) {
    const k = str(prop(o, 'name'));
    if (k !== undefined && !doc.objectives.includes(k)) doc.objectives.push(k);
  }

  const qq = prop(root, 'qq');
  const qqId = (n: Node, nameKey: string): QqId | undefined => {
    const id = prop(n, 'id');
    if (id?.type !== 'number') return undefined;
    const name = str(prop(n, nameKey));
    return { id: id.value as number, ...(name !== undefined ? { name } : {}) };
  };
  for (const g of items(prop(qq, 'groups'))) {
    const group = qqId(g, 'name');
    if (group) doc.groups.push(group);
    for (const m of items(prop(g, 'members'))) {
      const u = qqId(m, 'nickname');
      if (u && !doc.users.some((x) => x.id === u.id)) doc.users.push(u);
    }
  }
  for (const m of items(prop(qq, 'users'))) {
    const u = qqId(m, 'nickname');
    if (u && !doc.users.some((x) => x.id === u.id)) doc.users.push(u);
  }

  const apis = prop(root, 'apis');
  for (const p of apis?.type === 'object' ? (apis.children ?? []) : [])
    add('api_used', p.children?.[0], 'apis');

  const steps = (script: Node | undefined): void => {
    for (const step of items(script)) {
      if (step.type !== 'object') continue;
      add('game_menu', prop(step, 'menu'), 'menu');
      add('terminal_menu', prop(step, 'terminal'), 'terminal');
      add('api', prop(step, 'api'), 'api');
      for (const p of PLAYER_PROPS) add('player', prop(step, p), p);
      const expect = prop(step, 'expect');
      if (expect) {
        add('player', prop(prop(expect, 'say'), 'to'), 'to');
        add('player', prop(prop(expect, 'score'), 'player'), 'player');
        add('api', prop(prop(expect, 'apiResult'), 'api'), 'api');
      }
    }
  };
  steps(prop(root, 'script'));
  for (const t of items(prop(root, 'tests'))) steps(prop(t, 'script'));
  return doc;
}

/** The first word of a terminal line (what selects a terminal menu). */
export function firstWord(line: string): { word: string; at: number } | undefined {
  const m = /\S+/.exec(line);
  return m ? { word: m[0], at: m.index } : undefined;
}
