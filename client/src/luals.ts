/**
 * Keeps sumneko.lua (LuaLS) from answering for coromega a second time: when the coromega definitions are in
 * `Lua.workspace.library` (an earlier version offered to add them), takes them out and says so once, with a button to
 * put them back and keep them. The decisions are in `lualsLibrary.ts`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LIBRARY_TEXT, LUALS_EXTENSION_ID, planLibrary } from './lualsLibrary';
import { resolveLang } from './i18n';
import { SECTION, readSettings } from './settings';

const KEEP = 'coromegaLua.lualsLibrary.keep';

export async function settleLuaLsLibrary(context: vscode.ExtensionContext): Promise<void> {
  const installed = vscode.extensions.getExtension(LUALS_EXTENSION_ID) !== undefined;
  if (!installed) return;
  const own = vscode.workspace.getConfiguration(SECTION);
  const lang = resolveLang(vscode.env.language, readSettings((k) => own.get(k)).language);
  const lua = vscode.workspace.getConfiguration('Lua');
  const inspect = lua.inspect<string[]>('workspace.library');
  const ourDir = path.join(context.extensionPath, 'luals', lang);
  const plan = planLibrary({
    installed,
    global: inspect?.globalValue,
    workspace: inspect?.workspaceValue,
    ourDir,
    keep: context.globalState.get<boolean>(KEEP) === true,
  });
  if (plan.kind === 'none') return;
  const text = LIBRARY_TEXT[lang];
  try {
    if (plan.global)
      await lua.update('workspace.library', plan.global, vscode.ConfigurationTarget.Global);
    if (plan.workspace)
      await lua.update('workspace.library', plan.workspace, vscode.ConfigurationTarget.Workspace);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    void vscode.window.showWarningMessage(text.failed.replace('{0}', why));
    return;
  }
  const choice = await vscode.window.showInformationMessage(text.removed, text.keep);
  if (choice !== text.keep) return;
  await context.globalState.update(KEEP, true);
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const target = inWorkspace
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  const fresh = vscode.workspace.getConfiguration('Lua');
  const now = fresh.inspect<string[]>('workspace.library');
  const list = (inWorkspace ? now?.workspaceValue : now?.globalValue) ?? [];
  await fresh.update('workspace.library', [...list, ourDir], target);
}
