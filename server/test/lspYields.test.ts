/**
 * The language server over stdio: the warning on calls that suspend their coroutine where gopher-lua cannot (inside
 * pcall / xpcall, a metamethod, a Go function's callback), in both languages.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LspClient } from '../testing/lspClient';
import { diagnosticsOf, msg } from './lspHelpers';

const HEAD = 'local omega = require("omega")\nlocal coromega = require("coromega").from(omega)\n';

/** The yield warnings of a plugin body placed after HEAD (lines count from the body's first line, 0-based). */
async function yieldWarnings(c: LspClient, body: string): Promise<Diagnostic[]> {
  const { d } = await diagnosticsOf(c, HEAD + body + '\ncoromega:run()\n');
  return d
    .filter((x) => String(x.code).startsWith('yield-in-'))
    .map((x) => ({
      ...x,
      range: {
        start: { ...x.range.start, line: x.range.start.line - 2 },
        end: { ...x.range.end, line: x.range.end.line - 2 },
      },
    }));
}

const CASES = `coromega:start_new(function()
  pcall(function()
    coromega:sleep(1)
  end)
  xpcall(function() return coromega:http_get("http://x") end, print)
  local names = { "b", "a" }
  table.sort(names, function(x, y) local p = coromega:get_player(x) return p:ask("?") end)
  local s = ("ab"):gsub("%w", function(ch) coromega:send_ws_cmd("list", true) return ch end)
  local quiet = ("ab"):gsub("%w", function(ch) coromega:send_ws_cmd("say " .. ch) return ch end)
  coromega:key_value_db("d"):iter(function(k, v) coromega:sleep(0.1) end)
  local t = setmetatable({}, { __index = function(_, k) return coromega:http_get("http://x/" .. k) end })
  local function job() coromega:sleep(2) end
  pcall(job)
  pcall(function() coromega:start_new(function() coromega:sleep(3) end) end)
  pcall(function() print("nothing suspends here") end)
  coromega:sleep(4)
end)
local gen = coroutine.wrap(function() pcall(function() coroutine.yield(1) end) end)
pcall(function() coromega:sleep(5) end)`;

for (const locale of ['zh-cn', 'en'] as const) {
  describe(`yield warnings (${locale})`, () => {
    let c: LspClient;
    before(async () => {
      c = await LspClient.start({ locale });
    });
    after(async () => {
      assert.deepEqual(c.errors, [], 'no handler threw');
      await c.stop();
    });

    it('warns on each call that suspends where gopher-lua cannot, and nowhere else', async () => {
      const w = await yieldWarnings(c, CASES);
      assert.deepEqual(
        w.map((x) => [x.code, x.range.start.line, x.severity]),
        [
          ['yield-in-pcall', 2, 2],
          ['yield-in-pcall', 4, 2],
          ['yield-in-callback', 6, 2],
          ['yield-in-callback', 7, 2],
          ['yield-in-callback', 9, 2],
          ['yield-in-metamethod', 10, 2],
          ['yield-in-pcall', 11, 2],
          ['yield-in-pcall', 17, 2],
        ],
      );
      const sleep = w[0]!;
      assert.deepEqual(sleep.range, {
        start: { line: 2, character: 4 },
        end: { line: 2, character: 21 },
      });
      if (locale === 'en') {
        assert.match(
          msg(sleep),
          /^`coromega:sleep` suspends the coroutine, .*`pcall`.*neomega the pcall returns at once/,
        );
        assert.match(msg(w[1]!), /`coromega:http_get` .*`xpcall`/);
        assert.match(
          msg(w[2]!),
          /`p:ask` .*`table\.sort` calls.*can not yield from outside of a coroutine/,
        );
        assert.match(msg(w[3]!), /`coromega:send_ws_cmd` .*`string\.gsub`/);
        assert.match(msg(w[4]!), /`coromega:sleep` .*`iter`/);
        assert.match(msg(w[5]!), /metamethod `__index`/);
        assert.match(msg(w[7]!), /`coroutine\.yield` .*`pcall`/);
      } else {
        assert.match(msg(sleep), /^`coromega:sleep` 会挂起协程，但它在 `pcall` 运行的函数里/);
        assert.match(msg(w[2]!), /`table\.sort` 调用的函数里/);
        assert.match(msg(w[5]!), /元方法 `__index`/);
      }
    });

    it('a blocking sleep inside pcall on the main chunk is fine (it blocks, as in neomega)', async () => {
      assert.deepEqual(await yieldWarnings(c, 'pcall(function() coromega:sleep(1) end)'), []);
    });
  });
}
