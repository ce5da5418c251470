/**
 * "New plugin" (新建插件): the command palette's and the explorer's (on a folder) way to `coromega-run --init`.
 * Asks for the name in the folder clicked (else the workspace folder, else one the user picks), writes the same four
 * files as the CLI (runtime/src/init/scaffold.ts) and opens the plugin. `$schema` points at the project's install of
 * the package when there is one; VS Code's own schema association covers world and test files anyway.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  findSchemas,
  nameProblem,
  scaffold,
  ScaffoldExists,
  writeScaffold,
} from '../../runtime/src/init/scaffold';
import type { Messages } from './i18n';

/** The folder the plugin goes into: the one clicked, else the workspace's (asked when there are several). */
async function targetFolder(arg: unknown, messages: Messages): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) {
    if (arg.scheme !== 'file') return arg;
    try {
      return fs.statSync(arg.fsPath).isDirectory()
        ? arg
        : vscode.Uri.file(path.dirname(arg.fsPath));
    } catch {
      return arg;
    }
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0]!.uri;
  if (folders.length > 1)
    return (
      await vscode.window.showWorkspaceFolderPick({
        placeHolder: messages.t('Folder for the new plugin'),
      })
    )?.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: messages.t('Create the plugin here'),
  });
  return picked?.[0];
}

export async function newPlugin(arg: unknown, messages: Messages): Promise<void> {
  const t = messages.t;
  const folder = await targetFolder(arg, messages);
  if (!folder) return;
  if (folder.scheme !== 'file') {
    void vscode.window.showErrorMessage(
      t('New plugins can only be made in a folder on this computer.'),
    );
    return;
  }
  const lang = messages.lang;
  const dir = folder.fsPath;
  const schemas = findSchemas(dir);
  const filesOf = (name: string): ReturnType<typeof scaffold> =>
    scaffold(name, lang, { cwd: dir, ...(schemas ? { schemas } : {}) });
  const name = await vscode.window.showInputBox({
    title: t('New plugin'),
    prompt: t(
      'Makes NAME.lua (a game menu that asks and answers), its config NAME.json, its world NAME.world.json and a passing NAME.test.json in {0}',
      vscode.workspace.asRelativePath(folder, true),
    ),
    placeHolder: t('Plugin name, e.g. greeter'),
    validateInput: (value) => {
      const problem = nameProblem(value.trim(), lang);
      if (problem) return value.trim() === '' ? null : problem;
      const taken = filesOf(value.trim()).filter((f) => fs.existsSync(f.path));
      return taken.length > 0
        ? t('Already there: {0}', taken.map((f) => path.basename(f.path)).join(', '))
        : null;
    },
  });
  if (name === undefined || name.trim() === '' || nameProblem(name.trim(), lang)) return;
  const files = filesOf(name.trim());
  try {
    writeScaffold(files, lang);
  } catch (e) {
    if (!(e instanceof ScaffoldExists)) throw e;
    void vscode.window.showErrorMessage(
      t(
        'Nothing was written: already there: {0}',
        e.existing.map((f) => path.basename(f)).join(', '),
      ),
    );
    return;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(files[0]!.path));
  await vscode.window.showTextDocument(doc);
  void vscode.window.showInformationMessage(
    t('Created {0}', files.map((f) => path.basename(f.path)).join(', ')),
  );
}
