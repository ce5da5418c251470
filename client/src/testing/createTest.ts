/**
 * "Create a test from this run": the last run's world (its world file, when it had one), its actions (the script,
 * or what was typed and clicked while it ran) and the events that followed become `NAME.test.json` beside the
 * plugin (runtime/src/testing/fromRun.ts writes the text), opened for editing; the Test Explorer picks it up at
 * once.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import { freeTestPath, testFromRun } from '../../../runtime/src/testing/fromRun';
import { loadWorldFile, type WorldFile } from '../../../runtime/src/world/file';
import { schemaReference } from '../../../runtime/src/world/schemaRef';
import type { RunInfo, RunView } from '../views/types';
import type { Localize } from './testExplorer';

/** Events kept from one run; a test made from more would be unreadable anyway. */
const MAX_EVENTS = 20_000;

/** Keeps the last run's events (a view of the run like the others). */
export class LastRun implements RunView {
  info: RunInfo | undefined;
  events: RunEvent[] = [];

  runStarted(info: RunInfo): void {
    this.info = info;
    this.events = [];
  }

  event(ev: RunEvent): void {
    if (this.events.length < MAX_EVENTS) this.events.push(ev);
  }

  runEnded(_exit: ExitEvent): void {}
}

/** The world the run used, so the test starts from the same players, rules and answers; none if unreadable. */
function runWorld(info: RunInfo): WorldFile | undefined {
  if (!info.world) return undefined;
  try {
    return loadWorldFile(info.world, 'en');
  } catch {
    return undefined;
  }
}

export async function createTestFromRun(last: LastRun, t: Localize): Promise<void> {
  const info = last.info;
  if (!info || last.events.length === 0) {
    void vscode.window.showInformationMessage(
      t('Run a plugin first: the actions of the run and what the plugin did become the test.'),
    );
    return;
  }
  if (info.uri.scheme !== 'file') {
    // An unsaved plugin: the test opens unsaved too, meant to be saved beside the plugin as NAME.test.json.
    const base = path.join(path.sep, path.basename(info.displayPath).replace(/\.lua$/i, ''));
    const world = runWorld(info);
    const content = testFromRun({
      events: last.events,
      plugins: [`${base}.lua`],
      testFile: `${base}.test.json`,
      ...(world ? { world } : {}),
    });
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
    await vscode.window.showTextDocument(doc);
    return;
  }
  const plugin = info.uri.fsPath;
  const target = freeTestPath(plugin);
  const world = runWorld(info);
  const schema = schemaReference('test', path.dirname(target));
  const text = testFromRun({
    events: last.events,
    plugins: [plugin],
    testFile: target,
    ...(world ? { world } : {}),
    ...(schema ? { schema } : {}),
  });
  await vscode.workspace.fs.writeFile(vscode.Uri.file(target), new TextEncoder().encode(text));
  await vscode.window.showTextDocument(vscode.Uri.file(target));
}
