/**
 * Completion in world and test files of what comes from the plugin: the menu and terminal triggers and APIs it
 * registers, the APIs it calls (as keys of the world's `apis`), the world's players (and for `as` the senders and
 * command blocks the plugin listens to), QQ groups and users, and scoreboard objectives. Values replace the string
 * being typed, quotes included. Only what the JSON schemas cannot offer: the JSON language service keeps the rest.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { getLocation, type JSONPath } from 'jsonc-parser';
import type { EntryKind } from '../../../catalog';
import { t, type MessageKey } from '../messages';
import type { CompanionDoc } from '../project/companionDoc';
import {
  entryLine,
  pluginsOf,
  provided,
  unique,
  type CompanionContext,
  type Plugins,
} from './companionContext';

// completion

/** The path inside a step (`["menu"]`, `["expect", "say", "to"]`), or null when the path is not in a script. */
function stepTail(p: JSONPath): JSONPath | null {
  if (p[0] === 'script' && typeof p[1] === 'number') return p.slice(2);
  if (p[0] === 'tests' && typeof p[1] === 'number' && p[2] === 'script' && typeof p[3] === 'number')
    return p.slice(4);
  return null;
}

function is(p: JSONPath | null, ...want: (string | number)[]): boolean {
  return p !== null && p.length === want.length && want.every((w, i) => p[i] === w);
}

interface Candidate {
  value: string | number;
  label: RefKindLabel;
  detail?: string;
  doc?: string;
}

export type RefKindLabel = Extract<
  MessageKey,
  | 'label-game-menu'
  | 'label-terminal-menu'
  | 'label-api'
  | 'label-api-used'
  | 'label-player'
  | 'label-sender'
  | 'label-command-block'
  | 'label-qq-group'
  | 'label-qq-user'
  | 'label-objective'
>;

function entryCandidates(
  cx: CompanionContext,
  ps: Plugins,
  kind: EntryKind,
  label: RefKindLabel,
  role: 'provides' | 'uses' = 'provides',
): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const e of provided(ps, kind, role)) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    const parts = [e.argumentHint, e.usage].filter((x): x is string => !!x);
    out.push({
      value: e.name,
      label,
      detail: entryLine(cx, e),
      ...(parts.length ? { doc: parts.join(' — ') } : {}),
    });
  }
  return out;
}

function playerCandidates(
  cx: CompanionContext,
  doc: CompanionDoc,
  ps: Plugins,
  as: boolean,
): Candidate[] {
  const out: Candidate[] = doc.players.map((p) => ({ value: p, label: 'label-player' as const }));
  if (as) {
    out.push(...entryCandidates(cx, ps, 'sender', 'label-sender'));
    out.push(...entryCandidates(cx, ps, 'command_block', 'label-command-block'));
  }
  return out;
}

/** What may be written at the JSON path of the cursor. */
function candidatesAt(cx: CompanionContext, p: JSONPath, key: boolean): Candidate[] {
  const doc = cx.project.companion(cx.file);
  const step = stepTail(p);
  const ps = () => pluginsOf(cx);
  if (key) {
    if (is(p, 'apis', '')) {
      const have = new Set(doc.refs.filter((r) => r.kind === 'api_used').map((r) => r.value));
      return entryCandidates(cx, ps(), 'api', 'label-api-used', 'uses').filter(
        (c) => !have.has(String(c.value)),
      );
    }
    if (is(step, 'scores', '') || (p[0] === 'players' && is(p.slice(2), 'scores', '')))
      return doc.objectives.map((o) => ({ value: o, label: 'label-objective' }));
    return [];
  }
  if (is(step, 'menu')) return entryCandidates(cx, ps(), 'game_menu', 'label-game-menu');
  if (is(step, 'terminal'))
    return entryCandidates(cx, ps(), 'terminal_menu', 'label-terminal-menu');
  if (is(step, 'api') || is(step, 'expect', 'apiResult', 'api'))
    return entryCandidates(cx, ps(), 'api', 'label-api');
  if (is(step, 'as')) return playerCandidates(cx, doc, ps(), true);
  if (
    is(step, 'join') ||
    is(step, 'leave') ||
    is(step, 'player') ||
    is(step, 'expect', 'say', 'to') ||
    is(step, 'expect', 'score', 'player')
  )
    return playerCandidates(cx, doc, ps(), false);
  if (is(step, 'expect', 'score', 'objective'))
    return doc.objectives.map((o) => ({ value: o, label: 'label-objective' }));
  const groups = (): Candidate[] =>
    doc.groups.map((g) => ({
      value: g.id,
      label: 'label-qq-group',
      ...(g.name ? { detail: g.name } : {}),
    }));
  const users = (): Candidate[] =>
    doc.users.map((u) => ({
      value: u.id,
      label: 'label-qq-user',
      ...(u.name ? { detail: u.name } : {}),
    }));
  if (is(step, 'qq', 'group') || is(step, 'expect', 'qq', 'group')) return groups();
  if (is(step, 'qq', 'user') || is(step, 'expect', 'qq', 'user')) return users();
  if (
    is(step, 'expect', 'qq', 'target') ||
    (p[0] === 'qq' && p[1] === 'default' && typeof p[2] === 'number')
  )
    return doc.groups.map((g) => ({
      value: `群聊:${g.id}`,
      label: 'label-qq-group',
      ...(g.name ? { detail: g.name } : {}),
    }));
  return [];
}

export function companionCompletion(cx: CompanionContext, offset: number): CompletionItem[] {
  const text = cx.file.text;
  const loc = getLocation(text, offset);
  const candidates = candidatesAt(cx, loc.path, loc.isAtPropertyKey);
  if (candidates.length === 0) return [];
  // replace the string (or number) being typed, quotes included; else insert at the cursor
  const prev = loc.previousNode;
  const replaces =
    prev &&
    (prev.type === 'string' || prev.type === 'number' || prev.type === 'property') &&
    prev.offset <= offset &&
    offset <= prev.offset + Math.max(prev.length, 1);
  const from = replaces ? prev.offset : offset;
  let to = replaces ? Math.max(offset, prev.offset + prev.length) : offset;
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd >= 0 && to > lineEnd) to = Math.max(offset, lineEnd);
  const range = { start: cx.doc.positionAt(from), end: cx.doc.positionAt(to) };
  return unique(candidates.map((c) => JSON.stringify(c.value))).map((newText, i) => {
    const c = candidates.find((x) => JSON.stringify(x.value) === newText)!;
    const item: CompletionItem = {
      label: String(c.value),
      kind: typeof c.value === 'number' ? CompletionItemKind.Value : CompletionItemKind.Reference,
      labelDetails: { description: t(cx.locale, c.label) },
      sortText: String(i).padStart(4, '0'),
      filterText: newText,
      textEdit: { range, newText },
    };
    if (c.detail) item.detail = c.detail;
    if (c.doc) item.documentation = c.doc;
    return item;
  });
}
