import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WorldInfo } from '../game/model';
import { applyWorldEdit, readWorld, replacement, type WorldEdit } from '../game/worldFile';
import type { Localize } from '../i18n';
import { schemaReference } from '../../../runtime/src/world/schemaRef';

/** The `$schema` a new world file at `file` starts with, when the package's schemas are in reach (schemaRef.ts). */
function newWorldSchema(file: string): string | undefined {
  return schemaReference('world', path.dirname(file));
}

/** The world file of the plugin the Game view shows, on disk and in editors: read (the editor's text when it is
 * open, saved or not), watched, and edited — through the editor when it is open (saved again only if it was saved
 * before), else straight to the file, one edit after another. A file that cannot be read as a world is never
 * written. */
export class WorldFiles implements vscode.Disposable {
  private file: string | undefined;
  private pluginDir: string | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Edits in order: each reads the text the previous one wrote. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly saved: vscode.Disposable;

  /** `changed` is called when the file changes on disk or is saved from an editor. */
  constructor(
    private readonly t: Localize,
    private readonly changed: () => void,
  ) {
    this.saved = vscode.workspace.onDidSaveTextDocument((d) => {
      if (this.file && d.uri.fsPath === this.file) this.changed();
    });
  }

  /** The world file of the plugin at `plugin` (a run started), or none for an unsaved plugin. */
  follow(file: string | undefined, plugin: vscode.Uri): void {
    this.file = file;
    this.pluginDir = plugin.scheme === 'file' ? path.dirname(plugin.fsPath) : undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!file) return;
    const w = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)),
    );
    w.onDidChange(this.changed);
    w.onDidCreate(this.changed);
    w.onDidDelete(this.changed);
    this.watcher = w;
  }

  /** The text of a world file: the open editor's, else the file's; undefined when it is missing. A world file is
   * small: read at once, so a run's first events already meet it. */
  text(file: string): string | undefined {
    const open = this.document(file);
    if (open) return open.getText();
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** What the view shows of a world file (`file`, e.g. a run's temp copy of unsaved text, else the one followed). */
  info(file = this.file): WorldInfo {
    const shown = this.file ?? file ?? '';
    const text = file ? this.text(file) : undefined;
    const read = readWorld(text, this.t);
    const base = { worldFile: shown ? this.shownPath(shown) : '', worldExists: text !== undefined };
    if (!read.ok)
      return { ...base, worldProblem: read.problem, players: [], qqGroups: [], qqUsers: [] };
    return {
      ...base,
      worldProblem: '',
      players: read.world.players,
      qqGroups: read.world.qqGroups,
      qqUsers: read.world.qqUsers,
    };
  }

  /** Saves one edit after those before it; resolves with why it was not saved, or undefined when it was. */
  save(edit: WorldEdit): Promise<string | undefined> {
    const next = this.queue.then(() => this.write(edit));
    this.queue = next.catch(() => undefined);
    return next.catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
  }

  private async write(edit: WorldEdit): Promise<string | undefined> {
    const t = this.t;
    const file = this.file;
    if (!file) return t('An unsaved plugin has no world file: save the plugin to keep a world.');
    const result = applyWorldEdit(this.text(file), edit, t, newWorldSchema(file));
    if (!result.ok) return t('Not saved to {0}: {1}', path.basename(file), result.problem);
    if (!result.changed) return undefined;
    try {
      const open = this.document(file);
      if (open) {
        const wasDirty = open.isDirty;
        const r = replacement(open.getText(), result.text);
        const we = new vscode.WorkspaceEdit();
        we.replace(
          open.uri,
          new vscode.Range(open.positionAt(r.start), open.positionAt(r.end)),
          r.text,
        );
        if (!(await vscode.workspace.applyEdit(we)))
          return t('Not saved to {0}: {1}', path.basename(file), t('the editor refused the edit'));
        if (!wasDirty) await open.save();
      } else {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(file, result.text, 'utf8');
      }
    } catch (e) {
      return t(
        'Not saved to {0}: {1}',
        path.basename(file),
        e instanceof Error ? e.message : String(e),
      );
    }
    return undefined;
  }

  /** Opens the world file in an editor; a missing one is created with the runtime's default world first. */
  async open(): Promise<void> {
    const file = this.file;
    if (!file) {
      void vscode.window.showInformationMessage(
        this.t('Run a saved Lua plugin first: its world file sits beside it.'),
      );
      return;
    }
    if (this.text(file) === undefined) {
      const created = applyWorldEdit(
        undefined,
        { kind: 'addPlayer', name: 'Steve' },
        this.t,
        newWorldSchema(file),
      );
      if (created.ok) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises
          .writeFile(file, created.text, { encoding: 'utf8', flag: 'wx' })
          .catch(() => undefined);
      }
    }
    await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
  }

  private document(file: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find(
      (d) => d.uri.scheme === 'file' && d.uri.fsPath === file,
    );
  }

  /** The file as the view names it: relative to the plugin's folder when inside it. */
  private shownPath(file: string): string {
    const rel = this.pluginDir ? path.relative(this.pluginDir, file) : file;
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  }

  dispose(): void {
    this.watcher?.dispose();
    this.saved.dispose();
  }
}
