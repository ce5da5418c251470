/**
 * The files the server reads besides the documents it is sent: a plugin's config, the plugin of a world or test
 * file, modules it requires, the world and test files of a plugin. A file open in the editor is read from the
 * editor (unsaved text included); any other from disk, parsed once per version (modification time and size) and
 * looked at again only when a request needs it, so a change on disk shows without reopening anything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI (null for other schemes and malformed URIs). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A text the server can read: its URI, its text, and a version that changes whenever the text does. */
export interface FileText {
  uri: string;
  path: string;
  text: string;
  version: string;
}

/** What the server's open documents look like to the file reader. */
export interface OpenDocuments {
  /** The open document at this path, if any. */
  byPath(p: string): { uri: string; version: number; getText(): string } | undefined;
}

interface Cached<T> {
  version: string;
  value: T;
}

const MAX_BYTES = 2_000_000;

/** Reads files as the editor or the disk has them, with per-version memos of what was computed from them. */
export class FileReader {
  private readonly memos = new Map<string, Map<string, Cached<unknown>>>();

  constructor(private readonly docs: OpenDocuments) {}

  /** The file's text (null when it does not exist, is not a file or is too large to be a plugin's). */
  read(p: string): FileText | null {
    const abs = path.resolve(p);
    const open = this.docs.byPath(abs);
    if (open)
      return { uri: open.uri, path: abs, text: open.getText(), version: `o${open.version}` };
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      return null;
    }
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const version = `d${st.mtimeMs}:${st.size}`;
    const hit = this.memo<string>(abs, 'text', version);
    if (hit !== undefined) return { uri: pathToUri(abs), path: abs, text: hit, version };
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return null;
    }
    this.remember(abs, 'text', version, text);
    return { uri: pathToUri(abs), path: abs, text, version };
  }

  exists(p: string): boolean {
    if (this.docs.byPath(path.resolve(p))) return true;
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  }

  /** `compute(file)` for this version of the file, computed once per version under `key`. */
  derived<T>(file: FileText, key: string, compute: (f: FileText) => T): T {
    const hit = this.memo<T>(file.path, key, file.version);
    if (hit !== undefined) return hit;
    const value = compute(file);
    this.remember(file.path, key, file.version, value);
    return value;
  }

  /** Forgets what was read from this path (a watcher said it changed). */
  forget(p: string): void {
    this.memos.delete(path.resolve(p));
  }

  private memo<T>(p: string, key: string, version: string): T | undefined {
    const c = this.memos.get(p)?.get(key);
    return c && c.version === version ? (c.value as T) : undefined;
  }

  private remember(p: string, key: string, version: string, value: unknown): void {
    let m = this.memos.get(p);
    if (!m) {
      m = new Map();
      this.memos.set(p, m);
      // a bounded memo: the oldest path goes when the workspace is large
      if (this.memos.size > 500) this.memos.delete(this.memos.keys().next().value!);
    }
    m.set(key, { version, value });
  }
}
