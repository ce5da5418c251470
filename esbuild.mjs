// Builds the shipped bundles: the extension (client), the language server, the runtime CLI and the webviews' pages.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The runtime's .lua files go into the bundle compiled to Lua bytecode (base64), so a run does not parse them on
 * every start (see runtime/src/lua/sources.ts).
 */
const luaBytecode = {
  name: 'lua-bytecode',
  setup(build) {
    build.onLoad({ filter: /\.lua$/ }, async (args) => {
      const { lua, lauxlib, to_luastring } = require('fengari');
      const text = await fs.readFile(args.path, 'utf8');
      const L = lauxlib.luaL_newstate();
      const name = to_luastring(`=[${path.basename(args.path)}]`);
      if (lauxlib.luaL_loadbuffer(L, to_luastring(text), null, name) !== lua.LUA_OK)
        return { errors: [{ text: lua.lua_tojsstring(L, -1) }] };
      const parts = [];
      lua.lua_dump(
        L,
        (_L, b, size) => {
          parts.push(Buffer.from(b.subarray(0, size)));
          return 0;
        },
        null,
        false,
      );
      const base64 = Buffer.concat(parts).toString('base64');
      return { contents: `module.exports = ${JSON.stringify(base64)};`, loader: 'js' };
    });
  },
};

/** The new-plugin templates (runtime/src/init/*.lua) go into the bundles as text: they are written out, not run. */
const luaTemplates = {
  name: 'lua-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]runtime[\\/]src[\\/]init[\\/][^\\/]+\.lua$/ }, async (args) => ({
      contents: await fs.readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Fengari's stack deletes become `undefined` writes in the bundle (see runtime/src/fengariPatch.ts). */
const fengariPatch = {
  name: 'fengari-patch',
  async setup(build) {
    const source = await fs.readFile('runtime/src/fengariPatch.ts', 'utf8');
    const { code } = await esbuild.transform(source, { loader: 'ts', format: 'cjs' });
    const mod = { exports: {} };
    new Function('module', 'exports', code)(mod, mod.exports);
    const { isFengariSource, patchFengariSource } = mod.exports;
    build.onLoad({ filter: /[\\/]fengari[\\/]src[\\/][^\\/]+\.js$/ }, async (args) => {
      if (!isFengariSource(args.path)) return undefined;
      const text = await fs.readFile(args.path, 'utf8');
      return { contents: patchFengariSource(args.path, text), loader: 'js' };
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow; its ES module build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const builds = [
  {
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: 'dist/client',
    external: ['vscode'],
    // "New plugin" writes the same files as coromega-run --init (runtime/src/init/).
    plugins: [luaTemplates],
    define: { COROMEGA_BUNDLED: 'true' },
    // ES module builds first: jsonc-parser's UMD build loads its parts with a require esbuild cannot follow.
    mainFields: ['module', 'main'],
  },
  {
    // server.js (the command line; loads main.js, the server, with V8's code cache)
    entryPoints: { server: 'server/src/start.ts', main: 'server/src/main.ts' },
    outdir: 'dist/server',
    define: { COROMEGA_BUNDLED: 'true' },
  },
  {
    // cli.js (the main thread: arguments, rendering, the world file's checks), worker.js (what the VM's worker
    // starts with: loads vm.js with V8's code cache), vm.js (the VM) and testing/worker.js (the VM of plugin
    // tests, with the test engine).
    entryPoints: {
      cli: 'runtime/src/cli.ts',
      worker: 'runtime/src/workerEntry.ts',
      vm: 'runtime/src/worker.ts',
      'testing/worker': 'runtime/src/testing/worker.ts',
    },
    outdir: 'dist/runtime',
    // The runtime's Lua files travel inside the bundle (see runtime/src/lua/sources.ts).
    plugins: [luaTemplates, luaBytecode, fengariPatch],
    define: { COROMEGA_BUNDLED: 'true' },
  },
  {
    // The webviews' pages (client/webview/): one script and one style sheet per view, which the views load with
    // the page's nonce. Browser code: no Node, one classic script each.
    entryPoints: [
      { in: 'client/webview/inspector/main.ts', out: 'inspector' },
      { in: 'client/webview/inspector/inspector.css', out: 'inspector' },
      { in: 'client/webview/game/main.ts', out: 'game' },
      { in: 'client/webview/game/game.css', out: 'game' },
    ],
    outdir: 'dist/client/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'client/webview/tsconfig.json',
  },
];

// StyLua's WebAssembly, which its Node build reads from beside the bundle (`${__dirname}/stylua_lib_bg.wasm`)
await fs.mkdir('dist/server', { recursive: true });
await fs.copyFile(
  require.resolve('@johnnymorganz/stylua/stylua_lib_bg.wasm'),
  'dist/server/stylua_lib_bg.wasm',
);

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
