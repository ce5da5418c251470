/**
 * What a failed plugin test says in VS Code, as text: VS Code draws the first line of a failure beside the failing
 * step and cuts it at the editor's edge, so that line starts with what was expected and then what was seen; the
 * rest (the step, why it failed, every event seen) is for the peek. A diff message of the same failure (expected
 * beside seen) follows it for Test Results. No `vscode` import.
 */
import type { TestEndReport } from '../../../runtime/src/testing/protocol';
import type { Localize } from './testExplorer';

export interface FailureText {
  /** The message drawn on the step's line (its first line) and opened in the peek. */
  message: string;
  /** For the side-by-side message: what was expected and the events seen (without their heading), if any. */
  diff?: { title: string; expected: string; seen: string };
}

/** The events of a failure's `actual` without their heading line ("events since the previous action:"). */
function seenEvents(actual: string | undefined): string[] {
  const lines = (actual ?? '').split('\n');
  const body = /[:：]$/.test(lines[0] ?? '') ? lines.slice(1) : lines;
  return body.map((l) => l.replace(/^ {2}/, '')).filter((l) => l.trim() !== '');
}

export function failureText(r: TestEndReport, t: Localize): FailureText {
  const f = r.failure;
  if (!f) return { message: t('The test failed.') };
  const title = f.step
    ? t('Step {0} ({1}): {2}', f.step.index + 1, f.step.label, f.message)
    : f.message;
  if (f.expected === undefined) return { message: f.actual ? `${title}\n\n${f.actual}` : title };
  const events = seenEvents(f.actual);
  // The action that opened the window is not news: the first thing the plugin did is.
  const news = events.filter((l) => !l.startsWith('▶'));
  const shown = news.length > 0 ? news : events;
  const first = shown[0] ?? (f.actual ?? '').trim();
  const seen =
    shown.length > 1 ? t('{0} (and {1} more)', first, shown.length - 1) : first || t('nothing');
  return {
    message: [
      t('Expected {0} · seen {1}', f.expected, seen),
      '',
      title,
      t('expected: {0}', f.expected),
      ...(f.actual ? [f.actual] : []),
    ].join('\n'),
    diff: { title, expected: f.expected, seen: events.join('\n') },
  };
}
