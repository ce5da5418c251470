/** What the language server tests share: fresh document URIs, diagnostics of a text, text edits applied. */
import type { Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { LspClient } from '../testing/lspClient';

let uriCounter = 0;
export function uri(): string {
  return `file:///tmp/coromega-test/plugin${++uriCounter}.lua`;
}

export function labels(items: { label: string }[]): string[] {
  return items.map((i) => i.label);
}

/** Applies LSP text edits to `text` (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

export async function diagnosticsOf(
  c: LspClient,
  text: string,
): Promise<{ u: string; d: Diagnostic[] }> {
  const u = uri();
  await c.open(u, text);
  const p = await c.waitForDiagnostics(u, 1);
  return { u, d: p.diagnostics };
}

export function msg(d: Diagnostic | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function codes(d: Diagnostic[]): string[] {
  return d.map((x) => String(x.code)).sort();
}
