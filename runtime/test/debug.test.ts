/**
 * The debugger, through real DAP sessions over stdio with `coromega-run --debug-adapter`: breakpoints in the main
 * chunk, in menu sessions, QQ handlers and coroutines started before the breakpoint; moved breakpoints; stepping
 * across start_new; conditions, hit counts and logpoints; bad conditions; pause in a busy loop; exceptions inside
 * sessions and the runtime's fidelity errors; the launch's checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writePlugin, tmpDir } from './helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Dap } from './dap';

const HEAD = 'local omega = require("omega")\nlocal coromega = require("coromega").from(omega)\n';

async function session(fn: (d: Dap) => Promise<void>, lang: 'zh-cn' | 'en' = 'en'): Promise<void> {
  const d = new Dap(lang);
  await d.start();
  try {
    await fn(d);
  } finally {
    await d.close();
  }
}

test('a breakpoint in the main chunk stops there; one on a blank line moves to the next line with code', async () => {
  const file = writePlugin(HEAD + 'local x = 1\n\n-- a comment\nlocal y = x + 1\nprint("y", y)\n');
  await session(async (d) => {
    const bps = await d.launch({ program: file }, { [file]: [4, 6] });
    assert.deepEqual(
      bps.map((b) => [b.verified, b.line]),
      [
        [true, 6],
        [true, 6],
      ],
    );
    const s = await d.stopped();
    assert.equal(s.reason, 'breakpoint');
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 6);
    assert.equal(top.source?.path, file);
    const names = (await d.threads()).map((t) => t.name);
    assert.deepEqual(names, ['main']);
    const locals = await d.scope(top.id, /Locals/);
    assert.equal(locals.find((v) => v.name === 'x')?.value, '1');
    await d.dc.continueRequest({ threadId: s.threadId! });
    await d.ended;
    assert.ok(d.output.join('').includes('y\t2'));
  });
});

test('a breakpoint in a game-menu handler stops in its session, named by the menu and the player', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:when_called_by_game_menu({ triggers = { "ai" } }):start_new(function(chat)\n' +
      '  local question = table.concat(chat.msg, " ")\n' +
      '  coromega:get_player(chat.name):say("you asked " .. question)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [5] });
    await d.input(JSON.stringify({ as: 'Steve', menu: 'ai', args: ['hi', 'there'] }));
    const s = await d.stopped();
    const threads = await d.threads();
    assert.equal(threads.find((t) => t.id === s.threadId)?.name, 'menu ai · Steve');
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 5);
    const r = await d.evaluate('chat.msg[1] .. "/" .. question', top.id);
    assert.equal(r.result, '"hi/hi there"');
    await d.dc.continueRequest({ threadId: s.threadId! });
  }, 'en');
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [5] });
    await d.input(JSON.stringify({ as: 'Steve', menu: 'ai' }));
    const s = await d.stopped();
    const threads = await d.threads();
    assert.equal(threads.find((t) => t.id === s.threadId)?.name, '菜单 ai · Steve');
  }, 'zh-cn');
});

test('a step answers before the stop it leads to, so the client (and the Game view) ends paused', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:when_called_by_game_menu({ triggers = { "ai" } }):start_new(function(chat)\n' +
      '  local question = table.concat(chat.msg, " ")\n' +
      '  local n = #question\n' +
      '  local m = n + 1\n' +
      '  coromega:get_player(chat.name):say("you asked " .. question .. m)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [5] });
    let mark = d.transcript.length;
    await d.input(JSON.stringify({ as: 'Steve', menu: 'ai', args: ['hi'] }));
    let s = await d.stopped();
    assert.deepEqual(
      d.transcriptSince(mark).filter((x) => x !== 'response:coromega/input'),
      ['thread', 'coromega/paused:true', 'stopped'],
    );
    // Every step: its response, "going on", then the stop and "paused" — never the other way round.
    for (const line of [6, 7, 8]) {
      mark = d.transcript.length;
      s = await d.until(() => d.dc.nextRequest({ threadId: s.threadId! }));
      assert.equal((await d.top(s.threadId!)).line, line);
      assert.deepEqual(d.transcriptSince(mark).slice(0, 4), [
        'response:next',
        'coromega/paused:false',
        'coromega/paused:true',
        'stopped',
      ]);
    }
    mark = d.transcript.length;
    const goesOn = d.dc.waitForEvent('coromega/paused');
    await d.dc.continueRequest({ threadId: s.threadId! });
    await goesOn;
    assert.deepEqual(d.transcriptSince(mark).slice(0, 2), [
      'response:continue',
      'coromega/paused:false',
    ]);
  });
});

test('a breakpoint set while a session waits binds in that session when it goes on', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:start_new(function()\n' +
      '  coromega:sleep(0.4)\n' +
      '  local after = "woke"\n' +
      '  print(after)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file });
    // The session is asleep by now: its coroutine exists before the breakpoint does.
    const bps = await d.setBreakpoints(file, [6]);
    assert.equal(bps[0]!.verified, true);
    const s = await d.stopped();
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 6);
    assert.equal(top.name, 'function <plugin.lua:3>');
    assert.match(
      (await d.threads()).find((t) => t.id === s.threadId)!.name,
      /^start_new · plugin\.lua:3$/,
    );
  });
});

test('a QQ handler stops at its breakpoint, its thread named by the group', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:when_receive_cqhttp_message():start_new(function(kind, msg)\n' +
      '  local text = msg.Message.RawMessage\n' +
      '  print(kind, text)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [5] });
    await d.input(JSON.stringify({ qq: { group: 123, user: 42, text: 'hello' } }));
    const s = await d.stopped();
    assert.equal((await d.threads()).find((t) => t.id === s.threadId)?.name, 'QQ group 123');
    const locals = await d.scope((await d.top(s.threadId!)).id, /Locals/);
    assert.equal(locals.find((v) => v.name === 'text')?.value, '"hello"');
  });
});

test('stepping into start_new enters the new session; stepping over its end comes back to the main chunk', async () => {
  const file = writePlugin(
    HEAD +
      'local n = 1\n' +
      'coromega:start_new(function()\n' +
      '  local inside = n + 1\n' +
      '  n = inside\n' +
      'end)\n' +
      'print("after", n)\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [4] });
    let s = await d.stopped();
    const main = s.threadId!;
    s = await d.until(() => d.dc.stepInRequest({ threadId: main }));
    assert.equal(s.reason, 'step');
    assert.notEqual(s.threadId, main);
    assert.equal((await d.top(s.threadId!)).line, 5);
    s = await d.until(() => d.dc.nextRequest({ threadId: s.threadId! }));
    assert.equal((await d.top(s.threadId!)).line, 6);
    s = await d.until(() => d.dc.nextRequest({ threadId: s.threadId! }));
    s = await d.until(() => d.dc.nextRequest({ threadId: s.threadId! }));
    assert.equal(s.threadId, main);
    assert.equal((await d.top(s.threadId!)).line, 8);
  });
});

test('stepping over a call that waits stays in the session and stops after the answer', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:start_new(function()\n' +
      '  coromega:sleep(0.2)\n' +
      '  local after = 1\n' +
      'end)\n' +
      'print("main goes on")\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [4] });
    let s = await d.stopped();
    const session1 = s.threadId!;
    s = await d.until(() => d.dc.nextRequest({ threadId: session1 }));
    assert.equal(s.threadId, session1);
    assert.equal((await d.top(s.threadId!)).line, 5);
    assert.ok(d.output.join('').includes('main goes on'));
  });
});

test('conditions, hit counts and logpoints', async () => {
  const file = writePlugin(
    'local total = 0\nfor i = 1, 10 do\n  total = total + i\nend\nprint(total)\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [{ line: 3, condition: 'i == 7' }] });
    const s = await d.stopped();
    const top = await d.top(s.threadId!);
    assert.equal((await d.evaluate('i', top.id)).result, '7');
    await d.dc.continueRequest({ threadId: s.threadId! });
    await d.ended;
  });
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [{ line: 3, hitCondition: '>= 4' }] });
    const s = await d.stopped();
    assert.equal((await d.evaluate('i', (await d.top(s.threadId!)).id)).result, '4');
  });
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [{ line: 3, logMessage: 'i={i} total={total}' }] });
    await d.ended;
    const text = d.output.join('');
    assert.ok(text.includes('i=1 total=0\n'), text);
    assert.ok(text.includes('i=10 total=45\n'), text);
  });
});

test('a condition that does not compile is a message at the breakpoint; one that raises never stops or crashes', async () => {
  const file = writePlugin('local t = {}\nfor i = 1, 3 do\n  t[i] = i\nend\nprint(#t)\n');
  await session(async (d) => {
    const bps = await d.launch(
      { program: file },
      {
        [file]: [
          { line: 3, condition: 'i ==' },
          { line: 5, condition: 'nothing.here > 1' },
        ],
      },
    );
    assert.equal(bps[0]!.verified, false);
    assert.match(bps[0]!.message ?? '', /condition does not compile/);
    const changed = (await d.dc.waitForEvent('breakpoint')) as {
      body: { breakpoint: { message?: string } };
    };
    assert.match(changed.body.breakpoint.message ?? '', /condition failed: .*attempt to index/);
    await d.ended;
    assert.ok(d.output.join('').includes('3\n'));
  });
});

test('pause stops a plugin spinning in while true do end', async () => {
  const file = writePlugin(
    'local spins = 0\nprint("spinning")\nwhile true do\n  spins = spins + 1\nend\n',
  );
  await session(async (d) => {
    await d.launch({ program: file });
    while (!d.output.join('').includes('spinning')) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
    const s = await d.until(() => d.dc.pauseRequest({ threadId: 1 }));
    assert.equal(s.reason, 'pause');
    const top = await d.top(s.threadId!);
    assert.ok([3, 4].includes(top.line));
    assert.ok(Number((await d.evaluate('spins', top.id)).result) > 0);
    // Breakpoints set while it spins bind too.
    await d.dc.continueRequest({ threadId: s.threadId! });
    const s2 = await d.until(() => d.setBreakpoints(file, [4]));
    assert.equal(s2.reason, 'breakpoint');
  });
});

test('an error inside a session stops where it is raised, with its locals; pcall-caught ones only on "all"', async () => {
  const file = writePlugin(
    HEAD +
      'coromega:start_new(function()\n' +
      '  local ok = pcall(error, "caught")\n' +
      '  local player = nil\n' +
      '  print(player.name)\n' +
      'end)\n',
  );
  await session(async (d) => {
    await d.launch({ program: file });
    const s = await d.stopped();
    assert.equal(s.reason, 'exception');
    assert.match(s.text ?? '', /attempt to index a non-table object\(nil\) with key/);
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 6);
    const locals = await d.scope(top.id, /Locals/);
    assert.equal(locals.find((v) => v.name === 'ok')?.value, 'false');
    const info = await d.dc.exceptionInfoRequest({ threadId: s.threadId! });
    assert.equal(info.body.breakMode, 'unhandled');
  });
  await session(async (d) => {
    await d.launch({ program: file }, {}, ['all']);
    const s = await d.stopped();
    // gopher-lua's error(): pcall(error, "caught") carries the calling line
    assert.match(s.text ?? '', /plugin\.lua:4: caught$/);
    assert.equal((await d.top(s.threadId!)).line, 4);
  });
});

test("the runtime's fidelity errors stop at the plugin's line", async () => {
  const file = writePlugin(
    HEAD + 'local url = "http://127.0.0.1:1/"\nlocal r = coromega:http_get(url)\n',
  );
  await session(async (d) => {
    await d.launch({ program: file });
    const s = await d.stopped();
    assert.equal(s.reason, 'exception');
    assert.match(s.text ?? '', /start_new/);
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 4);
    assert.equal(top.source?.path, file);
  });
});

test('a launch.json with a wrong field is one clear line', async () => {
  await session(async (d) => {
    await assert.rejects(
      d.dc.launchRequest({ progam: 'x.lua' } as never),
      /"progam" is not a field of coromega-lua \(did you mean "program"\?\)/,
    );
  });
  await session(async (d) => {
    await assert.rejects(
      d.dc.launchRequest({ program: 3 } as never),
      /"program" should be a string, got number/,
    );
  });
  const dir = tmpDir();
  await session(async (d) => {
    await assert.rejects(
      d.dc.launchRequest({ program: path.join(dir, 'missing.lua') } as never),
      /plugin file not found/,
    );
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('variables of every kind: locals, varargs, upvalues, own globals, paged tables, host objects, § strings; set and evaluate', async () => {
  const file = writePlugin(
    HEAD +
      'counter = 5\n' +
      'local big = {}\n' +
      'for i = 1, 250 do big[i] = i * 2 end\n' +
      'local shared = "§a欢迎§r Steve"\n' +
      'local function handler(tag, ...)\n' +
      '  local player = coromega:get_player("Steve")\n' +
      '  local info = { name = "Steve", score = 7 }\n' +
      '  print(shared, counter, big[1], tag, player, info.score)\n' +
      '  print("score", info.score)\n' +
      'end\n' +
      'coromega:start_new(function() handler("t1", "extra", 3) end)\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [11] });
    const s = await d.stopped();
    const top = await d.top(s.threadId!);
    const locals = await d.scope(top.id, /Locals/);
    const byName = new Map(locals.map((v) => [v.name, v]));
    assert.equal(byName.get('tag')?.value, '"t1"');
    assert.equal(byName.get('player')?.value, 'CoroPlayer Steve');
    assert.match(byName.get('info')?.value ?? '', /name="Steve"/);
    const varargs = await d.vars(byName.get('...')!.variablesReference);
    assert.deepEqual(
      varargs.map((v) => [v.name, v.value]),
      [
        ['[1]', '"extra"'],
        ['[2]', '3'],
      ],
    );
    const upvalues = await d.scope(top.id, /Upvalues/);
    const shared = upvalues.find((v) => v.name === 'shared')!;
    assert.match(shared.value, /"§a欢迎§r Steve"\s+‹欢迎 Steve›/);
    const big = upvalues.find((v) => v.name === 'big')!;
    assert.equal(big.indexedVariables, 250);
    const page = await d.vars(big.variablesReference, { filter: 'indexed', start: 200, count: 3 });
    assert.deepEqual(
      page.map((v) => [v.name, v.value]),
      [
        ['[201]', '402'],
        ['[202]', '404'],
        ['[203]', '406'],
      ],
    );
    assert.ok(upvalues.some((v) => v.name === 'coromega' && v.value === 'Coromega'));
    const globals = await d.scope(top.id, /globals/);
    assert.deepEqual(
      globals.map((v) => v.name),
      ['counter'],
    );
    // Evaluate: reads are fine, calls that wait or touch the world are refused.
    assert.equal((await d.evaluate('info.score * 2 + counter', top.id)).result, '19');
    assert.match(
      await d.evaluateError('coromega:send_ws_cmd("say hi")', top.id),
      /would wait or change the world/,
    );
    assert.match(await d.evaluateError('coroutine.yield()', top.id), /yield/);
    assert.match(await d.evaluateError('print("x")', top.id), /would wait or change the world/);
    assert.match(await d.evaluateError('info.score = 1', top.id), /cannot assign/);
    // Set a variable: the plugin sees the new value.
    const info = byName.get('info')!;
    const fields = await d.vars(info.variablesReference);
    assert.ok(fields.some((v) => v.name === 'score'));
    await d.dc.setVariableRequest({
      variablesReference: info.variablesReference,
      name: 'score',
      value: '40 + 2',
    });
    // The Debug Console assigns a local, an upvalue and a global of the frame; the frame reads them back.
    await d.evaluate('tag = "t2"', top.id, 'repl');
    await d.evaluate('shared = "up"', top.id, 'repl');
    await d.evaluate('counter = 6', top.id, 'repl');
    assert.equal((await d.evaluate('tag .. shared .. counter', top.id)).result, '"t2up6"');
    assert.deepEqual(
      (await d.scope(top.id, /Upvalues/)).filter((v) => v.name === 'shared').map((v) => v.value),
      ['"up"'],
    );
    await d.dc.continueRequest({ threadId: s.threadId! });
    await d.ended;
    assert.ok(d.output.join('').includes('score\t42'), d.output.join(''));
  });
});

test('Debug test: one plugin test under the debugger stops at its failing step, then reports the result', async () => {
  const dir = tmpDir('coromega-dbgtest-');
  fs.writeFileSync(
    path.join(dir, 'greet.lua'),
    HEAD +
      'coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)\n' +
      '  coromega:get_player(chat.name):say("hello " .. chat.name)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  const testFile = path.join(dir, 'greet.test.json');
  fs.writeFileSync(
    testFile,
    JSON.stringify(
      {
        players: [{ name: 'Steve' }],
        tests: [
          {
            name: 'greets',
            script: [
              { as: 'Steve', menu: 'hi' },
              { expect: { say: { to: 'Steve', text: 'bye Steve' } } },
            ],
          },
        ],
      },
      null,
      2,
    ),
  );
  await session(async (d) => {
    const result = new Promise<{ status: string }>((r) =>
      d.dc.once('coromega/test', (e: { body: { status: string } }) => r(e.body)),
    );
    await d.launch({ test: testFile, testName: 'greets' }, { [path.join(dir, 'greet.lua')]: [4] });
    // The breakpoint in the handler first...
    let s = await d.stopped();
    assert.equal(s.reason, 'breakpoint');
    // ...then the failing step, shown as a frame at its line in the test file.
    s = await d.until(() => d.dc.continueRequest({ threadId: s.threadId! }));
    assert.equal(s.reason, 'exception');
    assert.match(s.text ?? '', /bye Steve/);
    const top = await d.top(s.threadId!);
    assert.equal(top.source?.path, testFile);
    // The step's object starts the line before its "expect".
    assert.match(fs.readFileSync(testFile, 'utf8').split('\n')[top.line]!, /"expect"/);
    await d.dc.continueRequest({ threadId: s.threadId! });
    assert.equal((await result).status, 'failed');
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('while paused the world waits: plugin time stands still and timers do not fire behind the user', async () => {
  const file = writePlugin(
    HEAD +
      'local t0 = coromega:now()\n' +
      'coromega:start_new(function()\n' +
      '  coromega:sleep(0.3)\n' +
      '  print("woke")\n' +
      'end)\n' +
      'local held = 1\n' +
      'print("elapsed", coromega:now() - t0 < 0.5)\n' +
      'coromega:run()\n',
  );
  await session(async (d) => {
    await d.launch({ program: file }, { [file]: [9] });
    const s = await d.stopped();
    // A pause longer than the sleep: nothing may wake meanwhile.
    await new Promise((r) => setTimeout(r, 900));
    assert.ok(!d.output.join('').includes('woke'));
    await d.dc.continueRequest({ threadId: s.threadId! });
    await waitUntil(() => d.output.join('').includes('woke'));
    assert.ok(d.output.join('').includes('elapsed\ttrue'), d.output.join(''));
  });
});

async function waitUntil(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(cond());
}

test("stopOnEntry stops at the plugin's first line", async () => {
  const file = writePlugin('\n-- a comment first\nlocal first = 1\nprint(first)\n');
  await session(async (d) => {
    await d.launch({ program: file, stopOnEntry: true });
    const s = await d.stopped();
    assert.equal(s.reason, 'entry');
    assert.equal((await d.top(s.threadId!)).line, 3);
  });
});

test('Debug test: an event that must not happen stops in the plugin code that makes it', async () => {
  const dir = tmpDir('coromega-dbgnot-');
  fs.writeFileSync(
    path.join(dir, 'leak.lua'),
    HEAD +
      'coromega:when_called_by_game_menu({ triggers = { "hi" } }):start_new(function(chat)\n' +
      '  local secret = "for Steve only"\n' +
      '  coromega:get_player("Alex"):say(secret)\n' +
      'end)\n' +
      'coromega:run()\n',
  );
  const testFile = path.join(dir, 'leak.test.json');
  fs.writeFileSync(
    testFile,
    JSON.stringify({
      players: [{ name: 'Steve' }, { name: 'Alex' }],
      script: [{ as: 'Steve', menu: 'hi' }, { expect: { say: { to: 'Alex' }, not: true } }],
    }),
  );
  await session(async (d) => {
    await d.launch({ test: testFile });
    const s = await d.stopped();
    assert.equal(s.reason, 'exception');
    const top = await d.top(s.threadId!);
    assert.equal(top.line, 5);
    assert.equal(top.source?.path, path.join(dir, 'leak.lua'));
    assert.equal((await d.evaluate('secret', top.id)).result, '"for Steve only"');
    const names = (await d.threads()).map((t) => t.name);
    assert.ok(names.includes('menu hi · Steve'), names.join(', '));
    assert.ok(
      names.some((n) => n.startsWith('test · ')),
      names.join(', '),
    );
    // Going on: the same failure does not stop again; the test reports it.
    const result = new Promise<{ status: string }>((r) =>
      d.dc.once('coromega/test', (e: { body: { status: string } }) => r(e.body)),
    );
    await d.dc.continueRequest({ threadId: s.threadId! });
    assert.equal((await result).status, 'failed');
  });
  fs.rmSync(dir, { recursive: true, force: true });
});
