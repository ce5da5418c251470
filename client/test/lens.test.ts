import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntryPoints, RUN_LENS_LINE } from '../src/lens';

test('the Run lens is on the first line, wherever coromega:run() is', () => {
  assert.equal(RUN_LENS_LINE, 0);
});

test('each terminal-menu listener with literal triggers is an entry point on its own line', () => {
  const text = `local omega = require("omega")
local coromega = require("coromega").from(omega)
-- coromega:when_called_by_terminal_menu({ triggers = { "commented" } })
local s = "coromega:when_called_by_terminal_menu({ triggers = { 'in a string' } })"
coromega:when_called_by_terminal_menu({
    triggers = { "greet", "hi" },
    argument_hint = "[name]",
    usage = "say hello",
}):start_new(function(input) end)

coromega:when_called_by_terminal_menu({ usage = "x", triggers = "solo" }):start_new(function() end)
coromega.when_called_by_terminal_menu(coromega, { triggers = { [[long]], 'q\\"x' } })
local opts = { triggers = { "later" } }
coromega:when_called_by_terminal_menu(opts):start_new(function() end)
coromega:when_called_by_terminal_menu{ triggers = { "", "paren-less" } }
coromega:run()
`;
  assert.deepEqual(findEntryPoints(text), [
    { kind: 'terminal_menu', line: 4, triggers: ['greet', 'hi'] },
    { kind: 'terminal_menu', line: 10, triggers: ['solo'] },
    { kind: 'terminal_menu', line: 11, triggers: ['long', 'q"x'] },
    { kind: 'terminal_menu', line: 13, triggers: [] },
    { kind: 'terminal_menu', line: 14, triggers: ['paren-less'] },
  ]);
});

test('nested tables in the options do not lend their strings to triggers; half-typed text is fine', () => {
  const nested = `coromega:when_called_by_terminal_menu({
    usage = { "not", "a trigger" },
    triggers = { "real" },
})`;
  assert.deepEqual(findEntryPoints(nested)[0].triggers, ['real']);
  assert.deepEqual(findEntryPoints('coromega:when_called_by_terminal_menu({ triggers = { "ha'), [
    { kind: 'terminal_menu', line: 0, triggers: ['ha'] },
  ]);
  assert.deepEqual(findEntryPoints('print("no menus")'), []);
  assert.deepEqual(findEntryPoints('when_called_by_terminal_menu({ triggers = { "bare" } })'), []);
});

test('each game-menu listener is an entry point too, beside terminal menus', () => {
  const text = `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({
    triggers = { "ai", "问问" },
    argument_hint = "[问题]",
}):start_new(function(chat) end)
coromega:when_called_by_terminal_menu({ triggers = { "reload" } }):start_new(function() end)
-- coromega:when_called_by_game_menu({ triggers = { "commented" } })
coromega:run()
`;
  assert.deepEqual(findEntryPoints(text), [
    { kind: 'game_menu', line: 1, triggers: ['ai', '问问'] },
    { kind: 'terminal_menu', line: 5, triggers: ['reload'] },
  ]);
});
