import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SECTION, SETTINGS } from '../src/settings';
import { injectionGrammarText } from '../src/injectionGrammar';
import { webviewSources, wordsUsed } from './webviewSources';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (p: string): string => fs.readFileSync(path.join(root, p), 'utf8');
const json = (p: string): any => JSON.parse(read(p)); // eslint-disable-line @typescript-eslint/no-explicit-any

const pkg = json('package.json');
const nlsEn = json('package.nls.json');
const nlsZh = json('package.nls.zh-cn.json');

test('contributes.configuration declares exactly the settings the code reads, with the same types and defaults', () => {
  const props = pkg.contributes.configuration.properties as Record<
    string,
    { type: string; default: unknown; minimum?: number; enum?: string[] }
  >;
  const declared = Object.keys(props).sort();
  const inCode = SETTINGS.map((s) => `${SECTION}.${s.key}`).sort();
  assert.deepEqual(declared, inCode);
  for (const s of SETTINGS) {
    const p = props[`${SECTION}.${s.key}`];
    assert.equal(p.type, s.type, `${s.key} type`);
    assert.deepEqual(p.default, s.default, `${s.key} default`);
    assert.equal(p.minimum, s.minimum, `${s.key} minimum`);
    assert.deepEqual(p.enum, s.enum, `${s.key} enum`);
  }
});

