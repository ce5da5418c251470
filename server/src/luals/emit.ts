/** Writes the LuaLS definition files (`render.ts`) into a folder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../../../catalog';
import { renderLuaLs } from './render';

/** Writes the definition files for `locale` into `dir` (created when missing); returns the paths written. */
export function emitLuaLs(dir: string, locale: Locale): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of renderLuaLs(locale)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return written;
}
