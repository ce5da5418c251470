/**
 * Writes schemas/test.schema.json from schemas/world.schema.json (runtime/src/testing/schema.ts builds it), laid
 * out as the repository's prettier settings lay JSON out: `npm run build && node out/scripts/test-schema.js`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as prettier from 'prettier';
import { buildTestSchema } from '../runtime/src/testing/schema';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const world = JSON.parse(
    fs.readFileSync(path.join(root, 'schemas', 'world.schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  const file = path.join(root, 'schemas', 'test.schema.json');
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(
    file,
    await prettier.format(JSON.stringify(buildTestSchema(world)), { ...options, filepath: file }),
  );
}

void main();
