/**
 * The catalog and the runtime describe the same objects: for each framework class, the methods the catalog lists
 * (internal ones included) are exactly the methods the runtime's live objects have in a run of the documented
 * framework version (in the bundled version, exactly those minus the ones marked for other versions); the entry
 * points the catalog says a call registers are the ones the runtime reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COROMEGA, FRAMEWORK_CLASSES, missingIn } from '..';
import { collectRuntimeMethods, ofType, runLua, type ObjectType } from '../../runtime/test/helpers';

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

test("the entry points the catalog says a call registers are the ones the runtime's listener events report", async () => {
  const provides = COROMEGA.methods.filter((m) => m.entry?.role === 'provides');
  assert.ok(provides.length >= 6, 'menus, APIs, topics, senders and command blocks');
  const lines = provides.map((m) => {
    const arg = m.entry!.field ? `{ ${m.entry!.field} = { "t_${m.name}" } }` : `"t_${m.name}"`;
    return `coromega:${m.name}(${arg}):start_new(function() end)`;
  });
  const source = [
    'local coromega = require("coromega").from(require("omega"))',
    ...lines,
    'coromega:start_new(function() coromega:call_other_plugin_api("t_uses", nil, 1) os.exit(0) end)',
    'coromega:run()',
    '',
  ].join('\n');
  const run = await runLua(source);
  for (const m of provides) {
    const seen = ofType(run.events, 'listener').filter((e) => e.triggers.includes(`t_${m.name}`));
    assert.deepEqual(
      seen.map((e) => e.kind),
      [m.entry!.kind],
      `${m.name}: ${JSON.stringify(run.events.slice(0, 20))}`,
    );
  }
  // a call the catalog marks as using an API names that API (the runtime warns no one exposes it)
  assert.ok(
    run.warnings.some((w) => w.includes('t_uses')),
    run.warnings.join('\n'),
  );
});
