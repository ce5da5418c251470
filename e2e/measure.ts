/**
 * Measurements taken inside a webview page for the e2e tests: text contrast against its background, how text
 * wraps, and where parts of the page sit in the view.
 */
import type { FrameLocator } from 'playwright-core';

/** The few DOM shapes used inside `evaluate` callbacks (the project compiles without the DOM library). */
interface PageNode {
  textContent: string | null;
  parentElement: PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}
interface PageWindow {
  getComputedStyle(e: PageNode): { color: string; backgroundColor: string };
  innerWidth: number;
  innerHeight: number;
  document: {
    createRange(): {
      setStart(node: PageNode, offset: number): void;
      setEnd(node: PageNode, offset: number): void;
      getClientRects(): ArrayLike<{ top: number; width: number }>;
    };
    createTreeWalker(root: PageNode, whatToShow: number): { nextNode(): PageNode | null };
  };
}

/** WCAG contrast of every element matching `selector` in the inspector against the background it is drawn on. */
export async function textContrasts(
  frame: FrameLocator,
  selector: string,
): Promise<{ text: string; color: string; background: string; ratio: number }[]> {
  return frame.locator('body').evaluate((root: unknown, sel: string) => {
    const w = globalThis as unknown as PageWindow;
    const body = root as PageNode;
    // "rgb(r, g, b)", "rgba(r, g, b, a)" or, from color-mix(), "color(srgb r g b [/ a])" with channels in 0..1.
    const rgb = (css: string): number[] => {
      const n = (css.match(/[\d.]+/g) ?? []).map(Number);
      return css.startsWith('color(srgb')
        ? [...n.slice(0, 3).map((v) => v * 255), ...n.slice(3)]
        : n;
    };
    const lum = (c: number[]): number => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The colour behind an element: its own and its ancestors' backgrounds, translucent ones composited.
    const backgroundOf = (el: PageNode | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(w.getComputedStyle(e).backgroundColor);
        const alpha = c.length >= 4 ? c[3] : 1;
        if (c.length >= 3 && alpha > 0) layers.push([c[0], c[1], c[2], alpha]);
        if (alpha >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse())
        out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
      return out;
    };
    return Array.from(body.querySelectorAll(sel)).map((el) => {
      const color = w.getComputedStyle(el).color;
      const bg = backgroundOf(el);
      const a = lum(rgb(color));
      const b = lum(bg);
      return {
        text: el.textContent ?? '',
        color,
        background: `rgb(${bg.map((v) => Math.round(v)).join(', ')})`,
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      };
    });
  }, selector);
}

/** How the text of `element` lays out: how many lines it takes and which words were broken across two lines. */
export async function wordWrap(
  frame: FrameLocator,
  selector: string,
): Promise<{ lines: number; brokenWords: string[] }> {
  return frame
    .locator(selector)
    .first()
    .evaluate((root: unknown) => {
      const w = globalThis as unknown as PageWindow;
      const lines = new Set<number>();
      const brokenWords: string[] = [];
      const SHOW_TEXT = 4;
      const walker = w.document.createTreeWalker(root as PageNode, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const r = w.document.createRange();
          r.setStart(node, m.index ?? 0);
          r.setEnd(node, (m.index ?? 0) + m[0].length);
          const tops = new Set(
            Array.from(r.getClientRects())
              .filter((x) => x.width > 0)
              .map((x) => Math.round(x.top)),
          );
          tops.forEach((t) => lines.add(t));
          if (tops.size > 1) brokenWords.push(m[0]);
        }
      }
      return { lines: lines.size, brokenWords };
    });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's size, the box of the first element matching each selector (null when there is none), and the largest
 * scroll offset of the page and of the `containers` given: 0 when none of them has been scrolled. */
export async function layoutOf(
  frame: FrameLocator,
  selectors: string[],
  containers: string[] = [],
): Promise<{ width: number; height: number; boxes: Record<string, Box | null>; scrolled: number }> {
  return frame.locator('body').evaluate(
    (root: unknown, [sels, scrollers]: [string[], string[]]) => {
      const w = globalThis as unknown as PageWindow;
      const body = root as PageNode & {
        querySelector(s: string): { getBoundingClientRect(): Box } | null;
      };
      const boxes: Record<string, Box | null> = {};
      for (const s of sels) {
        const r = body.querySelector(s)?.getBoundingClientRect();
        boxes[s] = r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      }
      let scrolled = (globalThis as unknown as { scrollY: number }).scrollY;
      for (const s of scrollers) {
        const e = body.querySelector(s) as unknown as { scrollTop: number } | null;
        if (e) scrolled = Math.max(scrolled, e.scrollTop);
      }
      return { width: w.innerWidth, height: w.innerHeight, boxes, scrolled };
    },
    [selectors, containers] as [string[], string[]],
  );
}
