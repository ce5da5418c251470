/**
 * Building and checking a request by Go's rules (http.NewRequest and gluahttp's option order): the method must be a
 * token, the URL needs http or https and a host, the query option replaces the URL's query, cookies are added as
 * AddCookie does, then the form content type, headers (canonical names, later wins) and basic auth; a header name or
 * value Go would refuse stops the request before anything is sent.
 */
import { tr, type Lang } from '../messages';
import { goOp, goQuote } from './goErrors';
import type { HttpFail, HttpSpec } from './types';

/** textproto.CanonicalMIMEHeaderKey. */
export function canonicalHeaderKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (!isTokenChar(s.charCodeAt(i))) return s;
  }
  let upper = true;
  let out = '';
  for (const ch of s) {
    if (upper && ch >= 'a' && ch <= 'z') out += ch.toUpperCase();
    else if (!upper && ch >= 'A' && ch <= 'Z') out += ch.toLowerCase();
    else out += ch;
    upper = ch === '-';
  }
  return out;
}

/** RFC 7230 token characters (tchar), by character code. */
const TOKEN_CHARS = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) TOKEN_CHARS[c] = 1;
for (const ch of '()<>@,;:\\"/[]?={}') TOKEN_CHARS[ch.charCodeAt(0)] = 0;

function isTokenChar(c: number): boolean {
  return c < 0x80 && TOKEN_CHARS[c] === 1;
}

/** Whether every character of `s` is a token character (true for ""). */
export function isToken(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s.charCodeAt(i))) return false;
  return true;
}

function validHeaderValue(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return false;
  }
  return true;
}

export function validCookieValueByte(c: number): boolean {
  return c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x3b && c !== 0x5c;
}

function sanitizeCookieValue(v: string): string {
  let out = '';
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 && validCookieValueByte(c)) out += ch;
  }
  if (out.length === 0) return out;
  if (out.includes(' ') || out.includes(',')) return '"' + out + '"';
  return out;
}

/** Replace the query part of a URL string without otherwise touching it (Go keeps the string form). */
export function withQuery(url: string, query: string | undefined): string {
  if (query === undefined) return url;
  const hash = url.indexOf('#');
  const frag = hash >= 0 ? url.slice(hash) : '';
  const noFrag = hash >= 0 ? url.slice(0, hash) : url;
  const q = noFrag.indexOf('?');
  const base = q >= 0 ? noFrag.slice(0, q) : noFrag;
  return base + (query !== '' ? '?' + query : '') + frag;
}

export interface ParsedUrl {
  url: URL;
  display: string;
}

function parseUrl(raw: string, lang: Lang): ParsedUrl | { error: string; hint?: string } {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(raw);
  if (!m) {
    if (/^[\s\S]*?:/.test(raw) && raw.indexOf(':') === 0) {
      return { error: `parse ${goQuote(raw)}: missing protocol scheme` };
    }
    return {
      error: `unsupported protocol scheme ""`,
      hint: tr(
        lang,
        'URL 缺少协议（例如 http://）：' + goQuote(raw),
        'The URL has no scheme (e.g. http://): ' + goQuote(raw),
      ),
    };
  }
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      error: `unsupported protocol scheme ${goQuote(scheme)}`,
      hint: tr(lang, '只支持 http 与 https。', 'Only http and https are supported.'),
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    if (/^[a-zA-Z]+:\/\/[^/?#]*\s/.test(raw)) {
      return { error: `parse ${goQuote(raw)}: invalid character " " in host name` };
    }
    return { error: `parse ${goQuote(raw)}: invalid URL` };
  }
  if (url.hostname === '') return { error: 'http: no Host in request URL' };
  return { url, display: scheme + raw.slice(m[1]!.length) };
}

/** A request that passed Go's checks: what the client sends first. */
export interface BuiltRequest {
  method: string;
  /** url.Error's Op ("Get"), the prefix of every error text. */
  op: string;
  /** The URL as the plugin gave it, with the query option applied. */
  rawUrl: string;
  parsed: ParsedUrl;
  /** Canonical name -> value, in the order Go sets them. */
  headers: Map<string, string>;
}

/** Builds the request as gluahttp does; an HttpFail (Go's text, a hint) when Go would refuse it. */
export function buildRequest(spec: HttpSpec, lang: Lang): BuiltRequest | HttpFail {
  const method = spec.method === '' ? 'GET' : spec.method;
  const op = goOp(method);
  // http.NewRequest: method must be a token.
  if (!isToken(method)) {
    return {
      ok: false,
      message: `net/http: invalid method ${goQuote(method)}`,
      hint: tr(
        lang,
        'HTTP 方法只能是不含空格的单词（如 GET、POST）。',
        'The HTTP method must be a single token such as GET or POST.',
      ),
    };
  }
  const rawUrl = withQuery(spec.url, spec.query);
  const parsed = parseUrl(rawUrl, lang);
  if ('error' in parsed) {
    const prefixed = parsed.error.startsWith('parse ')
      ? parsed.error
      : `${op} ${goQuote(rawUrl)}: ${parsed.error}`;
    return { ok: false, message: prefixed, ...(parsed.hint ? { hint: parsed.hint } : {}) };
  }
  // Build the header set the way gluahttp does.
  const headers = new Map<string, string>();
  const setHeader = (k: string, v: string): void => {
    headers.set(canonicalHeaderKey(k), v);
  };
  for (const [name, value] of spec.cookies) {
    const c = `${name.replace(/[\r\n]/g, '-')}=${sanitizeCookieValue(value)}`;
    const prev = headers.get('Cookie');
    headers.set('Cookie', prev !== undefined && prev !== '' ? `${prev}; ${c}` : c);
  }
  if (spec.formContentType) setHeader('Content-Type', 'application/x-www-form-urlencoded');
  for (const [k, v] of spec.headers) setHeader(k, v);
  if (spec.auth) {
    setHeader(
      'Authorization',
      'Basic ' + Buffer.from(`${spec.auth.user}:${spec.auth.pass}`, 'utf8').toString('base64'),
    );
  }
  for (const [k, v] of headers) {
    if (!isToken(k) || k === '') {
      return {
        ok: false,
        message: `${op} ${goQuote(rawUrl)}: net/http: invalid header field name ${goQuote(k)}`,
        hint: tr(
          lang,
          '请求头名称含有非法字符（如空格、换行）；请求没有发出。',
          'A header name contains characters such as spaces or CR/LF; nothing was sent.',
        ),
      };
    }
    if (!validHeaderValue(v)) {
      return {
        ok: false,
        message: `${op} ${goQuote(rawUrl)}: net/http: invalid header field value for ${goQuote(k)}`,
        hint: tr(
          lang,
          '请求头的值含有换行等控制字符；请求没有发出。',
          'A header value contains CR/LF or other control characters; nothing was sent.',
        ),
      };
    }
  }
  return { method, op, rawUrl, parsed, headers };
}
