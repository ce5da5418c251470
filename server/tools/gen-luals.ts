// Writes the shipped LuaLS definition files (luals/zh-cn, luals/en) from the API catalog; a test keeps them in step.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emitLuaLs } from '../src/luals/emit';

const root = path.join(__dirname, '..', '..', '..', 'luals');
for (const locale of ['zh-cn', 'en'] as const) {
  const dir = path.join(root, locale);
  fs.rmSync(dir, { recursive: true, force: true });
  const files = emitLuaLs(dir, locale);
  console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), dir)}`);
}
