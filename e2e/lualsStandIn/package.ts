/**
 * Packages the LuaLS stand-in (`extension.ts`, built by tsc) as `sumneko.lua` in a .vsix with @vscode/vsce, for a test
 * profile to install beside this extension.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Builds the stand-in's .vsix into `dir` with Node 24 (`node24`, what vsce needs) and returns its path. */
export function packageLuaLsStandIn(dir: string, node24: string, root: string): string {
  const src = path.join(dir, 'luals-standin');
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'extension.js'), path.join(src, 'extension.js'));
  fs.writeFileSync(
    path.join(src, 'package.json'),
    JSON.stringify(
      {
        name: 'lua',
        publisher: 'sumneko',
        displayName: 'Lua (stand-in)',
        description: 'A stand-in for LuaLS in end-to-end tests.',
        version: '3.0.0',
        license: 'MIT',
        engines: { vscode: '^1.100.0' },
        activationEvents: ['onLanguage:lua'],
        main: './extension.js',
        contributes: {
          configuration: {
            title: 'Lua',
            properties: {
              'Lua.workspace.library': { type: 'array', items: { type: 'string' }, default: [] },
            },
          },
        },
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(src, 'README.md'), 'A stand-in for LuaLS in end-to-end tests.\n');
  fs.writeFileSync(path.join(src, 'LICENSE'), 'MIT\n');
  const out = path.join(dir, 'luals-standin.vsix');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(
    node24,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out],
    { cwd: src, encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0)
    throw new Error(`packaging the LuaLS stand-in failed: ${r.stdout}\n${r.stderr}`);
  return out;
}
