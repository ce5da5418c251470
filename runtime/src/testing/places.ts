/** Small helpers shared by the test file loader and the editor outline (no dependencies, cheap to bundle). */
import * as path from 'node:path';

export { lineColumn } from '../world/jsonSyntax';

/** The name of a file's single test when it has no `name`: the file name without `.test.json`. */
export function defaultTestName(file: string): string {
  return path
    .basename(file)
    .replace(/\.test\.json$/i, '')
    .replace(/\.json$/i, '');
}
