/**
 * The data of the HTTP `option` table (its keys, the `auth` keys, common headers, duration examples) and of the
 * response object, as neomega (gluahttp) reads and builds them.
 */
import type { AuthKey, DurationExample, HeaderInfo, OptionKey, ResponseField } from './types';

export const OPTION_KEYS: OptionKey[] = [
  {
    name: 'query',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '查询字符串（不带 `?`），整体替换 URL 中原有的查询部分。',
      en: "The query string (without `?`); replaces the URL's whole query.",
    },
    detail: {
      'zh-cn':
        'URL 里已有的 `?a=1` 会被丢弃。必须是字符串：表或数字会被 neomega 忽略（请先自己拼好，如 `"page=1&size=20"`）。',
      en: 'An `?a=1` already in the URL is dropped. Must be a string: a table or number is ignored by neomega (build it yourself, e.g. `"page=1&size=20"`).',
    },
    example: 'query = "page=1&size=20"',
  },
  {
    name: 'headers',
    types: ['table'],
    typeLabel: 'table',
    summary: {
      'zh-cn': '请求头表，每个 `名称 = 值` 设置一个请求头。',
      en: 'Request headers: each `name = value` sets one header.',
    },
    detail: {
      'zh-cn':
        '名称会规范化（`content-type` → `Content-Type`）。最后应用，因此会覆盖 `form` 自动设置的 Content-Type。含 `-` 的名称写成 `["Content-Type"] = "..."`。',
      en: 'Names are canonicalised (`content-type` -> `Content-Type`). Applied last, so they override the Content-Type `form` sets. Write names with `-` as `["Content-Type"] = "..."`.',
    },
    example:
      'headers = {\n    Accept = "application/json",\n    ["User-Agent"] = "my-plugin/1.0",\n}',
  },
  {
    name: 'cookies',
    types: ['table'],
    typeLabel: 'table',
    summary: {
      'zh-cn': '要发送的 Cookie 表，每个 `名称 = 值` 加入 `Cookie` 请求头。',
      en: 'Cookies to send: each `name = value` is added to the `Cookie` header.',
    },
    detail: {
      'zh-cn': '响应中服务器设置的 Cookie 在 `response.cookies` 里。',
      en: 'Cookies the server sets come back in `response.cookies`.',
    },
    example: 'cookies = { session = "abc123" }',
  },
  {
    name: 'body',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '请求体字符串（自动设置 Content-Length）。',
      en: 'The request body as a string (Content-Length is set).',
    },
    detail: {
      'zh-cn':
        '发送 JSON：`body = json.encode(data)` 并设置 `headers = { ["Content-Type"] = "application/json" }`。非字符串的值会被忽略。',
      en: 'To send JSON: `body = json.encode(data)` with `headers = { ["Content-Type"] = "application/json" }`. A non-string value is ignored.',
    },
    example: 'body = json.encode({ name = "steve" })',
  },
  {
    name: 'form',
    types: ['string'],
    typeLabel: 'string',
    deprecated: true,
    summary: {
      'zh-cn': '（已弃用）表单请求体字符串，仅在 `body` 不是字符串时使用。',
      en: '(Deprecated) A form body string, used only when `body` is not a string.',
    },
    detail: {
      'zh-cn':
        '同时设置 `Content-Type: application/x-www-form-urlencoded`（`headers` 中的设置优先）。建议改用 `body` 加请求头。',
      en: 'Also sets `Content-Type: application/x-www-form-urlencoded` (a value in `headers` wins). Prefer `body` plus a header.',
    },
    example: 'form = "user=steve&level=3"',
  },
  {
    name: 'timeout',
    types: ['number', 'string'],
    typeLabel: 'number|string',
    summary: {
      'zh-cn':
        '超时：数字为整秒，字符串为 Go 时长（如 `"30s"`、`"500ms"`、`"1m30s"`）。不设置则不限时。',
      en: 'Timeout: a number is whole seconds, a string is a Go duration (`"30s"`, `"500ms"`, `"1m30s"`). Absent: no limit.',
    },
    detail: {
      'zh-cn':
        '数字会被截断为整数：`0.5` 变成 `0`，请求立即超时；要半秒请写 `"500ms"`。字符串必须带单位（ns、us、µs、ms、s、m、h）：`"30"` 会失败并报 `time: missing unit in duration "30"`，`"abc"` 报 `time: invalid duration "abc"`。',
      en: 'A number is truncated to an integer: `0.5` becomes `0`, which times out at once; write `"500ms"` for half a second. A string needs a unit (ns, us, µs, ms, s, m, h): `"30"` fails with `time: missing unit in duration "30"`, `"abc"` with `time: invalid duration "abc"`.',
    },
    example: 'timeout = "30s"',
  },
  {
    name: 'auth',
    types: ['table'],
    typeLabel: 'table',
    summary: {
      'zh-cn': 'HTTP 基本认证：`{ user = "...", pass = "..." }`。',
      en: 'HTTP basic auth: `{ user = "...", pass = "..." }`.',
    },
    detail: {
      'zh-cn':
        '`user` 和 `pass` 缺一不可：任一为 nil/false 时请求失败，错误为 `auth table must contain no nil user and pass fields`。',
      en: 'Both `user` and `pass` are required: if either is nil/false the call fails with `auth table must contain no nil user and pass fields`.',
    },
    example: 'auth = { user = "admin", pass = "secret" }',
  },
];

export const AUTH_KEYS: AuthKey[] = [
  { name: 'user', type: 'string', summary: { 'zh-cn': '用户名。', en: 'User name.' } },
  { name: 'pass', type: 'string', summary: { 'zh-cn': '密码。', en: 'Password.' } },
];

