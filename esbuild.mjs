// Builds the shipped bundles: the extension (client), the language server and the runtime CLI.
import * as esbuild from 'esbuild';

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
  },
  { entryPoints: { server: 'server/src/start.ts' }, outdir: 'dist/server' },
  {
    entryPoints: { cli: 'runtime/src/cli.ts' },
    outdir: 'dist/runtime',
    // The runtime's Lua files travel inside the bundle (see runtime/src/lua/sources.ts).
    loader: { '.lua': 'text' },
    define: { COROMEGA_BUNDLED: 'true' },
  },
];

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
