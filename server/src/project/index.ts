/**
 * The plugin around a document: for a Lua file, its config and the entry points it (and the modules it requires)
 * names; for a world or test file, the plugins it runs (the rules of `runtime/src/companions.ts`); for a plugin, the
 * world and test files that use it. Everything is read through the FileReader (open documents first, then the disk,
 * memoised per version), so it is always what the editor or the disk holds now.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver';
import type { EntryKind } from '../../../catalog';
import {
  isTestFile,
  isWorldFile,
  pluginOfWorldFile,
  testFileOf,
  testFilePlugins,
  worldFileOf,
} from '../../../runtime/src/companions';
import type { Analysis } from '../analysis';
import { parseCompanion, type CompanionDoc } from './companionDoc';
import { configOf, jsonValue, walk, type PluginConfig } from './config';
import { entriesOf, type EntryName } from './entries';
import { type FileReader, type FileText } from './files';

/** An entry name with the file it is written in. */
export interface LocatedEntry extends EntryName {
  file: FileText;
}

export interface PluginModel {
  path: string;
  file: FileText;
  config: PluginConfig;
  /** The names of the plugin and of the modules it requires. */
  entries: LocatedEntry[];
  open: Set<EntryKind>;
  readsTerminal: boolean;
}

/** Analyses a file's text (the server's cache for open documents; null when too large). */
export type Analyse = (file: FileText) => Analysis | null;

const MAX_MODULES = 32;
/** Folders a workspace scan for world and test files never enters. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.tools', '.e2e-output']);
const MAX_SCANNED_DIRS = 2000;

export class Project {
  constructor(
    readonly reader: FileReader,
    private readonly analyse: Analyse,
    /** The workspace folders (file-system paths). */
    private readonly roots: () => readonly string[],
  ) {}

  config(pluginPath: string): PluginConfig {
    return configOf(this.reader, pluginPath);
  }

  /** The value of a config key path of this plugin (undefined when absent). */
  configValue(config: PluginConfig, keys: readonly string[]): unknown {
    const { props, stuck } = walk(config, keys);
    if (stuck || props.length !== keys.length || keys.length === 0) return undefined;
    return jsonValue(props[props.length - 1]!.children?.[1]);
  }

  /** The plugin at `pluginPath` with what it registers and uses (null when the file cannot be read). */
  plugin(pluginPath: string): PluginModel | null {
    const file = this.reader.read(pluginPath);
    if (!file) return null;
    const config = this.config(file.path);
    const lookup = (keys: readonly string[]): unknown => this.configValue(config, keys);
    const model: PluginModel = {
      path: file.path,
      file,
      config,
      entries: [],
      open: new Set(),
      readsTerminal: false,
    };
    const seen = new Set<string>();
    const visit = (f: FileText, depth: number): void => {
      if (seen.has(f.path) || seen.size >= MAX_MODULES) return;
      seen.add(f.path);
      const a = this.analyse(f);
      if (!a) {
        for (const k of ['game_menu', 'terminal_menu', 'api', 'topic'] as const) model.open.add(k);
        return;
      }
      const e = entriesOf(a, lookup);
      for (const n of e.names) model.entries.push({ ...n, file: f });
      for (const k of e.open) model.open.add(k);
      if (e.readsTerminal) model.readsTerminal = true;
      for (const mod of e.requires) {
        const found = depth < 8 ? this.module(file.path, mod) : null;
        if (found) visit(found, depth + 1);
        else
          // a module we cannot read may register anything
          for (const k of ['game_menu', 'terminal_menu', 'api', 'topic'] as const)
            model.open.add(k);
      }
    };
    visit(file, 0);
    return model;
  }

  /** A module the plugin requires: `x.y` as `x/y.lua` or `x/y/init.lua` beside the plugin (its package.path). */
  private module(pluginPath: string, mod: string): FileText | null {
    const dir = path.dirname(pluginPath);
    const rel = mod.replace(/\./g, path.sep);
    return (
      this.reader.read(path.join(dir, rel + '.lua')) ??
      this.reader.read(path.join(dir, rel, 'init.lua'))
    );
  }

  /** A world or test file's model (tolerant of half-typed JSON). */
  companion(file: FileText): CompanionDoc {
    return this.reader.derived(file, 'companion', (f) => parseCompanion(f.text));
  }

  /** The plugins a world or test file runs, with the pointer naming each ('' when implied by the file name). */
  pluginsOf(file: FileText): { path: string; pointer: string }[] {
    if (isWorldFile(file.path)) {
      const p = pluginOfWorldFile(file.path);
      return p ? [{ path: p, pointer: '' }] : [];
    }
    const doc = this.companion(file);
    const plugins =
      doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value)
        ? (doc.value as Record<string, unknown>).plugins
        : undefined;
    return testFilePlugins(file.path, plugins) ?? [];
  }

  /**
   * The world and test files that use the plugin: `NAME.world.json` and `NAME.test.json` beside it, and every
   * world or test file in the workspace whose plugins include it.
   */
  companionsOf(pluginPath: string): FileText[] {
    const out = new Map<string, FileText>();
    for (const p of [worldFileOf(pluginPath), testFileOf(pluginPath)]) {
      const f = this.reader.read(p);
      if (f) out.set(f.path, f);
    }
    for (const p of this.scan()) {
      if (out.has(p)) continue;
      const f = this.reader.read(p);
      if (f && this.pluginsOf(f).some((x) => x.path === pluginPath)) out.set(f.path, f);
    }
    return [...out.values()];
  }

  /** World and test files under the workspace folders (bounded; skips dependency and build folders). */
  private scan(): string[] {
    const found: string[] = [];
    let dirs = 0;
    const walkDir = (dir: string, depth: number): void => {
      if (depth > 6 || dirs++ > MAX_SCANNED_DIRS) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
            walkDir(path.join(dir, e.name), depth + 1);
        } else if (isWorldFile(e.name) || isTestFile(e.name)) found.push(path.join(dir, e.name));
      }
    };
    for (const r of this.roots()) walkDir(r, 0);
    return found;
  }
}

/** Offsets of the starts of lines, to turn offsets into positions for files that are not open documents. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The LSP range of [start, end) in a file's text. */
export function rangeIn(reader: FileReader, file: FileText, start: number, end: number): Range {
  const starts = reader.derived(file, 'lines', (f) => lineStarts(f.text));
  const pos = (offset: number): { line: number; character: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  };
  return { start: pos(start), end: pos(end) };
}
