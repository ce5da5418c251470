/**
 * Offers the coromega LuaLS definition files to sumneko.lua (`Lua.workspace.library`) once, in the chosen language;
 * keeps the entry pointing at the installed version and language afterwards. The decisions are in
 * `lualsLibrary.ts`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LUALS_EXTENSION_ID, OFFER_TEXT, planLibrary } from './lualsLibrary';
import { resolveLang } from './i18n';
import { SECTION, readSettings } from './settings';

const DECLINED = 'coromegaLua.lualsLibrary.declined';

export async function offerLuaLsLibrary(context: vscode.ExtensionContext): Promise<void> {
  const installed = vscode.extensions.getExtension(LUALS_EXTENSION_ID) !== undefined;
  if (!installed) return;
  const own = vscode.workspace.getConfiguration(SECTION);
  const lang = resolveLang(vscode.env.language, readSettings((k) => own.get(k)).language);
  const lua = vscode.workspace.getConfiguration('Lua');
  const inspect = lua.inspect<string[]>('workspace.library');
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const target = inWorkspace
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  const plan = planLibrary({
    installed,
    effective: lua.get<string[]>('workspace.library') ?? [],
    target: (inWorkspace ? inspect?.workspaceValue : inspect?.globalValue) ?? [],
    ourDir: path.join(context.extensionPath, 'luals', lang),
    declined: context.globalState.get<boolean>(DECLINED) === true,
  });
  const text = OFFER_TEXT[lang];
  try {
    if (plan.kind === 'update') {
      await lua.update('workspace.library', plan.library, target);
    } else if (plan.kind === 'offer') {
      const choice = await vscode.window.showInformationMessage(text.message, text.add, text.never);
      if (choice === text.add) await lua.update('workspace.library', plan.library, target);
      else if (choice === text.never) await context.globalState.update(DECLINED, true);
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    void vscode.window.showWarningMessage(text.failed.replace('{0}', why));
  }
}
