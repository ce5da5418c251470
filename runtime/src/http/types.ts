/** What a request is made of and what comes back, as the client, the host functions and the world's rules see it. */
import type { Clock } from '../clock';
import type { Lang } from '../messages';

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
  /** The run's clock: deadlines and stubbed delays are its timers, and a real exchange makes a virtual clock run at
   * real speed while it lasts. Default: a real clock of the client's own. */
  clock?: Clock;
}
