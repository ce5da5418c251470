/**
 * The HTTP side of `coromega:http_request`: what gluahttp (Go net/http) does, reproduced over undici.
 *
 * Go-faithful points: canonical header names, `Cookie` built as Go's AddCookie does, body/form/headers/auth order,
 * timeouts as a context deadline over the whole exchange, at most 10 requests per redirect chain (Go's
 * `stopped after 10 redirects`), 301/302/303 turning non-GET/HEAD into GET without body, 307/308 with a body not
 * followed (gluahttp sets no GetBody), transparent gzip, Set-Cookie parsing, and Go's error texts.
 * One module because these rules interlock (a redirect re-checks the URL, the deadline spans the body read); the
 * world's stubbed answers pass through the same checks so a stubbed request fails exactly where a real one would.
 */
import type { Agent, buildConnector, Dispatcher } from 'undici';
import * as zlib from 'node:zlib';
import { tr, type Lang } from './messages';

export interface HttpSpec {
  /** Method as the plugin gave it (upper-cased by the caller). */
  method: string;
  url: string;
  /** Replaces the URL's query when defined. */
  query?: string;
  /** Header.Set calls in order (later wins, canonical names). */
  headers: Array<[string, string]>;
  /** AddCookie calls in order. */
  cookies: Array<[string, string]>;
  body?: Uint8Array;
  /** Set Content-Type: application/x-www-form-urlencoded (the `form` option was used). */
  formContentType?: boolean;
  /** Context deadline in ms; undefined = none. 0 or negative = already expired. */
  timeoutMs?: number;
  auth?: { user: string; pass: string };
}

export interface HttpSent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface HttpOk {
  ok: true;
  status: number;
  url: string;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  body: Uint8Array;
  redirects: number;
  /** Answered by a stub (the world file's `http` rules), without the network. */
  stubbed?: boolean;
}

/** A canned answer for a request (see HttpClientOptions.stub). */
export interface StubAnswer {
  status: number;
  /** Header name -> value (several Set-Cookie values may be given as an array). */
  headers: Record<string, string | string[]>;
  body: Uint8Array;
  delayMs: number;
}

export interface HttpFail {
  ok: false;
  /** What the plugin receives (Go's text). */
  message: string;
  /** An explanation for the panel in the run's language, when the Go text alone is cryptic. */
  hint?: string;
}

export type HttpResult = HttpOk | HttpFail;

export interface HttpClientOptions {
  /** Upper bound on every request's deadline (ms); undefined = none. */
  timeoutCapMs?: number;
  /** Largest response body read, in bytes. */
  maxBody: number;
  /** curl-style overrides: "host:port" -> "address" or "address:port" (the port form redirects to another port). */
  resolve?: Map<string, string>;
  /** Trust these extra CAs (PEM), e.g. for tests. */
  ca?: string[];
  /** Language of the hints. Default zh-cn. */
  lang?: Lang;
  /** Answers matching requests without the network (after the request is built and checked as Go does). */
  stub?: (method: string, url: string) => StubAnswer | undefined;
}

