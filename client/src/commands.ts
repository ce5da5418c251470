import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { newPlugin } from './newPlugin';
import { createTestFromRun } from './testing/createTest';
import { debugPlugin } from './debug/debugger';

/** Every command of the extension, in one table. Names match `contributes.commands` in package.json. */
export function commandTable(ctx: Ctx): Record<string, (...args: unknown[]) => unknown> {
  return {
    'coromegaLua.run': (uri?: unknown) =>
      ctx.controller.run(uri instanceof vscode.Uri ? uri : undefined),
    'coromegaLua.runWithWorld': async (uri?: unknown) => {
      await ctx.controller.run(uri instanceof vscode.Uri ? uri : undefined);
      if (ctx.controller.running) ctx.game.show(true);
    },
    'coromegaLua.debug': (uri?: unknown) =>
      debugPlugin(uri instanceof vscode.Uri ? uri : undefined, ctx.messages.t),
    'coromegaLua.showGame': () => ctx.game.show(false),
    'coromegaLua.openGameMenu': (uri?: unknown, trigger?: unknown) =>
      uri instanceof vscode.Uri && typeof trigger === 'string'
        ? ctx.game.openGameMenu(uri, trigger)
        : undefined,
    'coromegaLua.openWorldFile': () => ctx.game.openWorldFile(),
    'coromegaLua.saveWorldEdits': () => ctx.game.saveEdits(),
    'coromegaLua.stop': () => ctx.controller.stop(),
    'coromegaLua.rerun': () => ctx.controller.rerun(),
    'coromegaLua.runMenu': (uri?: unknown, trigger?: unknown) =>
      uri instanceof vscode.Uri && typeof trigger === 'string'
        ? ctx.controller.runMenu(uri, trigger)
        : undefined,
    'coromegaLua.sendInput': () => ctx.controller.promptInput(true),
    'coromegaLua.showInspector': () => ctx.inspector.show(false),
    'coromegaLua.showOutput': () => ctx.output.channel.show(false),
    'coromegaLua.restartLanguageServer': () => ctx.restartLanguageClient(),
    'coromegaLua.createTestFromRun': () => createTestFromRun(ctx.lastRun, ctx.messages.t),
    'coromegaLua.newPlugin': (uri?: unknown) => newPlugin(uri, ctx.messages),
  };
}

export function registerCommands(ctx: Ctx): vscode.Disposable[] {
  return Object.entries(commandTable(ctx)).map(([name, fn]) =>
    vscode.commands.registerCommand(name, fn),
  );
}
