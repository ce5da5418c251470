/**
 * Whether the Game view belongs in the "Coromega" panel for the run now: a run with a world file, a plugin that
 * registers an entry point a player, a QQ user or another plugin can reach, or a view asked for (Show Game view,
 * Run with world, a game-menu lens). A plugin that only prints or makes requests gets no empty world beside its
 * requests: once its main chunk has run (the first `worldState`, or the end) without any of these, the view leaves
 * the panel, also when an earlier run had brought it in. No `vscode` import.
 */
import type { RunEvent } from '../../../runtime/src/events';

/** Entry points a player, a QQ user or another plugin reaches: a plugin with one of them has a world to play. */
export const GAME_KINDS: ReadonlySet<string> = new Set([
  'game_menu',
  'chat',
  'player_change',
  'sender',
  'command_block',
  'cqhttp',
  'cqhttp_default',
  'api',
]);

/** What the view should do: join the panel, leave it, or stay as it is. */
export type PresenceChange = 'show' | 'hide' | undefined;

export class GamePresence {
  /** The run now keeps the view. */
  private keep = false;
  /** The next run keeps it (asked for while no run, or before a run about to start). */
  private keepNext = false;
  /** The run's main chunk has run: a run without a reason to keep the view has let it go. */
  private decided = true;

  /** The user asked for the view: for the run now, or for the one about to start. */
  request(forNextRun: boolean): PresenceChange {
    if (forNextRun) this.keepNext = true;
    else this.keep = true;
    return 'show';
  }

  runStarted(hasWorld: boolean): PresenceChange {
    this.keep = hasWorld || this.keepNext;
    this.keepNext = false;
    this.decided = this.keep;
    return this.keep ? 'show' : undefined;
  }

  event(ev: RunEvent): PresenceChange {
    if (ev.type === 'listener' && GAME_KINDS.has(ev.kind)) {
      const was = this.keep;
      this.keep = true;
      this.decided = true;
      return was ? undefined : 'show';
    }
    if ((ev.type === 'worldState' || ev.type === 'exit') && !this.decided) {
      this.decided = true;
      return this.keep ? undefined : 'hide';
    }
    return undefined;
  }
}
