/**
 * The catalog and the runtime describe the same objects: for each framework class, the methods the catalog lists
 * (internal ones included) are exactly the methods the runtime's live objects have in a run of the documented
 * framework version; in the bundled version, exactly those minus the ones marked for other versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMEWORK_CLASSES, missingIn } from '..';
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

test('in the bundled framework version the runtime objects lack exactly the members marked for other versions', async () => {
  const runtime = await collectRuntimeMethods('bundled');
  for (const cls of FRAMEWORK_CLASSES) {
    const lacking = missingIn('bundled', cls.id);
    const want = cls.methods
      .map((m) => m.name)
      .filter((n) => !lacking.includes(n))
      .sort();
    assert.deepEqual([...runtime[cls.id as ObjectType]].sort(), want, cls.id);
  }
  assert.ok(!runtime.CoroPlayer.includes('send') && runtime.CoroPlayer.includes('raw_say'));
});