const MAX_REQUESTS = 10;

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
function isToken(s: string): boolean {
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

/** Go's strconv.Quote for the ASCII-ish strings that end up in error messages. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xfffd) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

/** url.Error's Op: "GET" -> "Get". */
export function goOp(method: string): string {
  return method.slice(0, 1) + method.slice(1).toLowerCase();
}

function validCookieValueByte(c: number): boolean {
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

/** net/http readSetCookies, name -> value (later wins, as gluahttp fills a table). */
export function parseSetCookies(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const first = line.split(';')[0]!.trim();
    if (first === '') continue;
    const eq = first.indexOf('=');
    if (eq < 0) continue;
    const name = first.slice(0, eq).trim();
    if (name === '' || !isToken(name)) continue;
    let value = first.slice(eq + 1).trim();
    if (value.length > 1 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    let ok = true;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (!(validCookieValueByte(c) || c === 0x20 || c === 0x2c)) ok = false;
    }
    if (!ok) continue;
    out[name] = value;
  }
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

class DeadlineError extends Error {}
class BodyLimitError extends Error {}

interface ParsedUrl {
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

function describeSocketError(err: unknown, url: URL, addr: string | undefined): string | undefined {
  const e = err as {
    code?: string;
    cause?: unknown;
    message?: string;
    address?: string;
    port?: number;
  };
  const cause = (e.cause ?? err) as {
    code?: string;
    address?: string;
    port?: number;
    hostname?: string;
    message?: string;
  };
  const code = cause.code ?? e.code;
  if ((err as { name?: string }).name === 'HTTPParserError') {
    return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const ip = cause.address ?? addr ?? url.hostname.replace(/^\[|\]$/g, '');
  const hostPort = (ip.includes(':') ? `[${ip}]` : ip) + ':' + (cause.port ?? port);
  switch (code) {
    case 'ECONNREFUSED':
      return `dial tcp ${hostPort}: connect: connection refused`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return `dial tcp: lookup ${url.hostname}: no such host`;
    case 'ENETUNREACH':
      return `dial tcp ${hostPort}: connect: network is unreachable`;
    case 'EHOSTUNREACH':
      return `dial tcp ${hostPort}: connect: no route to host`;
    case 'ECONNRESET':
      return `read tcp ${hostPort}: read: connection reset by peer`;
    case 'EPIPE':
      return `write tcp ${hostPort}: write: broken pipe`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return 'tls: failed to verify certificate: x509: certificate has expired or is not yet valid';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `tls: failed to verify certificate: x509: certificate is not valid for ${url.hostname}`;
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'EOF';
    case 'HPE_INVALID_CHUNK_SIZE':
      return 'invalid byte in chunk length';
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_VERSION':
    case 'HPE_INVALID_STATUS':
      return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
    default:
      if (typeof code === 'string' && code.startsWith('HPE_')) {
        return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
      }
      if (typeof code === 'string' && code.startsWith('ERR_TLS') && cause.message) {
        return 'tls: ' + cause.message;
      }
      return undefined;
  }
}

function bodyReadError(err: unknown): string {
  if (err instanceof DeadlineError) return 'context deadline exceeded';
  const e = err as { code?: string; cause?: { code?: string }; name?: string; message?: string };
  const code = e.code ?? e.cause?.code;
  if (e.name === 'HTTPParserError') {
    return /chunk size/i.test(e.message ?? '')
      ? 'invalid byte in chunk length'
      : 'malformed chunked encoding';
  }
  if (code === 'ECONNRESET') return 'read: connection reset by peer';
  if (code === 'HPE_INVALID_CHUNK_SIZE') return 'invalid byte in chunk length';
  if (typeof code === 'string' && code.startsWith('HPE_')) return 'malformed chunked encoding';
  return 'unexpected EOF';
}

const SENSITIVE_ON_REDIRECT = ['Authorization', 'Www-Authenticate', 'Cookie', 'Cookie2'];

function isDomainOrSubdomain(sub: string, parent: string): boolean {
  if (sub === parent) return true;
  return sub.endsWith('.' + parent);
}

/** One HTTP client per run: owns its sockets; close() ends every connection and in-flight request. */
export class HttpClient {
  private agents: { agent: Agent; resolving: Agent | undefined } | undefined;
  private readonly controllers = new Set<AbortController>();
  private active = 0;
  private closed = false;
  private readonly stubWaits = new Set<{ timer: NodeJS.Timeout; done: () => void }>();

  private readonly lang: Lang;

  constructor(private readonly opts: HttpClientOptions) {
    this.lang = opts.lang ?? 'zh-cn';
  }

  /** undici is loaded and the agents made on the first request, so plugins that never call HTTP start faster. */
  private getAgents(): { agent: Agent; resolving: Agent | undefined } {
    if (this.agents) return this.agents;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const undici = require('undici') as typeof import('undici');
    const opts = this.opts;
    const common: Agent.Options = {
      headersTimeout: 0,
      bodyTimeout: 0,
      keepAliveTimeout: 4000,
      connect: opts.ca ? { ca: opts.ca } : {},
    };
    const agent = new undici.Agent(common);
    let resolving: Agent | undefined;
    if (opts.resolve && opts.resolve.size > 0) {
      const map = opts.resolve;
      const base = undici.buildConnector(opts.ca ? { ca: opts.ca } : {});
      const connect: buildConnector.connector = (o, cb) => {
        const port = o.port || (o.protocol === 'https:' ? '443' : '80');
        const target = map.get(`${o.hostname.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`);
        if (!target) return base(o, cb);
        const t = parseResolveTarget(target);
        base({ ...o, hostname: t.addr, port: t.port ?? port, servername: o.hostname }, cb);
      };
      resolving = new undici.Agent({ ...common, connect });
    }
    this.agents = { agent, resolving };
    return this.agents;
  }

  private dispatcherFor(url: URL): { d: Dispatcher; addr?: string } {
    const { agent, resolving } = this.getAgents();
    if (resolving && this.opts.resolve) {
      const port = url.port || (url.protocol === 'https:' ? '443' : '80');
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const target = this.opts.resolve.get(`${host.toLowerCase()}:${port}`);
      if (target !== undefined) return { d: resolving, addr: parseResolveTarget(target).addr };
    }
    return { d: agent };
  }

  get inFlight(): number {
    return this.active;
  }

  /** Aborts all in-flight requests and closes every socket. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.stubWaits) {
      clearTimeout(w.timer);
      w.done();
    }
    this.stubWaits.clear();
    for (const c of this.controllers) c.abort(new Error('run stopped'));
    this.controllers.clear();
    if (!this.agents) return;
    await Promise.all([
      this.agents.agent.destroy().catch(() => undefined),
      this.agents.resolving?.destroy().catch(() => undefined),
    ]);
  }

  private async answerStub(
    stub: StubAnswer,
    method: string,
    op: string,
    url: string,
    headers: Map<string, string>,
    body: Uint8Array | undefined,
    timeoutMs: number | undefined,
    onSent?: (sent: HttpSent) => void,
  ): Promise<HttpResult> {
    onSent?.({ method, url, headers: Object.fromEntries(headers), body: body ?? new Uint8Array() });
    const late = timeoutMs !== undefined && timeoutMs < stub.delayMs;
    const wait = late ? timeoutMs! : stub.delayMs;
    if (wait > 0 && !this.closed)
      await new Promise<void>((resolve) => {
        const w = { timer: setTimeout(() => w.done(), wait), done: (): void => {} };
        w.done = () => {
          this.stubWaits.delete(w);
          resolve();
        };
        this.stubWaits.add(w);
      });
    if (this.closed) return { ok: false, message: `${op} ${goQuote(url)}: context canceled` };
    if (late) return { ok: false, message: `${op} ${goQuote(url)}: context deadline exceeded` };
    const first: Record<string, string> = {};
    const setCookies: string[] = [];
    for (const [k, v] of Object.entries(stub.headers)) {
      const name = canonicalHeaderKey(k);
      const values = Array.isArray(v) ? v : [v];
      if (name === 'Set-Cookie') setCookies.push(...values);
      if (first[name] === undefined && values.length > 0) first[name] = values[0]!;
    }
    return {
      ok: true,
      status: stub.status,
      url,
      headers: first,
      cookies: parseSetCookies(setCookies),
      body: method === 'HEAD' ? new Uint8Array() : stub.body,
      redirects: 0,
      stubbed: true,
    };
  }

  /**
   * Performs the request. `onSent` is called once, when the first request is about to go out, with what is sent.
   * Never throws: failures come back as { ok: false, message }.
   */
  async request(spec: HttpSpec, onSent?: (sent: HttpSent) => void): Promise<HttpResult> {
    const method = spec.method === '' ? 'GET' : spec.method;
    const op = goOp(method);
    // http.NewRequest: method must be a token.
    if (!isToken(method)) {
      return {
        ok: false,
        message: `net/http: invalid method ${goQuote(method)}`,
        hint: tr(
          this.lang,
          'HTTP 方法只能是不含空格的单词（如 GET、POST）。',
          'The HTTP method must be a single token such as GET or POST.',
        ),
      };
    }
    const rawUrl = withQuery(spec.url, spec.query);
    const parsed = parseUrl(rawUrl, this.lang);
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
            this.lang,
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
            this.lang,
            '请求头的值含有换行等控制字符；请求没有发出。',
            'A header value contains CR/LF or other control characters; nothing was sent.',
          ),
        };
      }
    }

    let timeoutMs = spec.timeoutMs;
    if (this.opts.timeoutCapMs !== undefined && this.opts.timeoutCapMs > 0) {
      timeoutMs =
        timeoutMs === undefined
          ? this.opts.timeoutCapMs
          : Math.min(timeoutMs, this.opts.timeoutCapMs);
    }
    const stub = this.opts.stub?.(method, rawUrl);
    if (stub)
      return this.answerStub(stub, method, op, rawUrl, headers, spec.body, timeoutMs, onSent);
    // Only a deadline needs a per-request signal; close() ends the rest by destroying the agents.
    const controller = timeoutMs !== undefined ? new AbortController() : undefined;
    if (controller) this.controllers.add(controller);
    this.active++;
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    let deadline: Promise<never> | undefined;
    if (timeoutMs !== undefined) {
      const ms = timeoutMs;
      deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => {
            expired = true;
            controller?.abort(new DeadlineError('context deadline exceeded'));
            reject(new DeadlineError('context deadline exceeded'));
          },
          Math.max(0, ms),
        );
      });
      deadline.catch(() => undefined);
    }
    try {
      if (this.closed) return { ok: false, message: `${op} ${goQuote(rawUrl)}: context canceled` };
      if (timeoutMs !== undefined && timeoutMs <= 0) {
        expired = true;
        const sent = {
          method,
          url: rawUrl,
          headers: Object.fromEntries(headers),
          body: spec.body ?? new Uint8Array(),
        };
        onSent?.(sent);
        return { ok: false, message: `${op} ${goQuote(rawUrl)}: context deadline exceeded` };
      }
      return await this.exchange(
        method,
        op,
        parsed,
        headers,
        spec.body,
        controller,
        deadline,
        () => expired,
        onSent,
      );
    } finally {
      if (timer) clearTimeout(timer);
      if (controller) this.controllers.delete(controller);
      this.active--;
    }
  }

  private async exchange(
    method0: string,
    op: string,
    first: ParsedUrl,
    headers0: Map<string, string>,
    body0: Uint8Array | undefined,
    controller: AbortController | undefined,
    deadline: Promise<never> | undefined,
    expired: () => boolean,
    onSent?: (sent: HttpSent) => void,
  ): Promise<HttpResult> {
    let method = method0;
    let url = first.url;
    let display = first.display;
    let headers = headers0;
    let body = body0;
    let redirects = 0;
    const requestsSent: string[] = [];
    for (;;) {
      const sendHeaders = new Map(headers);
      if (!sendHeaders.has('User-Agent')) sendHeaders.set('User-Agent', 'Go-http-client/1.1');
      let addedGzip = false;
      if (!sendHeaders.has('Accept-Encoding') && !sendHeaders.has('Range') && method !== 'HEAD') {
        sendHeaders.set('Accept-Encoding', 'gzip');
        addedGzip = true;
      }
      if (body !== undefined) sendHeaders.set('Content-Length', String(body.length));
      if (requestsSent.length === 0) {
        onSent?.({
          method,
          url: display,
          headers: Object.fromEntries(sendHeaders),
          body: body ?? new Uint8Array(),
        });
      }
      requestsSent.push(display);
      const { d, addr } = this.dispatcherFor(url);
      const headerList: string[] = [];
      for (const [k, v] of sendHeaders) {
        if (k === 'Content-Length') continue;
        headerList.push(k, v);
      }
      let res: Dispatcher.ResponseData;
      try {
        const pending = d.request({
          origin: url.origin,
          path: url.pathname + url.search,
          method,
          headers: headerList,
          body:
            body !== undefined ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null,
          ...(controller ? { signal: controller.signal } : {}),
        });
        res = deadline ? await Promise.race([pending, deadline]) : await pending;
      } catch (err) {
        if (expired() || err instanceof DeadlineError) {
          return { ok: false, message: `${op} ${goQuote(display)}: context deadline exceeded` };
        }
        const text = describeSocketError(err, url, addr);
        const message = `${op} ${goQuote(display)}: ${text ?? (err as Error).message}`;
        return { ok: false, message, ...(text ? {} : { hint: String((err as Error).message) }) };
      }
      const location = firstHeader(res.headers['location']);
      const status = res.statusCode;
      let follow = false;
      let nextMethod = method;
      let includeBody = false;
      if (status === 301 || status === 302 || status === 303) {
        follow = true;
        if (method !== 'GET' && method !== 'HEAD') nextMethod = 'GET';
      } else if (status === 307 || status === 308) {
        follow = !(body !== undefined && body.length > 0);
        includeBody = true;
      }
      if (follow && location !== undefined && location !== '') {
        // Drain a little of the previous body (Go does the same before reusing the connection).
        res.body.resume();
        res.body.on('error', () => undefined);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch (e) {
          return {
            ok: false,
            message: `${op} ${goQuote(display)}: failed to parse Location header ${goQuote(location)}: ${(e as Error).message}`,
          };
        }
        if (requestsSent.length >= MAX_REQUESTS) {
          return {
            ok: false,
            message: `${op} ${goQuote(location)}: stopped after 10 redirects`,
            hint: tr(
              this.lang,
              '重定向次数超过上限（Go 最多发出 10 个请求）。',
              'Too many redirects (Go sends at most 10 requests per call).',
            ),
          };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return {
            ok: false,
            message: `${op} ${goQuote(location)}: unsupported protocol scheme ${goQuote(next.protocol.slice(0, -1))}`,
          };
        }
        const nh = new Map(headers);
        if (!isDomainOrSubdomain(next.hostname, url.hostname)) {
          for (const k of SENSITIVE_ON_REDIRECT) nh.delete(k);
        }
        if (!(url.protocol === 'https:' && next.protocol === 'http:')) {
          nh.set('Referer', display);
        }
        if (!includeBody) {
          body = undefined;
          nh.delete('Content-Type');
        }
        headers = nh;
        method = nextMethod;
        url = next;
        display = next.toString();
        redirects++;
        continue;
      }
      // Final response: read the body under the deadline and the size limit.
      let bytes: Uint8Array;
      try {
        bytes = deadline
          ? await Promise.race([this.readBody(res, controller), deadline])
          : await this.readBody(res, controller);
      } catch (err) {
        res.body.destroy();
        if (err instanceof BodyLimitError) {
          return {
            ok: false,
            message: `${op} ${goQuote(display)}: response body larger than ${this.opts.maxBody} bytes`,
            hint: tr(
              this.lang,
              `响应体超过上限 ${this.opts.maxBody} 字节（--max-body / coromegaLua.run.maxResponseBytes），已停止读取。`,
              `The response body exceeds the ${this.opts.maxBody}-byte limit (--max-body / coromegaLua.run.maxResponseBytes); reading stopped.`,
            ),
          };
        }
        if (expired()) return { ok: false, message: 'context deadline exceeded' };
        return { ok: false, message: bodyReadError(err) };
      }
      const outHeaders: Record<string, string> = {};
      let setCookies: string[] = [];
      for (const [k, v] of Object.entries(res.headers)) {
        if (v === undefined) continue;
        const ck = canonicalHeaderKey(k);
        const first = Array.isArray(v) ? v[0] : v;
        if (first !== undefined) outHeaders[ck] = first;
        if (k.toLowerCase() === 'set-cookie') setCookies = Array.isArray(v) ? v : [v];
      }
      if (
        addedGzip &&
        (outHeaders['Content-Encoding'] ?? '').toLowerCase() === 'gzip' &&
        bytes.length > 0
      ) {
        try {
          bytes = zlib.gunzipSync(bytes, { maxOutputLength: Math.max(1, this.opts.maxBody) });
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code === 'ERR_BUFFER_TOO_LARGE') {
            return {
              ok: false,
              message: `${op} ${goQuote(display)}: response body larger than ${this.opts.maxBody} bytes`,
            };
          }
          return { ok: false, message: 'gzip: invalid header' };
        }
        delete outHeaders['Content-Encoding'];
        delete outHeaders['Content-Length'];
      }
      if (method === 'HEAD') bytes = new Uint8Array();
      return {
        ok: true,
        status,
        url: display,
        headers: outHeaders,
        cookies: parseSetCookies(setCookies),
        body: bytes,
        redirects,
      };
    }
  }

  private async readBody(
    res: Dispatcher.ResponseData,
    controller: AbortController | undefined,
  ): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let total = 0;
    const max = this.opts.maxBody;
    const declared = Number(firstHeader(res.headers['content-length']) ?? NaN);
    if (Number.isFinite(declared) && declared > max) throw new BodyLimitError();
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) {
        if (controller) controller.abort(new BodyLimitError());
        else res.body.destroy();
        throw new BodyLimitError();
      }
      chunks.push(chunk);
    }
    const buf = Buffer.concat(chunks, total);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
}

/** "127.0.0.1", "127.0.0.1:8080", "[::1]:8080", "::1" -> address and optional port. */
export function parseResolveTarget(target: string): { addr: string; port?: string } {
  const b = /^\[([^\]]+)\](?::(\d+))?$/.exec(target);
  if (b) return b[2] ? { addr: b[1]!, port: b[2] } : { addr: b[1]! };
  const m = /^([^:]+):(\d+)$/.exec(target);
  if (m) return { addr: m[1]!, port: m[2]! };
  return { addr: target };
}

function firstHeader(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
