/**
 * Run events as the lines a test report shows: the CLI's plain rendering (render.ts) in the test run's language,
 * without colours, with secrets masked.
 */
import type { RunEvent } from '../events';
import type { Lang } from '../messages';
import { PlainRenderer } from '../render';
import { maskEvent } from './mask';

export class Transcript {
  private buf = '';
  private readonly renderer: PlainRenderer;

  constructor(lang: Lang) {
    const write = (s: string): void => {
      this.buf += s;
    };
    this.renderer = new PlainRenderer(write, write, false, false, lang);
  }

  /** The lines one event renders to (none for events the plain mode does not show). */
  lines(e: RunEvent): string[] {
    this.buf = '';
    this.renderer.render(maskEvent(e));
    const text = this.buf.replace(/\n$/, '');
    return text === '' ? [] : text.split('\n');
  }
}
