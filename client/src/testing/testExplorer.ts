/**
 * Plugin tests in VS Code's Test Explorer (the Testing API): every `*.test.json` of the workspace that holds a
 * `script` or `tests` is a file item with one child per test, placed at the test's line so the editor shows a
 * run button in the gutter. Items follow the files on disk and the text being edited. Running starts
 * `coromega-run --test --json` (the extension's own bundle) per file; a failure is shown at the failing step's
 * line with what was expected and the events seen, and each test's transcript goes to the test output.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { outlineTestFile } from '../../../runtime/src/testing/outline';
import type { TestEndReport, TestReport } from '../../../runtime/src/testing/protocol';
import { failureText } from './failureText';
import { folderDescription, inSkippedFolder } from './paths';
import { TestProcess } from './testProcess';

/** `vscode.l10n.t`-shaped. */
export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

export const TEST_CONTROLLER_ID = 'coromegaLua.tests';
const GLOB = '**/*.test.json';
const EXCLUDE = '**/{node_modules,.git,neomega_storage}/**';
/** Edits are read again this long after the last keystroke. */
const EDIT_DELAY_MS = 300;

export interface TestExplorerDeps {
  extensionUri: vscode.Uri;
  t: Localize;
  /** The language of the runtime's words (`--lang`). */
  lang(): 'zh-cn' | 'en';
  /** The framework version the tests run against (`--framework`), when not the default. */
  framework?(): string | undefined;
}

function isTestFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && uri.path.toLowerCase().endsWith('.test.json');
}

export class TestExplorer implements vscode.Disposable {
  readonly controller: vscode.TestController;
  private readonly profile: vscode.TestRunProfile;
  private readonly debugProfile: vscode.TestRunProfile;
  private readonly coverageProfile: vscode.TestRunProfile;
  /** Lines of each file's coverage, for the editor's detail. */
  private readonly coverageLines = new WeakMap<vscode.FileCoverage, Array<[number, number]>>();
  /** "Debug test" sessions waiting for their test's result. */
  private readonly debugging = new Map<
    string,
    { run: vscode.TestRun; file: vscode.TestItem; item: vscode.TestItem; done: () => void }
  >();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly edits = new Map<string, NodeJS.Timeout>();

