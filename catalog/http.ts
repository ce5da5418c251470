/**
 * The coromega HTTP API: `http_request` and the six verb shorthands, and the shapes of the `option` table, its
 * `auth` table and the response. Behaviour as neomega implements it (an asynchronous wrapper over gluahttp), not as
 * the docs page's typos say: `http_put` sends PUT.
 */
import { defineType, fieldsOf, functionsOf, type FnDoc, type Prose } from './dsl';
import { AUTH_KEYS, OPTION_KEYS, RESPONSE_FIELDS } from './httpData';
import type { ApiFunction, ApiType, HttpMethodInfo } from './types';

const http = functionsOf('coromega', 'Coromega', 'http');

const URL: Prose = [
  '请求地址，如 `"http://example.com/api"`（需带 `http://` 或 `https://`）。',
  'The address, e.g. `"http://example.com/api"` (with `http://` or `https://`).',
];
const OPTION: Prose = [
  '可省略。请求选项表：`query`、`headers`、`cookies`、`body`、`form`、`timeout`、`auth`（其他键被忽略）。',
  'Optional. Request options: `query`, `headers`, `cookies`, `body`, `form`, `timeout`, `auth` (other keys are ignored).',
];
const RETURNS: Prose[] = [
  [
    '成功时为响应对象：`status_code`、`headers`、`body_size`、`body`、`cookies`、`url`。4xx/5xx 也算成功（是响应，不是错误）。',
    'On success the response: `status_code`, `headers`, `body_size`, `body`, `cookies`, `url`. 4xx/5xx are responses too, not errors.',
  ],
  [
    '失败时（连接失败、超时、选项错误…）第一个返回值为 nil，这里是 Go 风格的错误信息，如 `dial tcp 127.0.0.1:1: connect: connection refused`。',
    'On failure (connection error, timeout, bad option...) the first value is nil and this is a Go-style message, e.g. `dial tcp 127.0.0.1:1: connect: connection refused`.',
  ],
];
const SCOPE_DETAIL: Prose = [
  '只能在 coromega 启动的协程内调用（`coromega:start_new(function() ... end)` 或监听器的 `:start_new`）：调用会挂起当前协程，请求完成后恢复。多个协程的请求并发进行。插件末尾需要 `coromega:run()` 才能收到结果。',
  "Only inside a coroutine coromega started (`coromega:start_new(function() ... end)` or a listener's `:start_new`): the call suspends the coroutine and resumes it when the request completes. Requests from several coroutines run concurrently. The plugin needs `coromega:run()` at the end to receive results.",
];

function verb(method: string, name: string): ApiFunction {
  const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
  const shown = method === 'HEAD' ? 'res.headers["Content-Length"]' : 'res.body';
  const print = method === 'HEAD' ? 'print' : 'coromega:print';
  const doc: FnDoc = {
    zh: `发送 ${method} 请求，等同于 \`coromega:http_request("${method}", url, option)\`。`,
    en: `Sends a ${method} request; the same as \`coromega:http_request("${method}", url, option)\`.`,
    detail: SCOPE_DETAIL,
    params: { url: URL, option: OPTION },
    returns: RETURNS,
    httpMethod: method,
    example: withBody
      ? `local url = "http://127.0.0.1/api"\nlocal res, err = coromega:${name}(url, {\n    headers = { ["Content-Type"] = "application/json" },\n    body = json.encode({ name = "steve" }),\n    timeout = "10s",\n})\nif err then\n    coromega:print("failed: " .. err)\nelse\n    coromega:print(res.status_code, res.body)\nend`
      : `local url = "http://127.0.0.1/api"\nlocal res, err = coromega:${name}(url, {\n    query = "page=1",\n    timeout = "10s",\n})\nif err then\n    coromega:print("failed: " .. err)\nelse\n    ${print}(res.status_code,\n        ${shown})\nend`,
  };
  return http(
    `${name}(url: string, option?: HttpOption): HttpResponse?, string?`,
    'coroutine',
    doc,
  );
}

