/**
 * The catalog and the runtime describe the same objects: for each framework class, the methods the catalog lists
 * (internal ones included) are exactly the methods the runtime's live objects have in a run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMEWORK_CLASSES } from '..';
import { collectRuntimeMethods, type ObjectType } from '../../runtime/test/helpers';

test('every catalog class has exactly the methods of the runtime object of the same name', async () => {
  const runtime = await collectRuntimeMethods();
  assert.deepEqual(
    FRAMEWORK_CLASSES.map((c) => c.id).sort(),
    Object.keys(runtime).sort(),
    'the catalog and the runtime name the same classes',
  );
  for (const cls of FRAMEWORK_CLASSES) {
    const inCatalog = cls.methods.map((m) => m.name).sort();
    const inRuntime = [...runtime[cls.id as ObjectType]].sort();
    assert.deepEqual(inRuntime, inCatalog, cls.id);
  }
});
