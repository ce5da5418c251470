/**
 * omega.async_http.request(method, url, option, cb): reads the option table as gluahttp does, sends the request
 * through the run's HttpClient (or a world `http` rule answers it), reports `request` / `response` /
 * `requestError` events, and answers the callback with (response table, nil) or (nil, Go's error text).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RequestEvent } from '../events';
import type { HttpResult, HttpSent, HttpSpec } from '../http';
// The catalog's HTTP data and duration parser only: the whole catalog (every API's prose) is the language server's.
import { parseGoDuration } from '../../../catalog/duration';
import { OPTION_KEYS } from '../../../catalog/httpData';
import type { Data, HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

const MAX_TIMER_MS = 2 ** 31 - 1;
const UTF8 = new TextDecoder('utf-8');
const SENSITIVE = new Set(['authorization', 'proxy-authorization', 'cookie']);
/** The option keys neomega acts on. */
const OPTION_KEY_NAMES: readonly string[] = OPTION_KEYS.map((k) => k.name);

function cutUtf8(bytes: Uint8Array, max: number): { text: string; truncated: boolean } {
  if (bytes.length <= max) return { text: UTF8.decode(bytes), truncated: false };
  let end = max;
  // Step back over continuation bytes so a character is never split.
  let back = 0;
  while (end > 0 && back < 3 && (bytes[end]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  return { text: UTF8.decode(bytes.subarray(0, end)), truncated: true };
}

function withQueryForDisplay(url: string, query: string): string {
  const hash = url.indexOf('#');
  const noFrag = hash >= 0 ? url.slice(0, hash) : url;
  const q = noFrag.indexOf('?');
  const base = q >= 0 ? noFrag.slice(0, q) : noFrag;
  return base + (query !== '' ? '?' + query : '') + (hash >= 0 ? url.slice(hash) : '');
}

/** Reads `option` (stack index 3) into the request spec; warns about what neomega would ignore. */
function readOption(vm: PluginVM, L: any, spec: HttpSpec): string | undefined {
  const { lua } = vm.F;
  let preError: string | undefined;
  const field = (name: string): number => {
    lua.lua_getfield(L, 3, vm.key(name));
    return lua.lua_type(L, -1);
  };
  const optType = lua.lua_type(L, 3);
  if (optType !== lua.LUA_TTABLE) {
    if (optType !== lua.LUA_TNIL && optType !== lua.LUA_TNONE)
      vm.warn(vm.msg('option_type', 'coromega:http_request', vm.typeName(L, 3)));
    return undefined;
  }
  // Keys neomega does not know are ignored there; point them out (typos such as `header`).
  lua.lua_pushnil(L);
  while (lua.lua_next(L, 3) !== 0) {
    if (lua.lua_type(L, -2) === lua.LUA_TSTRING) {
      const k = vm.jsstr(L, -2);
      if (!OPTION_KEY_NAMES.includes(k))
        vm.warn(vm.msg('option_unknown', k, OPTION_KEY_NAMES.join(', ')));
    }
    lua.lua_pop(L, 1);
  }
  if (field('cookies') === lua.LUA_TTABLE) {
    lua.lua_pushnil(L);
    while (lua.lua_next(L, -2) !== 0) {
      spec.cookies.push([vm.tostring(L, -2), vm.tostring(L, -1)]);
      lua.lua_pop(L, 1);
    }
  }
  lua.lua_pop(L, 1);
  const qt = field('query');
  if (qt === lua.LUA_TSTRING) spec.query = vm.jsstr(L, -1);
  else if (qt !== lua.LUA_TNIL)
    vm.warn(vm.msg('option_ignored', 'query', 'string', vm.typeName(L, -1)));
  lua.lua_pop(L, 1);
  const bt = field('body');
  if (bt === lua.LUA_TSTRING) spec.body = lua.lua_tolstring(L, -1) as Uint8Array;
  else if (bt !== lua.LUA_TNIL)
    vm.warn(vm.msg('option_ignored', 'body', 'string', vm.typeName(L, -1)));
  lua.lua_pop(L, 1);
  if (bt !== lua.LUA_TSTRING) {
    if (field('form') === lua.LUA_TSTRING) {
      spec.body = lua.lua_tolstring(L, -1) as Uint8Array;
      spec.formContentType = true;
    }
    lua.lua_pop(L, 1);
  }
  const tt = field('timeout');
  if (tt === lua.LUA_TNUMBER) {
    const ms = Math.trunc(lua.lua_tonumber(L, -1) as number) * 1000;
    if (ms <= MAX_TIMER_MS) spec.timeoutMs = ms;
  } else if (tt === lua.LUA_TSTRING) {
    const r = parseGoDuration(lua.lua_tolstring(L, -1) as Uint8Array);
    if (r.ok) {
      const ms = r.nanoseconds / 1e6;
      if (ms <= MAX_TIMER_MS) spec.timeoutMs = ms;
    } else preError = r.message;
  } else if (tt !== lua.LUA_TNIL) {
    spec.timeoutMs = 0;
    vm.warn(vm.msg('option_timeout_type', vm.typeName(L, -1)));
  }
  lua.lua_pop(L, 1);
  if (field('headers') === lua.LUA_TTABLE) {
    lua.lua_pushnil(L);
    while (lua.lua_next(L, -2) !== 0) {
      const k = vm.tostring(L, -2);
      const vt = lua.lua_type(L, -1);
      const v = vm.tostring(L, -1);
      if (vt !== lua.LUA_TSTRING && vt !== lua.LUA_TNUMBER)
        vm.warn(vm.msg('header_table', k, vm.typeName(L, -1), v));
      spec.headers.push([k, v]);
      lua.lua_pop(L, 1);
    }
  }
  lua.lua_pop(L, 1);
  if (field('auth') === lua.LUA_TTABLE) {
    lua.lua_getfield(L, -1, vm.key('user'));
    lua.lua_getfield(L, -2, vm.key('pass'));
    if (lua.lua_toboolean(L, -2) && lua.lua_toboolean(L, -1))
      spec.auth = { user: vm.tostring(L, -2), pass: vm.tostring(L, -1) };
    else if (preError === undefined)
      preError = 'auth table must contain no nil user and pass fields';
    lua.lua_pop(L, 2);
  }
  lua.lua_pop(L, 1);
  return preError;
}

export function httpHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const o = rt.options;
  const mask = (h: Record<string, string>): Record<string, string> => {
    if (!o.mask) return { ...h };
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(h)) out[k] = SENSITIVE.has(k.toLowerCase()) ? '***' : v;
    return out;
  };
  const emitResponse = (
    id: number,
    r: Extract<HttpResult, { ok: true }>,
    durationMs: number,
  ): void => {
    const cut = cutUtf8(r.body, o.maxBodyEvent);
    let bodyFile: string | undefined;
    if (cut.truncated) {
      try {
        const dir = o.bodyDir ?? path.join(os.tmpdir(), `coromega-run-${process.pid}`);
        fs.mkdirSync(dir, { recursive: true });
        bodyFile = path.join(dir, `response-${id}.body`);
        fs.writeFileSync(bodyFile, r.body);
      } catch {
        bodyFile = undefined;
      }
    }
    const headers = { ...r.headers };
    const cookies = { ...r.cookies };
    if (o.mask) {
      if (headers['Set-Cookie'] !== undefined) headers['Set-Cookie'] = '***';
      for (const k of Object.keys(cookies)) cookies[k] = '***';
    }
    vm.emit({
      type: 'response',
      id,
      status: r.status,
      url: r.url,
      headers,
      cookies,
      size: r.body.length,
      durationMs,
      body: cut.text,
      bodyTruncated: cut.truncated,
      ...(bodyFile ? { bodyFile } : {}),
      ...(r.redirects > 0 ? { redirects: r.redirects } : {}),
      ...(r.stubbed ? { stubbed: true as const } : {}),
    });
  };
  return {
    http: (L) => {
      const method = vm.jsstr(L, 1).toUpperCase();
      const url = vm.tostring(L, 2);
      const req = vm.F.lua.lua_tointeger(L, 4) as number;
      const spec: HttpSpec = { method, url, headers: [], cookies: [] };
      const preError = readOption(vm, L, spec);
      const id = rt.nextRequestId++;
      const started = rt.clock.now();
      let sentEmitted = false;
      const emitRequest = (sent: HttpSent): void => {
        sentEmitted = true;
        const body = cutUtf8(sent.body, o.maxBodyEvent);
        const ev: RequestEvent = {
          type: 'request',
          id,
          method: sent.method,
          url: sent.url,
          headers: mask(sent.headers),
          bodySize: sent.body.length,
          body: body.text,
          time: Math.round(started),
        };
        vm.emit(ev);
      };
      const done = rt.track(vm, 'net');
      const deliver = (r: HttpResult): void => {
        if (rt.finished) return done();
        if (!sentEmitted)
          emitRequest({
            method: method === '' ? 'GET' : method,
            url: spec.query !== undefined ? withQueryForDisplay(url, spec.query) : url,
            headers: Object.fromEntries(spec.headers),
            body: spec.body ?? new Uint8Array(),
          });
        const durationMs = Math.round(rt.clock.now() - started);
        if (r.ok) {
          emitResponse(id, r, durationMs);
          const resp: Data = {
            status_code: r.status,
            headers: r.headers,
            body_size: r.body.length,
            body: r.body,
            cookies: r.cookies,
            url: r.url,
          };
          vm.resp('async_http', { id: req, resp });
        } else {
          vm.emit({
            type: 'requestError',
            id,
            message: r.message + (r.hint ? `\n${r.hint}` : ''),
            durationMs,
          });
          vm.resp('async_http', { id: req, err: r.message });
        }
        done();
      };
      if (preError !== undefined) {
        const m = preError;
        rt.later(() => deliver({ ok: false, message: m }));
        return 0;
      }
      void rt.http
        .request(spec, emitRequest)
        .then(deliver, (e: unknown) =>
          deliver({ ok: false, message: String((e as Error)?.message ?? e) }),
        )
        .catch((e: unknown) => rt.internalError(e));
      return 0;
    },
  };
}
