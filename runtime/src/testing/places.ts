/** Small helpers shared by the test file loader and the editor outline (no dependencies, cheap to bundle). */
import * as path from 'node:path';

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The name of a file's single test when it has no `name`: the file name without `.test.json`. */
export function defaultTestName(file: string): string {
  return path
    .basename(file)
    .replace(/\.test\.json$/i, '')
    .replace(/\.json$/i, '');
}
