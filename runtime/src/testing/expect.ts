/**
 * Expectations: what a test says must (or must not) happen after an action, checked against the run's events
 * since that action and, for scores, against the world as it is now. Also the sentence describing each one, in
 * the test run's language.
 */
import type { RunEvent } from '../events';
import { stripColorCodes } from '../colors';
import { tr, type Lang } from '../messages';
import type { World } from '../world/world';
import type { Expectation, TextMatch } from './file';
import { EXPECT_KINDS } from './kinds';

export type ExpectKind = (typeof EXPECT_KINDS)[number];

export function kindOf(e: Expectation): ExpectKind {
  return EXPECT_KINDS.find((k) => e[k] !== undefined)!;
}

/** True when the expectation is about something that must not happen (`not`, or `noError`). */
export function isNegative(e: Expectation): boolean {
  return (kindOf(e) === 'noError') !== (e.not === true);
}

/**
 * `met`: satisfied, no need to look further. `violated`: failed for good (a forbidden event appeared).
 * `open`: undecided so far; when time is up, a positive expectation fails and a negative one passes.
 */
export type Verdict =
  { state: 'met' } | { state: 'violated'; evidence?: RunEvent } | { state: 'open' };

const regexCache = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = regexCache.get(source);
  if (!r) {
    r = new RegExp(source);
    regexCache.set(source, r);
  }
  return r;
}

function textFits(m: TextMatch, text: string): boolean {
  const plain = stripColorCodes(text);
  if (m.text !== undefined && m.text !== text && stripColorCodes(m.text) !== plain) return false;
  if (m.match !== undefined && !re(m.match).test(text) && !re(m.match).test(plain)) return false;
  return true;
}

/** URL patterns as in the world file's http rules: `*` matches anything, the rest literally, whole URL. */
function urlFits(pattern: string, url: string): boolean {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return re(`^${body}$`).test(url);
}

/** Whether `actual` holds everything `expected` says: objects field by field, arrays item by item. */
export function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((v, i) => contains(actual[i], v))
    );
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) =>
      contains((actual as Record<string, unknown>)[k], v),
    );
  }
  return actual === expected;
}

/** Print events joined into the lines they make (io.write pieces belong to the line they end up in). */
function printLines(events: RunEvent[]): Array<Extract<RunEvent, { type: 'print' }>> {
  const out: Array<Extract<RunEvent, { type: 'print' }>> = [];
  let partial: Extract<RunEvent, { type: 'print' }> | undefined;
  for (const e of events) {
    if (e.type !== 'print') continue;
    if (e.partial) {
      const parts = (partial ? partial.text : '') + e.text;
      const lines = parts.split('\n');
      for (const l of lines.slice(0, -1)) out.push({ ...e, text: l, partial: undefined });
      partial = { ...e, text: lines[lines.length - 1]! };
      if (partial.text === '') partial = undefined;
    } else {
      out.push(partial ? { ...e, text: partial.text + e.text } : e);
      partial = undefined;
    }
  }
  if (partial) out.push(partial);
  return out;
}

/** Whether one event is what an event expectation describes. */
export function fits(e: Expectation, ev: RunEvent): boolean {
  switch (kindOf(e)) {
    case 'say': {
      const s = e.say!;
      return (
        ev.type === 'say' &&
        ev.offline !== true &&
        (s.to === undefined || ev.player === s.to) &&
        (s.via === undefined || ev.via === s.via) &&
        textFits(s, ev.text)
      );
    }
    case 'request': {
      const r = e.request!;
      if (ev.type !== 'request') return false;
      if (r.method !== undefined && ev.method.toUpperCase() !== r.method.toUpperCase())
        return false;
      if (r.url !== undefined && !urlFits(r.url, ev.url)) return false;
      for (const [name, pattern] of Object.entries(r.headers ?? {})) {
        const key = Object.keys(ev.headers).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined || !re(pattern).test(ev.headers[key]!)) return false;
      }
      const b = r.body;
      if (b) {
        if (b.text !== undefined && ev.body !== b.text) return false;
        if (b.match !== undefined && !re(b.match).test(ev.body)) return false;
        if (b.json !== undefined) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(ev.body);
          } catch {
            return false;
          }
          if (!contains(parsed, b.json)) return false;
        }
      }
      return true;
    }
    case 'command': {
      const c = e.command!;
      return (
        ev.type === 'command' &&
        (c.via === undefined || ev.via === c.via) &&
        textFits(c, ev.command)
      );
    }
    case 'qq': {
      const q = e.qq!;
      if (ev.type !== 'qq') return false;
      if (q.target !== undefined && ev.target !== q.target) return false;
      if (q.group !== undefined && ev.target !== `群聊:${q.group}`) return false;
      if (q.user !== undefined && ev.target !== `好友:${q.user}`) return false;
      return textFits(q, ev.text);
    }
    case 'print': {
      const p = e.print!;
      return (
        ev.type === 'print' &&
        (p.stream === undefined || ev.stream === p.stream) &&
        (p.level === undefined || ev.level === p.level) &&
        textFits(p, ev.text)
      );
    }
    case 'apiResult': {
      const a = e.apiResult!;
      if (ev.type !== 'apiResult') return false;
      if (a.api !== undefined && ev.api !== a.api) return false;
      if (a.result !== undefined && !contains(ev.result, a.result)) return false;
      if (a.error !== undefined && (ev.error === undefined || !re(a.error).test(ev.error)))
        return false;
      return true;
    }
    case 'noError':
      return ev.type === 'error';
    case 'score':
      return false;
  }
}

