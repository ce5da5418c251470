/**
 * Plain-text rendering of run events for a terminal (coromega-run without --json): what the plugin prints goes to
 * stdout, everything the runtime reports (requests, warnings, errors, world activity) to stderr, in the run's
 * language. `§` colour codes become ANSI colours on a terminal and are stripped elsewhere.
 */
import type { RunEvent } from './events';
import { colorCodesToAnsi, stripColorCodes } from './colors';
import type { Lang } from './messages';

const LEVEL_SGR: Record<string, string> = {
  debug: '90',
  success: '32',
  warning: '33',
  error: '31',
};

export class PlainRenderer {
  private readonly requests = new Map<number, { method: string; url: string }>();
  constructor(
    private readonly out: (s: string) => void,
    private readonly err: (s: string) => void,
    private readonly outTty: boolean,
    private readonly errTty: boolean,
    protected readonly lang: Lang = 'zh-cn',
  ) {}

  private color(text: string, tty: boolean): string {
    return tty ? colorCodesToAnsi(text) : stripColorCodes(text);
  }

  private dim(s: string): string {
    return this.errTty ? `\x1b[2m${s}\x1b[0m` : s;
  }

  render(e: RunEvent): void {
    switch (e.type) {
      case 'print': {
        let text = this.color(e.text, this.outTty);
        if (e.stream === 'log' && e.level === 'debug') text = '[DEBUG] ' + text;
        if (this.outTty && e.level && LEVEL_SGR[e.level])
          text = `\x1b[${LEVEL_SGR[e.level]}m${text}\x1b[0m`;
        this.out(e.partial ? text : text + '\n');
        break;
      }
      case 'input':
        if (e.prompt) this.out(this.color(e.prompt, this.outTty));
        break;
      case 'request':
        this.requests.set(e.id, { method: e.method, url: e.url });
        this.err(this.dim(`→ #${e.id} ${e.method} ${e.url}`) + '\n');
        break;
      case 'response': {
        const r = this.requests.get(e.id);
        this.err(
          this.dim(
            `← #${e.id} ${e.status} ${r ? r.method + ' ' : ''}${e.url} (${e.durationMs} ms, ${e.size} B${e.redirects ? `, ${e.redirects} redirect(s)` : ''})`,
          ) + '\n',
        );
        break;
      }
      case 'requestError': {
        const r = this.requests.get(e.id);
        this.err(`✗ #${e.id} ${r ? r.method + ' ' : ''}${e.message} (${e.durationMs} ms)\n`);
        break;
      }
      case 'warning':
        this.err((this.errTty ? '\x1b[33mwarning:\x1b[0m ' : 'warning: ') + e.message + '\n');
        break;
      case 'error':
        this.err(
          (this.errTty ? `\x1b[31m${e.message}\x1b[0m` : e.message) +
            '\n' +
            (e.traceback ? e.traceback + '\n' : ''),
        );
        break;
      case 'exit':
        if (e.reason !== 'finished' && e.reason !== 'exit' && e.message) this.err(e.message + '\n');
        break;
      case 'start':
        break;
    }
  }
}
