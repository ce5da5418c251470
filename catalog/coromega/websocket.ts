/**
 * coromega's WebSocket chapter: running a WebSocket server and connecting to one (docs: websocket). The objects
 * they give are in `catalog/objects/websocket.ts`.
 */
import { functionsOf } from '../dsl';
import type { ApiFunction } from '../types';

const ws = functionsOf('coromega', 'Coromega', 'websocket');

export const WEBSOCKET_METHODS: ApiFunction[] = [
  ws('create_websocket_server(host: string, port: integer): WSServerSessionFactory?', 'any', {
    zh: '在给定的地址和端口启动一个 WebSocket 服务器。',
    en: 'Starts a WebSocket server on the given address and port.',
    detail: [
      '用 `:when_new_conn(function(conn) ... end)` 处理每个连接，`:when_dead(function(reason) ... end)` 处理服务器关闭。',
      'Handle each connection with `:when_new_conn(function(conn) ... end)` and the server stopping with `:when_dead(function(reason) ... end)`.',
    ],
    params: {
      host: [
        '`"127.0.0.1"`（只允许本机）或 `"0.0.0.0"`（允许其他机器）。',
        '`"127.0.0.1"` (this machine only) or `"0.0.0.0"` (others too).',
      ],
      port: ['端口号。', 'The port.'],
    },
    returns: [['服务器对象；启动失败时为 nil。', 'The server; nil when it could not start.']],
    needsRun: true,
    example:
      'coromega:create_websocket_server("127.0.0.1", 1042)\n    :when_new_conn(function(conn)\n        conn:send_message("hello")\n    end)',
  }),
  ws(
    'connect_to_websocket(addr: string, header?: table<string, string|string[]>): WSConnWrapper?',
    'any',
    {
      zh: '连接到一个 WebSocket 服务器。',
      en: 'Connects to a WebSocket server.',
      params: {
        addr: [
          '地址，如 `"ws://127.0.0.1:1042/path"`。',
          'The address, e.g. `"ws://127.0.0.1:1042/path"`.',
        ],
        header: [
          '可选的 HTTP 请求头：名称 → 字符串或字符串表。',
          'Optional HTTP headers: name -> a string or a list of strings.',
        ],
      },
      returns: [['连接对象；连接失败时为 nil。', 'The connection; nil when it failed.']],
      needsRun: true,
      example:
        'local conn =\n    coromega:connect_to_websocket("ws://127.0.0.1:1042")\nif conn then conn:send_message("hi") end',
    },
  ),
];
