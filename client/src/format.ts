/**
 * Text rendering of run events for the Output channel, and Minecraft colour codes for the webview.
 * No `vscode` import; the caller passes its localiser (`Messages.t` in the extension). Nothing from Node either: the
 * webviews' pages (client/webview/) use its sizes, durations and styled segments as well.
 */
import type { RunEvent } from '../../runtime/src/events';
import { englishOnly, type Localize } from './localize';
import { MINECRAFT_COLOURS } from './mcColours';

export type { Localize };

/** Removes Minecraft formatting codes (`§a`, `§l`, `§r`, ...). */
export function stripMinecraftCodes(text: string): string {
  return text.replace(/§./gsu, '').replace(/§$/u, '');
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Turns events into Output channel lines. Keeps the method of each request so responses can repeat it. */
export class OutputFormatter {
  private readonly methods = new Map<number, string>();
  private startedAt = 0;

  constructor(private readonly t: Localize = englishOnly) {}

  lines(ev: RunEvent): string[] {
    const t = this.t;
    switch (ev.type) {
      case 'start': {
        this.methods.clear();
        // How long the run took, in real time: `time` is the run's clock, which may be virtual or start elsewhere.
        this.startedAt = Date.now();
        const out = [`[run] ${t('Running {0}', ev.plugin)}`];
        out.push(
          `[run] ${ev.config ? t('Config: {0}', ev.config) : t('Config: none found')} · ${t('Storage: {0}', ev.storage)}`,
        );
        return out;
      }
      case 'print': {
        const text = stripMinecraftCodes(ev.text);
        const prefix = ev.stream === 'log' ? `[${ev.level ?? 'info'}] ` : '';
        const lines = text.split('\n');
        if (ev.partial && lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        return lines.map((l) => prefix + l);
      }
      case 'request': {
        this.methods.set(ev.id, ev.method);
        const body = ev.bodySize > 0 ? ` (${t('body {0}', formatSize(ev.bodySize))})` : '';
        return [`--> #${ev.id} ${ev.method} ${ev.url}${body}`];
      }
      case 'response': {
        const m = this.methods.get(ev.id) ?? '';
        return [
          `<-- #${ev.id} ${ev.status} ${m} ${ev.url} ${formatSize(ev.size)} ${formatDuration(ev.durationMs)}`,
        ];
      }
      case 'requestError': {
        const m = this.methods.get(ev.id) ?? '';
        return [`<-x #${ev.id} ${m} ${ev.message} (${formatDuration(ev.durationMs)})`];
      }
      case 'error': {
        const where = ev.file ? `${ev.file}${ev.line ? `:${ev.line}` : ''}` : '';
        const out = [`[error] ${t('Lua error: {0}', stripMinecraftCodes(ev.message))}`];
        if (where) out.push(`[error]     ${t('at {0}', where)}`);
        if (ev.traceback) {
          for (const l of ev.traceback.split('\n')) if (l.trim()) out.push(`[error]     ${l}`);
        }
        return out;
      }
      case 'warning': {
        const where = ev.file ? `${ev.file}${ev.line ? `:${ev.line}` : ''}: ` : '';
        return [`[warning] ${where}${stripMinecraftCodes(ev.message)}`];
      }
      case 'input':
        return [`[input] ${t('Waiting for input: {0}', stripMinecraftCodes(ev.prompt))}`];
      case 'reload':
        return [
          `[run] ${t('Reloaded {0}: the world is as it was', ev.files.map((f) => f.split(/[\\/]/).pop() ?? f).join(', '))}`,
        ];
      case 'watching': {
        const detail = ev.message ? ` · ${stripMinecraftCodes(ev.message)}` : '';
        return [
          `[run] ${exitText(ev.reason, t)}${t(' (code {0})', ev.code)}${detail} · ${t('Waiting for a save: saving the plugin or its config runs it again in this world.')}`,
        ];
      }
      case 'exit': {
        const took = this.startedAt ? ` · ${formatDuration(Date.now() - this.startedAt)}` : '';
        const detail = ev.message ? ` · ${stripMinecraftCodes(ev.message)}` : '';
        return [`[exit] ${exitText(ev.reason, t)}${t(' (code {0})', ev.code)}${took}${detail}`];
      }
      default:
        return [];
    }
  }
}

export function exitText(reason: string, t: Localize): string {
  switch (reason) {
    case 'finished':
      return t('Finished');
    case 'error':
      return t('Ended with an error');
    case 'stopped':
      return t('Stopped');
    case 'limit':
      return t('Ended: a resource limit was hit');
    case 'exit':
      return t('Ended by os.exit');
    default:
      return t('Ended ({0})', reason);
  }
}

/** A run of text with one Minecraft style. */
export interface StyledSegment {
  text: string;
  /** The colour code (`a` for `§a`); the webview draws it with the theme's readable colour (see mcColours.ts). */
  colour?: string;
  bold?: boolean;
  italic?: boolean;
  obfuscated?: boolean;
}

/** Splits text on `§x` codes into styled segments (Bedrock rules: `§m`/`§n` are material colours, a colour keeps
 * bold/italic, `§r` resets everything). Unknown codes are dropped. */
export function minecraftSegments(text: string): StyledSegment[] {
  const out: StyledSegment[] = [];
  let style: Omit<StyledSegment, 'text'> = {};
  let buf = '';
  const push = (): void => {
    if (buf) out.push({ text: buf, ...style });
    buf = '';
  };
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch !== '§') {
      buf += ch;
      continue;
    }
    const code = (chars[i + 1] ?? '').toLowerCase();
    i++;
    if (!code) break;
    push();
    if (code in MINECRAFT_COLOURS) style = { ...style, colour: code };
    else if (code === 'r') style = {};
    else if (code === 'l') style = { ...style, bold: true };
    else if (code === 'o') style = { ...style, italic: true };
    else if (code === 'k') style = { ...style, obfuscated: true };
  }
  push();
  return out;
}

/** How the inspector lists a URL: host (with a port that is not the scheme's default) and path with query, so calls
 * to different hosts tell apart. Text that is not a URL is all path. */
export function urlLabel(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    if (!u.host) return { host: '', path: url };
    const scheme = u.protocol === 'http:' || u.protocol === 'https:' ? '' : u.protocol + '//';
    return { host: scheme + u.host, path: u.pathname + u.search + u.hash };
  } catch {
    return { host: '', path: url };
  }
}
