/**
 * Minecraft `§` colours made readable on the editor's theme. The game's colours are meant for its own dark, shadowed
 * chat; on a light theme `§e` yellow and `§a` green all but vanish, on a dark one `§0` black and `§1` navy do. For
 * each theme kind the webview gets one palette in which every colour keeps its hue and saturation and only its
 * lightness moves, just far enough to reach a WCAG contrast ratio (4.5:1, 7:1 for high contrast) against the
 * panel backgrounds of the common themes of that kind. Lightness is remapped monotonically, so a darker game colour
 * stays darker than a lighter one of the same hue (`§1` below `§9`, `§0` below `§8` below `§7`). Colours that are
 * readable already, with a margin, are left exactly as the game has them. No `vscode` import.
 */

/** Minecraft Bedrock colour codes (`§0`–`§9`, `§a`–`§f` and the material colours) and the game's colours. */
export const MINECRAFT_COLOURS: Readonly<Record<string, string>> = {
  '0': '#000000',
  '1': '#0000AA',
  '2': '#00AA00',
  '3': '#00AAAA',
  '4': '#AA0000',
  '5': '#AA00AA',
  '6': '#FFAA00',
  '7': '#AAAAAA',
  '8': '#555555',
  '9': '#5555FF',
  a: '#55FF55',
  b: '#55FFFF',
  c: '#FF5555',
  d: '#FF55FF',
  e: '#FFFF55',
  f: '#FFFFFF',
  g: '#DDD605',
  h: '#E3D4D1',
  i: '#CECACA',
  j: '#443A3B',
  m: '#971607',
  n: '#B4684D',
  p: '#DEB12D',
  q: '#47A036',
  s: '#2CBAA8',
  t: '#21497B',
  u: '#9A5CC6',
  v: '#EB7114',
};

/** VS Code's theme kinds, as the webview's `<body>` classes name them. */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

export interface ThemeTarget {
  /** Whether text is lighter than the background. */
  darkBackground: boolean;
  minContrast: number;
  /** Panel/editor backgrounds of widely used themes of this kind; a palette must be readable on all of them. */
  backgrounds: readonly string[];
  /** The `<body>` class selector VS Code sets in webviews for this kind. */
  selector: string;
}

export const THEME_TARGETS: Readonly<Record<ThemeKind, ThemeTarget>> = {
  light: {
    darkBackground: false,
    minContrast: 4.5,
    // Light 2026, Light Modern, Light+, Solarized Light, Quiet Light, and a light grey side bar.
    backgrounds: [
      '#FFFFFF',
      '#FAFAFD',
      '#F8F8F8',
      '#F3F3F3',
      '#FDF6E3',
      '#F5F5F5',
      '#EEE8D5',
      '#E8E8E8',
    ],
    selector: 'body.vscode-light',
  },
  dark: {
    darkBackground: true,
    minContrast: 4.5,
    // Dark 2026, Dark Modern, Dark+, Monokai, Solarized Dark, Abyss, Kimbie Dark, One Dark-like, Tomorrow Night
    // Blue, and a lighter grey.
    backgrounds: [
      '#121314',
      '#191A1B',
      '#181818',
      '#1F1F1F',
      '#1E1E1E',
      '#252526',
      '#272822',
      '#002B36',
      '#000C18',
      '#221A0F',
      '#282C34',
      '#002451',
      '#333333',
    ],
    selector: 'body.vscode-dark',
  },
  highContrast: {
    darkBackground: true,
    minContrast: 7,
    backgrounds: ['#000000', '#0C141F'],
    selector: 'body.vscode-high-contrast',
  },
  highContrastLight: {
    darkBackground: false,
    minContrast: 7,
    backgrounds: ['#FFFFFF'],
    selector: 'body.vscode-high-contrast-light',
  },
};

/** Lightness band above the readable limit that is remapped too, so colours below the limit do not all land on it. */
const MARGIN = 0.12;

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  const h = (v: number): string =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1 to 21). */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = luminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = luminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Hue in degrees, saturation and lightness in 0..1. */
export type Hsl = [number, number, number];

export function rgbToHsl([r, g, b]: Rgb): Hsl {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === R) h = (G - B) / d + (G < B ? 6 : 0);
  else if (max === G) h = (B - R) / d + 2;
  else h = (R - G) / d + 4;
  return [h * 60, s, l];
}

export function hslToRgb([h, s, l]: Hsl): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    let x = t;
    if (x < 0) x += 1;
    if (x > 1) x -= 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const k = h / 360;
  return [channel(k + 1 / 3) * 255, channel(k) * 255, channel(k - 1 / 3) * 255];
}

function minContrastOn(rgb: Rgb, target: ThemeTarget): number {
  return Math.min(...target.backgrounds.map((bg) => contrastRatio(rgb, bg)));
}

/** The lightness limit of one hue and saturation for a theme kind: the darkest lightness that is readable on every
 * background of a dark kind, or the lightest one on a light kind. (Luminance grows with HSL lightness, so the limit is
 * found by bisection.) */
function lightnessLimit(h: number, s: number, target: ThemeTarget): number {
  // A little above the ratio, so rounding to 8-bit channels cannot fall below it.
  const want = target.minContrast + 0.05;
  const ok = (l: number): boolean => minContrastOn(hslToRgb([h, s, l]), target) >= want;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (target.darkBackground === ok(mid)) hi = mid;
    else lo = mid;
  }
  return target.darkBackground ? hi : lo;
}

/** One game colour as it should be shown on a theme kind. */
export function readableColour(hex: string, kind: ThemeKind): string {
  const target = THEME_TARGETS[kind];
  const rgb = parseHex(hex);
  const [h, s, l] = rgbToHsl(rgb);
  const limit = lightnessLimit(h, s, target);
  let out: number;
  if (target.darkBackground) {
    const knee = Math.min(1, limit + MARGIN);
    if (l >= knee) return toHex(rgb);
    // [0, knee] onto [limit, knee]
    out = limit + (l / knee) * (knee - limit);
  } else {
    const knee = Math.max(0, limit - MARGIN);
    if (l <= knee) return toHex(rgb);
    // [knee, 1] onto [knee, limit]
    out = knee + ((l - knee) / (1 - knee)) * (limit - knee);
  }
  return toHex(hslToRgb([h, s, out]));
}

/** Every colour code's readable colour for one theme kind. */
export function readablePalette(kind: ThemeKind): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, hex] of Object.entries(MINECRAFT_COLOURS))
    out[code] = readableColour(hex, kind);
  return out;
}

/** The CSS custom property a colour code is drawn with in the webview. */
export function colourVar(code: string): string {
  return `--mc-${code}`;
}

/** CSS that defines `--mc-<code>` for every theme kind; VS Code switches the body class when the theme changes, so
 * the colours follow without a reload. High contrast light comes last: its body carries both high-contrast classes. */
export function paletteCss(): string {
  const kinds: ThemeKind[] = ['light', 'dark', 'highContrast', 'highContrastLight'];
  return kinds
    .map((kind) => {
      const p = readablePalette(kind);
      const vars = Object.entries(p)
        .map(([code, hex]) => `${colourVar(code)}:${hex};`)
        .join('');
      return `${THEME_TARGETS[kind].selector}{${vars}}`;
    })
    .join('\n');
}
