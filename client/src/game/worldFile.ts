/**
 * A plugin's world file as the Game view reads and edits it: where it is (the `coromegaLua.run.worldFile` setting),
 * the parts the view shows (players, QQ groups and users), and edits to players that change only the text they
 * concern (jsonText.ts), so every other field, the order of keys and the author's layout survive. The runtime checks the whole
 * file against the schema when it runs; here a file that is not JSON, or whose players are not a list of named
 * entries, is refused with a sentence saying where, never overwritten. No `vscode` import.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Localize } from '../i18n';
import { layoutOf, setJson, type JsonPath } from './jsonText';
import type { PlayerEntry, QqGroup, QqUser } from './protocol';

export type { PlayerEntry, QqGroup, QqUser };

// Where a plugin's world file is: the runtime's rule, shared with the command line.
export { DEFAULT_WORLD_FILE, worldFilePath } from '../../../runtime/src/world/locate';

/** The runtime's world when the file has no `players`: one online operator. */
export const DEFAULT_PLAYERS: ReadonlyArray<PlayerEntry> = [
  { name: 'Steve', online: true, op: true, tags: [], scores: {} },
];

/** What the view takes from a world file. */
export interface WorldSummary {
  players: PlayerEntry[];
  /** Whether `players` is written in the file (else the runtime's default player). */
  playersWritten: boolean;
  qqGroups: QqGroup[];
  qqUsers: QqUser[];
}

export type WorldRead = { ok: true; world: WorldSummary } | { ok: false; problem: string };

/** One change to the players of a world file. */
export type WorldEdit =
  | { kind: 'addPlayer'; name: string }
  | { kind: 'removePlayer'; name: string }
  | { kind: 'setOp'; name: string; op: boolean }
  | { kind: 'setTags'; name: string; tags: string[] }
  | { kind: 'setScore'; name: string; objective: string; score: number | null };

export type EditResult =
  { ok: true; text: string; changed: boolean } | { ok: false; problem: string };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/** The first syntax error as a sentence, in the user's language. */
function syntaxProblem(text: string, error: ParseError, t: Localize): string {
  const { line, col } = lineCol(text, error.offset);
  const code = printParseErrorCode(error.error);
  const what: Record<string, string> = {
    ValueExpected: t('a value is expected'),
    CommaExpected: t('a comma is expected'),
    ColonExpected: t('a colon is expected'),
    PropertyNameExpected: t('a property name in double quotes is expected'),
    CloseBraceExpected: t('a closing "}" is expected'),
    CloseBracketExpected: t('a closing "]" is expected'),
    EndOfFileExpected: t('nothing may follow the end of the JSON value'),
    InvalidCommentToken: t('JSON has no comments'),
    UnexpectedEndOfComment: t('JSON has no comments'),
    UnexpectedEndOfString: t('a string is not closed'),
    InvalidSymbol: t('an unexpected character'),
  };
  return t(
    'The world file is not valid JSON at line {0}, column {1}: {2}.',
    line,
    col,
    what[code] ?? code,
  );
}

/** Parses the text as the runtime does (strict JSON); returns the document or the problem. */
function parseStrict(
  text: string,
  t: Localize,
): { ok: true; doc: Json } | { ok: false; problem: string } {
  const errors: ParseError[] = [];
  const doc: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) return { ok: false, problem: syntaxProblem(text, errors[0]!, t) };
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: t('The world file is not valid JSON: {0}', (e as Error).message) };
  }
  if (!isObject(doc))
    return { ok: false, problem: t('The world file should hold one JSON object.') };
  return { ok: true, doc };
}

/** The players list of a document, checked as far as the view relies on it. */
function playersOf(
  doc: Json,
  t: Localize,
): { ok: true; list?: unknown[] } | { ok: false; problem: string } {
  const list = doc['players'];
  if (list === undefined) return { ok: true };
  if (!Array.isArray(list))
    return { ok: false, problem: t('"players" in the world file should be a list of players.') };
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i];
    if (!isObject(p) || typeof p['name'] !== 'string' || p['name'] === '')
      return { ok: false, problem: t('players[{0}] in the world file has no name.', i) };
  }
  return { ok: true, list };
}

function entryOf(p: Json): PlayerEntry {
  const scores: Record<string, number> = {};
  if (isObject(p['scores']))
    for (const [k, v] of Object.entries(p['scores'])) if (typeof v === 'number') scores[k] = v;
  return {
    name: p['name'] as string,
    online: p['online'] !== false,
    op: p['op'] === true,
    tags: Array.isArray(p['tags'])
      ? p['tags'].filter((x): x is string => typeof x === 'string')
      : [],
    scores,
  };
}

