/**
 * Framework versions in the language server: hover says which versions have `player:send` and
 * `player:get_inventory`; with the bundled framework (the default) calling them is flagged, with the documented
 * version (setting coromegaLua.frameworkVersion) it is not.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionOf } from '../testing/lspClient';
import { codes, diagnosticsOf, msg } from './lspHelpers';

const PLUGIN = `local omega = require("omega")
local coromega = require("coromega").from(omega)
coromega:when_called_by_game_menu({ triggers = { "inv" } }):start_new(function(chat)
  local player = coromega:get_player(chat.name)
  local inv = player:get_inventory()
  player:send({ rawtext = { { text = #inv.slots .. " slots" } } })
  player:raw_say({ rawtext = { { text = "ok" } } })
end)
coromega:run()
`;

describe('framework versions in the language server', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ locale: 'en' });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('flags the calls the bundled framework lacks, and hover says which version has them', async () => {
    const { u, d } = await diagnosticsOf(c, PLUGIN);
    const flagged = d.filter((x) => x.code === 'not-in-framework');
    assert.deepEqual(
      flagged.map((x) => x.range.start.line),
      [4, 5],
      codes(d).join(','),
    );
    assert.match(
      msg(flagged[0]),
      /The framework version chosen \(neomega's bundled coromega\.lua\) has no `player:get_inventory`: .*the version the official docs describe \(newer neomega\) has it/,
    );
    const h = await c.hover(u, positionOf(PLUGIN, 'player:send', 8));
    const text = (h?.contents as { value: string }).value;
    assert.match(
      text,
      /\*\*Framework version\*\*: only the version the official docs describe \(newer neomega\) has it; the version chosen: neomega's bundled coromega\.lua/,
    );
    const other = await c.hover(u, positionOf(PLUGIN, 'player:raw_say', 8));
    assert.doesNotMatch((other?.contents as { value: string }).value, /Framework version/);
  });
});

describe('framework versions: the documented version chosen in the settings', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({
      locale: 'zh-cn',
      settings: { coromegaLua: { frameworkVersion: 'documented' } },
    });
  });
  after(async () => {
    assert.deepEqual(c.errors, [], 'no handler threw');
    await c.stop();
  });

  it('does not flag them, until the setting changes back', async () => {
    const { u, d } = await diagnosticsOf(c, PLUGIN);
    assert.deepEqual(
      d.filter((x) => x.code === 'not-in-framework'),
      [],
    );
    const h = await c.hover(u, positionOf(PLUGIN, 'player:send', 8));
    assert.match(
      (h?.contents as { value: string }).value,
      /\*\*框架版本\*\*: 只有官方文档描述的版本（较新的 neomega）有它；所选的版本：官方文档描述的版本/,
    );
    await c.configure({ coromegaLua: { frameworkVersion: 'bundled' } });
    const v = await c.change(u, [{ text: PLUGIN + '\n' }]);
    const p = await c.waitForDiagnostics(u, v);
    assert.equal(p.diagnostics.filter((x) => x.code === 'not-in-framework').length, 2);
    assert.match(
      msg(p.diagnostics.find((x) => x.code === 'not-in-framework')),
      /所选的框架版本（neomega 自带的 coromega\.lua）没有/,
    );
  });
});
