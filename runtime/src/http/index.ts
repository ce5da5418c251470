/**
 * `coromega:http_request`'s HTTP client, as gluahttp (Go net/http) behaves: client.ts (undici transport, deadline,
 * redirects), request.ts (building and checking by Go's rules), response.ts (body, headers, cookies, gzip),
 * goErrors.ts (Go's error texts), types.ts (what goes in and comes out).
 */
export { HttpClient, parseResolveTarget } from './client';
export { canonicalHeaderKey, withQuery } from './request';
export { parseSetCookies } from './response';
export { goOp, goQuote } from './goErrors';
export type {
  HttpClientOptions,
  HttpFail,
  HttpOk,
  HttpResult,
  HttpSent,
  HttpSpec,
  StubAnswer,
} from './types';
