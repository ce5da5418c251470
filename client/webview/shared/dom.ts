/**
 * Building the webviews' pages: elements with their attributes, handlers and children, `§`-styled text, placeholder
 * filling and scroll following. Whatever comes from the plugin or the network goes in as text (`text`, or a string
 * child), never as HTML.
 */
import type { StyledSegment } from '../../src/format';
import { fill as fillTemplate } from '../../src/localize';
import { colourVar } from '../../src/mcColours';

type Handlers = {
  [K in keyof HTMLElementEventMap as `on${K}`]?: (e: HTMLElementEventMap[K]) => void;
};

/** `class`, `text` (the element's text), `onEVENT` handlers, and attributes (`true` is present, `false`, null and
 * undefined are left out). */
export interface Attrs extends Handlers {
  [name: string]: unknown;
}

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = String(v);
      else if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v as EventListener);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

/** One of the page's words with its `{0}`, `{1}`... filled in (a placeholder without a value stays as it is). */
export function fill(
  template: string | undefined,
  ...args: Array<string | number | undefined>
): string {
  return fillTemplate(String(template || ''), args as Array<string | number>);
}

/** Text split on Minecraft `§` codes (by the extension), drawn in the theme's readable version of each game colour
 * (custom properties the page defines per theme kind). */
export function segmentNodes(segments: readonly StyledSegment[] | undefined): HTMLSpanElement[] {
  return (segments || []).map((s) => {
    const span = el('span', { text: s.text });
    if (s.colour) span.style.color = `var(${colourVar(s.colour)})`;
    if (s.bold) span.style.fontWeight = 'bold';
    if (s.italic) span.style.fontStyle = 'italic';
    if (s.obfuscated) span.className = 'obfuscated';
    return span;
  });
}

/** Whether `scroller` shows its end (within a few pixels), so new content should keep it there. */
export function atEnd(scroller: Element): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
}

/** A one-line form: its fields and a button; Enter submits. */
export function lineForm(
  cls: string,
  fields: Child[],
  button: HTMLButtonElement,
  onSubmit: () => void,
): HTMLFormElement {
  return el(
    'form',
    {
      class: 'line-form ' + cls,
      onsubmit: (e) => {
        e.preventDefault();
        onSubmit();
      },
    },
    ...fields,
    button,
  );
}