test('every %key% of the manifest has English and Chinese text', () => {
  const keys = new Set([...read('package.json').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
  assert.ok(keys.size > 10);
  for (const k of keys) {
    assert.equal(typeof nlsEn[k], 'string', `package.nls.json lacks ${k}`);
    assert.equal(typeof nlsZh[k], 'string', `package.nls.zh-cn.json lacks ${k}`);
  }
  assert.equal(nlsZh['command.run'], '运行 Lua 插件');
  assert.equal(nlsEn['command.run'], 'Run Lua plugin');
});

test('the commands table registers exactly the contributed commands, and menus/keybindings name only those', () => {
  const source = read('client/src/commands.ts');
  const registered = [...source.matchAll(/'(coromegaLua\.[A-Za-z]+)':/g)].map((m) => m[1]).sort();
  const contributed = (pkg.contributes.commands as { command: string }[])
    .map((c) => c.command)
    .sort();
  assert.deepEqual(registered, contributed);
  const used = [
    ...Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat(),
    ...(pkg.contributes.keybindings as { command: string }[]),
  ].map((c) => c.command);
  for (const c of used) assert.ok(contributed.includes(c), `${c} is not contributed`);
  assert.ok(pkg.activationEvents.includes('onLanguage:lua'));
  assert.ok(pkg.activationEvents.includes('onCommand:coromegaLua.run'));
  const title = pkg.contributes.menus['editor/title'] as { command: string; group: string }[];
  assert.ok(title.some((m) => m.command === 'coromegaLua.run' && m.group.startsWith('navigation')));
});

test('every runtime string of the client has a zh-cn translation in l10n/', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
  const dir = path.join(root, 'client', 'src');
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  const keys = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/(?:\bl10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g))
      keys.add(m[1].replace(/\\'/g, "'"));
  }
  assert.ok(keys.size > 30);
  const missing = [...keys].filter((k) => typeof bundle[k] !== 'string');
  assert.deepEqual(missing, []);
  const unused = Object.keys(bundle).filter((k) => !keys.has(k));
  assert.deepEqual(unused, [], 'translations nothing uses');
  for (const [k, v] of Object.entries(bundle)) {
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(placeholders(v), placeholders(k), `placeholders of ${k}`);
  }
  assert.equal(pkg.l10n, './l10n');
});

test('"Run" is the only command the palette and Ctrl+Alt+R offer for running: Rerun never sorts above it', () => {
  const palette = pkg.contributes.menus.commandPalette as { command: string; when?: string }[];
  const when = (c: string): string | undefined => palette.find((m) => m.command === c)?.when;
  assert.equal(when('coromegaLua.rerun'), 'false', 'Rerun is hidden from the command palette');
  assert.equal(when('coromegaLua.runMenu'), 'false');
  assert.match(when('coromegaLua.run') ?? '', /lua/);
  const chords = (pkg.contributes.keybindings as { command: string; key: string }[]).filter(
    (k) => k.key === 'ctrl+alt+r',
  );
  assert.deepEqual(
    chords.map((k) => k.command),
    ['coromegaLua.run'],
  );
  // In an editor title, Rerun and Stop show only on the file that runs; every other Lua file offers Run.
  const title = pkg.contributes.menus['editor/title'] as { command: string; when: string }[];
  const inTitle = (c: string): string => title.find((m) => m.command === c)?.when ?? '';
  assert.match(inTitle('coromegaLua.run'), /resourcePath not in coromegaLua\.runningFiles/);
  assert.match(inTitle('coromegaLua.rerun'), /resourcePath in coromegaLua\.runningFiles/);
  assert.match(inTitle('coromegaLua.stop'), /resourcePath in coromegaLua\.runningFiles/);
  const titles = [nlsEn['command.rerun'], nlsZh['command.rerun']];
  for (const x of titles) assert.doesNotMatch(x, /Rerun Lua plugin|重新运行 Lua 插件/);
});

test('the inspector is a webview view in a "Coromega" panel container, with its actions in its title bar', () => {
  const containers = pkg.contributes.viewsContainers.panel as { id: string; icon: string }[];
  const container = containers.find((c) => c.id === 'coromega');
  assert.ok(container);
  assert.ok(fs.existsSync(path.join(root, container.icon)));
  const views = pkg.contributes.views.coromega as { id: string; type: string }[];
  assert.deepEqual(
    views.map((v) => [v.id, v.type]),
    [
      ['coromegaLua.inspector', 'webview'],
      ['coromegaLua.game', 'webview'],
    ],
  );
  const source = read('client/src/views/inspectorView.ts');
  assert.ok(source.includes("INSPECTOR_VIEW_ID = 'coromegaLua.inspector'"));
  assert.ok(source.includes('registerWebviewViewProvider'));
  assert.ok(!source.includes('createWebviewPanel'), 'no editor-area panel');
  const actions = (pkg.contributes.menus['view/title'] as { command: string; when: string }[])
    .filter((m) => m.when.includes('view == coromegaLua.inspector'))
    .map((m) => m.command);
  assert.deepEqual(actions, ['coromegaLua.stop', 'coromegaLua.rerun', 'coromegaLua.showOutput']);
});

test('every word the inspector webview shows comes from the extension, in the chosen language', () => {
  const sources = webviewSources('inspector');
  const used = wordsUsed(sources);
  assert.ok(used.has('requests') && used.has('openWhole'), 'the sources were found');
  used.delete('reason.'); // S['reason.' + ev.reason]: the five reasons below
  const view = read('client/src/views/inspectorView.ts');
  const sent = new Set(
    [...view.slice(view.indexOf('private strings()')).matchAll(/^\s+'?([A-Za-z.]+)'?: t\(/gm)].map(
      (m) => m[1],
    ),
  );
  for (const k of used) assert.ok(sent.has(k), `the webview uses S.${k}, which is never sent`);
  for (const r of ['finished', 'error', 'stopped', 'limit', 'exit'])
    assert.ok(view.includes(`'reason.${r}': exitText('${r}', t)`), r);
  // No English of its own: text is set only from S, from data, or from symbols.
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/text: '([^']*)'/g))
      assert.doesNotMatch(m[1]!, /[A-Za-z]{2,}/, `hard-coded text '${m[1]}' in ${file}`);
    for (const m of text.matchAll(/\(isArr \? '([^']*)'/g)) assert.fail(`hard-coded '${m[1]}'`);
  }
});

test('the injection grammar is generated from the API catalog and up to date', () => {
  assert.equal(read('syntaxes/coromega-lua.injection.tmLanguage.json'), injectionGrammarText());
  const g = json('syntaxes/coromega-lua.injection.tmLanguage.json');
  const httpRule = new RegExp(g.patterns[0].match);
  const m = httpRule.exec('local r, e = coromega:http_request("GET", url)');
  assert.ok(m);
  assert.equal(m[3], 'http_request');
  assert.ok(httpRule.test('coromega : http_get('));
  assert.equal(httpRule.test('coromega:http_requestx('), false);
  const grammars = pkg.contributes.grammars as {
    scopeName: string;
    injectTo?: string[];
    path: string;
  }[];
  assert.ok(
    grammars.some((x) => x.scopeName === g.scopeName && x.injectTo?.includes('source.lua')),
  );
});

