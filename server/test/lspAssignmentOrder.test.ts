/**
 * The language server over stdio: the warning on multiple assignments that read a local after the statement gave
 * it its new value (gopher-lua's order), in both languages, and its quick fix, whose result is run through the
 * runtime to show it now does what Lua's order would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LspClient } from '../testing/lspClient';
import { applyEdits, diagnosticsOf, msg } from './lspHelpers';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'runtime', 'cli.js');

const CASES = `local a, b = 1, 2
a, b = b, a
local x, y = 0, 1
x, y = y, x + y
g1, g2 = g2, g1
local t = { 1, 2 }
t[1], t[2] = t[2], t[1]
local p, q = q, p
local v = 2
t.v, v = v, t.v
local function f(m, n)
  m, n = n, function() return m end
  return m, n
end
local u = 1
u = 2, print(u)
local up1, up2 = 1, 2
local function sw() up1, up2 = up2, up1 end
local y1, y2 = {}, {}
y1.k, y1 = 9, y2`;

interface Fix {
  title: string;
  edits: { range: Diagnostic['range']; newText: string }[];
}

function fixesOf(d: Diagnostic): Fix[] {
  return (d.data as { fixes: Fix[] }).fixes;
}

/** What `coromega-run` prints for a Lua file. */
function run(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assign-order-'));
  const file = path.join(dir, 'swap.lua');
  fs.writeFileSync(file, text);
  try {
    return execFileSync(process.execPath, [CLI, '--no-world', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const locale of ['zh-cn', 'en'] as const) {
  describe(`multiple assignment order (${locale})`, () => {
    let c: LspClient;
    before(async () => {
      c = await LspClient.start({ locale });
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
    });

    it('warns where a value reads a local the statement already assigned, and nowhere else', async () => {
      const { d } = await diagnosticsOf(c, CASES);
      const w = d.filter((x) => x.code === 'assignment-order');
      assert.deepEqual(
        w.map((x) => [x.range.start.line, x.range.start.character, x.severity]),
        [
          [1, 10, 2], // a, b = b, a
          [3, 10, 2], // x, y = y, x + y
          [9, 9, 2], // t.v, v = v, t.v: the field is set to v's new value
          [15, 13, 2], // u = 2, print(u)
          [19, 0, 2], // y1.k, y1 = 9, y2: the field is set on y2
        ],
      );
      const text = msg(w[0]);
      assert.match(text, locale === 'en' ? /does not swap/ : /不会交换/);
      assert.match(text, /`a`/);
    });

    it("the quick fix keeps the old value, and the runtime then swaps as Lua's order would", async () => {
      const body = 'local a, b = 1, 2\na, b = b, a\nprint(a, b)\n';
      assert.equal(run(body).trim(), '2\t2', "gopher-lua's order, as on neomega");
      const { d } = await diagnosticsOf(c, body);
      const w = d.filter((x) => x.code === 'assignment-order');
      assert.equal(w.length, 1);
      const [fix] = fixesOf(w[0]);
      assert.equal(
        fix.title,
        locale === 'en' ? 'Keep the old `a` in `old_a` first' : '先把 `a` 的旧值存到 `old_a`',
      );
      const fixed = applyEdits(body, fix.edits);
      assert.equal(fixed, 'local a, b = 1, 2\nlocal old_a = a; a, b = b, old_a\nprint(a, b)\n');
      assert.equal(run(fixed).trim(), '2\t1');
      const again = await diagnosticsOf(c, fixed);
      assert.deepEqual(
        again.d.filter((x) => x.code === 'assignment-order'),
        [],
      );
    });

    it('the temporary name does not take a name the plugin uses', async () => {
      const body = 'local old_v, v = 0, 2\nlocal t = {}\nt.v, v = v, 1\nprint(t.v, v, old_v)\n';
      const { d } = await diagnosticsOf(c, body);
      const [w] = d.filter((x) => x.code === 'assignment-order');
      const fixed = applyEdits(body, fixesOf(w)[0].edits);
      assert.match(fixed, /local old_v_2 = v; t\.v, v = old_v_2, 1/);
      assert.equal(run(fixed).trim(), '2\t1\t0');
    });
  });
}
