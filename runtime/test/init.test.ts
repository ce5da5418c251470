/**
 * `coromega-run --init NAME`: the four files of a new plugin, their schemas resolving where they are made, their
 * tests passing as generated, in both languages; never overwriting anything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { findSchemas, nameProblem, pluginBase, prettyJson, scaffold } from '../src/init/scaffold';
import { root, runCli, tmpDir } from './helpers';

/** A project with the package installed in node_modules (its schemas, as npm would put them there). */
function project(): string {
  const dir = tmpDir('coromega-init-');
  const schemas = path.join(dir, 'node_modules', 'coromega-lua', 'schemas');
  fs.mkdirSync(schemas, { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'schemas')))
    fs.copyFileSync(path.join(root, 'schemas', f), path.join(schemas, f));
  return dir;
}

function validator(schemaFile: string): (doc: unknown) => string | undefined {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object);
  return (doc) => (validate(doc) ? undefined : ajv.errorsText(validate.errors));
}

for (const lang of ['zh-cn', 'en'] as const) {
  test(`--init (${lang}): four files whose $schema resolve to the project's install, valid, and whose tests pass`, async () => {
    const dir = project();
    const env = { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' };
    const name = lang === 'en' ? 'greeter' : '打招呼';
    const made = await runCli(['--init', `plugins/${name}`], { cwd: dir, env });
    assert.equal(made.code, 0, made.stderr);
    const base = path.join(dir, 'plugins', name);
    assert.match(made.stdout, new RegExp(`plugins/${name}\\.test\\.json`));
    for (const [ext, schema] of [
      ['.json', 'plugin-config.schema.json'],
      ['.world.json', 'world.schema.json'],
      ['.test.json', 'test.schema.json'],
    ] as const) {
      const doc = JSON.parse(fs.readFileSync(base + ext, 'utf8')) as { $schema: string };
      assert.equal(doc.$schema, `../node_modules/coromega-lua/schemas/${schema}`);
      const resolved = path.resolve(path.dirname(base), doc.$schema);
      assert.ok(fs.existsSync(resolved), `${ext}: ${doc.$schema} resolves`);
      assert.equal(validator(resolved)(doc), undefined, `${name}${ext} is valid`);
    }
    const config = JSON.parse(fs.readFileSync(base + '.json', 'utf8')) as Record<string, unknown>;
    assert.equal(config['名称'], `${name}.lua`);
    assert.ok(config['配置'] && typeof config['配置'] === 'object', 'the 配置 section');
    assert.match(
      fs.readFileSync(base + '.lua', 'utf8'),
      new RegExp(`triggers = \\{ "${name}" \\}`),
    );

    const tested = await runCli(['--test', '--json', `plugins/${name}.test.json`], {
      cwd: dir,
      env,
    });
    assert.equal(tested.code, 0, tested.stdout + tested.stderr);
    const summary = JSON.parse(tested.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    assert.deepEqual([summary.passed, summary.failed], [3, 0]);

    const played = await runCli(['--world', `plugins/${name}.world.json`, `plugins/${name}.lua`], {
      cwd: dir,
      env,
      input: JSON.stringify({ as: 'Alex', menu: name, args: ['Bob'] }) + '\n',
    });
    assert.equal(played.code, 0, played.stderr);
    assert.match(played.stderr, lang === 'en' ? /@Alex: Hello, Bob!/ : /@Alex: 你好，Bob！/);
  });
}

test('--init writes nothing when one of the files exists, and says which (exit 2)', async () => {
  const dir = project();
  fs.writeFileSync(path.join(dir, 'greeter.world.json'), '{"players": []}');
  const r = await runCli(['--init', 'greeter'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /^coromega-run: these files exist already; nothing was written: greeter\.world\.json\n$/,
  );
  assert.deepEqual(fs.readdirSync(dir).sort(), ['greeter.world.json', 'node_modules']);
  assert.equal(fs.readFileSync(path.join(dir, 'greeter.world.json'), 'utf8'), '{"players": []}');
});

test('--init needs one usable name', async () => {
  const dir = project();
  const none = await runCli(['--init'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--init needs a plugin name/);
  const bad = await runCli(['--init', 'a:b'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /插件名 "a:b" 含有不能用于文件名的字符/);
  const two = await runCli(['--init', 'a', 'b'], { cwd: dir });
  assert.match(two.stderr, /--init takes one plugin name; b is one too many/);
  assert.equal(
    nameProblem('x.', 'en'),
    'the plugin name "x." must not start with a space or end with a space or a dot',
  );
  assert.equal(nameProblem('签到.lua', 'en'), undefined);
  assert.equal(pluginBase('plugins/签到.lua'), '签到');
  const help = await runCli(['--init', '--help']);
  assert.match(help.stdout, /^usage: coromega-run --init NAME/);
});

test('findSchemas: the nearest install, else a checkout of the package, else the fallback', () => {
  const dir = project();
  const deep = path.join(dir, 'a', 'b');
  fs.mkdirSync(deep, { recursive: true });
  assert.equal(findSchemas(deep), path.join(dir, 'node_modules', 'coromega-lua', 'schemas'));
  assert.equal(findSchemas(path.join(root, 'examples')), path.join(root, 'schemas'));
  const bare = tmpDir();
  assert.equal(findSchemas(bare), undefined);
  assert.equal(findSchemas(bare, path.join(root, 'schemas')), path.join(root, 'schemas'));
  // Without a schemas folder to point at, the files have no $schema (VS Code's own association applies).
  const files = scaffold('p', 'en', { cwd: bare });
  assert.ok(files.every((f) => !f.text.includes('$schema')));
  assert.deepEqual(
    files.map((f) => path.basename(f.path)),
    ['p.lua', 'p.json', 'p.world.json', 'p.test.json'],
  );
});

test('prettyJson keeps what fits on a line together and opens up the rest', () => {
  assert.equal(
    prettyJson({ players: [{ name: 'Steve', op: true }], empty: {}, list: [] }),
    '{\n  "players": [{ "name": "Steve", "op": true }],\n  "empty": {},\n  "list": []\n}',
  );
  const long = { a: 'x'.repeat(120) };
  assert.equal(prettyJson({ o: long }), `{\n  "o": {\n    "a": "${'x'.repeat(120)}"\n  }\n}`);
});
