/**
 * The plugin's files beyond the open document: the modules it `require`s, found the way neomega finds them (the
 * plugin's folder first, as the runtime puts it on `package.path`, then the templates the plugin adds:
 * `omega.storage_path.get_code_path("LuaLoader", "?.lua")` under the plugin's `neomega_storage`, and plain paths
 * such as `"./lib/?.lua"` relative to the plugin's folder), and, for workspace symbols, the workspace's Lua files.
 *
 * Files are read lazily: a module when a request reaches it, the workspace when symbols are asked for, a few files
 * at a time between other requests. A file read from disk is kept with its modification time and read again when
 * it changes; an open document always wins over the file on disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_FRAMEWORK_VERSION, type FrameworkVersion, type Locale } from '../../catalog';
import { K } from '../../lua51/lexer';
import { resolveStorageDir } from '../../runtime/src/config';
import { AnalysisCache, analyze, LARGE_FILE_CHARS, type Analysis } from './analysis';
import { stringValue } from './analysis/strings';
import { TypePass, type ModuleResolver } from './analysis/types';
import type { FeatureContext, Project } from './features/common';

const STAT_EVERY_MS = 1000;

/** What module resolution reads of a file: its tokens and calls. */
type Source = Pick<Analysis, 'toks' | 'struct'>;
const MAX_INDEXED_FILES = 2000;
/** Lua source read for workspace symbols at most (the analyses stay in memory). */
const MAX_INDEXED_BYTES = 24 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

interface DiskFile {
  mtimeMs: number;
  size: number;
  checked: number;
  ctx: FeatureContext | null;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export class Workspace implements Project {
  readonly cache = new AnalysisCache();
  private readonly disk = new Map<string, DiskFile>();
  private readonly homes = new WeakMap<TypePass, FeatureContext>();
  private readonly built = new WeakMap<Analysis, number>();
  /** Bumped whenever a file's text changes: analyses that read other files' types then ask again. */
  private generation = 0;
  folders: string[] = [];
  locale: Locale = 'zh-cn';
  /** The framework version plugins target (the coromegaLua.frameworkVersion setting). */
  framework: FrameworkVersion = DEFAULT_FRAMEWORK_VERSION;

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    this.cache.resolverFor = (uri) => this.resolverFor(uri);
  }

  private resolverFor(uri: string): ModuleResolver | undefined {
    if (!uri.startsWith('file:')) return undefined;
    return (name, from) => {
      const f = this.moduleFile(uri, name, from);
      return f ? { pass: f.analysis.sem, exportKey: f.analysis.fields().exportKey } : null;
    };
  }

  /** An open document changed (or closed): answers that read it through `require` are recomputed. */
  touched(): void {
    this.generation++;
  }

