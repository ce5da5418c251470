/**
 * The `execute` command as Bedrock runs it, over the selector engine: `as` / `at` / `positioned` (and `as`),
 * `if` / `unless` `entity` / `score`, `in`, `align`, `anchored`, `facing`, `rotated`, then `run <command>`, each
 * run with its own executor (`@s`) and position (`~`). The legacy form `execute <target> <x y z> [detect ...]
 * <command>` runs the command as and at each target.
 *
 * The answer: the subcommands' output messages together, SuccessCount their sum; `allInvocationsFailed` when every
 * run failed, `falseCondition` when a condition left nothing to run, `noTargetMatch` when a target matched no one.
 */
import type { CommandResult } from '../events';
import { failure, output, tokenize, type Msg } from './commands';
import { inRange, resolveTargets, type Sender } from './selectors';
import type { World } from './world';

export interface ExecuteContext {
  world: World;
  /** Runs one command as this sender (null: the game gives no answer). */
  run(command: string, sender: Sender): CommandResult | null;
  /** A part the world cannot test (blocks): it is taken as passing, with one warning. */
  unsupported(what: string): void;
}

const SUBCOMMANDS = new Set([
  'as',
  'at',
  'positioned',
  'align',
  'anchored',
  'facing',
  'rotated',
  'in',
  'if',
  'unless',
  'run',
]);

/** A coordinate: absolute, or `~n` / `^n` from the base (local `^` coordinates are taken as relative). */
export function coord(tok: string | undefined, base: number): number | undefined {
  if (tok === undefined) return undefined;
  if (tok.startsWith('~') || tok.startsWith('^')) {
    const rest = tok.slice(1);
    const n = rest === '' ? 0 : Number(rest);
    return Number.isFinite(n) ? base + n : undefined;
  }
  const n = Number(tok);
  return Number.isFinite(n) ? n : undefined;
}

function position(
  toks: string[],
  i: number,
  from: Sender['position'],
): Sender['position'] | undefined {
  const x = coord(toks[i], from[0]);
  const y = coord(toks[i + 1], from[1]);
  const z = coord(toks[i + 2], from[2]);
  return x === undefined || y === undefined || z === undefined ? undefined : [x, y, z];
}

/** Whether a score condition holds: `<target> <objective> matches <range>` or `<op> <source> <objective>`. */
function scoreHolds(ctx: ExecuteContext, toks: string[], i: number, s: Sender): boolean {
  const target = resolveTargets(ctx.world, toks[i] ?? '', s)[0];
  const value = target?.scores.get(toks[i + 1] ?? '');
  if (toks[i + 2] === 'matches') return inRange(toks[i + 3] ?? '', value);
  const source = resolveTargets(ctx.world, toks[i + 3] ?? '', s)[0];
  const other = source?.scores.get(toks[i + 4] ?? '');
  if (value === undefined || other === undefined) return false;
  switch (toks[i + 2]) {
    case '<':
      return value < other;
    case '<=':
      return value <= other;
    case '=':
      return value === other;
    case '>=':
      return value >= other;
    case '>':
      return value > other;
    default:
      return false;
  }
}

/** Runs the command for each sender and combines the answers. */
function runEach(ctx: ExecuteContext, command: string, senders: Sender[]): CommandResult | null {
  const results = senders.map((s) => ctx.run(command, s));
  const given = results.filter((r): r is CommandResult => r !== null);
  if (given.length === 0) return null;
  const success = given.reduce((n, r) => n + r.SuccessCount, 0);
  if (success === 0) return failure('commands.execute.allInvocationsFailed', command);
  const msgs: Msg[] = given.flatMap((r) =>
    r.OutputMessages.map((m): Msg => [m.Message, m.Parameters, m.Success]),
  );
  return output(msgs, success);
}

/** The text of the line from its n-th token on (the command after `run`, JSON with spaces kept). */
function from(line: string, n: number): string {
  let rest = line;
  for (let k = 0; k < n; k++) {
    rest = rest.replace(/^\s+/, '');
    rest = rest.slice((tokenize(rest)[0] ?? '').length);
  }
  return rest.replace(/^\s+/, '');
}

