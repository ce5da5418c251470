/**
 * World and test files (`*.world.json`, `*.test.json`) against the plugin they run: completion of the menu
 * triggers, terminal triggers and APIs the plugin registers, the APIs it calls, the world's players (and the senders
 * and command blocks the plugin listens to), QQ groups and users and objectives; a diagnostic for a trigger or API
 * the plugin does not register (with did-you-mean); go to definition from a step to the Lua that registers what it
 * calls; references to every step that calls the same thing; hover on a step's menu or API.
 *
 * Only what the JSON schemas cannot know: VS Code's JSON language service keeps the schema's completions, hovers
 * and validation, and nothing here repeats them.
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Location,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { getLocation, type JSONPath, type Node } from 'jsonc-parser';
import type { EntryKind, Locale } from '../../../catalog';
import { t, type MessageKey } from '../messages';
import { rangeIn, type LocatedEntry, type PluginModel, type Project } from '../project';
import { firstWord, type CompanionDoc, type Ref, type RefKind } from '../project/companionDoc';
import type { FileText } from '../project/files';
import { suggest } from './common';
import { SOURCE, type DiagnosticData } from './diagnostics';

export interface CompanionContext {
  project: Project;
  /** The world or test file (as the editor has it). */
  file: FileText;
  doc: TextDocument;
  locale: Locale;
}

interface Plugins {
  models: PluginModel[];
  /** Every plugin the file runs could be read. */
  complete: boolean;
  /** The plugins' names, for messages (`ai-chat.lua`). */
  label: string;
}

function pluginsOf(cx: CompanionContext): Plugins {
  const listed = cx.project.pluginsOf(cx.file);
  const models = listed.flatMap((p) => {
    const m = cx.project.plugin(p.path);
    return m ? [m] : [];
  });
  return {
    models,
    complete: listed.length > 0 && models.length === listed.length,
    label: listed.map((p) => path.basename(p.path)).join(', '),
  };
}

function provided(
  ps: Plugins,
  kind: EntryKind,
  role: 'provides' | 'uses' = 'provides',
): LocatedEntry[] {
  return ps.models.flatMap((m) => m.entries.filter((e) => e.kind === kind && e.role === role));
}

