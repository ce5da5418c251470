/**
 * The inspector's output: what the plugin printed (log levels marked, `§` colours drawn), its errors with a link to
 * `file:line`, warnings and the prompts it waits on; the last MAX_CONSOLE_LINES lines. It follows new lines until
 * the user scrolls up, and again once they scroll back to the end.
 */
import type { ErrorEvent } from '../../../runtime/src/events';
import type { WebEvent } from '../../src/views/inspectorProtocol';
import { atEnd, el, fill, segmentNodes } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';

/** Printed lines kept on screen. */
export const MAX_CONSOLE_LINES = 2000;

let consoleBox: HTMLDivElement;
let consoleEmpty: HTMLDivElement | null = null;
let consoleLines = 0;
let outputSection: HTMLElement | undefined;
// While the view is hidden its size is zero and scrolling does nothing, so following is kept as a state and applied
// again whenever the output's size changes (the view shown, the panel resized).
let follow = true;
const resized = new ResizeObserver(() => toEnd());

/** A new run: nothing printed. */
export function clearOutput(): void {
  consoleLines = 0;
}

/** The output section of a new page: nothing printed yet. */
export function buildOutput(): HTMLElement {
  consoleEmpty = el('div', { class: 'muted', text: S.noOutput || '' });
  consoleBox = el('div', { id: 'console' }, consoleEmpty);
  const section = el('section', { id: 'output' }, el('h2', { text: S.console }), consoleBox);
  outputSection = section;
  follow = true;
  section.addEventListener('scroll', () => {
    if (section.clientHeight > 0) follow = atEnd(section);
  });
  resized.disconnect();
  resized.observe(section);
  return section;
}

/** Keeps the end in view while following. */
export function toEnd(): void {
  if (outputSection && follow) outputSection.scrollTop = outputSection.scrollHeight;
}

type OutputEvent = Extract<WebEvent, { type: 'print' | 'error' | 'warning' | 'input' }>;

export function outputEvent(ev: OutputEvent): void {
  switch (ev.type) {
    case 'print': {
      const prefix =
        ev.stream === 'log'
          ? [
              el('span', {
                class: 'level ' + (ev.level || 'info'),
                text: '[' + (ev.level || 'info') + '] ',
              }),
            ]
          : [];
      consoleLine('print', [...prefix, ...segmentNodes(ev.segments || [])]);
      break;
    }
    case 'error':
      errorLines(ev);
      break;
    case 'warning': {
      const nodes: Array<Node | string> = [el('span', { text: ev.message })];
      if (ev.file) nodes.push(' ', location(ev.file, ev.line));
      consoleLine('warning', nodes);
      break;
    }
    case 'input':
      consoleLine('input', [el('span', { text: '> ' + (ev.prompt || '') })]);
      break;
  }
}

/** `file:line`, opening the place in an editor. */
function location(file: string, line: number | undefined): Node {
  const where = file + (line ? ':' + line : '');
  return el('a', {
    class: 'location',
    href: '#',
    title: fill(S.openLocation, where),
    text: where,
    onclick: (e) => {
      e.preventDefault();
      post({ type: 'openLocation', file, line: line || 1 });
    },
  });
}

/** A Lua error: its message, `file:line` opening the place in an editor, and its traceback. */
function errorLines(ev: ErrorEvent): void {
  const nodes: Array<Node | string> = [el('span', { text: ev.message })];
  if (ev.file) nodes.push(' ', location(ev.file, ev.line));
  consoleLine('error', nodes);
  if (ev.traceback) consoleLine('error traceback', [el('pre', { text: ev.traceback })]);
}

function consoleLine(cls: string, nodes: Array<Node | string>): void {
  if (consoleEmpty) {
    consoleEmpty.remove();
    consoleEmpty = null;
  }
  consoleBox.append(el('div', { class: 'c-line ' + cls }, ...nodes));
  consoleLines++;
  while (consoleLines > MAX_CONSOLE_LINES && consoleBox.firstChild) {
    consoleBox.firstChild.remove();
    consoleLines--;
  }
}
