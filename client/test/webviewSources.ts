/**
 * The sources of a webview's page (client/webview/): its own modules and the shared ones, for tests that check what
 * the page may say and do.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..', '..');

export interface Source {
  /** The path from the repository's root. */
  file: string;
  text: string;
}

export function webviewSources(view: 'inspector' | 'game'): Source[] {
  const out: Source[] = [];
  for (const dir of [view, 'shared']) {
    const rel = path.posix.join('client', 'webview', dir);
    for (const name of fs.readdirSync(path.join(root, rel)).sort())
      if (name.endsWith('.ts'))
        out.push({
          file: `${rel}/${name}`,
          text: fs.readFileSync(path.join(root, rel, name), 'utf8'),
        });
  }
  return out;
}

/** Every `S.key` and `S['key'` the sources read (for `S['reason.' + ...]`, the prefix). */
export function wordsUsed(sources: Source[]): Set<string> {
  const used = new Set<string>();
  for (const s of sources)
    for (const m of s.text.matchAll(/\bS\.([A-Za-z]+)|\bS\['([^']+)'/g)) used.add(m[1] ?? m[2]!);
  return used;
}
