/**
 * The players of the Game view's model: the world file's until the runtime reports its own (`worldState`), edits
 * shown while no run is live, and the objectives the runtime knows. Never guessed from commands. No `vscode` import.
 */
import type { PlayerState } from '../../../runtime/src/events';
import { minecraftSegments } from '../format';
import type { PlayerEntry, WebPlayer } from './protocol';
import type { WorldEdit } from './worldFile';

export class Roster {
  private players: WebPlayer[];
  private objectives: string[] = [];

  /** The players of a world file, before the runtime has said anything. */
  constructor(entries: readonly PlayerEntry[] = []) {
    this.players = entries.map(fromEntry);
  }

  /** The world file changed (no run is live): its players, the objectives as they were. */
  fromWorldFile(entries: readonly PlayerEntry[]): void {
    this.players = entries.map(fromEntry);
  }

  /** The runtime's own report, which replaces everything. */
  fromRuntime(players: readonly PlayerState[], objectives: string[]): void {
    this.players = players.map(fromRuntime);
    this.objectives = objectives;
  }

  /** Shows a world-file edit made while no run is live. */
  edited(edit: WorldEdit): void {
    const i = this.players.findIndex((p) => p.name === edit.name);
    const p = this.players[i];
    switch (edit.kind) {
      case 'addPlayer':
        if (!p)
          this.players.push({
            name: edit.name,
            online: true,
            op: false,
            tags: [],
            scores: {},
            asks: [],
            prompt: [],
          });
        break;
      case 'removePlayer':
        if (p) this.players.splice(i, 1);
        break;
      case 'setOp':
        if (p) p.op = edit.op;
        break;
      case 'setTags':
        if (p) p.tags = [...edit.tags];
        break;
      case 'setScore':
        if (p && edit.score === null) delete p.scores[edit.objective];
        else if (p) p.scores[edit.objective] = edit.score!;
        break;
    }
  }

  /** The run ended: no question waits any more. Whether any did. */
  clearAsks(): boolean {
    let any = false;
    for (const p of this.players)
      if (p.asks.length > 0) {
        p.asks = [];
        any = true;
      }
    return any;
  }

  find(name: string): WebPlayer | undefined {
    return this.players.find((p) => p.name === name);
  }

  /** Who calls a menu when nobody was chosen: `preferred` when online, else the first online player. */
  defaultPlayer(preferred?: string): string | undefined {
    const online = this.players.filter((p) => p.online);
    return (online.find((p) => p.name === preferred) ?? online[0])?.name;
  }

  /** Copies for the webview, each with its first pending question split on `§` codes. */
  web(): { players: WebPlayer[]; objectives: string[] } {
    return { players: this.players.map(copyPlayer), objectives: [...this.objectives] };
  }
}

function fromEntry(p: PlayerEntry): WebPlayer {
  return { ...p, asks: [], prompt: [] };
}

function fromRuntime(p: PlayerState): WebPlayer {
  return {
    name: p.name,
    online: p.online,
    op: p.op,
    tags: [...p.tags],
    scores: { ...p.scores },
    asks: [...(p.asks ?? [])],
    prompt: [],
  };
}

function copyPlayer(p: WebPlayer): WebPlayer {
  return {
    ...p,
    tags: [...p.tags],
    scores: { ...p.scores },
    asks: [...p.asks],
    prompt: minecraftSegments(p.asks[0] ?? ''),
  };
}
