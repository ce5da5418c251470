/**
 * Bedrock target selectors resolved against the world: `@a`, `@p`, `@s`, `@r`, `@e` (players only here), with
 * arguments `name`, `tag`, `scores`, `m`, `c`, `r`/`rm` (from `x`/`y`/`z` when given); names (quoted or not) and `*`.
 */
import type { Player, World } from './world';

export interface Sender {
  /** The player running the command, when a player does (send_player_cmd is the bot itself here). */
  player?: Player;
  position: [number, number, number];
}

const GAMEMODES: Record<string, Player['gamemode']> = {
  s: 'survival',
  '0': 'survival',
  survival: 'survival',
  c: 'creative',
  '1': 'creative',
  creative: 'creative',
  a: 'adventure',
  '2': 'adventure',
  adventure: 'adventure',
  sp: 'spectator',
  '6': 'spectator',
  spectator: 'spectator',
};

/** Splits `a=1,scores={x=1..,y=2},name="a b"` at top-level commas. */
function splitArgs(s: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  const push = (): void => {
    const eq = cur.indexOf('=');
    if (eq > 0) out.push([cur.slice(0, eq).trim(), cur.slice(eq + 1).trim()]);
    cur = '';
  };
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '{') depth++;
    if (!quoted && ch === '}') depth--;
    if (!quoted && depth === 0 && ch === ',') push();
    else cur += ch;
  }
  if (cur.trim() !== '') push();
  return out;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/** `10..`, `..5`, `3..7`, `5`, with `!` for "not in range". */
export function inRange(spec: string, value: number | undefined): boolean {
  let s = spec.trim();
  const negate = s.startsWith('!');
  if (negate) s = s.slice(1);
  let ok: boolean;
  if (value === undefined) ok = false;
  else if (s.includes('..')) {
    const [lo, hi] = s.split('..');
    ok = (lo === '' || value >= Number(lo)) && (hi === '' || value <= Number(hi));
  } else ok = value === Number(s);
  return negate ? !ok && value !== undefined : ok;
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** Whether one player meets the arguments of a selector (`[...]` contents). */
export function matches(player: Player, args: string, sender: Sender): boolean {
  for (const [key, raw] of splitArgs(args)) {
    const neg = raw.startsWith('!');
    const val = unquote(neg ? raw.slice(1) : raw);
    switch (key) {
      case 'name':
        if ((player.name === val) === neg) return false;
        break;
      case 'tag': {
        const has = val === '' ? player.tags.size > 0 : player.tags.has(val);
        if (has === neg) return false;
        break;
      }
      case 'm': {
        const mode = GAMEMODES[val.toLowerCase()];
        if ((player.gamemode === mode) === neg) return false;
        break;
      }
      case 'scores': {
        const inner = raw.replace(/^\{|\}$/g, '');
        for (const [obj, range] of splitArgs(inner))
          if (!inRange(range, player.scores.get(unquote(obj)))) return false;
        break;
      }
      case 'r':
        if (distance(player.position, sender.position) > Number(val)) return false;
        break;
      case 'rm':
        if (distance(player.position, sender.position) < Number(val)) return false;
        break;
      case 'type':
        if ((val === 'player' || val === 'minecraft:player') === neg) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

/** The online players a target (selector, name or `*`) means. */
export function resolveTargets(world: World, target: string, sender: Sender): Player[] {
  const m = /^@([apsre])(?:\[(.*)\])?$/s.exec(target.trim());
  if (!m) {
    const name = unquote(target.trim());
    if (name === '*') return world.online();
    const p = world.player(name);
    return p && p.online ? [p] : [];
  }
  const kind = m[1]!;
  const args = m[2] ?? '';
  // x / y / z move the centre that r, rm and @p measure from (~ from where the command runs).
  const centre: Sender['position'] = [...sender.position];
  for (const [key, raw] of splitArgs(args)) {
    const k = ['x', 'y', 'z'].indexOf(key);
    if (k < 0) continue;
    const v = raw.startsWith('~') ? sender.position[k]! + (Number(raw.slice(1)) || 0) : Number(raw);
    if (Number.isFinite(v)) centre[k] = v;
  }
  if (centre.some((v, k) => v !== sender.position[k])) sender = { ...sender, position: centre };
  let list = world.online().filter((p) => matches(p, args, sender));
  if (kind === 's') return sender.player && list.includes(sender.player) ? [sender.player] : [];
  const count = /(?:^|,)\s*c\s*=\s*(-?\d+)/.exec(args);
  if (kind === 'p') {
    list = [...list].sort(
      (a, b) => distance(a.position, sender.position) - distance(b.position, sender.position),
    );
    return list.slice(0, count ? Math.abs(Number(count[1])) : 1);
  }
  if (kind === 'r') {
    const shuffled = [...list].sort(() => Math.random() - 0.5);
    return shuffled.slice(0, count ? Math.abs(Number(count[1])) : 1);
  }
  return count ? list.slice(0, Math.abs(Number(count[1]))) : list;
}
