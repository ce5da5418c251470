/**
 * Secrets kept out of what tests print and record: credential headers (Authorization, cookies, API-key headers),
 * credential-looking query parameters and user:password in URLs, and credential-looking fields of JSON bodies.
 * Test output shows them as `***`; recorded HTTP rules match any value there (`*`).
 */
import type { RunEvent } from '../events';

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
]);

const SECRET_PARAM =
  /^(access_?token|refresh_?token|id_?token|token|api_?key|apikey|key|secret|client_?secret|password|passwd|pwd|sign|signature|auth|session_?id|sessionid|sid|ak|sk)$/i;

const SECRET_FIELD =
  /^(access_?token|refresh_?token|id_?token|token|api_?key|apikey|secret|client_?secret|password|passwd|session_?id|sessionid|cookie|authorization)$/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/** The URL with the values of credential-looking query parameters and any user:password replaced. */
export function maskUrl(url: string, replacement = '***'): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return url;
  const [, scheme, userinfo, rest, query, hash] = m;
  let q = query ?? '';
  if (q)
    q =
      '?' +
      q
        .slice(1)
        .split('&')
        .map((pair) => {
          const eq = pair.indexOf('=');
          if (eq < 0) return pair;
          let name = pair.slice(0, eq);
          try {
            name = decodeURIComponent(name.replace(/\+/g, ' '));
          } catch {
            // keep the raw name
          }
          return SECRET_PARAM.test(name) && eq < pair.length - 1
            ? `${pair.slice(0, eq)}=${replacement}`
            : pair;
        })
        .join('&');
  return `${scheme}${userinfo ? `${replacement}@` : ''}${rest}${q}${hash ?? ''}`;
}

export function maskHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k] = isSecretHeader(k) ? '***' : v;
  return out;
}

/** A copy of a JSON value with credential-looking fields' values replaced. */
export function maskJson(value: unknown, replacement = '***'): unknown {
  if (Array.isArray(value)) return value.map((v) => maskJson(v, replacement));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] =
        isSecretField(k) && (typeof v === 'string' || typeof v === 'number')
          ? replacement
          : maskJson(v, replacement);
    return out;
  }
  return value;
}

/** The event as test output may show it. */
export function maskEvent(e: RunEvent): RunEvent {
  if (e.type === 'request') return { ...e, url: maskUrl(e.url), headers: maskHeaders(e.headers) };
  if (e.type === 'response') {
    const cookies: Record<string, string> = {};
    for (const k of Object.keys(e.cookies)) cookies[k] = '***';
    return { ...e, url: maskUrl(e.url), headers: maskHeaders(e.headers), cookies };
  }
  return e;
}
