/**
 * The HTTP side of `coromega:http_request`: what gluahttp (Go net/http) does, reproduced over undici.
 *
 * This module is the transport: undici's agents (with curl-style --resolve overrides), the context deadline over the
 * whole exchange, and Go's redirect policy (at most 10 requests per chain, 301/302/303 turning non-GET/HEAD into GET
 * without body, 307/308 with a body not followed as gluahttp sets no GetBody, sensitive headers dropped on another
 * host). Building and checking the request is request.ts, the response's body and table response.ts, Go's error texts
 * goErrors.ts. The world's stubbed answers pass through the same checks, so a stubbed request fails where a real one
 * would.
 */
import type { Agent, buildConnector, Dispatcher } from 'undici';
import { Clock } from '../clock';
import { tr, type Lang } from '../messages';
import { DeadlineError, describeSocketError, goQuote } from './goErrors';
import { buildRequest, type ParsedUrl } from './request';
import { finishResponse, firstHeader, stubResponse } from './response';
import type { HttpClientOptions, HttpResult, HttpSent, HttpSpec, StubAnswer } from './types';

const MAX_REQUESTS = 10;

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
  private readonly stubWaits = new Set<{ timer: number; done: () => void }>();

  private readonly lang: Lang;
  private readonly clock: Clock;

  constructor(private readonly opts: HttpClientOptions) {
    this.lang = opts.lang ?? 'zh-cn';
    this.clock = opts.clock ?? new Clock();
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
      this.clock.clearTimer(w.timer);
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
        const w = { timer: this.clock.setTimer(wait, () => w.done()), done: (): void => {} };
        w.done = () => {
          this.stubWaits.delete(w);
          resolve();
        };
        this.stubWaits.add(w);
      });
    if (this.closed) return { ok: false, message: `${op} ${goQuote(url)}: context canceled` };
    if (late) return { ok: false, message: `${op} ${goQuote(url)}: context deadline exceeded` };
    return stubResponse(stub, method, url);
  }

  /**
   * Performs the request. `onSent` is called once, when the first request is about to go out, with what is sent.
   * Never throws: failures come back as { ok: false, message }.
   */
  async request(spec: HttpSpec, onSent?: (sent: HttpSent) => void): Promise<HttpResult> {
    const built = buildRequest(spec, this.lang);
    if ('ok' in built) return built;
    const { method, op, rawUrl, parsed, headers } = built;
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
    // A real exchange: a virtual clock follows real time until it is over, so its deadline is a real one.
    const endRealTime = this.clock.beginRealTime();
    let timer: number | undefined;
    let expired = false;
    let deadline: Promise<never> | undefined;
    if (timeoutMs !== undefined) {
      const ms = timeoutMs;
      deadline = new Promise<never>((_, reject) => {
        timer = this.clock.setTimer(Math.max(0, ms), () => {
          expired = true;
          controller?.abort(new DeadlineError('context deadline exceeded'));
          reject(new DeadlineError('context deadline exceeded'));
        });
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
      if (timer !== undefined) this.clock.clearTimer(timer);
      if (controller) this.controllers.delete(controller);
      this.active--;
      endRealTime();
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
      return finishResponse(res, {
        method,
        op,
        display,
        redirects,
        addedGzip,
        maxBody: this.opts.maxBody,
        lang: this.lang,
        controller,
        deadline,
        expired,
      });
    }
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
