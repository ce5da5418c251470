/**
 * The simulated world every plugin of a run shares: players (name, uuid, online, op, tags, scores, position,
 * dimension, items, abilities), the bot, scoreboard objectives, QQ groups and users, soft data, the shared map,
 * other plugins' APIs given by the world file, game rules, time and tick. The omega areas (runtime/src/omega/)
 * read and change it; the command interpreter (commands.ts) answers commands from it.
 */
import * as crypto from 'node:crypto';
import { Clock } from '../clock';
import type { CommandRule, HttpRule, PlayerSpec, Position, QqUserSpec, WorldFile } from './file';

export const ABILITIES = [
  'build',
  'mine',
  'door_and_switches',
  'open_container',
  'attack_player',
  'attack_mobs',
  'operator_command',
  'teleport',
] as const;

export interface Player {
  name: string;
  uuid: string;
  online: boolean;
  op: boolean;
  tags: Set<string>;
  scores: Map<string, number>;
  position: Position;
  dimension: number;
  gamemode: 'survival' | 'creative' | 'adventure' | 'spectator';
  device: string;
  platformChatId: string;
  skinId: string;
  items: Map<string, number>;
  uniqueId: string;
  runtimeId: string;
  loginTime: number;
  abilities: Record<string, boolean>;
  /** The bot itself: neomega lists it among the players (it is in the player list like everyone). */
  bot?: true;
}

export interface Objective {
  name: string;
  displayName: string;
  criteria: string;
}

