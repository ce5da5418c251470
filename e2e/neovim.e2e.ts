/**
 * Neovim as the README sets it up: Debian's Neovim 0.7 (installed by e2e/setup.sh), headless, with the 0.7
 * config taken verbatim from the README and the language server installed from `npm pack` into a throwaway
 * prefix. A probe (e2e/neovim/probe.lua) reads the diagnostics, presses K and <C-x><C-o>, and reports what
 * Neovim showed. The section's other Lua snippets are compiled by Neovim's Lua to catch typos.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binDir, installGlobal, outsideEnv, pack, ROOT, tempDir } from './npmPackage';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PROBE = path.join(ROOT, 'e2e', 'neovim', 'probe.lua');
const COMPILE = path.join(ROOT, 'e2e', 'neovim', 'compile.lua');
const TYPO = path.join(ROOT, 'e2e', 'fixtures', 'typo.lua');
const CJK = /[\u4e00-\u9fff]/;

/** The ```lua blocks of the README's "outside VS Code" section, in order (zh-CN's, then English's). */
function sectionLuaBlocks(): string[] {
  const start = README.indexOf('<!-- section: outside-vscode -->');
  assert.ok(start >= 0, 'README has no outside-vscode section');
  const end = README.indexOf('<!-- section:', start + 1);
  const section = README.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** The ```lua block after each `<!-- neovim-0.7 -->` marker. */
function neovim07Configs(): string[] {
  return [...README.matchAll(/<!-- neovim-0\.7 -->\n```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
}

interface ProbeResult {
  version: string;
  attached: boolean;
  client?: string;
  diagnostics: { lnum: number; code: string; source: string; message: string }[];
  hover: string[];
  completion: string[];
  line: string;
}

function nvimPath(): string {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, "nvim not found: e2e/setup.sh installs Debian's neovim with apt");
  return 'nvim';
}

describe("Neovim 0.7 with the README's config", () => {
  let work: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    nvimPath();
    work = tempDir('neovim');
    const packed = pack(ROOT, work);
    const prefix = path.join(work, 'prefix');
    installGlobal(packed.tarball, prefix);
    const xdg = (name: string) => {
      const dir = path.join(work, 'xdg', name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    };
    env = outsideEnv([binDir(prefix)], work, {
      XDG_CONFIG_HOME: xdg('config'),
      XDG_DATA_HOME: xdg('data'),
      XDG_STATE_HOME: xdg('state'),
      XDG_CACHE_HOME: xdg('cache'),
    });
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** Opens the plugin in a folder outside the checkout with `config` as init.lua; returns the probe's report. */
  async function runNeovim(name: string, config: string): Promise<ProbeResult> {
    const dir = path.join(work, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'init.lua'), config);
    fs.copyFileSync(TYPO, path.join(dir, 'typo.lua'));
    const report = path.join(dir, 'probe.json');
    const proc = spawn(
      'nvim',
      ['--headless', '-i', 'NONE', '-u', 'init.lua', '-c', `luafile ${PROBE}`, 'typo.lua'],
      { cwd: dir, env: { ...env, PROBE_OUT: report }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 90_000);
    const code = await new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
    clearTimeout(timer);
    const log = path.join(env.XDG_CACHE_HOME!, 'nvim', 'lsp.log');
    const context = `nvim exit ${code}\n${output}\nlsp.log:\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '(none)'}`;
    assert.ok(fs.existsSync(report), context);
    const result = JSON.parse(fs.readFileSync(report, 'utf8')) as ProbeResult;
    assert.ok(result.attached, `no language server attached\n${context}`);
    return result;
  }

  it('the README gives the same 0.7 config in zh-CN and English, and every snippet compiles', () => {
    const configs = neovim07Configs();
    assert.equal(configs.length, 2, 'one 0.7 config in each language');
    assert.equal(configs[0], configs[1]);
    const blocks = sectionLuaBlocks();
    assert.ok(blocks.length >= 6 && blocks.length % 2 === 0, `${blocks.length} Lua blocks`);
    const half = blocks.length / 2;
    assert.deepEqual(
      blocks.slice(half),
      blocks.slice(0, half),
      'English snippets match the zh-CN ones',
    );
    for (const [i, block] of blocks.slice(0, half).entries()) {
      const file = path.join(work, `snippet${i}.lua`);
      fs.writeFileSync(file, block);
      const r = spawnSync(
        'nvim',
        ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${COMPILE}`],
        {
          env: { ...env, SNIPPET: file },
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      assert.equal(r.status, 0, `snippet ${i} does not compile: ${r.stderr}\n${block}`);
    }
  });

  it('completion, hover and the `timout` diagnostic, in Chinese', async () => {
    const [config] = neovim07Configs();
    const r = await runNeovim('zh', config);
    assert.equal(r.client, 'coromega');
    const typo = r.diagnostics.find((d) => d.code === 'unknown-option-key');
    assert.ok(typo, JSON.stringify(r.diagnostics));
    assert.equal(typo.source, 'coromega');
    const lines = fs.readFileSync(TYPO, 'utf8').split('\n');
    assert.equal(
      typo.lnum,
      lines.findIndex((l) => l.includes('timout =')),
    );
    assert.match(typo.message, /`timout`.*`timeout`/);
    assert.match(typo.message, CJK);

    const hover = r.hover.join('\n');
    assert.match(hover, /coromega:http_get\(url/);
    assert.match(hover, CJK);

    assert.ok(
      r.completion.includes('http_get') && r.completion.includes('start_new'),
      r.completion.join(),
    );
    // The first entry was inserted after `coromega:`, as <C-x><C-o> does.
    assert.equal(r.line, `coromega:${r.completion[0]}`);
  });

  it('in English after `locale = "en"`', async () => {
    const [config] = neovim07Configs();
    assert.ok(config.includes('locale = "zh-cn"'));
    const r = await runNeovim('en', config.replace('locale = "zh-cn"', 'locale = "en"'));
    const typo = r.diagnostics.find((d) => d.code === 'unknown-option-key');
    assert.ok(typo, JSON.stringify(r.diagnostics));
    assert.match(typo.message, /does not know the option `timout`.*Did you mean `timeout`/);
    const hover = r.hover.join('\n');
    assert.match(hover, /coromega:http_get\(url/);
    assert.match(hover, /GET request/);
    assert.doesNotMatch(hover, CJK);
    assert.ok(r.completion.includes('http_get'));
  });
});
