/**
 * Where a run's config file and storage folder are, per the DESIGN contract:
 * config = `--config`, else `NAME.json` beside `NAME.lua`, else `../../config/NAME[lua]/*.json` when the plugin
 * sits in `neomega_storage/lang/LuaLoader/`. Storage = `--storage`, else that `neomega_storage` folder, else a
 * `neomega_storage` folder beside the plugin (created only when the plugin writes into it).
 *
 * Also what of the file a plugin sees: `coromega.config` is the file's `配置` section. The runtime and the language
 * server both read these rules from here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function luaLoaderStorage(pluginPath: string): string | undefined {
  const dir = path.dirname(path.resolve(pluginPath));
  const parts = dir.split(path.sep);
  const n = parts.length;
  if (n >= 3 && parts[n - 1] === 'LuaLoader' && parts[n - 2] === 'lang') {
    return parts.slice(0, n - 2).join(path.sep) || path.sep;
  }
  return undefined;
}

export function resolveConfigPath(pluginPath: string, explicit?: string): string | null {
  if (explicit) return path.resolve(explicit);
  const abs = path.resolve(pluginPath);
  const base = path.basename(abs).replace(/\.lua$/i, '');
  const beside = path.join(path.dirname(abs), base + '.json');
  if (fs.existsSync(beside)) return beside;
  const storage = luaLoaderStorage(abs);
  if (storage) {
    const dir = path.join(storage, 'config', `${base}[lua]`);
    try {
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.json'))
        .sort();
      if (files.length > 0) return path.join(dir, files[0]!);
    } catch {
      return null;
    }
  }
  return null;
}

export function resolveStorageDir(pluginPath: string, explicit?: string): string {
  if (explicit) return path.resolve(explicit);
  return (
    luaLoaderStorage(pluginPath) ??
    path.join(path.dirname(path.resolve(pluginPath)), 'neomega_storage')
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
export function defaultConfigPath(pluginPath: string): string {
  const abs = path.resolve(pluginPath);
  return path.join(path.dirname(abs), path.basename(abs).replace(/\.lua$/i, '') + '.json');
}
