/**
 * Edits of JSON text that touch only the value they change: a value is replaced where it stands, a new property or
 * element is written after the last one in the layout its container already has (on the same line for a one-line
 * object or list, on a line of its own with the same indentation otherwise), and a removed one takes its comma
 * with it. Nothing else of the text moves, so hand-written layout and every field the editor does not know about
 * survive. Offsets come from jsonc-parser's syntax tree. No `vscode` import.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export type JsonPath = Array<string | number>;

/** How the text lays out what is new: its line end and one level of indentation. */
export interface Layout {
  eol: string;
  indent: string;
}

/** The line end and indentation unit the text already uses (two spaces for a text without indented lines). */
export function layoutOf(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const first = /\n([ \t]+)\S/.exec(text)?.[1];
  return { eol, indent: first ? (first.startsWith('\t') ? '\t' : first) : '  ' };
}

/** A value on one line: `{ "name": "Alex", "op": true }`, `["vip", "builder"]`. */
export function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A list of objects one per line (the way world files list players), anything else on one line. */
function valueText(value: unknown, indent: string, layout: Layout): string {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((v) => v && typeof v === 'object')
  )
    return oneLine(value);
  const inner = indent + layout.indent;
  return `[${layout.eol}${value.map((v) => inner + oneLine(v)).join(',' + layout.eol)}${layout.eol}${indent}]`;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Whether only whitespace stands between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(start, offset));
}

function spansLines(text: string, node: Node): boolean {
  return /\n/.test(text.slice(node.offset, node.offset + node.length));
}

/** Adds `entry` (a property `"k": v` or a list element) after the last child of `container`. */
function append(
  text: string,
  container: Node,
  entry: (indent: string) => string,
  layout: Layout,
): string {
  const kids = container.children ?? [];
  const close = container.offset + container.length - 1;
  const base = lineIndent(text, container.offset);
  if (kids.length === 0) {
    if (!spansLines(text, container)) {
      const e = entry(base);
      return splice(text, container.offset + 1, close, container.type === 'object' ? ` ${e} ` : e);
    }
    const inner = base + layout.indent;
    return splice(
      text,
      container.offset + 1,
      close,
      layout.eol + inner + entry(inner) + layout.eol + base,
    );
  }
  const last = kids[kids.length - 1]!;
  const end = last.offset + last.length;
  if (!spansLines(text, container)) return splice(text, end, end, `, ${entry(base)}`);
  const indent = startsLine(text, last.offset)
    ? lineIndent(text, last.offset)
    : base + layout.indent;
  return splice(text, end, end, `,${layout.eol}${indent}${entry(indent)}`);
}

/** Takes a property or element out of its container, with the comma and line break that belong to it. */
function removeChild(text: string, child: Node): string {
  const container = child.parent!;
  const kids = container.children ?? [];
  const i = kids.indexOf(child);
  if (kids.length === 1)
    return splice(text, container.offset + 1, container.offset + container.length - 1, '');
  if (i > 0) {
    const prev = kids[i - 1]!;
    return splice(text, prev.offset + prev.length, child.offset + child.length, '');
  }
  return splice(text, child.offset, kids[1]!.offset, '');
}

/** Sets the value at `path` (undefined removes it). The parent of a new value must exist; a list index equal to
 * the list's length appends. */
export function setJson(text: string, path: JsonPath, value: unknown, layout: Layout): string {
  const root = parseTree(text);
  if (!root) throw new Error('not JSON');
  const node = path.length === 0 ? root : findNodeAtLocation(root, path);
  if (value === undefined) {
    if (!node || path.length === 0) return text;
    return removeChild(text, node.parent?.type === 'property' ? node.parent : node);
  }
  if (node) {
    const indent = lineIndent(
      text,
      node.parent?.type === 'property' ? node.parent.offset : node.offset,
    );
    return splice(text, node.offset, node.offset + node.length, valueText(value, indent, layout));
  }
  const parent = findNodeAtLocation(root, path.slice(0, -1));
  if (!parent) throw new Error(`no parent for ${path.join('.')}`);
  const key = path[path.length - 1]!;
  if (parent.type === 'object')
    return append(
      text,
      parent,
      (indent) => `${JSON.stringify(String(key))}: ${valueText(value, indent, layout)}`,
      layout,
    );
  if (parent.type === 'array')
    return append(text, parent, (indent) => valueText(value, indent, layout), layout);
  throw new Error(`${path.slice(0, -1).join('.')} holds no object or list`);
}
