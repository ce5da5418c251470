/**
 * What the world- and test-file features share: the file with the plugins it runs (read through the project) and
 * the entries they register, places in the JSON and in the plugins' Lua.
 */
import type { Location, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import type { Node } from 'jsonc-parser';
import type { EntryKind, Locale } from '../../../catalog';
import { t } from '../messages';
import { rangeIn, type LocatedEntry, type PluginModel, type Project } from '../project';
import { firstWord } from '../project/companionDoc';
import type { FileText } from '../project/files';

export interface CompanionContext {
  project: Project;
  /** The world or test file (as the editor has it). */
  file: FileText;
  doc: TextDocument;
  locale: Locale;
}

export interface Plugins {
  models: PluginModel[];
  /** Every plugin the file runs could be read. */
  complete: boolean;
  /** The plugins' names, for messages (`ai-chat.lua`). */
  label: string;
}

export function pluginsOf(cx: CompanionContext): Plugins {
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

export function provided(
  ps: Plugins,
  kind: EntryKind,
  role: 'provides' | 'uses' = 'provides',
): LocatedEntry[] {
  return ps.models.flatMap((m) => m.entries.filter((e) => e.kind === kind && e.role === role));
}

export function isOpen(ps: Plugins, kind: EntryKind): boolean {
  return !ps.complete || ps.models.some((m) => m.open.has(kind));
}

export function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

export function nodeRange(cx: CompanionContext, n: Node): Range {
  return { start: cx.doc.positionAt(n.offset), end: cx.doc.positionAt(n.offset + n.length) };
}

export function entryLocation(cx: CompanionContext, e: LocatedEntry): Location {
  return { uri: e.file.uri, range: rangeIn(cx.project.reader, e.file, e.start, e.end) };
}

export function entryLine(cx: CompanionContext, e: LocatedEntry): string {
  const line = rangeIn(cx.project.reader, e.file, e.start, e.start).start.line + 1;
  return t(cx.locale, 'label-registered-at', path.basename(e.file.path), line);
}

/** The offsets of the first word of a terminal step inside its JSON string (its raw text). */
export function terminalWord(
  text: string,
  n: Node,
): { word: string; start: number; end: number } | undefined {
  const raw = text.slice(n.offset + 1, n.offset + n.length - 1);
  const w = firstWord(raw);
  if (!w || raw.includes('\\')) return undefined;
  return { word: w.word, start: n.offset + 1 + w.at, end: n.offset + 1 + w.at + w.word.length };
}
