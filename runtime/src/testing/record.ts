/**
 * Record and replay (the VCR / Polly.js idea): `coromega-run --test --record` sends a test's requests to the
 * real network and writes what came back into the test's `http` rules, so later runs answer from the file,
 * offline and the same every time.
 *
 * A recorded rule is the request's method and URL and the response's status, the headers a plugin reads and the
 * body (`json` when it is JSON). Secrets stay out: credential query parameters and user:password in the URL
 * become `*` (the rule matches whatever value a later run sends), `Set-Cookie` values and credential-looking
 * JSON fields become `***`, and every credential the run sent (Authorization and API-key headers, cookies,
 * credential query parameters, secret-looking values of the plugin's config) is masked wherever it shows up.
 * Several different answers to one method and URL are kept in order with `times: 1`. Nothing time-dependent
 * (Date, ETag, request ids...) is kept, so recording the same answers twice writes the same file.
 */
import * as fs from 'node:fs';
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import type { RequestEvent, ResponseEvent, RunEvent } from '../events';
import type { HttpRule } from '../world/file';
import { isSecretHeader, maskJson, maskUrl } from './mask';

/** Response headers a recording keeps (the ones plugins read); the rest vary between runs or mean nothing offline. */
const KEPT_HEADERS = new Set([
  'content-type',
  'location',
  'retry-after',
  'content-disposition',
  'content-language',
  'www-authenticate',
  'set-cookie',
]);

const SECRET_CONFIG_KEY = /密钥|密码|令牌|口令|key|token|secret|password|passwd|cookie|auth/i;
const SECRET_PARAM_VALUE = /[?&]([^=&#]+)=([^&#]*)/g;

/** Every credential the run sent or the plugins' configs hold (4 characters or longer). */
function secretsOf(events: RunEvent[]): string[] {
  const found = new Set<string>();
  const add = (v: string): void => {
    const s = v.trim();
    if (s.length >= 4) found.add(s);
  };
  for (const e of events) {
    if (e.type !== 'request') continue;
    for (const [k, v] of Object.entries(e.headers)) {
      if (!isSecretHeader(k)) continue;
      add(v);
      const scheme = /^(?:Bearer|Basic|Token|Bot|Digest)\s+(.+)$/i.exec(v);
      if (scheme) add(scheme[1]!);
      if (k.toLowerCase() === 'cookie')
        for (const pair of v.split(';')) add(pair.slice(pair.indexOf('=') + 1));
    }
    const masked = maskUrl(e.url, '\u0000');
    for (const m of e.url.matchAll(SECRET_PARAM_VALUE)) {
      if (masked.includes(`${m[1]}=\u0000`)) {
        add(m[2]!);
        try {
          add(decodeURIComponent(m[2]!));
        } catch {
          // keep the raw value only
        }
      }
    }
  }
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string' && SECRET_CONFIG_KEY.test(key)) add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  // The plugins' config files (a test's own `config` is a file of the run too).
  for (const e of events) {
    if (e.type !== 'start' || !e.config) continue;
    try {
      walk(JSON.parse(fs.readFileSync(e.config, 'utf8')), '');
    } catch {
      // an unreadable config was reported by the run itself
    }
  }
  // Longer first, so a secret containing another is replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}

function replaceAll(text: string, secrets: string[], by: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(by);
  return out;
}

function scrubJson(v: unknown, secrets: string[]): unknown {
  if (typeof v === 'string') return replaceAll(v, secrets, '***');
  if (Array.isArray(v)) return v.map((x) => scrubJson(x, secrets));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = scrubJson(x, secrets);
    return out;
  }
  return v;
}

function bodyOf(r: ResponseEvent): string {
  if (r.bodyTruncated && r.bodyFile) {
    try {
      return fs.readFileSync(r.bodyFile, 'utf8');
    } catch {
      return r.body;
    }
  }
  return r.body;
}

function ruleOf(req: RequestEvent, res: ResponseEvent, secrets: string[]): HttpRule {
  // `*` in a rule's URL matches anything: masked parts then match whatever a later run sends.
  const url = maskUrl(replaceAll(req.url.replace(/\*/g, '%2A'), secrets, '*'), '*');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) {
    if (!KEPT_HEADERS.has(k.toLowerCase())) continue;
    headers[k] =
      k.toLowerCase() === 'set-cookie'
        ? `${v.slice(0, Math.max(0, v.indexOf('='))) || 'cookie'}=***`
        : replaceAll(v, secrets, '***');
  }
  const rule: HttpRule = { method: req.method, url, status: res.status };
  if (Object.keys(headers).length > 0) rule.headers = headers;
  const body = bodyOf(res);
  const type = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  let json: unknown;
  let isJson = false;
  if (body !== '' && (type === undefined || /json/i.test(type))) {
    try {
      json = JSON.parse(body);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  if (isJson) rule.json = scrubJson(maskJson(json), secrets);
  else if (body !== '') rule.body = replaceAll(body, secrets, '***');
  return rule;
}

/** The responses of a recorded run as HTTP rules, in the order the requests were made. */
export function recordedRules(events: RunEvent[]): HttpRule[] {
  const secrets = secretsOf(events);
  const requests = new Map<number, RequestEvent>();
  const rules: HttpRule[] = [];
  for (const e of events) {
    if (e.type === 'request') requests.set(e.id, e);
    else if (e.type === 'response' && !e.stubbed) {
      const req = requests.get(e.id);
      if (req) rules.push(ruleOf(req, e, secrets));
    }
  }
  // One rule per run of equal answers; different answers to one method and URL answer in turn (`times`: how
  // many requests each answered), the last of them every request after.
  const key = (r: HttpRule): string => `${r.method} ${r.url}`;
  const out: Array<{ rule: HttpRule; count: number }> = [];
  for (const r of rules) {
    const prev = [...out].reverse().find((x) => key(x.rule) === key(r));
    if (prev && JSON.stringify(prev.rule) === JSON.stringify(r)) prev.count++;
    else out.push({ rule: r, count: 1 });
  }
  const last = new Map<string, HttpRule>();
  for (const { rule } of out) last.set(key(rule), rule);
  return out.map(({ rule, count }) =>
    last.get(key(rule)) === rule ? rule : { ...rule, times: count },
  );
}

/** The layout of a JSON text: its indentation and line ends, for edits that look like the rest of it. */
export function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * The test file's text with the rules at `at` (`["http"]` or `["tests", i, "http"]`), nothing else touched;
 * no rules removes the field.
 */
export function withRecording(text: string, at: Array<string | number>, rules: HttpRule[]): string {
  const edits = modify(text, at, rules.length > 0 ? rules : undefined, {
    formattingOptions: formattingOf(text),
  });
  return applyEdits(text, edits);
}