  /** The context of an open document (null when it is not open or too large to analyse whole). */
  contextFor(uri: string): FeatureContext | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const analysis = this.cache.get(uri, doc.version, () => doc.getText());
    return analysis ? this.wrap(doc, analysis) : null;
  }

  /** The context a request at `offset` uses: the whole document, or a window of a large one. */
  contextAt(uri: string, offset: number): FeatureContext | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const analysis = this.cache.forOffset(uri, doc.version, () => doc.getText(), offset);
    return this.wrap(doc, analysis);
  }

  private wrap(doc: TextDocument, analysis: Analysis): FeatureContext {
    const gen = this.built.get(analysis);
    if (gen !== undefined && gen !== this.generation && analysis.sem.linked) {
      // a module it read may have changed: ask the type questions again
      analysis.sem = new TypePass(
        analysis.toks,
        analysis.struct,
        analysis.scopes,
        analysis.fields,
        analysis.sem.modules,
      );
    }
    this.built.set(analysis, this.generation);
    const ctx: FeatureContext = {
      doc,
      analysis,
      locale: this.locale,
      framework: this.framework,
      project: this,
    };
    this.homes.set(analysis.sem, ctx);
    return ctx;
  }

  /** An open document's context, else the file's on disk. */
  contextForUri(uri: string): FeatureContext | undefined {
    const open = this.contextFor(uri);
    if (open) return open;
    const file = uriToPath(uri);
    return file ? this.fileContext(file) : undefined;
  }

  fileOf(pass: TypePass): FeatureContext | undefined {
    return this.homes.get(pass);
  }

  /** A file of the plugin by path: the open document, else the file on disk (re-read when it changed). */
  fileContext(file: string): FeatureContext | undefined {
    const uri = pathToFileURL(file).toString();
    const open = this.contextFor(uri);
    if (open) return open;
    const now = Date.now();
    const hit = this.disk.get(file);
    if (hit && now - hit.checked < STAT_EVERY_MS) return hit.ctx ?? undefined;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      this.disk.delete(file);
      return undefined;
    }
    if (!st.isFile()) return undefined;
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
      hit.checked = now;
      return hit.ctx ?? undefined;
    }
    let ctx: FeatureContext | null = null;
    // while it is read, a module that requires it back finds nothing
    this.disk.set(file, { mtimeMs: -1, size: -1, checked: now, ctx: null });
    if (st.size <= LARGE_FILE_CHARS) {
      try {
        const text = fs.readFileSync(file, 'utf8');
        const doc = TextDocument.create(uri, 'lua', 0, text);
        const analysis = analyze(text, 0, false, this.resolverFor(uri));
        this.generation++;
        ctx = this.wrap(doc, analysis);
      } catch {
        ctx = null;
      }
    }
    this.disk.set(file, { mtimeMs: st.mtimeMs, size: st.size, checked: now, ctx });
    return ctx ?? undefined;
  }

  /** The plugin's own file `require(name)` loads from the document `fromUri`, if any. */
  moduleFile(fromUri: string, name: string, from?: Source): FeatureContext | undefined {
    const fromPath = uriToPath(fromUri);
    if (!fromPath || !name || name.includes('..') || path.isAbsolute(name)) return undefined;
    const rel = name.replace(/\./g, path.sep);
    for (const tpl of this.searchPath(fromUri, fromPath, from)) {
      const file = tpl.split('?').join(rel);
      if (path.resolve(file) === path.resolve(fromPath)) continue;
      const ctx = this.fileContext(file);
      if (ctx) return ctx;
    }
    return undefined;
  }

  /** `package.path` as the plugin sees it: its folder, then the templates it adds. */
  private searchPath(fromUri: string, fromPath: string, from?: Source): string[] {
    const dir = path.dirname(fromPath);
    const out = [path.join(dir, '?.lua'), path.join(dir, '?', 'init.lua')];
    let src: Source | undefined = from;
    if (!src) {
      const doc = this.documents.get(fromUri);
      src = doc
        ? (this.cache.get(fromUri, doc.version, () => doc.getText()) ?? undefined)
        : this.disk.get(fromPath)?.ctx?.analysis;
    }
    if (src) out.push(...packagePathTemplates(src, fromPath));
    return out;
  }

  private provided: { generation: number; names: Set<string> } | undefined;

  /** Globals some file of the plugin read so far assigns (`function helper()`, `config = {}`). */
  providedGlobals(): ReadonlySet<string> {
    if (this.provided?.generation === this.generation) return this.provided.names;
    const names = new Set<string>();
    for (const c of this.knownFiles()) {
      const { scopes, toks } = c.analysis;
      for (const [name, uses] of scopes.globals) {
        if (uses.some((u) => scopes.write[u] || toks.kind[u - 1] === K.Function)) names.add(name);
      }
    }
    this.provided = { generation: this.generation, names };
    return names;
  }

  knownFiles(): FeatureContext[] {
    const out: FeatureContext[] = [];
    for (const doc of this.documents.all()) {
      const c = this.contextFor(doc.uri);
      if (c) out.push(c);
    }
    const open = new Set(out.map((c) => c.doc.uri));
    for (const f of this.disk.values()) if (f.ctx && !open.has(f.ctx.doc.uri)) out.push(f.ctx);
    return out;
  }

  /**
   * Reads the workspace's Lua files (at most MAX_INDEXED_FILES), a few per turn of the event loop so requests
   * keep being answered. Resolves when done; later calls find the files read.
   */
  async indexWorkspace(shouldStop: () => boolean = () => false): Promise<void> {
    const queue = [...this.folders];
    let files = 0;
    let bytes = 0;
    let budget = Date.now();
    while (
      queue.length &&
      files < MAX_INDEXED_FILES &&
      bytes < MAX_INDEXED_BYTES &&
      !shouldStop()
    ) {
      const dir = queue.shift()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(full);
        } else if (e.isFile() && e.name.endsWith('.lua')) {
          files++;
          bytes += this.fileContext(full)?.doc.getText().length ?? 0;
          if (Date.now() - budget > 8) {
            await new Promise((r) => setImmediate(r));
            budget = Date.now();
          }
        }
      }
    }
  }
}

const STYLUA_CONFIGS = ['stylua.toml', '.stylua.toml'];

/** The nearest StyLua config above `file` (StyLua's own search), with its text. */
export function styluaConfig(file: string): { path: string; text: string } | undefined {
  let dir = path.dirname(file);
  for (;;) {
    for (const n of STYLUA_CONFIGS) {
      const p = path.join(dir, n);
      try {
        return { path: p, text: fs.readFileSync(p, 'utf8') };
      } catch {
        // not here
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The `?` templates a file adds to `package.path`: `get_code_path("LuaLoader", "?.lua")` and `"...?.lua"` strings. */
export function packagePathTemplates(a: Source, from: string): string[] {
  const { kind } = a.toks;
  const out: string[] = [];
  const dir = path.dirname(from);
  for (const c of a.struct.calls) {
    if (c.name !== 'get_code_path' && c.name !== 'code_path_of') continue;
    const parts: string[] = [];
    for (const arg of c.args) {
      if (arg.end !== arg.start + 1 || kind[arg.start] !== K.String) break;
      parts.push(stringValue(a.toks, arg.start));
    }
    if (parts.length && parts[parts.length - 1].includes('?')) {
      out.push(path.join(resolveStorageDir(from), 'lang', ...parts));
    }
  }
  for (let i = 0; i < a.toks.count; i++) {
    if (kind[i] !== K.String) continue;
    const v = stringValue(a.toks, i);
    if (!v.includes('?') || !v.includes('.lua')) continue;
    for (const part of v.split(';')) {
      if (!part.includes('?') || !part.endsWith('.lua')) continue;
      out.push(path.isAbsolute(part) ? part : path.join(dir, part));
    }
  }
  return out;
}
