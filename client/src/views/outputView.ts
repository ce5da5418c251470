import * as vscode from 'vscode';
import type { ExitEvent, RunEvent } from '../../../runtime/src/events';
import { BatchedOutput } from '../batchedOutput';
import { OutputFormatter } from '../format';
import type { Localize } from '../i18n';
import type { RunInfo, RunView } from './types';

/** The "Coromega" Output channel: prints, one line per request/response, errors; coloured by
 * syntaxes/coromega-output.tmLanguage.json. Appends are batched and the content is capped. A run reveals the
 * inspector, which shows the same prints; this channel is the plain-text log ("Show run output"). */
export class OutputView implements RunView, vscode.Disposable {
  readonly channel: vscode.OutputChannel;
  private readonly out: BatchedOutput;
  private formatter: OutputFormatter;

  constructor(private readonly t: Localize) {
    this.channel = vscode.window.createOutputChannel('Coromega', 'coromega-output');
    this.formatter = new OutputFormatter(t);
    this.out = new BatchedOutput(this.channel, {
      intervalMs: 50,
      maxChars: 2_000_000,
      droppedNotice: (n) =>
        `[run] ${this.t('... {0} earlier characters of output were dropped to keep the editor responsive ...', n)}`,
    });
  }

  runStarted(info: RunInfo): void {
    if (info.settings.run.clearOutputOnRun) this.out.clear();
    this.formatter = new OutputFormatter(this.t);
  }

  event(ev: RunEvent): void {
    for (const line of this.formatter.lines(ev)) this.out.appendLine(line);
  }

  stray(line: string): void {
    this.out.appendLine(line);
  }

  /** A line from the extension itself (refusals, spawn failures). */
  note(line: string): void {
    this.out.appendLine(`[run] ${line}`);
  }

  runEnded(_exit: ExitEvent): void {
    this.out.flush();
  }

  dispose(): void {
    this.out.dispose();
    this.channel.dispose();
  }
}