test('contributed files exist, parse, and ship (.vscodeignore allow-list)', () => {
  const c = pkg.contributes;
  const paths: string[] = [
    ...c.grammars.map((x: { path: string }) => x.path),
    ...c.snippets.map((x: { path: string }) => x.path),
    ...c.jsonValidation.map((x: { url: string }) => x.url),
  ];
  const ignore = read('.vscodeignore')
    .split('\n')
    .map((l) => l.trim());
  for (const p of paths) {
    const rel = p.replace(/^\.\//, '');
    assert.doesNotThrow(() => JSON.parse(read(rel)), rel);
    const top = rel.split('/')[0];
    assert.ok(ignore.includes(`!${top}/**`), `${rel} is not in the .vscodeignore allow-list`);
  }
  assert.ok(ignore.includes('!client/media/**'), 'view icons must ship');
  // client/media/ ships whole, so it holds the view icons only: the pages come from dist/client/webview/.
  assert.deepEqual(
    fs.readdirSync(path.join(root, 'client', 'media')).filter((n) => !n.endsWith('.svg')),
    [],
  );
  // Each webview's page: bundled from client/webview/ into dist/client/webview/, which its view loads, and shipped.
  const build = read('esbuild.mjs');
  const page = read('client/src/views/webviewPage.ts');
  assert.ok(page.includes("WEBVIEW_DIR = 'dist/client/webview'"));
  for (const view of ['inspector', 'game']) {
    assert.ok(build.includes(`{ in: 'client/webview/${view}/main.ts', out: '${view}' }`), view);
    assert.ok(build.includes(`{ in: 'client/webview/${view}/${view}.css', out: '${view}' }`), view);
    const source = read(`client/src/views/${view}View.ts`);
    for (const ext of ['js', 'css']) {
      assert.ok(source.includes(`'${view}.${ext}'`), `${view}View loads ${view}.${ext}`);
      assert.ok(ignore.includes(`!dist/client/webview/*.${ext}`), `${view}.${ext} ships`);
      assert.ok(fs.existsSync(path.join(root, 'dist', 'client', 'webview', `${view}.${ext}`)));
    }
  }
  assert.ok(fs.existsSync(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json')));
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
});

test('snippets: the plugin skeleton has the docs shape, and every HTTP call has one with its option table', () => {
  const snippets = json('snippets/lua.json') as Record<
    string,
    { prefix: string[]; body: string[] }
  >;
  const skeleton = Object.values(snippets).find((s) => s.prefix.includes('coromega-plugin'));
  assert.ok(skeleton);
  const body = skeleton.body.join('\n');
  for (const part of [
    'require("omega")',
    'require("coromega").from(omega)',
    'coromega:start_new(function()',
    'coromega:run()',
    'get_code_path("LuaLoader", "?.lua")',
  ]) {
    assert.ok(body.includes(part), part);
  }
  for (const verb of [
    'http_request',
    'http_get',
    'http_post',
    'http_put',
    'http_delete',
    'http_head',
    'http_patch',
  ]) {
    const s = Object.values(snippets).find((x) => x.prefix.includes(verb));
    assert.ok(s, verb);
    const text = s.body.join('\n');
    assert.ok(text.includes(`coromega:${verb}(`), verb);
    assert.ok(text.includes('timeout = ') && text.includes('headers = {'), `${verb} option table`);
  }
  const jsonApi = Object.values(snippets).find((x) => x.prefix.includes('json-api'));
  assert.ok(jsonApi?.body.join('\n').includes('json.decode('));
});

test('the plugin config schema describes the five keys neomega writes', () => {
  const schema = json('schemas/plugin-config.schema.json');
  assert.deepEqual(
    Object.keys(schema.properties).sort(),
    ['名称', '描述', '是否禁用', '来源', '配置'].sort(),
  );
  assert.equal(schema.properties['是否禁用'].type, 'boolean');
});
