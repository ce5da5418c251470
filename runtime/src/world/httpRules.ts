/**
 * The world file's `http` rules: the first rule whose method and URL pattern (`*` matches anything) fit a
 * request answers it without the network, with its status, headers and `body` or `json`, after its delay.
 */
import type { StubAnswer } from '../http';
import type { HttpRule } from './file';

const cache = new WeakMap<HttpRule, RegExp>();

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
    (r) => (!r.method || r.method.toUpperCase() === method.toUpperCase()) && pattern(r).test(url),
  );
  if (!rule) return undefined;
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