/** The score an expectation names, as the world holds it now (undefined: the player has none). */
export function scoreNow(e: Expectation, world: World): number | undefined {
  const s = e.score!;
  return world.player(s.player)?.scores.get(s.objective);
}

function scoreHolds(e: Expectation, world: World): boolean {
  const s = e.score!;
  const v = scoreNow(e, world);
  if (v === undefined) return false;
  return (
    (s.equals === undefined || v === s.equals) &&
    (s.atLeast === undefined || v >= s.atLeast) &&
    (s.atMost === undefined || v <= s.atMost)
  );
}

/** Judges an expectation on the events since the previous action and the world now. */
export function evaluate(e: Expectation, events: RunEvent[], world: World): Verdict {
  const negative = isNegative(e);
  if (kindOf(e) === 'score') {
    const holds = scoreHolds(e, world);
    if (!negative && holds) return { state: 'met' };
    return { state: 'open' };
  }
  const pool = kindOf(e) === 'print' ? printLines(events) : events;
  const found = pool.find((ev) => fits(e, ev));
  if (negative) return found ? { state: 'violated', evidence: found } : { state: 'open' };
  return found ? { state: 'met' } : { state: 'open' };
}

/** The final word on an undecided expectation once time is up. */
export function settle(e: Expectation, world: World): boolean {
  if (kindOf(e) === 'score') return isNegative(e) ? !scoreHolds(e, world) : scoreHolds(e, world);
  return isNegative(e);
}

function textWords(m: TextMatch, lang: Lang): string {
  const parts: string[] = [];
  if (m.text !== undefined) parts.push(tr(lang, `“${m.text}”`, `"${m.text}"`));
  if (m.match !== undefined) parts.push(tr(lang, `匹配 /${m.match}/`, `matching /${m.match}/`));
  return parts.join(tr(lang, '，', ', '));
}

/** What the expectation asks for, as one phrase. */
export function describeExpectation(e: Expectation, lang: Lang): string {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const join = (head: string, ...rest: Array<string | false | undefined>): string => {
    const r = rest.filter((x): x is string => !!x);
    return r.length ? `${head}${t('，', ', ')}${r.join(t('，', ', '))}` : head;
  };
  let what: string;
  switch (kindOf(e)) {
    case 'say': {
      const s = e.say!;
      what = join(
        t(`${s.to ?? '某个玩家'} 看到的消息`, `message shown to ${s.to ?? 'any player'}`),
        s.via && t(`方式 ${s.via}`, `via ${s.via}`),
        textWords(s, lang),
      );
      break;
    }
    case 'request': {
      const r = e.request!;
      const b = r.body;
      what = join(
        t(
          `HTTP 请求 ${r.method?.toUpperCase() ?? '(任意方法)'} ${r.url ?? '(任意 URL)'}`,
          `HTTP request ${r.method?.toUpperCase() ?? '(any method)'} ${r.url ?? '(any URL)'}`,
        ),
        ...Object.entries(r.headers ?? {}).map(([k, v]) =>
          t(`请求头 ${k} 匹配 /${v}/`, `header ${k} matching /${v}/`),
        ),
        b?.text !== undefined && t(`请求体 “${b.text}”`, `body "${b.text}"`),
        b?.match !== undefined && t(`请求体匹配 /${b.match}/`, `body matching /${b.match}/`),
        b?.json !== undefined &&
          t(`请求体包含 ${JSON.stringify(b.json)}`, `body containing ${JSON.stringify(b.json)}`),
      );
      break;
    }
    case 'command': {
      const c = e.command!;
      what = join(t('命令', 'command'), c.via && `via ${c.via}`, textWords(c, lang));
      break;
    }
    case 'qq': {
      const q = e.qq!;
      const to =
        q.target ??
        (q.group !== undefined
          ? `群聊:${q.group}`
          : q.user !== undefined
            ? `好友:${q.user}`
            : undefined);
      what = join(
        t(`QQ 消息${to ? `（发往 ${to}）` : ''}`, `QQ message${to ? ` to ${to}` : ''}`),
        textWords(q, lang),
      );
      break;
    }
    case 'print': {
      const p = e.print!;
      what = join(
        t('打印的一行', 'printed line'),
        p.stream && `stream ${p.stream}`,
        p.level && `level ${p.level}`,
        textWords(p, lang),
      );
      break;
    }
    case 'score': {
      const s = e.score!;
      const cond = [
        s.equals !== undefined && t(`等于 ${s.equals}`, `equal to ${s.equals}`),
        s.atLeast !== undefined && t(`至少 ${s.atLeast}`, `at least ${s.atLeast}`),
        s.atMost !== undefined && t(`至多 ${s.atMost}`, `at most ${s.atMost}`),
      ].filter((x): x is string => !!x);
      what = t(
        `${s.player} 的 ${s.objective} 分数${cond.join('且')}`,
        `${s.player}'s ${s.objective} score ${cond.join(' and ')}`,
      );
      break;
    }
    case 'apiResult': {
      const a = e.apiResult!;
      what = join(
        t(`API ${a.api ?? '(任意)'} 的回答`, `answer of API ${a.api ?? '(any)'}`),
        a.result !== undefined &&
          t(`包含 ${JSON.stringify(a.result)}`, `containing ${JSON.stringify(a.result)}`),
        a.error !== undefined && t(`错误匹配 /${a.error}/`, `an error matching /${a.error}/`),
      );
      break;
    }
    case 'noError':
      return e.not ? t('有 Lua 错误', 'a Lua error') : t('没有 Lua 错误', 'no Lua error');
  }
  return e.not ? t(`不应出现：${what}`, `no ${what}`) : what;
}
