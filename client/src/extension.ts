import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { settleLuaLsLibrary } from './luals';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  context.subscriptions.push(...registerCommands(ctx));
  void vscode.commands.executeCommand('setContext', 'coromegaLua.running', false);
  await ctx.startLanguageClient();
  void settleLuaLsLibrary(context);
}

export async function deactivate(): Promise<void> {
  const c = ctx;
  ctx = undefined;
  await c?.dispose();
}
