/**
 * The `coromega-lua` debugger in VS Code: the adapter is `coromega-run --debug-adapter` from the extension's own
 * bundle (DAP over stdio, the same one nvim-dap starts), F5 on a Lua file needs no launch.json (the active plugin,
 * its world file and the chosen language are filled in), and a debug session feeds the same views as a run
 * (Output, request inspector, Game view) from its `coromega/events` events, while the Game view's clicks go to
 * the plugin through `coromega/input`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import type { Localize } from '../testing/testExplorer';

export const DEBUG_TYPE = 'coromega-lua';

export interface DebuggerDeps {
  extensionUri: vscode.Uri;
  t: Localize;
  lang(): 'zh-cn' | 'en';
  /** The plugin's world file path (from `coromegaLua.run.worldFile`), whether or not it exists. */
  worldFileFor(uri: vscode.Uri): string | undefined;
  /** A debug session of a plugin started: the views follow it like a run. */
  started(session: vscode.DebugSession, program: vscode.Uri, world: string | undefined): void;
  events(session: vscode.DebugSession, events: RunEvent[]): void;
  paused(session: vscode.DebugSession, paused: boolean): void;
  ended(session: vscode.DebugSession, exit: ExitEvent | undefined): void;
  /** A plugin test's result from a "Debug test" session. */
  testResult(session: vscode.DebugSession, result: unknown): void;
}

function isLua(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && (doc.languageId === 'lua' || doc.fileName.endsWith('.lua'));
}

class Adapters implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly deps: DebuggerDeps) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    const cli = vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'runtime', 'cli.js').fsPath;
    return new vscode.DebugAdapterExecutable(
      process.execPath,
      [cli, '--debug-adapter', '--lang', this.deps.lang()],
      { env: { ELECTRON_RUN_AS_NODE: '1' } },
    );
  }
}

class Configurations implements vscode.DebugConfigurationProvider {
  constructor(private readonly deps: DebuggerDeps) {}

  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [
      {
        type: DEBUG_TYPE,
        request: 'launch',
        name: this.deps.t('Debug Lua plugin'),
        program: '${file}',
      },
    ];
  }

  /** F5 with no launch.json (or a configuration without a program): the Lua file in front, in its world. */
  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const doc = vscode.window.activeTextEditor?.document;
      if (!isLua(doc)) {
        void vscode.window.showWarningMessage(this.deps.t('Open a Lua plugin file to debug it.'));
        return undefined;
      }
      config = {
        type: DEBUG_TYPE,
        request: 'launch',
        name: this.deps.t('Debug Lua plugin'),
        program: doc.uri.fsPath,
      };
    }
    if (config.program === undefined && config.plugins === undefined && config.test === undefined) {
      const doc = vscode.window.activeTextEditor?.document;
      if (isLua(doc)) config.program = doc.uri.fsPath;
    }
    if (
      typeof config.program === 'string' &&
      config.world === undefined &&
      config.plugins === undefined
    ) {
      const world = this.deps.worldFileFor(vscode.Uri.file(config.program));
      if (world && fs.existsSync(world)) config.world = world;
    }
    config.language ??= this.deps.lang();
    return config;
  }
}

/** Registers the adapter, the configurations and the session's events; returns what to dispose. */
export function registerDebugger(deps: DebuggerDeps): vscode.Disposable[] {
  const exits = new Map<string, ExitEvent>();
  return [
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new Adapters(deps)),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new Configurations(deps)),
    vscode.debug.onDidStartDebugSession((s) => {
      if (s.type !== DEBUG_TYPE || typeof s.configuration.program !== 'string') return;
      deps.started(
        s,
        vscode.Uri.file(s.configuration.program),
        s.configuration.world as string | undefined,
      );
    }),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type !== DEBUG_TYPE) return;
      if (e.event === 'coromega/events') {
        const events = (e.body as { events: RunEvent[] }).events;
        for (const ev of events) if (ev.type === 'exit') exits.set(e.session.id, ev);
        deps.events(e.session, events);
      } else if (e.event === 'coromega/paused')
        deps.paused(e.session, (e.body as { paused: boolean }).paused);
      else if (e.event === 'coromega/test') deps.testResult(e.session, e.body);
    }),
    vscode.debug.onDidTerminateDebugSession((s) => {
      if (s.type !== DEBUG_TYPE) return;
      deps.ended(s, exits.get(s.id));
      exits.delete(s.id);
    }),
  ];
}

/** "Debug Lua plugin": starts the `coromega-lua` debugger on a file (the active editor's by default). */
export async function debugPlugin(uri: vscode.Uri | undefined, t: Localize): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || !target.fsPath.endsWith('.lua')) {
    void vscode.window.showWarningMessage(t('Open a Lua plugin file to debug it.'));
    return;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (doc?.isDirty) await doc.save();
  await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(target), {
    type: DEBUG_TYPE,
    request: 'launch',
    name: `${t('Debug Lua plugin')}: ${path.basename(target.fsPath)}`,
    program: target.fsPath,
  });
}