function isOpen(ps: Plugins, kind: EntryKind): boolean {
  return !ps.complete || ps.models.some((m) => m.open.has(kind));
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

function nodeRange(cx: CompanionContext, n: Node): Range {
  return { start: cx.doc.positionAt(n.offset), end: cx.doc.positionAt(n.offset + n.length) };
}

function entryLocation(cx: CompanionContext, e: LocatedEntry): Location {
  return { uri: e.file.uri, range: rangeIn(cx.project.reader, e.file, e.start, e.end) };
}

function entryLine(cx: CompanionContext, e: LocatedEntry): string {
  const line = rangeIn(cx.project.reader, e.file, e.start, e.start).start.line + 1;
  return t(cx.locale, 'label-registered-at', path.basename(e.file.path), line);
}

// ---------------------------------------------------------------------------------------------------------------
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

type RefKindLabel = Extract<
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

// ---------------------------------------------------------------------------------------------------------------
// diagnostics

/** The offsets of the first word of a terminal step inside its JSON string (its raw text). */
function terminalWord(
  text: string,
  n: Node,
): { word: string; start: number; end: number } | undefined {
  const raw = text.slice(n.offset + 1, n.offset + n.length - 1);
  const w = firstWord(raw);
  if (!w || raw.includes('\\')) return undefined;
  return { word: w.word, start: n.offset + 1 + w.at, end: n.offset + 1 + w.at + w.word.length };
}

function unknownName(
  cx: CompanionContext,
  code: 'unknown-game-menu' | 'unknown-terminal-menu' | 'unknown-api-name',
  plugins: string,
  name: string,
  known: readonly string[],
  range: Range,
  quote: boolean,
): Diagnostic {
  const near = suggest(name, known);
  const list = known.length
    ? known.join(cx.locale === 'en' ? ', ' : '、')
    : t(cx.locale, 'none-registered');
  let message = t(cx.locale, code, plugins, name, list);
  if (near) message += (cx.locale === 'en' ? ' ' : '') + t(cx.locale, 'did-you-mean', near);
  const d: Diagnostic = {
    range,
    severity: DiagnosticSeverity.Warning,
    code,
    source: SOURCE,
    message,
  };
  if (near) {
    d.data = {
      fixes: [
        {
          title: t(cx.locale, 'fix-rename-key', near),
          edits: [{ range, newText: quote ? JSON.stringify(near) : near }],
        },
      ],
    } satisfies DiagnosticData;
  }
  return d;
}

export function companionDiagnostics(cx: CompanionContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const doc = cx.project.companion(cx.file);
  const listed = cx.project.pluginsOf(cx.file);
  // test files: every plugin they name must exist (a world file's plugin is only implied by its name)
  if (!cx.file.path.toLowerCase().endsWith('.world.json')) {
    for (const p of listed) {
      if (cx.project.reader.exists(p.path)) continue;
      const node = p.pointer ? nodeAtPointer(doc, p.pointer) : undefined;
      out.push({
        range: node
          ? nodeRange(cx, node)
          : { start: cx.doc.positionAt(0), end: cx.doc.positionAt(1) },
        severity: DiagnosticSeverity.Error,
        code: 'plugin-not-found',
        source: SOURCE,
        message: p.pointer
          ? t(cx.locale, 'plugin-not-found', p.path)
          : t(cx.locale, 'plugin-not-beside', path.basename(p.path)),
      });
    }
  }
  const ps = pluginsOf(cx);
  if (!ps.complete) return out;
  const names = (kind: EntryKind): string[] => unique(provided(ps, kind).map((e) => e.name));
  const menus = names('game_menu');
  const terminals = names('terminal_menu');
  const apis = unique([
    ...names('api'),
    ...doc.refs.filter((r) => r.kind === 'api_used').map((r) => r.value),
  ]);
  const terminalFree = !ps.models.some((m) => m.readsTerminal) && !isOpen(ps, 'terminal_menu');
  for (const r of doc.refs) {
    if (r.kind === 'game_menu' && !isOpen(ps, 'game_menu') && !menus.includes(r.value)) {
      out.push(
        unknownName(cx, 'unknown-game-menu', ps.label, r.value, menus, nodeRange(cx, r.node), true),
      );
    } else if (r.kind === 'terminal_menu' && terminalFree) {
      const w = terminalWord(cx.file.text, r.node);
      if (w && !terminals.includes(w.word)) {
        const range = { start: cx.doc.positionAt(w.start), end: cx.doc.positionAt(w.end) };
        out.push(
          unknownName(cx, 'unknown-terminal-menu', ps.label, w.word, terminals, range, false),
        );
      }
    } else if (r.kind === 'api' && !isOpen(ps, 'api') && !apis.includes(r.value)) {
      out.push(
        unknownName(cx, 'unknown-api-name', ps.label, r.value, apis, nodeRange(cx, r.node), true),
      );
    }
  }
  return out;
}

function nodeAtPointer(doc: CompanionDoc, pointer: string): Node | undefined {
  let n = doc.root;
  for (const part of pointer.split('/').slice(1)) {
    if (!n) return undefined;
    if (n.type === 'array') n = n.children?.[Number(part)];
    else if (n.type === 'object')
      n = n.children?.find((p) => p.children?.[0]?.value === part)?.children?.[1];
    else return undefined;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// definition, references, hover

/** The reference under the cursor, and the name it refers to (a terminal line's first word). */
function refAt(cx: CompanionContext, offset: number): { ref: Ref; name: string } | undefined {
  const doc = cx.project.companion(cx.file);
  const ref = doc.refs.find(
    (r) => r.node.offset <= offset && offset <= r.node.offset + r.node.length,
  );
  if (!ref) return undefined;
  if (ref.kind === 'terminal_menu') {
    const w = terminalWord(cx.file.text, ref.node) ?? { word: firstWord(ref.value)?.word ?? '' };
    return w.word ? { ref, name: w.word } : undefined;
  }
  return { ref, name: ref.value };
}

/** The entry kind (and role) a reference kind calls. */
function targetOf(kind: RefKind): { kind: EntryKind; role: 'provides' | 'uses' } | undefined {
  switch (kind) {
    case 'game_menu':
      return { kind: 'game_menu', role: 'provides' };
    case 'terminal_menu':
      return { kind: 'terminal_menu', role: 'provides' };
    case 'api':
      return { kind: 'api', role: 'provides' };
    case 'api_used':
      return { kind: 'api', role: 'uses' };
    default:
      return undefined;
  }
}

export function companionDefinition(cx: CompanionContext, offset: number): Location[] | null {
  const at = refAt(cx, offset);
  if (!at) return null;
  const doc = cx.project.companion(cx.file);
  if (at.ref.kind === 'player' || at.ref.kind === 'player_name') {
    const own = doc.refs.filter((r) => r.kind === 'player_name' && r.value === at.name);
    if (own.length) return own.map((r) => ({ uri: cx.file.uri, range: nodeRange(cx, r.node) }));
    const ps = pluginsOf(cx);
    const senders = [...provided(ps, 'sender'), ...provided(ps, 'command_block')].filter(
      (e) => e.name === at.name,
    );
    return senders.map((e) => entryLocation(cx, e));
  }
  const target = targetOf(at.ref.kind);
  if (!target) return null;
  const ps = pluginsOf(cx);
  const found = provided(ps, target.kind, target.role)
    .filter((e) => e.name === at.name)
    .map((e) => entryLocation(cx, e));
  // an API no plugin exposes may be answered by this file's `apis`
  if (at.ref.kind === 'api')
    for (const r of doc.refs)
      if (r.kind === 'api_used' && r.value === at.name)
        found.push({ uri: cx.file.uri, range: nodeRange(cx, r.node) });
  return found;
}

/** Every step of the plugin's world and test files that calls `name` of `kind`. */
export function stepsCalling(
  project: Project,
  pluginPath: string,
  kind: RefKind,
  name: string,
): Location[] {
  const out: Location[] = [];
  for (const f of project.companionsOf(pluginPath)) {
    const doc = project.companion(f);
    for (const r of doc.refs) {
      if (r.kind !== kind) continue;
      let start = r.node.offset;
      let end = r.node.offset + r.node.length;
      if (kind === 'terminal_menu') {
        const w = terminalWord(f.text, r.node);
        if (!w || w.word !== name) continue;
        start = w.start;
        end = w.end;
      } else if (r.value !== name || (kind === 'player' && r.prop !== 'as')) continue;
      out.push({ uri: f.uri, range: rangeIn(project.reader, f, start, end) });
    }
  }
  return out;
}

export function companionReferences(
  cx: CompanionContext,
  offset: number,
  includeDeclaration: boolean,
): Location[] | null {
  const at = refAt(cx, offset);
  if (!at) return null;
  const target = targetOf(at.ref.kind);
  if (!target) return null;
  const out = new Map<string, Location>();
  const add = (l: Location): void => {
    out.set(`${l.uri}#${l.range.start.line}:${l.range.start.character}`, l);
  };
  for (const p of cx.project.pluginsOf(cx.file)) {
    for (const l of stepsCalling(cx.project, p.path, at.ref.kind, at.name)) add(l);
  }
  // the file itself, even when no plugin lists it (a world file of another name)
  for (const r of cx.project.companion(cx.file).refs)
    if (
      r.kind === at.ref.kind &&
      (r.kind === 'terminal_menu' ? refAt(cx, r.node.offset + 1)?.name : r.value) === at.name
    )
      add({ uri: cx.file.uri, range: nodeRange(cx, r.node) });
  if (includeDeclaration)
    for (const e of provided(pluginsOf(cx), target.kind, target.role))
      if (e.name === at.name) add(entryLocation(cx, e));
  return [...out.values()];
}

export function companionHover(cx: CompanionContext, offset: number): Hover | null {
  const at = refAt(cx, offset);
  if (!at) return null;
  const target = targetOf(at.ref.kind);
  if (!target || target.role !== 'provides') return null;
  const label: RefKindLabel =
    target.kind === 'game_menu'
      ? 'label-game-menu'
      : target.kind === 'terminal_menu'
        ? 'label-terminal-menu'
        : 'label-api';
  const entries = provided(pluginsOf(cx), target.kind).filter((e) => e.name === at.name);
  if (entries.length === 0) return null;
  const lines = entries.map((e) => {
    const about = [e.argumentHint ? `\`${e.argumentHint}\`` : '', e.usage ?? '']
      .filter(Boolean)
      .join(' ');
    return `${about ? about + '\n\n' : ''}${entryLine(cx, e)}`;
  });
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: `**${t(cx.locale, label)}** \`${at.name}\`\n\n${lines.join('\n\n---\n\n')}`,
    },
    range: nodeRange(cx, at.ref.node),
  };
}
