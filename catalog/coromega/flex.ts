/**
 * coromega's cross-plugin chapter: calling and exposing APIs between plugins, topics, soft values, the shared map
 * and the user info used to limit where a plugin runs (docs: 跨插件api调用, 软API, 保护代码在分发时的安全性).
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const flex = functionsOf('coromega', 'Coromega', 'flex');

const API_NAME: Prose = [
  '跨插件 API 的名字，如 `"/calculator/add"`。',
  'The API name, e.g. `"/calculator/add"`.',
];
const ARGS: Prose = [
  '调用参数：任何 `json.encode` 能处理的值（可以是 nil）。',
  'The arguments: anything `json.encode` handles (nil too).',
];
const TOPIC: Prose = ['话题名，如 `"/send_time/1"`。', 'The topic, e.g. `"/send_time/1"`.'];

export const FLEX_METHODS: ApiFunction[] = [
  flex(
    'call_other_plugin_api(func: string, args?: any, timeout?: number): any, string?',
    'coroutine',
    {
      entry: { kind: 'api', role: 'uses', arg: 0 },
      zh: '调用另一个插件（或框架服务）暴露的 API，等待并返回结果。',
      en: 'Calls an API another plugin (or a framework service) exposes and waits for the result.',
      params: {
        func: API_NAME,
        args: ARGS,
        timeout: [
          '超时秒数（可省略）；超时返回 `nil, "context deadline exceeded"`。',
          'Timeout in seconds (optional); on timeout `nil, "context deadline exceeded"`.',
        ],
      },
      returns: [
        ['对方返回的结果。', 'The result.'],
        ['出错时的错误信息。', 'The error, if any.'],
      ],
      example:
        'local sum, err = coromega:call_other_plugin_api(\n    "/calculator/add", { 1, 2 }, 1)',
    },
  ),
  flex('call_other_plugin_api_no_result(func: string, args?: any)', 'any', {
    entry: { kind: 'api', role: 'uses', arg: 0 },
    zh: '调用跨插件 API，但不等待结果。',
    en: 'Calls a cross-plugin API without waiting for the result.',
    params: { func: API_NAME, args: ARGS },
    example: 'coromega:call_other_plugin_api_no_result(\n    "/time/set", 100)',
  }),
  flex('publish_info(topic: string, data: any)', 'any', {
    entry: { kind: 'topic', role: 'uses', arg: 0 },
    zh: '向一个话题发布数据，所有订阅该话题的插件都会收到。',
    en: 'Publishes data on a topic; every plugin subscribed to it receives it.',
    params: {
      topic: TOPIC,
      data: ['要发布的值（可被 `json.encode` 处理）。', 'The value (JSON-encodable).'],
    },
    example: 'coromega:publish_info("/send_time/1",\n    { send_time = os.time() })',
  }),
  flex('when_called_by_api_named(api_name: string): SessionFactory', 'any', {
    entry: { kind: 'api', role: 'provides', arg: 0 },
    zh: '以这个名字暴露一个跨插件 API；每次被调用时在新协程中运行处理函数。',
    en: 'Exposes a cross-plugin API under this name; each call runs the handler in a new coroutine.',
    detail: [
      '处理函数收到调用参数 `args` 和 `set_result`。用 `set_result(结果, 错误)` 回答（最多一次），或直接 `return 结果, 错误`。',
      'The handler gets `args` and `set_result`. Answer with `set_result(result, err)` (once at most) or simply `return result, err`.',
    ],
    params: { api_name: API_NAME },
    returns: [
      [
        '监听器：`:start_new(function(args, set_result) ... end)`。',
        'A listener: `:start_new(function(args, set_result) ... end)`.',
      ],
    ],
    listener: 'fun(args: any, set_result: fun(result: any, err?: string))',
    example:
      'coromega:when_called_by_api_named("/calculator/add")\n    :start_new(function(args, set_result)\n        set_result(args[1] + args[2])\n    end)',
  }),
  flex('when_new_data_in_subscribed_topic_named(topic: string): SessionFactory', 'any', {
    entry: { kind: 'topic', role: 'provides', arg: 0 },
    zh: '订阅一个话题；每当有新数据，就在新协程中运行处理函数。',
    en: 'Subscribes to a topic; each new piece of data runs the handler in a new coroutine.',
    params: { topic: TOPIC },
    returns: [
      [
        '监听器：`:start_new(function(data) ... end)`，`data` 是发布的值。',
        'A listener: `:start_new(function(data) ... end)`; `data` is what was published.',
      ],
    ],
    listener: 'fun(data: any)',
    example:
      'coromega:when_new_data_in_subscribed_topic_named(\n    "/send_time/1"):start_new(function(data)\n        print(data.send_time)\n    end)',
  }),
  flex('soft_set(key: string, val: string)', 'any', {
    zh: '写入一个软值：跨插件、跨进程可读，框架崩溃也不会丢（机器人退出才消失）。跨进程，速度不快。',
    en: 'Stores a soft value, readable across plugins and processes; it survives a framework crash (gone when the bot exits). Not fast.',
    params: { key: ['名字。', 'The key.'], val: ['值（字符串）。', 'The value (a string).'] },
    example: 'coromega:soft_set("status/my_plugin", "start")',
  }),
  flex('soft_get(key: string): string?, boolean', 'any', {
    zh: '读取一个软值，如 `"HashedServerCode"`、`"HashedUserID"`。',
    en: 'Reads a soft value, e.g. `"HashedServerCode"`, `"HashedUserID"`.',
    params: { key: ['名字。', 'The key.'] },
    returns: [
      ['值。', 'The value.'],
      ['是否存在。', 'Whether it exists.'],
    ],
    example: 'local code, found =\n    coromega:soft_get("HashedServerCode")',
  }),
  flex('user_info(): UserInfo', 'any', {
    zh: '用户 Token 和服务器号的 MD5，可用来限制插件只在授权的服务器上运行。',
    en: 'MD5 hashes of the user token and the server number, e.g. to limit a plugin to licensed servers.',
    returns: [
      [
        '`{ HashedUserToken = ..., HashedServerCode = ... }`。',
        '`{ HashedUserToken = ..., HashedServerCode = ... }`.',
      ],
    ],
    example: 'local info = coromega:user_info()\nprint(info.HashedServerCode)',
  }),
  flex('shared_map(): SharedMap', 'any', {
    zh: '取得所有插件共享的字符串键值表。',
    en: 'The string key-value map all plugins share.',
    returns: [['共享表对象。', 'The shared map.']],
    example: 'local sm = coromega:shared_map()\nlocal old = sm:set("count", 1)',
  }),
];
