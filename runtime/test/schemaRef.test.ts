/**
 * The `$schema` the tools write into new world and test files (runtime/src/world/schemaRef.ts): a relative path to
 * the schemas of the package in reach — this repository, or the package installed in the project — on POSIX and on
 * Windows paths; none when no copy is in reach.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaReference, schemasFolder, type SchemaLookup } from '../src/world/schemaRef';
import { root, tmpDir } from './helpers';

test('in this repository, examples/ point at ../schemas/', () => {
  const examples = path.join(root, 'examples');
  assert.equal(schemaReference('world', examples), '../schemas/world.schema.json');
  assert.equal(schemaReference('test', examples), '../schemas/test.schema.json');
  assert.equal(schemaReference('test', root), './schemas/test.schema.json');
  // What the examples write resolves to the schema the runtime reads.
  for (const f of ['ai-chat.world.json', 'economy.world.json', 'ai-chat.test.json']) {
    const ref = (JSON.parse(fs.readFileSync(path.join(examples, f), 'utf8')) as { $schema: string })
      .$schema;
    assert.equal(ref, schemaReference(f.includes('.test.') ? 'test' : 'world', examples), f);
    assert.ok(fs.existsSync(path.resolve(examples, ref)), ref);
  }
});

test('in a plugin project, the package installed in node_modules; none without one', () => {
  const project = tmpDir('coromega-schema-');
  const plugins = path.join(project, 'plugins', 'shop');
  fs.mkdirSync(plugins, { recursive: true });
  assert.equal(schemaReference('world', plugins), undefined, 'no copy in reach: no $schema');
  const schemas = path.join(project, 'node_modules', 'coromega-lua', 'schemas');
  fs.mkdirSync(schemas, { recursive: true });
  for (const k of ['world', 'test']) fs.writeFileSync(path.join(schemas, `${k}.schema.json`), '{}');
  assert.equal(
    schemaReference('world', plugins),
    '../../node_modules/coromega-lua/schemas/world.schema.json',
  );
  assert.equal(
    schemaReference('test', project),
    './node_modules/coromega-lua/schemas/test.schema.json',
  );
  assert.equal(schemaReference('plugin-config', project), undefined, 'only files that exist');
});

test('Windows paths: drive letters and backslashes become a forward-slash relative reference', () => {
  const files = new Set([
    'C:\\Users\\史蒂夫\\mc\\node_modules\\coromega-lua\\schemas\\test.schema.json',
    'D:\\src\\coromega-lua\\schemas\\world.schema.json',
  ]);
  const lookup: SchemaLookup = {
    exists: (f) => files.has(f),
    packageJson: (dir) => (dir === 'D:\\src\\coromega-lua' ? '{"name":"coromega-lua"}' : undefined),
    path: path.win32,
  };
  assert.equal(
    schemaReference('test', 'C:\\Users\\史蒂夫\\mc\\plugins', lookup),
    '../node_modules/coromega-lua/schemas/test.schema.json',
  );
  assert.equal(
    schemaReference('world', 'D:\\src\\coromega-lua\\examples', lookup),
    '../schemas/world.schema.json',
  );
  // Another drive: no relative path reaches it, and no copy is searched there.
  assert.equal(schemaReference('world', 'E:\\plugins', lookup), undefined);
  assert.equal(schemaReference('test', 'C:\\', lookup), undefined);
});

test('the schemas folder of --init: the same search, then the schemas of the copy that runs', () => {
  const files = new Set([
    'C:\\tools\\coromega-lua\\schemas\\world.schema.json',
    'C:\\tools\\coromega-lua\\schemas\\test.schema.json',
  ]);
  const lookup: SchemaLookup = {
    exists: (f) => files.has(f),
    packageJson: () => undefined,
    path: path.win32,
  };
  const own = 'C:\\tools\\coromega-lua\\schemas';
  assert.equal(schemasFolder('D:\\mc\\plugins', lookup), undefined);
  assert.equal(schemasFolder('D:\\mc\\plugins', lookup, own), own);
  // Another drive: the reference is the absolute path, with forward slashes (editors resolve it as a file path).
  assert.equal(
    schemaReference('world', 'D:\\mc\\plugins', lookup, own),
    'C:/tools/coromega-lua/schemas/world.schema.json',
  );
  assert.equal(
    schemaReference('test', 'C:\\mc\\plugins', lookup, own),
    '../../tools/coromega-lua/schemas/test.schema.json',
  );
  assert.equal(schemaReference('plugin-config', 'C:\\mc', lookup, own), undefined);
});