export const COMMON_HEADERS: HeaderInfo[] = [
  {
    name: 'Accept',
    summary: { 'zh-cn': '希望收到的内容类型。', en: 'Content types the client accepts.' },
    examples: ['*/*', 'application/json'],
  },
  {
    name: 'Content-Type',
    summary: { 'zh-cn': '请求体的类型。', en: 'Type of the request body.' },
    examples: [
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain; charset=utf-8',
    ],
  },
  {
    name: 'Authorization',
    summary: {
      'zh-cn': '认证信息（如 Bearer 令牌）。运行面板默认隐藏其值。',
      en: 'Credentials (e.g. a Bearer token). The run panel masks its value by default.',
    },
    examples: ['Bearer <token>'],
  },
  {
    name: 'User-Agent',
    summary: { 'zh-cn': '客户端标识。', en: 'Identifies the client.' },
    examples: ['my-plugin/1.0'],
  },
  {
    name: 'Accept-Language',
    summary: { 'zh-cn': '希望的语言。', en: 'Preferred languages.' },
    examples: ['zh-CN,zh;q=0.9', 'en-US'],
  },
  {
    name: 'Accept-Encoding',
    summary: { 'zh-cn': '可接受的压缩方式。', en: 'Accepted compressions.' },
    examples: ['gzip'],
  },
  {
    name: 'Cache-Control',
    summary: { 'zh-cn': '缓存控制。', en: 'Caching directives.' },
    examples: ['no-cache'],
  },
  {
    name: 'Referer',
    summary: { 'zh-cn': '来源页面地址。', en: 'The referring page.' },
    examples: ['https://example.com/'],
  },
  {
    name: 'Origin',
    summary: { 'zh-cn': '请求来源。', en: 'Request origin.' },
    examples: ['https://example.com'],
  },
  {
    name: 'X-Requested-With',
    summary: { 'zh-cn': '部分服务要求的 AJAX 标记。', en: 'AJAX marker some services expect.' },
    examples: ['XMLHttpRequest'],
  },
  {
    name: 'Connection',
    summary: { 'zh-cn': '连接选项。', en: 'Connection options.' },
    examples: ['close', 'keep-alive'],
  },
  {
    name: 'If-None-Match',
    summary: { 'zh-cn': '条件请求（ETag）。', en: 'Conditional request (ETag).' },
    examples: ['"etag-value"'],
  },
];

export const DURATION_EXAMPLES: DurationExample[] = [
  { value: '30s', summary: { 'zh-cn': '30 秒', en: '30 seconds' } },
  { value: '10s', summary: { 'zh-cn': '10 秒', en: '10 seconds' } },
  { value: '5s', summary: { 'zh-cn': '5 秒', en: '5 seconds' } },
  { value: '500ms', summary: { 'zh-cn': '500 毫秒', en: '500 milliseconds' } },
  { value: '1m', summary: { 'zh-cn': '1 分钟', en: '1 minute' } },
  { value: '1m30s', summary: { 'zh-cn': '1 分 30 秒', en: '1 minute 30 seconds' } },
  { value: '1h', summary: { 'zh-cn': '1 小时', en: '1 hour' } },
];

export const RESPONSE_FIELDS: ResponseField[] = [
  {
    name: 'status_code',
    type: 'number',
    summary: { 'zh-cn': 'HTTP 状态码，如 200、404。', en: 'The HTTP status, e.g. 200, 404.' },
    detail: {
      'zh-cn': '4xx/5xx 也是正常返回的响应（`err` 为 nil），需自己判断。',
      en: '4xx/5xx come back as responses too (`err` is nil): check it yourself.',
    },
    example: 'if response.status_code == 200 then print("ok") end',
  },
  {
    name: 'headers',
    type: 'table',
    summary: {
      'zh-cn': '响应头表：规范化的名称 → 第一个值。',
      en: 'Response headers: canonical name -> first value.',
    },
    detail: {
      'zh-cn': '名称为规范形式，如 `response.headers["Content-Type"]`。',
      en: 'Names are canonical, e.g. `response.headers["Content-Type"]`.',
    },
    example: 'local ctype = response.headers["Content-Type"]',
  },
  {
    name: 'body_size',
    type: 'number',
    summary: {
      'zh-cn': '响应体的字节数（不是字符数）。',
      en: 'Length of the body in bytes (not characters).',
    },
    example: 'coromega:print(response.body_size .. " bytes")',
  },
  {
    name: 'body',
    type: 'string',
    summary: {
      'zh-cn': '响应体原始内容（HEAD 请求为空字符串）。',
      en: 'The raw body (empty for HEAD).',
    },
    detail: {
      'zh-cn': 'JSON 响应用 `json.decode(response.body)` 解析。',
      en: 'Parse a JSON response with `json.decode(response.body)`.',
    },
    example: 'local data = json.decode(response.body)',
  },
  {
    name: 'cookies',
    type: 'table',
    summary: {
      'zh-cn': '服务器通过 Set-Cookie 设置的 Cookie：名称 → 值。',
      en: 'Cookies the server set (Set-Cookie): name -> value.',
    },
    example: 'local session = response.cookies["session"]',
  },
  {
    name: 'url',
    type: 'string',
    summary: {
      'zh-cn': '最终地址（跟随重定向之后，最多 10 次）。',
      en: 'The final URL after redirects (at most 10 are followed).',
    },
    example: 'coromega:print("landed on " .. response.url)',
  },
];