export const HTTP_FUNCTIONS: ApiFunction[] = [
  http(
    'http_request(method: string, url: string, option?: HttpOption): HttpResponse?, string?',
    'coroutine',
    {
      zh: '发送一个 HTTP 请求，等待响应后返回 `response, err`。',
      en: 'Sends an HTTP request and returns `response, err` once it completes.',
      detail: SCOPE_DETAIL,
      params: {
        method: [
          'HTTP 方法：`"GET"`、`"POST"`、`"PUT"`、`"DELETE"`、`"HEAD"`、`"PATCH"`（大小写均可，发送前转为大写）。',
          'HTTP method: `"GET"`, `"POST"`, `"PUT"`, `"DELETE"`, `"HEAD"`, `"PATCH"` (any case; upper-cased before sending).',
        ],
        url: URL,
        option: OPTION,
      },
      returns: RETURNS,
      httpMethod: null,
      example:
        'coromega:start_new(function()\n    local res, err = coromega:http_request("GET",\n        "http://example.com", {\n            query = "page=1",\n            timeout = "30s",\n            headers = { Accept = "*/*" },\n        })\n    if err then\n        coromega:print("request error: " .. err)\n    else\n        coromega:print(res.status_code, res.body_size)\n    end\nend)\ncoromega:run()',
    },
  ),
  verb('GET', 'http_get'),
  verb('POST', 'http_post'),
  verb('PUT', 'http_put'),
  verb('DELETE', 'http_delete'),
  verb('HEAD', 'http_head'),
  verb('PATCH', 'http_patch'),
];

/** The methods the docs list for `http_request` (any token is sent, upper-cased). */
export const HTTP_METHODS: HttpMethodInfo[] = [
  { name: 'GET', summary: { 'zh-cn': '获取资源。', en: 'Fetch a resource.' } },
  {
    name: 'POST',
    summary: { 'zh-cn': '提交数据（常配合 `body`）。', en: 'Submit data (usually with `body`).' },
  },
  { name: 'PUT', summary: { 'zh-cn': '整体替换资源。', en: 'Replace a resource.' } },
  { name: 'DELETE', summary: { 'zh-cn': '删除资源。', en: 'Delete a resource.' } },
  {
    name: 'HEAD',
    summary: {
      'zh-cn': '只取响应头，`body` 为空字符串。',
      en: 'Headers only; `body` is the empty string.',
    },
  },
  { name: 'PATCH', summary: { 'zh-cn': '部分修改资源。', en: 'Modify part of a resource.' } },
];

/** LuaLS types of the option keys. */
const OPTION_TYPES: Record<string, string> = {
  query: 'string',
  headers: 'table<string, string>',
  cookies: 'table<string, string>',
  body: 'string',
  form: 'string',
  timeout: 'number|string',
  auth: 'HttpAuth',
};

const optionField = fieldsOf('option', 'HttpOption');
const authField = fieldsOf('auth', 'HttpAuth');
const responseField = fieldsOf('response', 'HttpResponse');

export const HTTP_OPTION: ApiType = defineType(
  {
    id: 'HttpOption',
    kind: 'shape',
    receiver: 'option',
    name: ['HTTP 选项', 'HTTP options'],
    summary: ['HTTP 调用的 `option` 表。', 'The `option` table of an HTTP call.'],
    closed: true,
  },
  [],
  OPTION_KEYS.map((k) =>
    optionField(k.name, OPTION_TYPES[k.name] ?? k.typeLabel, {
      zh: k.summary['zh-cn'],
      en: k.summary.en,
      detail: [k.detail['zh-cn'], k.detail.en],
      example: k.example,
    }),
  ),
);

export const HTTP_AUTH: ApiType = defineType(
  {
    id: 'HttpAuth',
    kind: 'shape',
    receiver: 'auth',
    name: ['HTTP 认证', 'HTTP auth'],
    summary: ['`option.auth`：HTTP 基本认证。', '`option.auth`: HTTP basic auth.'],
    closed: true,
  },
  [],
  AUTH_KEYS.map((k) =>
    authField(k.name, 'string', {
      zh: k.summary['zh-cn'],
      en: k.summary.en,
      example: `${k.name} = "${k.name === 'user' ? 'admin' : 'secret'}"`,
    }),
  ),
);

export const HTTP_RESPONSE: ApiType = defineType(
  {
    id: 'HttpResponse',
    kind: 'shape',
    receiver: 'response',
    name: ['HTTP 响应', 'HTTP response'],
    summary: ['HTTP 调用成功时的第一个返回值。', 'The first value of a successful HTTP call.'],
    closed: true,
  },
  [],
  RESPONSE_FIELDS.map((f) =>
    responseField(f.name, f.type, {
      zh: f.summary['zh-cn'],
      en: f.summary.en,
      ...(f.detail ? { detail: [f.detail['zh-cn'], f.detail.en] as const } : {}),
      example: f.example,
    }),
  ),
);
