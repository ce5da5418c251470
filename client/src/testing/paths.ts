/**
 * The Test Explorer's path rules, the same on Windows (drive letters, backslashes) as elsewhere: which test files
 * are skipped, and how a file's row names its folder. Pure functions over a `path` implementation (`path.win32` in
 * the tests). No `vscode` import.
 */
import * as path from 'node:path';

/** Folders whose test files are not the workspace's own. */
const SKIPPED = /(^|[\\/])(node_modules|\.git|neomega_storage)[\\/]/;

/** Whether a test file sits under a folder the explorer skips (either separator). */
export function inSkippedFolder(fsPath: string): boolean {
  return SKIPPED.test(fsPath);
}

/** A test file row's description: its folder relative to the workspace folder, written with `/`; empty at the top
 * of the workspace or outside it. */
export function folderDescription(
  workspaceFolder: string | undefined,
  file: string,
  p: Pick<typeof path, 'dirname' | 'relative' | 'isAbsolute' | 'sep'> = path,
): string {
  if (!workspaceFolder) return '';
  const rel = p.relative(workspaceFolder, p.dirname(file));
  if (!rel || rel.startsWith('..') || p.isAbsolute(rel)) return '';
  return rel.split(p.sep).join('/');
}
