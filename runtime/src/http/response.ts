/**
 * The response as gluahttp hands it to Lua: the body read under the deadline and the size limit, gzip undone when
 * the transport asked for it, the first value of each header under its canonical name, Set-Cookie parsed as
 * net/http does; a stubbed answer (the world's `http` rules) comes out in the same shape.
 */
import type { Dispatcher } from 'undici';
import * as zlib from 'node:zlib';
import { tr, type Lang } from '../messages';
import { BodyLimitError, bodyReadError, goQuote } from './goErrors';
import { canonicalHeaderKey, isToken, validCookieValueByte } from './request';
import type { HttpOk, HttpResult, StubAnswer } from './types';

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

/** What finishResponse needs to know about the exchange that got this response. */
export interface Exchange {
  method: string;
  op: string;
  /** The URL of the last request, as Go prints it. */
  display: string;
  redirects: number;
  /** The transport added `Accept-Encoding: gzip` itself, so it undoes gzip. */
  addedGzip: boolean;
  maxBody: number;
  lang: Lang;
  controller: AbortController | undefined;
  deadline: Promise<never> | undefined;
  expired: () => boolean;
}

/** Reads the final response's body and makes the result the plugin receives. */
export async function finishResponse(
  res: Dispatcher.ResponseData,
  a: Exchange,
): Promise<HttpResult> {
  const { method, op, display, redirects, addedGzip, deadline, controller } = a;
  let bytes: Uint8Array;
  try {
    bytes = deadline
      ? await Promise.race([readBody(res, controller, a.maxBody), deadline])
      : await readBody(res, controller, a.maxBody);
  } catch (err) {
    res.body.destroy();
    if (err instanceof BodyLimitError) {
      return {
        ok: false,
        message: `${op} ${goQuote(display)}: response body larger than ${a.maxBody} bytes`,
        hint: tr(
          a.lang,
          `响应体超过上限 ${a.maxBody} 字节（--max-body / coromegaLua.run.maxResponseBytes），已停止读取。`,
          `The response body exceeds the ${a.maxBody}-byte limit (--max-body / coromegaLua.run.maxResponseBytes); reading stopped.`,
        ),
      };
    }
    if (a.expired()) return { ok: false, message: 'context deadline exceeded' };
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
      bytes = zlib.gunzipSync(bytes, { maxOutputLength: Math.max(1, a.maxBody) });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        return {
          ok: false,
          message: `${op} ${goQuote(display)}: response body larger than ${a.maxBody} bytes`,
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
    status: res.statusCode,
    url: display,
    headers: outHeaders,
    cookies: parseSetCookies(setCookies),
    body: bytes,
    redirects,
  };
}

/** A stub's answer as a response to `method url`. */
export function stubResponse(stub: StubAnswer, method: string, url: string): HttpOk {
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

export async function readBody(
  res: Dispatcher.ResponseData,
  controller: AbortController | undefined,
  max: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
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

export function firstHeader(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
