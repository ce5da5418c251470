/**
 * Offsets of request positions in documents whose line table does not exist yet. `TextDocument.offsetAt` first
 * records where every line starts, in a loop over the whole text; right after a file is opened that loop has not
 * been compiled yet and takes milliseconds on a 200 KB plugin, all before the first completion can be answered.
 * The diagnostics build the table soon after (they need every position), so until they have run the server finds
 * the one line it needs with `indexOf`, with `offsetAt`'s answer (line ends `\n`, `\r\n` and `\r`; a character past
 * the end of its line is the end of the line).
 */
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Documents opened whose diagnostics have not run yet (they have no line table). */
const fresh = new WeakSet<TextDocument>();

/** A document was just opened: its first requests count lines themselves. */
export function markFresh(doc: TextDocument): void {
  fresh.add(doc);
}

/** The diagnostics have run (every position computed, so the document has its line table). */
export function markLined(doc: TextDocument): void {
  fresh.delete(doc);
}

/** The offset of `p` in `doc`: `doc.offsetAt(p)`, without building the line table of a fresh document. */
export function offsetAt(doc: TextDocument, p: Position): number {
  return fresh.has(doc) ? offsetInText(doc.getText(), p) : doc.offsetAt(p);
}

/** `TextDocument.offsetAt` for `text`, reading only up to the line of `p`. */
export function offsetInText(text: string, p: Position): number {
  if (p.line < 0) return 0;
  const n = text.length;
  // the next `\n` and `\r` at or after the current line's start (n when none)
  let lf = -1;
  let cr = -1;
  /** One past the line break that ends the line starting at `s`, or -1 when it is the last line. */
  const nextLine = (s: number): number => {
    if (lf < s) lf = indexOr(text, '\n', s, n);
    if (cr < s) cr = indexOr(text, '\r', s, n);
    const brk = Math.min(lf, cr);
    if (brk >= n) return -1;
    return brk === cr && text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
  };
  let s = 0;
  for (let l = 0; l < p.line; l++) {
    const next = nextLine(s);
    if (next < 0) return n;
    s = next;
  }
  if (p.character <= 0) return s;
  const next = nextLine(s);
  let offset = Math.min(s + p.character, next < 0 ? n : next);
  while (offset > s && isLineEnd(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

function indexOr(text: string, ch: string, from: number, none: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? none : i;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}
