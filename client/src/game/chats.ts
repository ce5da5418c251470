/**
 * What each player was shown and did, as lines of their chat in the Game view: one capped history per player, and
 * the lines newer than the last batch shaped for the webview, in the order they happened. No `vscode` import.
 */
import { minecraftSegments } from '../format';
import type { Localize } from '../i18n';
import type { LineKind, WebLine } from './protocol';
import { CappedLog, CAPS, kindLabel, type Line } from './rows';

export class Chats {
  private readonly byPlayer = new Map<string, CappedLog<Line>>();

  push(seq: number, player: string, kind: LineKind, text: string): void {
    let log = this.byPlayer.get(player);
    if (!log) {
      log = new CappedLog<Line>(CAPS.linesPerPlayer);
      this.byPlayer.set(player, log);
    }
    log.push({ seq, player, kind, text });
  }

  /** Lines of every player newer than `after`, oldest first, with their kind in words and `§` codes split. */
  since(after: number, t: Localize): WebLine[] {
    const lines: WebLine[] = [];
    for (const log of this.byPlayer.values())
      for (const l of log.since(after))
        lines.push({
          seq: l.seq,
          player: l.player,
          kind: l.kind,
          label: kindLabel(l.kind, t),
          segments: minecraftSegments(l.text),
        });
    return lines.sort((a, b) => a.seq - b.seq);
  }

  /** Lines dropped from every player's history. */
  get dropped(): number {
    let n = 0;
    for (const log of this.byPlayer.values()) n += log.dropped;
    return n;
  }
}
