import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { exitText, OutputFormatter } from '../src/format';
import { Messages, readBundle } from '../src/i18n';

const L10N = path.resolve(__dirname, '..', '..', '..', 'l10n');

test('the chosen language, not the display language, decides every Output line of the client', () => {
  const zh = new Messages(L10N, 'zh-cn');
  const f = new OutputFormatter(zh.t);
  const start = f.lines({
    type: 'start',
    plugin: '/ws/p.lua',
    config: null,
    storage: '/ws/s',
    time: Date.now(),
  });
  assert.deepEqual(start, ['[run] 正在运行 /ws/p.lua', '[run] 配置：未找到 · 存储：/ws/s']);
  const exit = f.lines({ type: 'exit', code: 0, reason: 'finished' });
  assert.match(exit[0], /^\[exit\] 已完成（退出码 0）/);
  const err = f.lines({ type: 'error', message: 'boom', file: '/ws/p.lua', line: 3 });
  assert.deepEqual(err, ['[error] Lua 错误：boom', '[error]     位置 /ws/p.lua:3']);
  for (const l of [...start, ...exit, ...err])
    assert.doesNotMatch(l, /Running|Config|Finished|Lua error|\bat\b|code/, l);

  const en = new Messages(L10N, 'en');
  const g = new OutputFormatter(en.t);
  assert.match(
    g.lines({ type: 'exit', code: 1, reason: 'stopped' })[0],
    /^\[exit\] Stopped \(code 1\)/,
  );
});

test('one bound `t` follows a change of language', () => {
  const m = new Messages(L10N, 'en');
  const t = m.t;
  assert.equal(t('Running {0}', 'a.lua'), 'Running a.lua');
  assert.equal(exitText('finished', t), 'Finished');
  assert.equal(m.setLang('zh-cn'), true);
  assert.equal(t('Running {0}', 'a.lua'), '正在运行 a.lua');
  assert.equal(exitText('finished', t), '已完成');
  assert.equal(m.setLang('zh-cn'), false, 'no change');
  assert.equal(m.lang, 'zh-cn');
  assert.equal(t('a string nobody translated {0}', 1), 'a string nobody translated 1');
});

test('a missing or broken bundle gives English, never an error', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-l10n-'));
  try {
    assert.deepEqual(readBundle(dir, 'zh-cn'), {});
    fs.writeFileSync(path.join(dir, 'bundle.l10n.zh-cn.json'), '{ not json');
    assert.deepEqual(readBundle(dir, 'zh-cn'), {});
    fs.writeFileSync(path.join(dir, 'bundle.l10n.zh-cn.json'), '{"Stop": "停止", "bad": 3}');
    assert.deepEqual({ ...readBundle(dir, 'zh-cn') }, { Stop: '停止' });
    assert.equal(new Messages(dir, 'zh-cn').t('Stop'), '停止');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
