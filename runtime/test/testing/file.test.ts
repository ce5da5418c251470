/**
 * Test files: the committed schema is the one built from the world schema, its snippets are valid test files,
 * and every mistake in a test file is one error naming the file, line, column and JSON path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { buildTestSchema } from '../../src/testing/schema';
import { loadTestFile, parseTestFile, TestFileError } from '../../src/testing/file';
import { root } from '../helpers';
import { project } from './helpers';

const read = (f: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, 'schemas', f), 'utf8')) as Record<string, unknown>;

test('schemas/test.schema.json is what the world schema builds (regenerate: node out/scripts/test-schema.js)', () => {
  assert.deepEqual(read('test.schema.json'), buildTestSchema(read('world.schema.json')));
});

/** A snippet body with its placeholders filled by their defaults (`^` marks a raw JSON value). */
function fill(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    return body.startsWith('^') ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(fill);
  if (body && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v)]));
  return body;
}

test('every snippet the schema offers fills in to a valid test file or step', () => {
  const schema = read('test.schema.json') as {
    $id: string;
    defaultSnippets: Array<{ label: string; body: unknown }>;
    definitions: { step: { defaultSnippets: Array<{ label: string; body: unknown }> } };
  };
  const ajv = new Ajv({ strict: false, formats: { regex: true } });
  ajv.addSchema(schema);
  const file = ajv.getSchema(schema.$id)!;
  const step = ajv.compile({ $ref: `${schema.$id}#/definitions/step` });
  assert.equal(schema.defaultSnippets.length, 2);
  for (const s of schema.defaultSnippets)
    assert.ok(file(fill(s.body)), `${s.label}: ${JSON.stringify(file.errors)}`);
  assert.ok(schema.definitions.step.defaultSnippets.length >= 8);
  for (const s of schema.definitions.step.defaultSnippets)
    assert.ok(step(fill(s.body)), `${s.label}: ${JSON.stringify(step.errors)}`);
  // And the loader agrees.
  const dir = project({ 'p.lua': 'print(1)' });
  for (const s of schema.defaultSnippets)
    assert.ok(
      parseTestFile(JSON.stringify(fill(s.body)), path.join(dir, 'p.test.json'), 'en', dir),
    );
});

function problem(text: string, lang: 'en' | 'zh-cn' = 'en', name = 'p.test.json'): string {
  const dir = project({ 'p.lua': 'print(1)', 'other.lua': 'print(2)' });
  try {
    parseTestFile(text, path.join(dir, name), lang, dir);
  } catch (e) {
    assert.ok(e instanceof TestFileError, String(e));
    return e.message;
  }
  return assert.fail('expected a TestFileError');
}

test('a malformed test file is one error with the place and the JSON path', () => {
  const cases: Array<[string, string | RegExp]> = [
    [
      '{\n  "script": [\n    { "as": "Steve", "menu": "x" },\n    { "expect": { "say": { "to": 1 } } }\n  ]\n}',
      'p.test.json:4:28: script[1].expect.say.to: should be string, got integer',
    ],
    [
      '{"script":[{"expect":{"say":{"to":"A"},"print":{}}}]}',
      'p.test.json:1:13: script[0].expect: one kind per expectation (this one has say, print); split it into steps',
    ],
    [
      '{"script":[{"expect":{"within":5}}]}',
      /^p\.test\.json:1:13: script\[0\]\.expect: needs one kind of expectation: say, request, command, qq, print, score, apiResult, noError$/,
    ],
    [
      '{"script":[{"expect":{"says":{}}}]}',
      /^p\.test\.json:1:23: script\[0\]\.expect: unknown field "says"; did you mean "say"\?/,
    ],
    [
      '{"script":[{"as":"A"}]}',
      'p.test.json:1:12: script[0]: an action with "as" also needs "menu" or "chat"',
    ],
    [
      '{"script":[{"foo":1}]}',
      /^p\.test\.json:1:13: script\[0\]: unknown field "foo" \(known: as, menu, args, chat, terminal, qq, api, join, leave, player, op, tags, scores, wait, advance\)$/,
    ],
    [
      '{"scirpt":[]}',
      /^p\.test\.json:1:2: \(top level\): unknown field "scirpt"; did you mean "script"\?/,
    ],
    [
      '{"script":[{"expect":{"say":{"match":"("}}}]}',
      /^p\.test\.json:1:30: script\[0\]\.expect\.say\.match: not a valid regular expression: /,
    ],
    [
      '{"tests":[{"name":"a","script":[{"wait":1}]},{"name":"a","script":[{"wait":1}]}]}',
      'p.test.json:1:47: tests[1].name: test name "a" appears twice',
    ],
    [
      '{\n "script": [\n  {"wait": 1},\n ]\n}',
      'p.test.json:3:14: not valid JSON: a comma before ] (JSON allows no trailing comma)',
    ],
    ['{"script": [] // no\n}', 'p.test.json:1:15: not valid JSON: JSON allows no comments'],
    [
      '{"script": [{"wait": 1} {"wait": 2}]}',
      'p.test.json:1:25: not valid JSON: a comma was expected',
    ],
    [
      '{"players":[{"name":"A","op":"yes"}],"script":[{"wait":1}]}',
      'p.test.json:1:25: players[0].op: should be boolean, got string',
    ],
    [
      '{"plugins":["nope.lua"],"script":[{"wait":1}]}',
      /^p\.test\.json:1:13: plugins\[0\]: plugin file not found: .*nope\.lua$/,
    ],
    [
      '{"plugins":[3],"script":[{"wait":1}]}',
      'p.test.json:1:13: plugins[0]: should be a plugin path, or {"path": ..., "config": {...}}',
    ],
    [
      '{"plugins":["p.lua","other.lua"],"config":{},"script":[{"wait":1}]}',
      'p.test.json:1:34: config: with several plugins, give each its config in plugins',
    ],
    [
      '{"players":[]}',
      'p.test.json:1:1: (top level): needs "script" (one test) or "tests" (several)',
    ],
    ['{"script":[]}', 'p.test.json:1:2: script: a test needs at least one step'],
    [
      '{"script":[{"expect":{"score":{"player":"A","objective":"m"}}}]}',
      'p.test.json:1:23: script[0].expect.score: needs one of equals, atLeast or atMost',
    ],
  ];
  for (const [text, want] of cases) {
    const got = problem(text);
    if (typeof want === 'string') assert.equal(got, want, text);
    else assert.match(got, want, text);
  }
  assert.equal(
    problem('{"script":[{"expect":{"say":{"to":1}}}]}', 'zh-cn'),
    'p.test.json:1:30: script[0].expect.say.to：应为 string，实际是 integer',
  );
  assert.equal(
    problem('{"script":[{"wait":1}]}', 'en', 'p.json'),
    'p.json:1:1: (top level): needs "plugins" (the plugins to run)',
  );
  assert.match(
    problem('{"script":[{"wait":1}]}', 'en', 'q.test.json'),
    /no "plugins", and there is no q\.lua beside it/,
  );
});

