/**
 * Commands answered by the world the way a Bedrock server answers them: a CommandOutput (SuccessCount,
 * OutputMessages with a message key and parameters) and the changes the command makes (scores, tags, items,
 * players shown a message, a player kicked). Commands the world does not simulate go to the world file's
 * `commands` rules, else succeed generically with one warning naming the command.
 *
 * Message keys follow Bedrock's (`commands.scoreboard.players.add.success`, ...); lang.ts renders them.
 */
import * as crypto from 'node:crypto';
import type { CommandResult, CommandVia, SayVia } from '../events';
import { resolveTargets, type Sender } from './selectors';
import { scoreboard } from './scoreboard';
import { coord, execute } from './execute';
import type { Player, World } from './world';

export interface CommandHooks {
  show(player: Player, text: string, via: SayVia): void;
  playerChanged(player: Player, action: 'online' | 'offline'): void;
  /** A command the world does not simulate and no rule answered (warned once per command name). */
  unknown(name: string): void;
}

export interface Answer {
  /** null: the game sends no answer (a caller waiting for one waits until its timeout). */
  result: CommandResult | null;
  stubbed?: boolean;
}

export type Msg = [key: string, params?: Array<string | number>, success?: boolean];

/** A CommandOutput with these messages (SuccessCount defaults to the successful ones). */
export function output(msgs: Msg[], successCount?: number): CommandResult {
  const count = successCount ?? msgs.filter((m) => m[2] !== false).length;
  return {
    CommandOrigin: { Origin: 0, UUID: crypto.randomUUID(), RequestID: '', PlayerUniqueID: 0 },
    OutputType: 3,
    SuccessCount: count,
    OutputMessages: msgs.map(([key, params, success]) => ({
      Success: success !== false,
      Message: key,
      Parameters: (params ?? []).map(String),
    })),
    DataSet: '',
  };
}

export function failure(key: string, ...params: Array<string | number>): CommandResult {
  return output([[key, params, false]], 0);
}

/** Splits a command line into tokens: quoted strings, selectors with their [...] and JSON stay whole. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const start = i;
    let depth = 0;
    let quoted = false;
    while (i < line.length) {
      const ch = line[i]!;
      if (ch === '\\' && quoted) {
        i += 2;
        continue;
      }
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === '[' || ch === '{')) depth++;
      else if (!quoted && (ch === ']' || ch === '}')) depth--;
      else if (!quoted && depth <= 0 && /\s/.test(ch)) break;
      i++;
    }
    out.push(line.slice(start, i));
  }
  return out;
}

/** The text after the first n tokens (messages of tell/say, JSON of tellraw). */
function restAfter(line: string, n: number): string {
  let rest = line;
  for (let k = 0; k < n; k++) {
    rest = rest.replace(/^\s+/, '');
    const tok = tokenize(rest)[0] ?? '';
    rest = rest.slice(tok.length);
  }
  return rest.replace(/^\s+/, '');
}

export function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/** The text a rawtext JSON shows (text parts; selectors and scores resolved; translate keys as written). */
export function rawtextToString(json: string, world: World, sender: Sender): string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return json;
  }
  const parts = (doc as { rawtext?: unknown[] })?.rawtext;
  if (!Array.isArray(parts)) return json;
  return parts
    .map((p) => {
      const c = p as Record<string, unknown>;
      if (typeof c.text === 'string') return c.text;
      if (typeof c.selector === 'string')
        return resolveTargets(world, c.selector, sender)
          .map((x) => x.name)
          .join(', ');
      if (c.score && typeof c.score === 'object') {
        const s = c.score as { name?: string; objective?: string };
        const target = resolveTargets(world, s.name ?? '@s', sender)[0];
        return String(target?.scores.get(s.objective ?? '') ?? '');
      }
      if (typeof c.translate === 'string') return c.translate;
      return '';
    })
    .join('');
}

export class CommandInterpreter {
  private readonly warned = new Set<string>();

  constructor(
    private readonly world: World,
    private readonly hooks: CommandHooks,
  ) {}

  private result(msgs: Msg[], successCount?: number): CommandResult {
    return output(msgs, successCount);
  }

