/**
 * The plugin project the config and world-file tests share (`fixtures/project`: a plugin with its config, world and
 * test files, a plugin with no config, one inside `neomega_storage/lang/LuaLoader`), copied to a fresh folder per
 * suite so tests may change its files.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LspClient } from '../testing/lspClient';

const FIXTURE = path.resolve(__dirname, '..', '..', '..', 'server', 'test', 'fixtures', 'project');

export interface ProjectCopy {
  dir: string;
  path(rel: string): string;
  uri(rel: string): string;
  text(rel: string): string;
  write(rel: string, text: string): void;
  /** Opens a file of the project in the server (JSON files as `json`) and returns its URI and text. */
  open(c: LspClient, rel: string): Promise<{ uri: string; text: string }>;
}

export function copyProject(): ProjectCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-project-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const abs = (rel: string): string => path.join(dir, rel);
  return {
    dir,
    path: abs,
    uri: (rel) => pathToFileURL(abs(rel)).href,
    text: (rel) => fs.readFileSync(abs(rel), 'utf8'),
    write: (rel, text) => fs.writeFileSync(abs(rel), text),
    async open(c, rel) {
      const uri = pathToFileURL(abs(rel)).href;
      const text = fs.readFileSync(abs(rel), 'utf8');
      await c.open(uri, text, 1, rel.endsWith('.json') ? 'json' : 'lua');
      return { uri, text };
    },
  };
}

export const LOCALES = ['zh-cn', 'en'] as const;
