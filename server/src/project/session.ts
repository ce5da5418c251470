/**
 * What the handlers need to reach the plugin around a document: the file reader over the open documents, the
 * project model, the workspace folders, and the contexts the config and world-file features take. `main.ts` owns one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../../../catalog';
import { isTestFile, isWorldFile } from '../../../runtime/src/companions';
import { analyze, LARGE_FILE_CHARS, type Analysis, type AnalysisCache } from '../analysis';
import type { CompanionContext } from '../features/companionFiles';
import type { ConfigContext } from '../features/configFile';
import { FileReader, uriToPath, type FileText } from './files';
import { Project } from '.';

/** Whether the document is a world or test file (handled as JSON, never as Lua). */
export function isCompanionUri(uri: string): boolean {
  const p = uri.split(/[?#]/)[0] ?? uri;
  return isWorldFile(p) || isTestFile(p);
}

export class Session {
  readonly reader: FileReader;
  readonly project: Project;
  roots: string[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {
    this.reader = new FileReader({
      byPath: (p) => {
        for (const d of this.documents.all()) if (uriToPath(d.uri) === p) return d;
        return undefined;
      },
    });
    this.project = new Project(
      this.reader,
      (f) => this.analyse(f),
      () => this.roots,
    );
  }

  /** Records the workspace folders from `initialize` (`workspaceFolders`, else `rootUri`). */
  setRoots(
    folders: readonly { uri: string }[] | null | undefined,
    rootUri: string | null | undefined,
  ): void {
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.roots = uris.flatMap((u) => {
      const p = uriToPath(u);
      return p ? [p] : [];
    });
  }

  private analyse(f: FileText): Analysis | null {
    const open = this.documents.get(f.uri);
    if (open && f.version === `o${open.version}`)
      return this.cache.get(f.uri, open.version, () => f.text);
    return this.reader.derived(f, 'analysis', (x) =>
      x.text.length > LARGE_FILE_CHARS ? null : analyze(x.text),
    );
  }

  /** A path as messages show it: relative to the workspace folder holding it, else as it is. */
  display(p: string): string {
    for (const r of this.roots) {
      const rel = path.relative(r, p);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel))
        return rel.split(path.sep).join('/');
    }
    return p;
  }

  /** The config context of a Lua document on disk (null for unsaved documents and files not on disk). */
  configContext(doc: TextDocument): ConfigContext | null {
    const pluginPath = uriToPath(doc.uri);
    // a plugin that is not on disk (yet) has no place for a config beside it
    if (!pluginPath || !fs.existsSync(pluginPath)) return null;
    const config = this.project.config(pluginPath);
    return { config, reader: this.reader, pluginPath, display: this.display(config.path) };
  }

  /** The context of a world or test file (null for unsaved ones: they have no plugin beside them). */
  companionContext(doc: TextDocument, locale: Locale): CompanionContext | null {
    const p = uriToPath(doc.uri);
    if (!p) return null;
    const file: FileText = {
      uri: doc.uri,
      path: p,
      text: doc.getText(),
      version: `o${doc.version}`,
    };
    return { project: this.project, file, doc, locale };
  }

  /** A file changed on disk (a watcher said so): read it again when next needed. */
  changed(uri: string): void {
    const p = uriToPath(uri);
    if (p) this.reader.forget(p);
  }
}
