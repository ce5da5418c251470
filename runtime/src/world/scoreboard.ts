/**
 * The scoreboard command as a Bedrock server answers it: objectives add / remove / list / setdisplay, players
 * add / remove / set / random / reset / list / test / operation, over the world's objectives and players' scores.
 */
import type { CommandResult } from '../events';
import { failure, output, unquote, type Msg } from './commands';
import { inRange, resolveTargets, type Sender } from './selectors';
import type { World } from './world';

export function scoreboard(w: World, toks: string[], sender: Sender): CommandResult {
  const sub = (toks[1] ?? '').toLowerCase();
  const op = (toks[2] ?? '').toLowerCase();
  if (sub === 'objectives') {
    const name = toks[3] ?? '';
    if (op === 'add') {
      if (w.objectives.has(name))
        return failure('commands.scoreboard.objectives.add.alreadyExists', name);
      w.objectives.set(name, {
        name,
        criteria: toks[4] ?? 'dummy',
        displayName: unquote(toks.slice(5).join(' ')) || name,
      });
      return output([['commands.scoreboard.objectives.add.success', [name]]]);
    }
    if (op === 'remove') {
      if (!w.objectives.delete(name)) return failure('commands.scoreboard.objectiveNotFound', name);
      for (const p of w.players) p.scores.delete(name);
      return output([['commands.scoreboard.objectives.remove.success', [name]]]);
    }
    if (op === 'list') {
      const list = [...w.objectives.values()];
      return output([
        ['commands.scoreboard.objectives.list.count', [list.length]],
        ...list.map((o): Msg => [
          'commands.scoreboard.objectives.list.entry',
          [o.name, o.displayName, o.criteria],
        ]),
      ]);
    }
    return output([['commands.scoreboard.objectives.setdisplay.success', [name]]]);
  }
  if (sub !== 'players') return failure('commands.generic.syntax', toks.slice(0, 2).join(' '));
  const targetTok = toks[3];
  const ps =
    targetTok === '*'
      ? w.players.filter((p) => p.scores.size > 0 || p.online)
      : targetTok === undefined
        ? []
        : resolveTargets(w, targetTok, sender);
  if (op === 'list') {
    if (targetTok === undefined)
      return output([
        [
          'commands.scoreboard.players.list.count',
          [w.players.filter((p) => p.scores.size > 0).length],
        ],
      ]);
    const msgs: Msg[] = [];
    for (const p of ps) {
      msgs.push(['commands.scoreboard.players.list.player.count', [p.scores.size, p.name]]);
      for (const [obj, v] of p.scores)
        msgs.push([
          'commands.scoreboard.players.list.player.entry',
          [v, w.objectives.get(obj)?.displayName ?? obj, obj],
        ]);
    }
    return output(msgs);
  }
  if (ps.length === 0) return failure('commands.generic.noTargetMatch');
  const obj = toks[4] ?? '';
  if (op === 'reset') {
    for (const p of ps) {
      if (toks[4] === undefined) p.scores.clear();
      else p.scores.delete(obj);
    }
    return output(ps.map((p) => ['commands.scoreboard.players.reset.success', [p.name]]));
  }
  if (!w.objectives.has(obj)) return failure('commands.scoreboard.objectiveNotFound', obj);
  const n = Number(toks[5]);
  switch (op) {
    case 'add':
    case 'remove':
    case 'set':
    case 'random': {
      if (!Number.isInteger(n)) return failure('commands.generic.num.invalid', toks[5] ?? '');
      const msgs: Msg[] = [];
      for (const p of ps) {
        const cur = p.scores.get(obj) ?? 0;
        let next: number;
        if (op === 'add') next = cur + n;
        else if (op === 'remove') next = cur - n;
        else if (op === 'set') next = n;
        else {
          const hi = Number(toks[6] ?? n);
          next = n + Math.floor(Math.random() * (hi - n + 1));
        }
        next = Math.trunc(next) | 0;
        p.scores.set(obj, next);
        if (op === 'set' || op === 'random')
          msgs.push(['commands.scoreboard.players.set.success', [obj, p.name, next]]);
        else
          msgs.push([
            `commands.scoreboard.players.${op}.success`,
            [Math.abs(n), obj, p.name, next],
          ]);
      }
      return output(msgs);
    }
    case 'test': {
      const lo = toks[5] ?? '*';
      const hi = toks[6] ?? '*';
      const range = `${lo === '*' ? '' : lo}..${hi === '*' ? '' : hi}`;
      const msgs: Msg[] = ps.map((p) => {
        const v = p.scores.get(obj);
        if (v === undefined)
          return ['commands.scoreboard.players.score.notFound', [obj, p.name], false];
        return inRange(range, v)
          ? ['commands.scoreboard.players.test.success', [v, lo, hi]]
          : ['commands.scoreboard.players.test.failed', [v, lo, hi], false];
      });
      return output(msgs);
    }
    case 'operation': {
      const operator = toks[5] ?? '';
      const sources = resolveTargets(w, toks[6] ?? '', sender);
      const srcObj = toks[7] ?? '';
      if (!w.objectives.has(srcObj))
        return failure('commands.scoreboard.objectiveNotFound', srcObj);
      const src = sources[0]?.scores.get(srcObj);
      if (src === undefined)
        return failure('commands.scoreboard.players.score.notFound', srcObj, toks[6] ?? '');
      for (const p of ps) {
        const cur = p.scores.get(obj) ?? 0;
        const ops: Record<string, () => number> = {
          '+=': () => cur + src,
          '-=': () => cur - src,
          '*=': () => cur * src,
          '/=': () => (src === 0 ? cur : Math.floor(cur / src)),
          '%=': () => (src === 0 ? cur : cur - Math.floor(cur / src) * src),
          '=': () => src,
          '<': () => Math.min(cur, src),
          '>': () => Math.max(cur, src),
        };
        if (operator === '><') {
          sources[0]!.scores.set(srcObj, cur);
          p.scores.set(obj, src);
        } else if (ops[operator]) p.scores.set(obj, Math.trunc(ops[operator]!()) | 0);
        else return failure('commands.scoreboard.players.operation.invalidOperation', operator);
      }
      return output(
        ps.map((p) => ['commands.scoreboard.players.operation.success', [obj, p.name]]),
      );
    }
    default:
      return failure('commands.generic.syntax', `scoreboard players ${op}`);
  }
}
