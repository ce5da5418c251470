import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contrastRatio,
  MINECRAFT_COLOURS,
  paletteCss,
  parseHex,
  readablePalette,
  rgbToHsl,
  THEME_TARGETS,
  type ThemeKind,
} from '../src/mcColours';

const KINDS = Object.keys(THEME_TARGETS) as ThemeKind[];

test('the game colours as they are fail on light and dark themes (what the palettes fix)', () => {
  assert.ok(contrastRatio(MINECRAFT_COLOURS.e, '#FFFFFF') < 1.2, '§e yellow on white');
  assert.ok(contrastRatio(MINECRAFT_COLOURS.a, '#FFFFFF') < 1.5, '§a green on white');
  assert.ok(contrastRatio(MINECRAFT_COLOURS['0'], '#1E1E1E') < 1.3, '§0 black on Dark+');
  assert.ok(contrastRatio(MINECRAFT_COLOURS['1'], '#1F1F1F') < 2, '§1 navy on Dark Modern');
});

test('every colour code is readable on every common background of every theme kind', () => {
  for (const kind of KINDS) {
    const target = THEME_TARGETS[kind];
    const palette = readablePalette(kind);
    assert.deepEqual(Object.keys(palette).sort(), Object.keys(MINECRAFT_COLOURS).sort());
    for (const [code, hex] of Object.entries(palette)) {
      for (const bg of target.backgrounds) {
        const ratio = contrastRatio(hex, bg);
        assert.ok(
          ratio >= target.minContrast,
          `${kind} §${code} ${hex} on ${bg}: ${ratio.toFixed(2)} < ${target.minContrast}`,
        );
      }
    }
  }
});

test('colours keep their hue, stay apart, and keep their order of lightness', () => {
  for (const kind of KINDS) {
    const palette = readablePalette(kind);
    for (const [code, original] of Object.entries(MINECRAFT_COLOURS)) {
      const [h0, s0] = rgbToHsl(parseHex(original));
      const [h1] = rgbToHsl(parseHex(palette[code]));
      if (s0 > 0.2) {
        const d = Math.min(Math.abs(h1 - h0), 360 - Math.abs(h1 - h0));
        assert.ok(d < 4, `${kind} §${code}: hue ${h0.toFixed(0)} -> ${h1.toFixed(0)}`);
      }
    }
    const values = Object.values(palette);
    assert.equal(new Set(values).size, values.length, `${kind}: two codes share a colour`);
    const light = (code: string): number => rgbToHsl(parseHex(palette[code]))[2];
    // Same hue, darker in the game → darker here.
    for (const [dark, bright] of [
      ['0', '8'],
      ['8', '7'],
      ['7', 'f'],
      ['1', '9'],
      ['2', 'a'],
      ['3', 'b'],
      ['4', 'c'],
      ['5', 'd'],
    ]) {
      assert.ok(
        light(dark) < light(bright),
        `${kind}: §${dark} is no longer darker than §${bright}`,
      );
    }
  }
});

test('colours that are readable already are the game colours exactly', () => {
  const dark = readablePalette('dark');
  for (const code of ['a', 'b', 'e', 'f']) assert.equal(dark[code], MINECRAFT_COLOURS[code]);
  const light = readablePalette('light');
  for (const code of ['0', '1', 'j', 't']) assert.equal(light[code], MINECRAFT_COLOURS[code]);
  assert.notEqual(light.e, MINECRAFT_COLOURS.e);
  assert.notEqual(dark['0'], MINECRAFT_COLOURS['0']);
});

test('the webview CSS defines every code for each theme body class, high contrast light last', () => {
  const css = paletteCss();
  const selectors = [...css.matchAll(/^(body\.[\w-]+)\{/gm)].map((m) => m[1]);
  assert.deepEqual(selectors, [
    'body.vscode-light',
    'body.vscode-dark',
    'body.vscode-high-contrast',
    'body.vscode-high-contrast-light',
  ]);
  for (const code of Object.keys(MINECRAFT_COLOURS))
    assert.equal(css.split(`--mc-${code}:`).length - 1, 4, code);
  assert.ok(css.includes(`--mc-e:${readablePalette('light').e};`));
});
