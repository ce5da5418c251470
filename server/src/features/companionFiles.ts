/**
 * World and test files (`*.world.json`, `*.test.json`) against the plugin they run: a diagnostic for a trigger or
 * API the plugin does not register (with did-you-mean) and for a plugin a test file names that does not exist; go to
 * definition from a step to the Lua that registers what it calls; references to every step that calls the same
 * thing; hover on a step's menu or API. Completion is in `companionCompletion.ts`.
 *
 * Only what the JSON schemas cannot know: VS Code's JSON language service keeps the schema's completions, hovers
 * and validation, and nothing here repeats them.
 */
import {
  DiagnosticSeverity,
  MarkupKind,
  type Diagnostic,
  type Hover,
  type Location,
  type Range,
} from 'vscode-languageserver';
import * as path from 'node:path';
import type { Node } from 'jsonc-parser';
import type { EntryKind } from '../../../catalog';
import { t } from '../messages';
import { rangeIn, type Project } from '../project';
import { firstWord, type CompanionDoc, type Ref, type RefKind } from '../project/companionDoc';
import { suggest } from './common';
import {
  entryLine,
  entryLocation,
  isOpen,
  nodeRange,
  pluginsOf,
  provided,
  terminalWord,
  unique,
  type CompanionContext,
} from './companionContext';
import { SOURCE, type DiagnosticData } from './diagnostics';

export type { CompanionContext } from './companionContext';
export { companionCompletion } from './companionCompletion';
import type { RefKindLabel } from './companionCompletion';

// ---------------------------------------------------------------------------------------------------------------
// diagnostics

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
