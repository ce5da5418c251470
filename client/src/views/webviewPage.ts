/**
 * The HTML page of a webview view (the request inspector, the Game view): its bundled script and style from
 * `dist/client/webview/` (built by esbuild.mjs from client/webview/), the `§` colour palette, and the state to draw
 * before any message arrives, written into the page so the first paint has content. The Content Security Policy
 * allows the page's own nonce scripts and styles and nothing else: no inline handlers, no eval. No `vscode` import.
 */
import type { Lang } from '../localize';
import { paletteCss } from '../mcColours';

/** Where the webview bundles are, relative to the extension's folder (the only folder the webviews may load from). */
export const WEBVIEW_DIR = 'dist/client/webview';

export interface PageOptions {
  lang: Lang;
  /** `webview.cspSource`: where the page may load its style sheet from. */
  cspSource: string;
  /** Webview URIs of the bundle's script and style. */
  script: string;
  style: string;
  /** The id of the element the script draws into. */
  rootId: string;
  /** What the script draws first (read from `#initial-state`). */
  initial: unknown;
}

export function pageHtml(o: PageOptions): string {
  const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join(
    '',
  );
  // Inside <script type="application/json">: no "<" may close the element early.
  const initial = JSON.stringify(o.initial).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${o.lang === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${o.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${o.style}">
<style nonce="${nonce}">
${paletteCss()}
</style>
<title>Coromega</title>
</head>
<body>
<div id="${o.rootId}"></div>
<script id="initial-state" type="application/json">${initial}</script>
<script nonce="${nonce}" src="${o.script}"></script>
</body>
</html>`;
}
