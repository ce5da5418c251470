/**
 * Where a run's config file and storage folder are, per the DESIGN contract:
 * config = `--config`, else `NAME.json` beside `NAME.lua`, else `../../config/NAME[lua]/*.json` when the plugin
 * sits in `neomega_storage/lang/LuaLoader/`. Storage = `--storage`, else that `neomega_storage` folder, else a
 * `neomega_storage` folder beside the plugin (created only when the plugin writes into it).
 *
 * Also what of the file a plugin sees: `coromega.config` is the file's `配置` section. The runtime and the language
 * server both read these rules from here.
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
  const beside = defaultConfigPath(abs, p);
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

/** The key of the config file's section that becomes `coromega.config`. */
export const CONFIG_SECTION = '配置';

/** The `配置` section of a parsed config file (undefined when the file has none or is not an object). */
export function configSection(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  return (doc as Record<string, unknown>)[CONFIG_SECTION];
}

/** A new config file for the plugin, as neomega's LuaLoader writes one, with `section` as its `配置`. */
export function newConfigDoc(pluginPath: string, section: unknown): Record<string, unknown> {
  return {
    名称: path.basename(pluginPath),
    描述: '',
    是否禁用: false,
    来源: 'LuaLoader',
    [CONFIG_SECTION]: section,
  };
}

/** Where a plugin with no config file gets one: `NAME.json` beside `NAME.lua` (the first place the rule looks). */
export function defaultConfigPath(pluginPath: string, p: PathApi = path): string {
  const abs = p.resolve(pluginPath);
  return p.join(p.dirname(abs), p.basename(abs).replace(/\.lua$/i, '') + '.json');
}