test('loading reads the file and never writes it; a missing file is one error too', () => {
  const dir = project({ 'p.lua': 'print(1)', 'p.test.json': '{"script":[{"wait":1}]}' });
  const file = path.join(dir, 'p.test.json');
  const before = fs.statSync(file).mtimeMs;
  loadTestFile(file, 'en', dir);
  assert.equal(fs.statSync(file).mtimeMs, before);
  assert.throws(
    () => loadTestFile(path.join(dir, 'gone.test.json'), 'en', dir),
    (e: unknown) => {
      assert.ok(e instanceof TestFileError);
      assert.equal(e.message, 'gone.test.json: cannot read the test file: ENOENT');
      return true;
    },
  );
});

test('a file of named tests shares its world; the top-level script runs first in each; places are kept', () => {
  const dir = project({
    'plugins/eco.lua': 'print(1)',
    'tests/eco.test.json': `{
  "plugins": [{ "path": "../plugins/eco.lua", "config": { "配置": { "x": 1 } } }],
  "players": [{ "name": "Steve" }],
  "http": [{ "url": "https://shared/*" }],
  "timeout": 5000,
  "script": [{ "join": "Alex" }],
  "tests": [
    { "name": "one", "script": [{ "as": "Steve", "chat": "hi" }] },
    { "name": "two", "http": [{ "url": "https://own/*" }], "timeout": 100, "skip": true,
      "script": [{ "expect": { "noError": true } }] }
  ]
}
`,
  });
  const f = loadTestFile(path.join(dir, 'tests', 'eco.test.json'), 'en', dir);
  assert.equal(f.display, path.join('tests', 'eco.test.json'));
  const [one, two] = f.tests;
  assert.equal(one!.name, 'one');
  assert.equal(one!.line, 8);
  assert.deepEqual(one!.plugins, [
    {
      path: path.join(dir, 'plugins', 'eco.lua'),
      display: path.join('plugins', 'eco.lua'),
      config: { 配置: { x: 1 } },
    },
  ]);
  assert.deepEqual(
    one!.steps.map((s) => [s.pointer, s.line]),
    [
      ['/script/0', 6],
      ['/tests/0/script/0', 8],
    ],
  );
  assert.deepEqual(one!.world.http, [{ url: 'https://shared/*' }]);
  assert.equal(one!.timeoutMs, 5000);
  assert.deepEqual(one!.recordPath, ['tests', 0, 'http']);
  assert.deepEqual(two!.world.http, [{ url: 'https://own/*' }, { url: 'https://shared/*' }]);
  assert.deepEqual(two!.recordKeeps, [{ url: 'https://shared/*' }]);
  assert.equal(two!.timeoutMs, 100);
  assert.equal(two!.skip, true);
  assert.equal(one!.world.script, undefined);
});

test('a config without "配置" loads with a warning at its place; one with it, or no config, has none', () => {
  const dir = project({ 'p.lua': 'print(1)', 'q.lua': 'print(2)' });
  const load = (doc: object): ReturnType<typeof parseTestFile> =>
    parseTestFile(JSON.stringify(doc, null, 2), path.join(dir, 'p.test.json'), 'en', dir);
  const several = load({
    plugins: [
      { path: 'p.lua', config: { 密钥: 'x' } },
      { path: 'q.lua', config: { 配置: {} } },
      'p.lua',
    ],
    script: [{ wait: 1 }],
  });
  assert.deepEqual(
    several.warnings.map((w) => [w.line, w.column, w.message.split(':')[0]]),
    [[5, 7, 'plugins[0].config has no "配置" field']],
  );
  assert.equal(several.tests.length, 1, 'the tests still load');
  assert.deepEqual(load({ config: { 配置: { a: 1 } }, script: [{ wait: 1 }] }).warnings, []);
  assert.deepEqual(load({ script: [{ wait: 1 }] }).warnings, []);
});
