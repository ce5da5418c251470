/**
 * The files that go with a plugin, and the plugin a world or test file goes with: `NAME.world.json` beside
 * `NAME.lua`; a test file runs the plugins its `plugins` field names (relative to the test file), else `NAME.lua`
 * beside `NAME.test.json`. The test loader and the language server both read these rules from here. Pure: nothing
 * here touches the disk.
 */
import * as path from 'node:path';

const WORLD_SUFFIX = /\.world\.json$/i;
const TEST_SUFFIX = /\.test\.json$/i;

export function isWorldFile(file: string): boolean {
  return WORLD_SUFFIX.test(file);
}

export function isTestFile(file: string): boolean {
  return TEST_SUFFIX.test(file);
}

/** `NAME.world.json` beside `NAME.lua`. */
export function worldFileOf(pluginPath: string): string {
  return pluginPath.replace(/\.lua$/i, '') + '.world.json';
}

/** `NAME.test.json` beside `NAME.lua`. */
export function testFileOf(pluginPath: string): string {
  return pluginPath.replace(/\.lua$/i, '') + '.test.json';
}

/** The plugin a world file is for: `NAME.lua` beside `NAME.world.json` (null for other names). */
export function pluginOfWorldFile(worldPath: string): string | null {
  return isWorldFile(worldPath) ? worldPath.replace(WORLD_SUFFIX, '.lua') : null;
}

/** One plugin a test file runs: its absolute path and the JSON pointer that names it ('' for the default). */
export interface TestPlugin {
  path: string;
  pointer: string;
  /** The entry's own `config`, when it has one. */
  config?: unknown;
}

/**
 * The plugins a test file runs, from its `plugins` field (strings or `{path, config}`), else `NAME.lua` beside
 * `NAME.test.json`. Null when there is no `plugins` and the file is not named `*.test.json`; entries that are not
 * a path are left out (the schema reports them).
 */
export function testFilePlugins(testPath: string, plugins: unknown): TestPlugin[] | null {
  const dir = path.dirname(testPath);
  if (plugins === undefined) {
    if (!isTestFile(testPath)) return null;
    return [{ path: testPath.replace(TEST_SUFFIX, '.lua'), pointer: '' }];
  }
  if (!Array.isArray(plugins)) return [];
  const out: TestPlugin[] = [];
  plugins.forEach((entry: unknown, i) => {
    if (typeof entry === 'string') {
      out.push({ path: path.resolve(dir, entry), pointer: `/plugins/${i}` });
    } else if (
      entry &&
      typeof entry === 'object' &&
      typeof (entry as { path: unknown }).path === 'string'
    ) {
      const e = entry as { path: string; config?: unknown };
      out.push({
        path: path.resolve(dir, e.path),
        pointer: `/plugins/${i}/path`,
        ...(e.config !== undefined ? { config: e.config } : {}),
      });
    }
  });
  return out;
}