  private fail(key: string, ...params: Array<string | number>): CommandResult {
    return failure(key, ...params);
  }

  /** Runs one command a plugin sends (a leading / is allowed): the bot runs it, where it stands. */
  execute(line: string, _via: CommandVia): Answer {
    const bot = this.world.botPlayer;
    return this.run(line, { player: bot, position: bot.position });
  }

  /** Runs one command as this sender (`@s`, `~`). */
  private run(line: string, sender: Sender): Answer {
    const cmd = line.trim().replace(/^\//, '');
    const toks = tokenize(cmd);
    const name = (toks[0] ?? '').toLowerCase();
    const targets = (t: string | undefined): Player[] =>
      t === undefined ? [] : resolveTargets(this.world, t, sender);
    const noTarget = (): CommandResult => this.fail('commands.generic.noTargetMatch');
    switch (name) {
      case 'tell':
      case 'msg':
      case 'w': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const text = restAfter(cmd, 2);
        for (const p of ps) this.hooks.show(p, text, 'tell');
        return {
          result: this.result(ps.map((p) => ['commands.message.display.outgoing', [p.name, text]])),
        };
      }
      case 'tellraw': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const text = rawtextToString(restAfter(cmd, 2), this.world, sender);
        for (const p of ps) this.hooks.show(p, text, 'tellraw');
        return { result: this.result([], ps.length) };
      }
      case 'say': {
        const text = `[${this.world.bot.name}] ${restAfter(cmd, 1)}`;
        for (const p of this.world.online()) this.hooks.show(p, text, 'chat');
        return { result: null };
      }
      case 'title':
      case 'titleraw': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const mode = (toks[2] ?? '').toLowerCase();
        if (mode === 'clear' || mode === 'reset' || mode === 'times')
          return { result: this.result([['commands.title.success']]) };
        const raw = restAfter(cmd, 3);
        const text = name === 'titleraw' ? rawtextToString(raw, this.world, sender) : raw;
        const v: SayVia =
          mode === 'subtitle' ? 'subtitle' : mode === 'actionbar' ? 'actionbar' : 'title';
        for (const p of ps) this.hooks.show(p, text, v);
        return { result: this.result([['commands.title.success']], ps.length) };
      }
      case 'scoreboard':
        return { result: scoreboard(this.world, toks, sender) };
      case 'execute': {
        let stubbed = false;
        const result = execute(
          {
            world: this.world,
            run: (c, s) => {
              const a = this.run(c, s);
              if (a.stubbed) stubbed = true;
              return a.result;
            },
            unsupported: (what) => this.warnOnce(what),
          },
          cmd,
          sender,
        );
        return { result, ...(stubbed ? { stubbed: true } : {}) };
      }
      case 'tag': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const op = (toks[2] ?? '').toLowerCase();
        const tag = unquote(toks[3] ?? '');
        if (op === 'list')
          return {
            result: this.result(
              ps.map((p) => [
                'commands.tag.list.single.success',
                [p.name, p.tags.size, [...p.tags].join(', ')],
              ]),
            ),
          };
        const msgs: Msg[] = [];
        for (const p of ps) {
          if (op === 'add') {
            if (p.tags.has(tag)) msgs.push(['commands.tag.add.failed', [], false]);
            else {
              p.tags.add(tag);
              msgs.push(['commands.tag.add.success.single', [tag, p.name]]);
            }
          } else if (op === 'remove') {
            if (!p.tags.delete(tag)) msgs.push(['commands.tag.remove.failed', [], false]);
            else msgs.push(['commands.tag.remove.success.single', [tag, p.name]]);
          }
        }
        return { result: this.result(msgs) };
      }
      case 'kick': {
        const p = this.world.player(unquote(toks[1] ?? ''));
        if (!p || !p.online) return { result: noTarget() };
        p.online = false;
        this.hooks.playerChanged(p, 'offline');
        return { result: this.result([['commands.kick.success', [p.name]]]) };
      }
      case 'give': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const item = (toks[2] ?? '').replace(/^minecraft:/, '');
        const amount = Number(toks[3] ?? 1) || 1;
        for (const p of ps) p.items.set(item, (p.items.get(item) ?? 0) + amount);
        return {
          result: this.result(ps.map((p) => ['commands.give.success', [item, amount, p.name]])),
        };
      }
      case 'clear': {
        const ps = targets(toks[1] ?? '@s');
        if (ps.length === 0) return { result: noTarget() };
        const item = toks[2]?.replace(/^minecraft:/, '');
        const max = toks[4] !== undefined ? Number(toks[4]) : Infinity;
        const msgs: Msg[] = [];
        for (const p of ps) {
          let removed = 0;
          for (const [k, n] of [...p.items]) {
            if (item !== undefined && k !== item) continue;
            const take = Math.min(n, max - removed);
            removed += take;
            if (n - take > 0) p.items.set(k, n - take);
            else p.items.delete(k);
          }
          msgs.push(
            removed > 0
              ? ['commands.clear.success', [p.name, removed]]
              : ['commands.clear.failure.no.items', [p.name], false],
          );
        }
        return { result: this.result(msgs) };
      }
      case 'testfor': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        return {
          result: this.result(
            [['commands.testfor.success', [ps.map((p) => p.name).join(', ')]]],
            ps.length,
          ),
        };
      }
      case 'querytarget': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        const data = ps.map((p) => ({
          dimension: p.dimension,
          id: p.uuid,
          position: { x: p.position[0], y: p.position[1], z: p.position[2] },
          uniqueId: p.uniqueId,
          yRot: 0,
        }));
        return {
          result: this.result(
            [['commands.querytarget.success', [JSON.stringify(data)]]],
            ps.length,
          ),
        };
      }
      case 'list': {
        const on = this.world.online();
        return {
          result: this.result(
            [
              ['commands.players.list', [on.length, this.world.players.length]],
              ['commands.players.list.names', [on.map((p) => p.name).join(', ')]],
            ],
            1,
          ),
        };
      }
      case 'tp':
      case 'teleport': {
        const ps = targets(toks[1]);
        if (ps.length === 0) return { result: noTarget() };
        // x y z (absolute, or ~ from where the command runs), or another target
        const at = sender.position;
        const xyz = [0, 1, 2].map((k) => coord(toks[2 + k], at[k]!));
        let dest: [number, number, number] | undefined;
        if (xyz.every((n) => n !== undefined)) dest = [xyz[0]!, xyz[1]!, xyz[2]!];
        else if (toks[2]) dest = targets(toks[2])[0]?.position;
        if (!dest) return { result: noTarget() };
        for (const p of ps) p.position = [...dest];
        return { result: this.result(ps.map((p) => ['commands.tp.success', [p.name]])) };
      }
      case 'gamemode': {
        const mode =
          (
            {
              '0': 'survival',
              s: 'survival',
              '1': 'creative',
              c: 'creative',
              '2': 'adventure',
              a: 'adventure',
              '6': 'spectator',
              sp: 'spectator',
            } as Record<string, Player['gamemode']>
          )[(toks[1] ?? '').toLowerCase()] ?? (toks[1]?.toLowerCase() as Player['gamemode']);
        const ps = targets(toks[2] ?? '@s');
        if (ps.length === 0) return { result: noTarget() };
        for (const p of ps) p.gamemode = mode;
        return {
          result: this.result(ps.map((p) => ['commands.gamemode.success.other', [mode, p.name]])),
        };
      }
      default:
        return this.byRule(cmd, name);
    }
  }

  private byRule(cmd: string, name: string): Answer {
    const rule = this.world.commandRules.find((r) => r.re.test(cmd));
    if (rule) {
      if (rule.noResult) return { result: null, stubbed: true };
      const success = rule.success !== false;
      const outputs = rule.output === undefined ? [] : [rule.output].flat();
      const msgs: Msg[] = outputs.map((o) => [o, [], success]);
      return { result: this.result(msgs, rule.successCount ?? (success ? 1 : 0)), stubbed: true };
    }
    this.warnOnce(name);
    return { result: this.result([], 1) };
  }

  private warnOnce(name: string): void {
    if (this.warned.has(name)) return;
    this.warned.add(name);
    this.hooks.unknown(name);
  }
}