/** `execute ...` (the whole line, `execute` included). */
export function execute(ctx: ExecuteContext, line: string, sender: Sender): CommandResult | null {
  const toks = tokenize(line);
  const first = toks[1];
  if (first === undefined) return failure('commands.generic.syntax', line);
  if (!SUBCOMMANDS.has(first.toLowerCase())) return legacy(ctx, line, toks, sender);
  let senders: Sender[] = [sender];
  let i = 1;
  while (i < toks.length) {
    const sub = toks[i]!.toLowerCase();
    if (sub === 'run') return runEach(ctx, from(line, i + 1), senders);
    if (sub === 'as' || sub === 'at') {
      const target = toks[i + 1] ?? '';
      senders = senders.flatMap((s) =>
        resolveTargets(ctx.world, target, s).map((p) =>
          sub === 'as' ? { ...s, player: p } : { ...s, position: p.position },
        ),
      );
      if (senders.length === 0) return failure('commands.generic.noTargetMatch');
      i += 2;
    } else if (sub === 'positioned') {
      if (toks[i + 1] === 'as') {
        const target = toks[i + 2] ?? '';
        senders = senders.flatMap((s) =>
          resolveTargets(ctx.world, target, s).map((p) => ({ ...s, position: p.position })),
        );
        if (senders.length === 0) return failure('commands.generic.noTargetMatch');
        i += 3;
      } else {
        const next: Sender[] = [];
        for (const s of senders) {
          const pos = position(toks, i + 1, s.position);
          if (!pos) return failure('commands.generic.syntax', line);
          next.push({ ...s, position: pos });
        }
        senders = next;
        i += 4;
      }
    } else if (sub === 'if' || sub === 'unless') {
      const kind = (toks[i + 1] ?? '').toLowerCase();
      const want = sub === 'if';
      let width: number;
      let holds: (s: Sender) => boolean;
      if (kind === 'entity') {
        const target = toks[i + 2] ?? '';
        holds = (s) => resolveTargets(ctx.world, target, s).length > 0;
        width = 3;
      } else if (kind === 'score') {
        holds = (s) => scoreHolds(ctx, toks, i + 2, s);
        width = toks[i + 4] === 'matches' ? 6 : 7;
      } else {
        ctx.unsupported(`execute ${sub} ${kind}`);
        holds = () => want;
        // if block <x y z> <block> [states] | if blocks <begin> <end> <destination> <all|masked>
        width = kind === 'blocks' ? 12 : (toks[i + 6] ?? '').startsWith('[') ? 7 : 6;
      }
      senders = senders.filter((s) => holds(s) === want);
      if (senders.length === 0) return failure('commands.execute.falseCondition', sub, kind);
      i += width;
    } else if (sub === 'align' || sub === 'anchored' || sub === 'in') {
      i += 2;
    } else if (sub === 'rotated') {
      i += 3; // rotated <yaw> <pitch> | rotated as <target>
    } else if (sub === 'facing') {
      i += 4; // facing <x y z> | facing entity <target> <eyes|feet>
    } else {
      return failure('commands.generic.syntax', toks[i]!);
    }
  }
  return output([['commands.execute.trueConditionWithCount', [senders.length]]], senders.length);
}

/** `execute <target> <x y z> [detect <x y z> <block> <data>] <command>`: as and at each target. */
function legacy(
  ctx: ExecuteContext,
  line: string,
  toks: string[],
  sender: Sender,
): CommandResult | null {
  const players = resolveTargets(ctx.world, toks[1]!, sender);
  if (players.length === 0) return failure('commands.generic.noTargetMatch');
  let at = 5;
  if ((toks[5] ?? '').toLowerCase() === 'detect') {
    ctx.unsupported('execute detect');
    at = 11;
  }
  const senders: Sender[] = [];
  for (const p of players) {
    const pos = position(toks, 2, p.position);
    if (!pos) return failure('commands.generic.syntax', line);
    senders.push({ ...sender, player: p, position: pos });
  }
  return runEach(ctx, from(line, at), senders);
}
