import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { gameStrings } from '../src/game/strings';
import { englishOnly, Messages } from '../src/i18n';

const root = path.resolve(__dirname, '..', '..', '..');
const script = fs.readFileSync(path.join(root, 'client', 'media', 'game.js'), 'utf8');

test('every word the Game view shows comes from the extension, in the chosen language', () => {
  const en = gameStrings(englishOnly);
  const zh = gameStrings(new Messages(path.join(root, 'l10n'), 'zh-cn').t);
  const used = new Set(
    [...script.matchAll(/\bS\.([A-Za-z]+)|\bS\['([^']+)'/g)].map((m) => m[1] ?? m[2]),
  );
  // S['reason.' + ...] and S['kind.' + ...]: every exit reason and listener kind is sent.
  for (const prefix of ['reason.', 'kind.']) {
    assert.ok(used.delete(prefix), prefix);
    assert.ok(Object.keys(en).some((k) => k.startsWith(prefix)));
  }
  for (const k of used) assert.equal(typeof en[k], 'string', `the webview uses S.${k}, never sent`);
  for (const k of Object.keys(en)) {
    const base = k.split('.')[0]!;
    assert.ok(used.has(k) || ['reason', 'kind'].includes(base), `S.${k} is sent but never used`);
    // Every Chinese word is a translation, never the English left over.
    assert.notEqual(zh[k], en[k] === 'QQ' ? undefined : en[k], `${k} is translated`);
  }
  // No words of its own: text is set only from S, from data, or from symbols.
  for (const m of script.matchAll(/text: '([^']*)'/g))
    assert.doesNotMatch(m[1]!, /[A-Za-z]{2,}/, `hard-coded text '${m[1]}' in game.js`);
  for (const m of script.matchAll(/textContent = '([^']*)'/g))
    assert.doesNotMatch(m[1]!, /[A-Za-z]{2,}/, `hard-coded text '${m[1]}' in game.js`);
});

test('the webview inserts what plugins say as text, never as HTML', () => {
  assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});
