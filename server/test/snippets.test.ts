/**
 * The snippets against the catalog: each one, with its placeholders at their defaults, is valid Lua 5.1 and calls
 * only what the catalog knows, the way it must be called (no diagnostic above a hint once inside a coroutine).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../src/analysis';
import { computeDiagnostics } from '../src/features/diagnostics';

const SNIPPETS = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'snippets', 'lua.json'), 'utf8'),
) as Record<string, { prefix: string[]; body: string[]; description: string }>;

const HEAD =
  'local omega = require("omega")\nlocal json = require("json")\nlocal coromega = require("coromega").from(omega)\n';

/** A snippet body with every placeholder at its default (first choice, default text, or empty). */
function expand(body: string[]): string {
  const text = body.join('\n');
  let out = '';
  for (let i = 0; i < text.length;) {
    const m = /^\$\{\d+([:|])/.exec(text.slice(i, i + 8));
    if (!m) {
      const tab = /^\$(\d+|\{\d+\})/.exec(text.slice(i, i + 8));
      if (tab) i += tab[0].length;
      else out += text[i++];
      continue;
    }
    // the default runs to the matching `}` (defaults may hold braces: `${7:json.encode({ k = 1 })}`)
    let depth = 1;
    let j = i + m[0].length;
    const start = j;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const inner = text.slice(start, j - 1);
    out += m[1] === '|' ? inner.split(',')[0] : expand([inner]);
    i = j;
  }
  return out;
}

test('every snippet expands to Lua 5.1 that uses the API as the catalog describes it', () => {
  assert.ok(Object.keys(SNIPPETS).length >= 18);
  for (const [name, s] of Object.entries(SNIPPETS)) {
    assert.ok(s.description && /[\u4e00-\u9fff]/.test(s.description), `${name}: zh-CN description`);
    const code = expand(s.body);
    const whole = code.includes('require("coromega")')
      ? code
      : `${HEAD}coromega:start_new(function()\n${code}\nend)\ncoromega:run()\n`;
    const a = analyze(whole);
    const err = a.syntax();
    assert.equal(err, null, `${name}: ${err?.line}: ${err?.message}\n${whole}`);
    const doc = TextDocument.create('file:///s.lua', 'lua', 1, whole);
    const serious = computeDiagnostics({ doc, analysis: a, locale: 'en' }).filter(
      (d) => (d.severity ?? 1) <= 3,
    );
    assert.deepEqual(
      serious.map((d) => `${d.code}: ${d.message}`),
      [],
      name,
    );
    // every method call on coromega resolves to a catalog entry
    for (const c of a.struct.calls) {
      if (c.receiverTok >= 0 && a.sem.typeAt(c.receiverTok)) assert.ok(c.api, `${name}: ${c.name}`);
    }
  }
});
