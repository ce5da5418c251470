/**
 * Where a run's config file and storage folder are, per the DESIGN contract:
 * config = `--config`, else `NAME.json` beside `NAME.lua`, else `../../config/NAME[lua]/*.json` when the plugin
 * sits in `neomega_storage/lang/LuaLoader/`. Storage = `--storage`, else that `neomega_storage` folder, else a
 * `neomega_storage` folder beside the plugin (created only when the plugin writes into it).
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
