import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import { exitText } from '../format';
import type { Localize } from '../i18n';
import type { RunInfo, RunView } from './types';

/** Status bar item: while a plugin runs it shows the plugin and stops it on click; afterwards it shows how the
 * run ended and reruns on click. */
export class StatusView implements RunView, vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'coromegaLua.run',
    vscode.StatusBarAlignment.Left,
    50,
  );
  /** While a run is on: type a line for it (menu triggers, input). */
  private readonly input = vscode.window.createStatusBarItem(
    'coromegaLua.input',
    vscode.StatusBarAlignment.Left,
    49,
  );
  private name = '';
  private requests = 0;
  private waiting = false;
  private exit: ExitEvent | undefined;
  /** Restart on save: the plugins ended and the run waits for a save to start them again. */
  private saveAwaited: RunEvent | undefined;

  constructor(private readonly t: Localize) {
    this.input.text = '$(keyboard)';
    this.input.command = 'coromegaLua.sendInput';
    this.refresh();
  }

  /** Draws the items again (the language changed). */
  refresh(): void {
    const t = this.t;
    this.item.name = t('Coromega run');
    this.input.name = t('Coromega input');
    this.input.tooltip = t('Type a line for the running plugin (menu trigger or input)');
    if (this.exit) this.showEnded(this.exit);
    else if (this.saveAwaited) this.showAwaitingSave();
    else if (this.waiting) this.showWaiting();
    else if (this.name) this.showRunning();
  }

  runStarted(info: RunInfo): void {
    this.name = path.basename(info.displayPath);
    this.requests = 0;
    this.waiting = false;
    this.exit = undefined;
    this.saveAwaited = undefined;
    this.showRunning();
  }

  event(ev: RunEvent): void {
    if (ev.type === 'request') {
      this.requests++;
      this.waiting = false;
      this.showRunning();
    } else if (ev.type === 'input') {
      this.waiting = true;
      this.showWaiting();
    } else if (ev.type === 'watching') {
      this.saveAwaited = ev;
      this.waiting = false;
      this.showAwaitingSave();
    } else if (ev.type === 'reload') {
      this.saveAwaited = undefined;
      this.waiting = false;
      this.showRunning();
    }
  }

  runEnded(exit: ExitEvent): void {
    this.exit = exit;
    this.waiting = false;
    this.showEnded(exit);
  }

  /** The plugins ended; a save runs them again (Stop ends the run for good). */
  private showAwaitingSave(): void {
    this.input.hide();
    this.item.text = `$(watch) ${this.name}: ${this.t('waiting for a save')}`;
    this.item.tooltip = this.t(
      'The plugin ended; saving it or its config runs it again in the same world. Click to stop.',
    );
    this.item.command = 'coromegaLua.stop';
    this.item.backgroundColor = undefined;
  }

  private showWaiting(): void {
    this.item.text = `$(keyboard) ${this.name}: ${this.t('waiting for input')}`;
    this.item.command = 'coromegaLua.sendInput';
    this.item.tooltip = this.t('The plugin is waiting for input. Click to type a line.');
  }

  private showEnded(exit: ExitEvent): void {
    this.input.hide();
    const icon =
      exit.reason === 'finished' || exit.reason === 'exit'
        ? '$(check)'
        : exit.reason === 'stopped'
          ? '$(debug-stop)'
          : '$(error)';
    this.item.text = `${icon} ${this.name}: ${exitText(exit.reason, this.t)}`;
    this.item.tooltip = this.t('Click to run {0} again', this.name);
    this.item.command = 'coromegaLua.rerun';
    this.item.backgroundColor =
      exit.reason === 'error' || exit.reason === 'limit'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : undefined;
  }

  private showRunning(): void {
    const reqs = this.requests ? ` · ${this.t('{0} requests', this.requests)}` : '';
    this.item.text = `$(loading~spin) ${this.name}${reqs} $(debug-stop)`;
    this.item.tooltip = this.t('Running {0}. Click to stop.', this.name);
    this.item.command = 'coromegaLua.stop';
    this.item.backgroundColor = undefined;
    this.item.show();
    this.input.show();
  }

  dispose(): void {
    this.input.dispose();
    this.item.dispose();
  }
}
