/**
 * Where a run's config file and storage folder are, per the DESIGN contract:
 * config = `--config`, else `NAME.json` beside `NAME.lua`, else `../../config/NAME[lua]/*.json` when the plugin
 * sits in `neomega_storage/lang/LuaLoader/`. Storage = `--storage`, else that `neomega_storage` folder, else a
 * `neomega_storage` folder beside the plugin (created only when the plugin writes into it).
 *
 * Pure path logic over a `path` implementation and a small file-system view, so the Windows rules (`path.win32`:
 * drive letters, backslashes, folder names in any case) are tested on any machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The parts of `node:path` the rules need (`path.posix` and `path.win32` both fit). */
export type PathApi = Pick<
  typeof path,
  'basename' | 'dirname' | 'join' | 'resolve' | 'sep' | 'normalize' | 'parse'
>;

export interface ConfigFs {
  path: PathApi;
  exists(file: string): boolean;
  /** The names in a folder; throws when it cannot be read. */
  readdir(dir: string): string[];
}

const NODE_FS: ConfigFs = {
  path,
  exists: (f) => fs.existsSync(f),
  readdir: (d) => fs.readdirSync(d),
};

/** Folder names compare as the file system does: without case on Windows. */
function sameName(p: PathApi, a: string, b: string): boolean {
  return p.sep === '\\' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The `neomega_storage` folder of a plugin in `neomega_storage/lang/LuaLoader/`, else undefined. */
export function luaLoaderStorage(pluginPath: string, p: PathApi = path): string | undefined {
  const dir = p.dirname(p.resolve(pluginPath));
  const lang = p.dirname(dir);
  if (!sameName(p, p.basename(dir), 'LuaLoader') || !sameName(p, p.basename(lang), 'lang'))
    return undefined;
  return p.dirname(lang);
}

export function resolveConfigPath(
  pluginPath: string,
  explicit?: string,
  io: ConfigFs = NODE_FS,
): string | null {
  const p = io.path;
  if (explicit) return p.resolve(explicit);
  const abs = p.resolve(pluginPath);
  const base = p.basename(abs).replace(/\.lua$/i, '');
  const beside = p.join(p.dirname(abs), base + '.json');
  if (io.exists(beside)) return beside;
  const storage = luaLoaderStorage(abs, p);
  if (storage) {
    const dir = p.join(storage, 'config', `${base}[lua]`);
    try {
      const files = io
        .readdir(dir)
        .filter((f) => f.toLowerCase().endsWith('.json'))
        .sort();
      if (files.length > 0) return p.join(dir, files[0]!);
    } catch {
      return null;
    }
  }
  return null;
}

export function resolveStorageDir(
  pluginPath: string,
  explicit?: string,
  p: PathApi = path,
): string {
  if (explicit) return p.resolve(explicit);
  return (
    luaLoaderStorage(pluginPath, p) ?? p.join(p.dirname(p.resolve(pluginPath)), 'neomega_storage')
  );
}