function qqUser(u: unknown): QqUser | undefined {
  if (!isObject(u) || typeof u['id'] !== 'number') return undefined;
  const name =
    (typeof u['card'] === 'string' && u['card']) ||
    (typeof u['nickname'] === 'string' && u['nickname']) ||
    String(u['id']);
  return { id: u['id'], name };
}

/** Reads a world file's text. An empty or missing file is the runtime's default world. */
export function readWorld(text: string | undefined, t: Localize): WorldRead {
  if (text === undefined || text.trim() === '')
    return {
      ok: true,
      world: {
        players: DEFAULT_PLAYERS.map(copy),
        playersWritten: false,
        qqGroups: [],
        qqUsers: [],
      },
    };
  const parsed = parseStrict(text, t);
  if (!parsed.ok) return parsed;
  const players = playersOf(parsed.doc, t);
  if (!players.ok) return players;
  const qq = isObject(parsed.doc['qq']) ? parsed.doc['qq'] : {};
  const groups = Array.isArray(qq['groups']) ? qq['groups'] : [];
  return {
    ok: true,
    world: {
      players: players.list
        ? players.list.map((p) => entryOf(p as Json))
        : DEFAULT_PLAYERS.map(copy),
      playersWritten: players.list !== undefined,
      qqGroups: groups.flatMap((g: unknown) =>
        isObject(g) && typeof g['id'] === 'number'
          ? [
              {
                id: g['id'],
                name: typeof g['name'] === 'string' ? g['name'] : String(g['id']),
                members: (Array.isArray(g['members']) ? g['members'] : []).flatMap((m: unknown) => {
                  const u = qqUser(m);
                  return u ? [u] : [];
                }),
              },
            ]
          : [],
      ),
      qqUsers: (Array.isArray(qq['users']) ? qq['users'] : []).flatMap((m: unknown) => {
        const u = qqUser(m);
        return u ? [u] : [];
      }),
    },
  };
}

function copy(p: PlayerEntry): PlayerEntry {
  return { ...p, tags: [...p.tags], scores: { ...p.scores } };
}

/** Applies one edit to the text of a world file (`undefined` or empty: a new file, which starts with `schema` as its
 * `$schema` when given). Only the players change, and only in the text they occupy; a player the file does not list
 * yet (the runtime's default Steve, or one who joined during the run) is written first. */
export function applyWorldEdit(
  text: string | undefined,
  edit: WorldEdit,
  t: Localize,
  schema?: string,
): EditResult {
  const original = text ?? '';
  const fresh = original.trim() === '';
  let current = fresh ? '{\n}' : original;
  const parsed = parseStrict(current, t);
  if (!parsed.ok) return parsed;
  const checked = playersOf(parsed.doc, t);
  if (!checked.ok) return checked;
  const layout = layoutOf(original);
  const set = (jsonPath: JsonPath, value: unknown): void => {
    current = setJson(current, jsonPath, value, layout);
  };
  if (fresh && schema !== undefined) set(['$schema'], schema);
  let list = checked.list ? [...checked.list] : undefined;
  if (!list) {
    // No players written: the runtime's default player is made explicit, so adding or changing one keeps it.
    const defaults = DEFAULT_PLAYERS.map((p) => ({ name: p.name, op: p.op }));
    set(['players'], defaults);
    list = defaults;
  }
  const indexOf = (name: string): number =>
    list.findIndex((p) => isObject(p) && p['name'] === name);
  let i = indexOf(edit.name);
  if (edit.kind === 'removePlayer') {
    if (i >= 0) set(['players', i], undefined);
  } else if (i < 0) {
    set(['players', list.length], { name: edit.name });
    i = list.length;
    list.push({ name: edit.name });
  }
  const entry = (list[i] ?? {}) as Json;
  switch (edit.kind) {
    case 'addPlayer':
    case 'removePlayer':
      break;
    case 'setOp':
      // `false` is the default: written only when the file said otherwise before.
      set(['players', i, 'op'], edit.op ? true : entry['op'] === undefined ? undefined : false);
      break;
    case 'setTags':
      set(['players', i, 'tags'], edit.tags.length > 0 ? edit.tags : undefined);
      break;
    case 'setScore': {
      const scores = isObject(entry['scores']) ? entry['scores'] : {};
      const others = Object.keys(scores).filter((k) => k !== edit.objective);
      if (edit.score === null && others.length === 0) set(['players', i, 'scores'], undefined);
      else if (!isObject(entry['scores']))
        set(
          ['players', i, 'scores'],
          edit.score === null ? undefined : { [edit.objective]: edit.score },
        );
      else set(['players', i, 'scores', edit.objective], edit.score ?? undefined);
      break;
    }
  }
  if (fresh) current += layout.eol;
  return { ok: true, text: current, changed: current !== original };
}

/** The smallest single replacement turning `before` into `after` (for an edit of an open document, so undo and
 * the cursor stay sensible). */
export function replacement(
  before: string,
  after: string,
): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
