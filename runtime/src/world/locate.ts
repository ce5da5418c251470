/**
 * Which world file a plugin plays in, one rule for the command line, VS Code and the tests: `NAME.world.json` beside
 * `NAME.lua` unless told otherwise (`--world FILE`, `--no-world`; in VS Code the `coromegaLua.run.worldFile` pattern,
 * whose default is that same name). Pure path logic over a `path` implementation, so the Windows rules
 * (`path.win32`: drive letters, backslashes) are tested on any machine.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { worldFileOf } from '../companions';

/** The parts of `node:path` the rule needs (`path.posix` and `path.win32` both fit). */
export type PathApi = Pick<typeof nodePath, 'basename' | 'dirname' | 'resolve'>;

/** The default world file pattern: `NAME.world.json` beside `NAME.lua`. */
export const DEFAULT_WORLD_FILE = '${name}.world.json';

/** The world file of `pluginFile` by a pattern: `${name}` is the plugin's name without `.lua`, `${workspaceFolder}`
 * the folder given (else the plugin's own); relative to the plugin's folder unless absolute. Empty means the
 * default. */
export function worldFilePath(
  pluginFile: string,
  pattern = DEFAULT_WORLD_FILE,
  workspaceFolder?: string,
  p: PathApi = nodePath,
): string {
  const name = p.basename(pluginFile).replace(/\.lua$/i, '');
  const filled = (pattern.trim() || DEFAULT_WORLD_FILE)
    .replace(/\$\{name\}/g, name)
    .replace(/\$\{workspaceFolder\}/g, workspaceFolder ?? p.dirname(pluginFile));
  return p.resolve(p.dirname(pluginFile), filled);
}

/** The world file a run without `--world` plays in: the default one when it exists as a file. */
export function defaultWorldFile(
  pluginFile: string,
  isFile: (file: string) => boolean = (f) =>
    fs.statSync(f, { throwIfNoEntry: false })?.isFile() === true,
  p: PathApi = nodePath,
): string | undefined {
  // The same file as the setting's default pattern gives (`worldFilePath(plugin)`): companions.ts names it.
  const file = worldFileOf(p.resolve(pluginFile));
  return isFile(file) ? file : undefined;
}
