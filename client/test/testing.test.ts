/**
 * The Test Explorer's parts that need no VS Code: the outline its items come from, the arguments and report
 * parsing of the test process (against the real runtime bundle), and where "Create a test" writes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { outlineTestFile } from '../../runtime/src/testing/outline';
import type { TestEndReport, TestReport } from '../../runtime/src/testing/protocol';
import { failureText } from '../src/testing/failureText';
import { Messages } from '../src/i18n';
import { exactly, testArgs, TestProcess } from '../src/testing/testProcess';
import { freeTestPath } from '../../runtime/src/testing/fromRun';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'runtime', 'cli.js');

test('the outline: named tests at their name, a single test at its script, broken text marked', () => {
  const many = outlineTestFile(
    '{\n  "tests": [\n    { "name": "一", "script": [] },\n    {\n      "name": "two",\n      "script": []\n    },\n    { "script": [] }\n  ]\n}\n',
    '/x/a.test.json',
  );
  assert.deepEqual(many, {
    isTest: true,
    broken: false,
    tests: [
      { name: '一', line: 3, column: 7, endLine: 3 },
      { name: 'two', line: 5, column: 7, endLine: 7 },
    ],
  });
  const one = outlineTestFile(
    '{\n  "players": [],\n  "script": [{ "wait": 1 }]\n}',
    '/x/eco.test.json',
  );
  assert.deepEqual(one.tests, [{ name: 'eco', line: 3, column: 3, endLine: 4 }]);
  assert.equal(outlineTestFile('{"name": "n", "script": []}', 'f.test.json').tests[0]!.name, 'n');
  const typing = outlineTestFile('{"tests": [{"name": "a", "script": [', 'f.test.json');
  assert.equal(typing.broken, true);
  assert.deepEqual(
    typing.tests.map((x) => x.name),
    ['a'],
  );
  assert.equal(outlineTestFile('{"compilerOptions": {}}', 'tsconfig.test.json').isTest, false);
  assert.equal(outlineTestFile('[1, 2]', 'x.test.json').isTest, false);
});

test('test process arguments: exact names, whatever characters they hold', () => {
  assert.deepEqual(testArgs({ files: ['a.test.json'], lang: 'en' }), [
    '--test',
    '--json',
    '--lang',
    'en',
    'a.test.json',
  ]);
  const args = testArgs({ files: ['a.test.json'], names: ['签到 (x+1)?'], lang: 'zh-cn' });
  assert.deepEqual(args.slice(4, 6), ['--filter', '^签到 \\(x\\+1\\)\\?$']);
  assert.ok(new RegExp(exactly('签到 (x+1)?')).test('签到 (x+1)?'));
  assert.ok(!new RegExp(exactly('签到')).test('签到 2'));
});

test('the test process reports each test with the failing step, and only the named ones', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-client-tests-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'hi.lua'),
      `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)
  coromega:get_player(chat.name):say("hello " .. chat.name)
end)
coromega:run()
`,
    );
    const file = path.join(dir, 'hi.test.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        tests: [
          {
            name: 'greets (ok)',
            script: [{ as: 'Steve', menu: 'hi' }, { expect: { say: { text: 'hello Steve' } } }],
          },
          {
            name: 'greets (bad)',
            script: [{ as: 'Steve', menu: 'hi' }, { expect: { say: { text: 'bye' } } }],
          },
        ],
      }),
    );
    const reports: TestReport[] = [];
    const code = await new TestProcess({ cliPath: CLI, files: [file], lang: 'en', cwd: dir }, (r) =>
      reports.push(r),
    ).done;
    assert.equal(code, 1);
    assert.deepEqual(
      reports.map(
        (r) =>
          `${r.type}${'name' in r ? ` ${r.name}` : ''}${r.type === 'testEnd' ? ` ${r.status}` : ''}`,
      ),
      [
        'testStart greets (ok)',
        'testEnd greets (ok) passed',
        'testStart greets (bad)',
        'testEnd greets (bad) failed',
        'summary',
      ],
    );
    const bad = reports[3] as Extract<TestReport, { type: 'testEnd' }>;
    assert.deepEqual(
      { line: bad.failure?.step?.line, expected: bad.failure?.expected },
      { line: 1, expected: 'message shown to any player, "bye"' },
    );
    const only: TestReport[] = [];
    const code2 = await new TestProcess(
      { cliPath: CLI, files: [file], names: ['greets (ok)'], lang: 'en', cwd: dir },
      (r) => only.push(r),
    ).done;
    assert.equal(code2, 0);
    assert.deepEqual(
      only.filter((r) => r.type === 'testEnd').map((r) => (r as { name: string }).name),
      ['greets (ok)'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a new test goes beside the plugin, never over an existing one', () => {
  const taken = new Set(['/p/eco.test.json', '/p/eco-2.test.json']);
  assert.equal(
    freeTestPath('/p/eco.lua', (p) => taken.has(p)),
    '/p/eco-3.test.json',
  );
  assert.equal(
    freeTestPath('/p/shop.lua', (p) => taken.has(p)),
    '/p/shop.test.json',
  );
});

test('a failed test says what was expected first, then what was seen; the rest is for the peek', () => {
  const zh = new Messages(path.resolve(__dirname, '..', '..', '..', 'l10n'), 'zh-cn').t;
  const en = new Messages(path.resolve(__dirname, '..', '..', '..', 'l10n'), 'en').t;
  const report: TestEndReport = {
    type: 'testEnd',
    file: '/w/greeter.test.json',
    display: 'greeter.test.json',
    name: 'barks',
    line: 12,
    column: 7,
    status: 'failed',
    durationMs: 80,
    transcript: [],
    failure: {
      step: { index: 1, line: 15, column: 9, pointer: '/tests/1/script/1', label: 'expect say' },
      message: '插件稳定前没有看到期望的事件',
      expected: 'Steve 看到的消息，匹配 /汪/',
      actual:
        '上一个动作之后的事件：\n  ▶ Steve 打开菜单 hello\n  @Steve: 喵 Steve\n  @Steve (动作栏): 好',
    },
  };
  const zhText = failureText(report, zh);
  const [first, ...rest] = zhText.message.split('\n');
  assert.equal(first, '期望 Steve 看到的消息，匹配 /汪/ · 看到 @Steve: 喵 Steve（另有 1 条）');
  assert.ok(first!.indexOf('期望') < first!.indexOf('看到'), 'expected before seen');
  assert.deepEqual(rest.slice(0, 3), [
    '',
    '第 2 步（expect say）：插件稳定前没有看到期望的事件',
    '期望：Steve 看到的消息，匹配 /汪/',
  ]);
  assert.ok(zhText.message.includes('  ▶ Steve 打开菜单 hello\n  @Steve: 喵 Steve'));
  assert.deepEqual(zhText.diff, {
    title: '第 2 步（expect say）：插件稳定前没有看到期望的事件',
    expected: 'Steve 看到的消息，匹配 /汪/',
    seen: '▶ Steve 打开菜单 hello\n@Steve: 喵 Steve\n@Steve (动作栏): 好',
  });
  const nothing = failureText(
    { ...report, failure: { ...report.failure!, actual: '(no events since the previous action)' } },
    en,
  );
  assert.match(nothing.message, /^Expected Steve 看到的消息，匹配 \/汪\/ · seen \(no events since/);
  // A failure with nothing expected (an action that could not be applied) is its sentence.
  const action = failureText(
    {
      ...report,
      failure: {
        step: report.failure!.step,
        message: 'the action could not be applied: no such player',
      },
    },
    en,
  );
  assert.equal(
    action.message,
    'Step 2 (expect say): the action could not be applied: no such player',
  );
  assert.equal(action.diff, undefined);
});
