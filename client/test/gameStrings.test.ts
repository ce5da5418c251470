import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { gameStrings } from '../src/game/strings';
import { englishOnly, Messages } from '../src/i18n';
import { root, webviewSources, wordsUsed } from './webviewSources';

const sources = webviewSources('game');

test('every word the Game view shows comes from the extension, in the chosen language', () => {
  const en = gameStrings(englishOnly);
  const zh = gameStrings(new Messages(path.join(root, 'l10n'), 'zh-cn').t);
  const used = wordsUsed(sources);
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
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/text: '([^']*)'/g))
      assert.doesNotMatch(m[1]!, /[A-Za-z]{2,}/, `hard-coded text '${m[1]}' in ${file}`);
    for (const m of text.matchAll(/textContent = '([^']*)'/g))
      assert.doesNotMatch(m[1]!, /[A-Za-z]{2,}/, `hard-coded text '${m[1]}' in ${file}`);
  }
});

test('the webviews insert what plugins say as text, never as HTML', () => {
  const all = [...sources, ...webviewSources('inspector')];
  assert.ok(
    all.some((s) => s.file.endsWith('shared/dom.ts')),
    'the shared element builder is checked',
  );
  for (const { file, text } of all)
    assert.doesNotMatch(text, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, file);
});