  constructor(private readonly deps: TestExplorerDeps) {
    const t = deps.t;
    this.controller = vscode.tests.createTestController(
      TEST_CONTROLLER_ID,
      t('Coromega plugin tests'),
    );
    this.controller.refreshHandler = () => this.discover();
    this.profile = this.controller.createRunProfile(
      t('Run'),
      vscode.TestRunProfileKind.Run,
      (request, token) => this.run(request, token),
      true,
    );
    this.coverageProfile = this.controller.createRunProfile(
      t('Run with Coverage'),
      vscode.TestRunProfileKind.Coverage,
      (request, token) => this.run(request, token, true),
      true,
    );
    this.coverageProfile.loadDetailedCoverage = (_run, fc) =>
      Promise.resolve(
        (this.coverageLines.get(fc) ?? []).map(
          ([line, hits]) => new vscode.StatementCoverage(hits, new vscode.Position(line - 1, 0)),
        ),
      );
    this.debugProfile = this.controller.createRunProfile(
      t('Debug'),
      vscode.TestRunProfileKind.Debug,
      (request, token) => this.debug(request, token),
      true,
    );
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(
      this.controller,
      watcher,
      watcher.onDidCreate((uri) => void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => void this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.controller.items.delete(uri.toString())),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isTestFile(doc.uri)) this.sync(doc.uri, doc.getText());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isTestFile(e.document.uri)) this.later(e.document);
      }),
    );
    void this.discover();
  }

  /** The labels again, in the language now chosen. */
  refresh(): void {
    this.controller.label = this.deps.t('Coromega plugin tests');
    this.profile.label = this.deps.t('Run');
    this.coverageProfile.label = this.deps.t('Run with Coverage');
    this.debugProfile.label = this.deps.t('Debug');
  }

  /** Finds every test file of the workspace (open editors' text wins over the disk). */
  async discover(): Promise<void> {
    const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE);
    const seen = new Set(uris.map((u) => u.toString()));
    this.controller.items.forEach((item) => {
      if (!seen.has(item.id)) this.controller.items.delete(item.id);
    });
    await Promise.all(uris.map((uri) => this.readFromDisk(uri)));
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    if (!isTestFile(uri) || inSkippedFolder(uri.fsPath)) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.sync(uri, open.getText());
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.sync(uri, new TextDecoder('utf-8').decode(bytes));
    } catch {
      this.controller.items.delete(uri.toString());
    }
  }

  private later(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.edits.get(key));
    this.edits.set(
      key,
      setTimeout(() => {
        this.edits.delete(key);
        this.sync(doc.uri, doc.getText());
      }, EDIT_DELAY_MS),
    );
  }

  /** Makes the file's items match its text. While the text is not valid JSON the last tests stay, marked. */
  private sync(uri: vscode.Uri, text: string): void {
    const id = uri.toString();
    const outline = outlineTestFile(text, uri.fsPath);
    let file = this.controller.items.get(id);
    if (!outline.isTest && !(outline.broken && (file || /"(script|tests)"/.test(text)))) {
      if (file) this.controller.items.delete(id);
      return;
    }
    if (!file) {
      file = this.controller.createTestItem(id, path.basename(uri.fsPath), uri);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const where = folderDescription(folder?.uri.fsPath, uri.fsPath);
      if (where) file.description = where;
      file.range = new vscode.Range(0, 0, 0, 0);
      this.controller.items.add(file);
    }
    file.error = outline.broken
      ? this.deps.t('Not valid JSON; the tests shown are from the last valid text.')
      : undefined;
    if (outline.broken && file.children.size > 0) return;
    const parent = file;
    // A name given twice is an error `--test` reports; the explorer shows the first.
    const seen = new Set<string>();
    const unique = outline.tests.filter((x) => !seen.has(x.name) && !!seen.add(x.name));
    parent.children.replace(
      unique.map((x) => {
        const item = this.controller.createTestItem(`${id}#${x.name}`, x.name, uri);
        item.range = new vscode.Range(x.line - 1, x.column - 1, Math.max(x.line, x.endLine) - 1, 0);
        return item;
      }),
    );
  }

  private async run(
    request: vscode.TestRunRequest,
    token: vscode.CancellationToken,
    coverage = false,
  ): Promise<void> {
    const t = this.deps.t;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        t(
          'Running plugin tests is disabled in Restricted Mode: a test runs the plugin, which runs code and makes network requests on this machine.',
        ),
      );
      return;
    }
    const excluded = new Set((request.exclude ?? []).map((i) => i.id));
    // Per file: every test (undefined) or these.
    const queue = new Map<string, { file: vscode.TestItem; tests?: vscode.TestItem[] }>();
    const add = (item: vscode.TestItem): void => {
      if (excluded.has(item.id)) return;
      if (item.parent) {
        const entry = queue.get(item.parent.id) ?? { file: item.parent, tests: [] };
        if (entry.tests && !entry.tests.includes(item)) entry.tests.push(item);
        queue.set(item.parent.id, entry);
        return;
      }
      const children: vscode.TestItem[] = [];
      item.children.forEach((c) => children.push(c));
      const someExcluded = children.some((c) => excluded.has(c.id));
      queue.set(item.id, {
        file: item,
        ...(someExcluded ? { tests: children.filter((c) => !excluded.has(c.id)) } : {}),
      });
    };
    if (request.include) request.include.forEach(add);
    else this.controller.items.forEach(add);

    const run = this.controller.createTestRun(request);
    try {
      for (const { file, tests } of queue.values()) {
        if (token.isCancellationRequested) break;
        await this.runFile(run, file, tests, token, coverage);
      }
    } finally {
      run.end();
    }
  }

  private async runFile(
    run: vscode.TestRun,
    file: vscode.TestItem,
    tests: vscode.TestItem[] | undefined,
    token: vscode.CancellationToken,
    coverage = false,
  ): Promise<void> {
    const uri = file.uri!;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) await doc.save();
    const all: vscode.TestItem[] = [];
    file.children.forEach((c) => all.push(c));
    const chosen = tests ?? all;
    for (const item of chosen) run.enqueued(item);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const proc = new TestProcess(
      {
        cliPath: vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'runtime', 'cli.js').fsPath,
        files: [uri.fsPath],
        ...(tests ? { names: tests.map((i) => i.label) } : {}),
        lang: this.deps.lang(),
        ...(this.deps.framework?.() ? { framework: this.deps.framework()! } : {}),
        cwd: folder?.uri.fsPath ?? path.dirname(uri.fsPath),
        ...(coverage
          ? { coverage: path.join(os.tmpdir(), `coromega-coverage-${process.pid}`) }
          : {}),
      },
      (r) => this.report(run, file, r),
      (line) => run.appendOutput(`${line}\r\n`),
    );
    const stop = token.onCancellationRequested(() => proc.stop());
    await proc.done;
    stop.dispose();
  }

  /** "Debug test": each chosen test runs alone under the debugger, which stops at the step that fails. */
  private async debug(
    request: vscode.TestRunRequest,
    token: vscode.CancellationToken,
  ): Promise<void> {
    const items: vscode.TestItem[] = [];
    const add = (item: vscode.TestItem): void => {
      if (item.parent) items.push(item);
      else item.children.forEach((c) => items.push(c));
    };
    if (request.include) request.include.forEach(add);
    else this.controller.items.forEach(add);
    const run = this.controller.createTestRun(request);
    try {
      for (const item of items) {
        if (token.isCancellationRequested) break;
        const file = item.parent!;
        const doc = vscode.workspace.textDocuments.find(
          (d) => d.uri.toString() === file.uri!.toString(),
        );
        if (doc?.isDirty) await doc.save();
        run.started(item);
        let done!: () => void;
        const finished = new Promise<void>((r) => (done = r));
        const name = `${this.deps.t('Debug test')}: ${item.label}`;
        const key = `${file.uri!.fsPath}#${item.label}`;
        this.debugging.set(key, { run, file, item, done });
        const ended = vscode.debug.onDidTerminateDebugSession((s) => {
          if (s.configuration.name === name) done();
        });
        const ok = await vscode.debug.startDebugging(
          vscode.workspace.getWorkspaceFolder(file.uri!),
          {
            type: 'coromega-lua',
            request: 'launch',
            name,
            test: file.uri!.fsPath,
            testName: item.label,
          },
        );
        if (ok) await finished;
        ended.dispose();
        if (this.debugging.delete(key)) run.skipped(item);
      }
    } finally {
      run.end();
    }
  }

  /** The result of a test run under the debugger (the session's `coromega/test` event). */
  debugResult(session: vscode.DebugSession, result: unknown): void {
    const r = result as Omit<TestEndReport, 'type'>;
    const key = `${String(session.configuration.test)}#${String(session.configuration.testName)}`;
    const d = this.debugging.get(key);
    if (!d) return;
    this.debugging.delete(key);
    this.report(d.run, d.file, { ...r, type: 'testEnd' });
  }

  private itemFor(file: vscode.TestItem, name: string): vscode.TestItem | undefined {
    return file.children.get(`${file.id}#${name}`);
  }

  private report(run: vscode.TestRun, file: vscode.TestItem, r: TestReport): void {
    const uri = file.uri!;
    switch (r.type) {
      case 'testStart': {
        const item = this.itemFor(file, r.name);
        if (item) run.started(item);
        break;
      }
      case 'testEnd': {
        const item = this.itemFor(file, r.name);
        if (!item) break;
        run.appendOutput(
          `${r.status === 'passed' ? '✓' : r.status === 'failed' ? '✗' : '-'} ${r.name}\r\n`,
          undefined,
          item,
        );
        if (r.transcript.length > 0)
          run.appendOutput(
            r.transcript.map((l) => `  ${l}`).join('\r\n') + '\r\n',
            undefined,
            item,
          );
        if (r.status === 'passed') run.passed(item, r.durationMs);
        else if (r.status === 'skipped') run.skipped(item);
        else run.failed(item, this.message(uri, r), r.durationMs);
        break;
      }
      case 'fileError': {
        const m = new vscode.TestMessage(r.message);
        if (r.line !== undefined)
          m.location = new vscode.Location(
            uri,
            new vscode.Position(r.line - 1, (r.column ?? 1) - 1),
          );
        run.errored(file, m);
        run.appendOutput(
          `✗ ${r.display}${r.line !== undefined ? `:${r.line}:${r.column ?? 1}` : ''}: ${r.message}\r\n`,
        );
        break;
      }
      case 'fileWarning': {
        // The run's output with a place: VS Code draws it (its first 50 or so characters) on that line of the test
        // file, and it is in Test Results with the place.
        const at = new vscode.Location(uri, new vscode.Position(r.line - 1, r.column - 1));
        run.appendOutput(`⚠ ${r.message}\r\n`, at);
        break;
      }
      case 'coverage':
        for (const f of r.files) {
          const fc = new vscode.FileCoverage(
            vscode.Uri.file(f.file),
            new vscode.TestCoverageCount(f.covered, f.total),
          );
          this.coverageLines.set(fc, f.lines);
          run.addCoverage(fc);
        }
        break;
      case 'recorded':
      case 'summary':
        break;
    }
  }

  /** The failure as VS Code shows it, at the failing step: first a message whose first line (drawn on that line)
   * is what was expected, then what was seen; then the same failure side by side (expected | seen). */
  private message(uri: vscode.Uri, r: TestEndReport): vscode.TestMessage[] {
    const f = r.failure;
    const text = failureText(r, this.deps.t);
    const at = new vscode.Location(
      uri,
      f?.step
        ? new vscode.Position(f.step.line - 1, f.step.column - 1)
        : new vscode.Position(r.line - 1, r.column - 1),
    );
    const main = new vscode.TestMessage(text.message);
    main.location = at;
    if (!text.diff) return [main];
    const diff = vscode.TestMessage.diff(text.diff.title, text.diff.expected, text.diff.seen);
    diff.location = at;
    return [main, diff];
  }

  dispose(): void {
    for (const timer of this.edits.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
