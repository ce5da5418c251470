/**
 * The rows the Game view's model keeps and how they are worded: the histories (each capped), the rows before they
 * are shaped for the webview (protocol.ts), and the words for a chat line's kind and for an action. No `vscode`
 * import.
 */
import type { WorldAction } from '../../../runtime/src/events';
import { stripMinecraftCodes } from '../format';
import type { Localize } from '../i18n';
import type { LineKind, PlayerEntry, QqGroup, QqUser } from './protocol';

/** How much of each history is kept (older rows are dropped and counted). */
export const CAPS = { linesPerPlayer: 300, commands: 300, qq: 300, apis: 200, log: 300 } as const;

/** A list that keeps its last `cap` items, trimming in chunks so a flood costs one splice per `cap` pushes. */
export class CappedLog<T extends { seq: number }> {
  private items: T[] = [];
  dropped = 0;

  constructor(private readonly cap: number) {}

  push(item: T): void {
    this.items.push(item);
    if (this.items.length >= this.cap * 2) {
      const cut = this.items.length - this.cap;
      this.items.splice(0, cut);
      this.dropped += cut;
    }
  }

  /** The kept items (at most `cap`). */
  all(): T[] {
    return this.items.length > this.cap ? this.items.slice(-this.cap) : [...this.items];
  }

  /** Items newer than `seq` (at most `cap`, the newest). */
  since(seq: number): T[] {
    let i = this.items.length;
    while (i > 0 && this.items[i - 1]!.seq > seq) i--;
    return this.items.slice(Math.max(i, this.items.length - this.cap));
  }

  get size(): number {
    return Math.min(this.items.length, this.cap);
  }
}

export interface Line {
  seq: number;
  player: string;
  kind: LineKind;
  text: string;
}

export interface CommandRow {
  seq: number;
  command: string;
  via: string;
  ok: boolean | null;
  messages: Array<{ key: string; params: string[] }>;
  stubbed: boolean;
}

export interface ApiRow {
  seq: number;
  dir: 'call' | 'result';
  api: string;
  value: unknown;
  error?: string;
}

export interface WorldInfo {
  worldFile: string;
  worldExists: boolean;
  worldProblem: string;
  qqGroups: QqGroup[];
  qqUsers: QqUser[];
  players: PlayerEntry[];
}

/** The kind of a chat line in words; empty for plain chat. */
export function kindLabel(kind: LineKind, t: Localize): string {
  switch (kind) {
    case 'ask':
      return t('Asks');
    case 'title':
      return t('Title');
    case 'subtitle':
      return t('Subtitle');
    case 'actionbar':
      return t('Action bar');
    case 'tellraw':
      return t('Raw text');
    case 'tell':
      return t('Whisper');
    case 'menu':
      return t('Menu');
    case 'joined':
      return t('Joined');
    case 'left':
      return t('Left');
    default:
      return '';
  }
}

/** One line for an action, in the user's language. */
export function describe(a: WorldAction, t: Localize): string {
  if ('as' in a && 'menu' in a)
    return t('{0} opens the menu {1}', a.as, [a.menu, ...(a.args ?? [])].join(' '));
  if ('as' in a && 'chat' in a) return t('{0} says: {1}', a.as, stripMinecraftCodes(a.chat));
  if ('terminal' in a) return t('Terminal: {0}', a.terminal);
  if ('qq' in a)
    return t(
      'QQ message from {0}: {1}',
      a.qq.group !== undefined ? `${a.qq.user} @ ${a.qq.group}` : String(a.qq.user),
      a.qq.text,
    );
  if ('api' in a) return t('Call API {0} {1}', a.api, JSON.stringify(a.args ?? null));
  if ('join' in a) return t('{0} joins', a.join);
  if ('leave' in a) return t('{0} leaves', a.leave);
  if ('player' in a) {
    const parts: string[] = [];
    if (a.op !== undefined) parts.push(a.op ? t('operator') : t('not an operator'));
    if (a.tags) parts.push(t('tags: {0}', a.tags.join(', ') || '—'));
    for (const [k, v] of Object.entries(a.scores ?? {})) parts.push(`${k} = ${v ?? '—'}`);
    return t('{0} changed: {1}', a.player, parts.join(', '));
  }
  if ('advance' in a) return t('The clock moves on {0}', String(a.advance));
  return t('Wait {0} ms', a.wait);
}
