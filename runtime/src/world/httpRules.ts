/**
 * The world file's `http` rules: the first rule whose method and URL pattern (`*` matches anything) fit a
 * request answers it without the network, with its status, headers and `body` or `json`, after its delay.
 * A rule with `times` answers that many requests of the run, then lets the next fitting rule answer.
 */
import type { StubAnswer } from '../http';
import type { HttpRule } from './file';

const cache = new WeakMap<HttpRule, RegExp>();
/** Requests each rule with `times` has answered (rules are the run's own objects). */
const used = new WeakMap<HttpRule, number>();

function pattern(rule: HttpRule): RegExp {
  let re = cache.get(rule);
  if (!re) {
    const body = rule.url
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`);
    cache.set(rule, re);
  }
  return re;
}

export function matchHttpRule(
  rules: HttpRule[],
  method: string,
  url: string,
): StubAnswer | undefined {
  const rule = rules.find(
    (r) =>
      (r.times === undefined || (used.get(r) ?? 0) < r.times) &&
      (!r.method || r.method.toUpperCase() === method.toUpperCase()) &&
      pattern(r).test(url),
  );
  if (!rule) return undefined;
  if (rule.times !== undefined) used.set(rule, (used.get(rule) ?? 0) + 1);
  const headers: Record<string, string> = { ...(rule.headers ?? {}) };
  let body: Uint8Array;
  if (rule.json !== undefined) {
    body = Buffer.from(JSON.stringify(rule.json), 'utf8');
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
  } else body = Buffer.from(rule.body ?? '', 'utf8');
  return {
    status: rule.status ?? 200,
    headers,
    body: new Uint8Array(body),
    delayMs: rule.delay ?? 0,
  };
}