/** A name-derived UUID (version 3 layout), so the same world file gives the same ids every run. */
export function nameUuid(name: string): string {
  const h = crypto.createHash('md5').update(`OfflinePlayer:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x30;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function uniqueIdOf(uuid: string): string {
  return '-' + String(parseInt(uuid.replace(/-/g, '').slice(0, 10), 16));
}

export class World {
  readonly players: Player[] = [];
  readonly objectives = new Map<string, Objective>();
  /** Who the bot is; where it is, is its player's (`botPlayer`), which `tp` moves. */
  readonly bot: {
    name: string;
    uuid: string;
    uniqueId: string;
    runtimeId: string;
    identity: string;
  };
  /** The bot as a player: in `@a`, `get_all_online_players()`, `get_player_by_name(bot)`. */
  readonly botPlayer: Player;
  readonly qqGroups: Array<{ id: number; name: string; members: QqUserSpec[] }>;
  readonly qqUsers: QqUserSpec[];
  /** Guilds (QQ 频道) and their channels; ids are strings, as the QQ helper gives them. */
  readonly qqGuilds: Array<{
    id: string;
    name: string;
    channels: Array<{ id: string; name: string }>;
  }>;
  /** The default list: where filtered QQ messages come from and send_to_default sends. */
  readonly qqDefault: string[];
  readonly qqSelf: number;
  readonly commandRules: Array<CommandRule & { re: RegExp }>;
  readonly httpRules: HttpRule[];
  readonly apis: Map<string, { result?: unknown; error?: string; delay?: number }>;
  readonly soft = new Map<string, string>();
  /** omega.share's string map. */
  readonly shared = new Map<string, string>();
  readonly gameRules: Record<string, string>;
  /** The run's clock when the world began (the game tick counts from here). */
  readonly startedAt: number;
  private readonly startTick: number;
  private readonly startDayTime: number;
  readonly syncRatio: number;
  private nextRuntimeId = 2;

  constructor(
    file: WorldFile = {},
    /** The run's clock: login times and the game tick read it. */
    readonly clock: Clock = new Clock(),
  ) {
    this.startedAt = clock.now();
    for (const o of file.objectives ?? [])
      this.objectives.set(o.name, {
        name: o.name,
        displayName: o.displayName ?? o.name,
        criteria: o.criteria ?? 'dummy',
      });
    const botName = file.bot?.name ?? 'Omega';
    const botUuid = file.bot?.uuid ?? nameUuid(botName);
    this.bot = {
      name: botName,
      uuid: botUuid,
      uniqueId: file.bot?.uniqueId ?? uniqueIdOf(botUuid),
      runtimeId: file.bot?.runtimeId ?? '1',
      identity: file.bot?.identity ?? botName,
    };
    const specs: PlayerSpec[] = file.players ?? [{ name: 'Steve', op: true }];
    for (const spec of specs) if (spec.name !== botName) this.addPlayer(spec);
    // The bot last: a `players` entry with its name gives it scores, tags, items...
    const botSpec = specs.find((p) => p.name === botName);
    this.botPlayer = this.addPlayer({
      op: true,
      position: file.bot?.position ?? [0, 64, 0],
      dimension: file.bot?.dimension ?? 0,
      ...botSpec,
      name: botName,
      uuid: botUuid,
      online: true,
    });
    this.botPlayer.bot = true;
    this.botPlayer.uniqueId = this.bot.uniqueId;
    this.botPlayer.runtimeId = this.bot.runtimeId;
    this.qqGroups = (file.qq?.groups ?? []).map((g) => ({
      id: g.id,
      name: g.name ?? String(g.id),
      members: g.members ?? [],
    }));
    this.qqUsers = file.qq?.users ?? [];
    this.qqGuilds = (file.qq?.guilds ?? []).map((g) => ({
      id: String(g.id),
      name: g.name ?? String(g.id),
      channels: (g.channels ?? []).map((c) => ({ id: String(c.id), name: c.name ?? String(c.id) })),
    }));
    this.qqSelf = file.qq?.self ?? 10000;
    this.qqDefault = file.qq?.default ?? this.qqGroups.map((g) => `群聊:${g.id}`);
    this.commandRules = (file.commands ?? []).map((r) => ({ ...r, re: new RegExp(r.match) }));
    this.httpRules = file.http ?? [];
    this.apis = new Map(Object.entries(file.apis ?? {}));
    for (const [k, v] of Object.entries(file.soft ?? {})) this.soft.set(k, v);
    this.gameRules = {
      commandblockoutput: 'true',
      commandblocksenabled: 'true',
      dodaylightcycle: 'true',
      keepinventory: 'false',
      pvp: 'true',
      sendcommandfeedback: 'true',
      showcoordinates: 'false',
    };
    for (const [k, v] of Object.entries(file.gameRules ?? {}))
      this.gameRules[k.toLowerCase()] = String(v);
    this.startTick = file.time?.tick ?? 0;
    this.startDayTime = file.time?.dayTime ?? 1000;
    this.syncRatio = file.time?.syncRatio ?? 1;
  }

  addPlayer(spec: PlayerSpec): Player {
    const uuid = spec.uuid ?? nameUuid(spec.name);
    const p: Player = {
      name: spec.name,
      uuid,
      online: spec.online ?? true,
      op: spec.op ?? false,
      tags: new Set(spec.tags ?? []),
      scores: new Map(Object.entries(spec.scores ?? {})),
      position: spec.position ?? [0, 64, 0],
      dimension: spec.dimension ?? 0,
      gamemode: spec.gamemode ?? 'survival',
      device: spec.device ?? 'Win10',
      platformChatId: spec.platformChatId ?? '',
      skinId: spec.skinId ?? '',
      items: new Map(Object.entries(spec.items ?? {})),
      uniqueId: uniqueIdOf(uuid),
      runtimeId: String(this.nextRuntimeId++),
      loginTime: Math.floor(this.clock.now() / 1000),
      abilities: Object.fromEntries(ABILITIES.map((a) => [a, true])),
    };
    if (!p.op) p.abilities['operator_command'] = false;
    for (const obj of p.scores.keys())
      if (!this.objectives.has(obj))
        this.objectives.set(obj, { name: obj, displayName: obj, criteria: 'dummy' });
    this.players.push(p);
    return p;
  }

  player(name: string): Player | undefined {
    return this.players.find((p) => p.name === name);
  }

  playerByUuid(uuid: string): Player | undefined {
    return this.players.find((p) => p.uuid === uuid);
  }

  online(): Player[] {
    return this.players.filter((p) => p.online);
  }

  /** The players people play (everyone but the bot). */
  people(): Player[] {
    return this.players.filter((p) => !p.bot);
  }

  /** Ticks since the run started at 20 ticks per second (times the sync ratio), plus the world file's start. */
  tick(): number {
    return this.startTick + Math.floor(((this.clock.now() - this.startedAt) / 50) * this.syncRatio);
  }

  dayTime(): number {
    return (this.startDayTime + this.tick() - this.startTick) % 24000;
  }

  /** A QQ user's group member entry in that group, if they are in it. */
  qqMember(group: number, user: number): QqUserSpec | undefined {
    return this.qqGroups.find((g) => g.id === group)?.members.find((m) => m.id === user);
  }

  /** A QQ user's nickname (not a group card): the users list, else any group's member entry, else the number. */
  qqNickname(user: number): string {
    const u = this.qqUsers.find((x) => x.id === user);
    if (u?.nickname) return u.nickname;
    for (const g of this.qqGroups) {
      const m = g.members.find((x) => x.id === user);
      if (m?.nickname) return m.nickname;
    }
    return String(user);
  }
}
