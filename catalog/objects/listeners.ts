/**
 * The listener every `coromega:when_...` returns (`SessionFactory`), and the two WebSocket objects: the server
 * (`WSServerSessionFactory`) and a connection (`WSConnWrapper`).
 */
import { defineType, functionsOf } from '../dsl';
import type { ApiType } from '../types';

const factory = functionsOf('listener', 'SessionFactory', 'listener');

export const SESSION_FACTORY: ApiType = defineType(
  {
    id: 'SessionFactory',
    kind: 'class',
    receiver: 'listener',
    name: ['监听器', 'listener'],
    summary: [
      '`when_...` 返回的监听器：用 `:start_new(fn)` 指定事件发生时在新协程中运行的函数。',
      'What `when_...` returns: `:start_new(fn)` sets the function to run in a new coroutine on each event.',
    ],
    closed: true,
  },
  [
    factory('start_new(coro_fn: fun(...: any)): SessionFactory', 'any', {
      zh: '指定事件发生时在新协程中运行的函数；它收到的参数取决于是哪个 `when_...`。',
      en: 'Sets the function to run in a new coroutine on each event; its arguments depend on the `when_...`.',
      params: {
        coro_fn: ['处理函数。', 'The handler.'],
      },
      returns: [['监听器本身。', 'The listener itself.']],
      example:
        'coromega:when_chat_msg():start_new(function(chat)\n    coromega:print(chat.name)\nend)',
    }),
    factory('on_result(handle?: fun(...: any)): SessionFactory', 'any', {
      zh: '指定处理函数结束后接收其返回值的函数（可为 nil）。',
      en: "Sets a function that receives the handler's return values when it finishes (nil clears it).",
      params: { handle: ['接收返回值的函数。', 'Gets the return values.'] },
      returns: [['监听器本身。', 'The listener itself.']],
      example:
        'coromega:when_chat_msg()\n    :on_result(function(r) print("done", r) end)\n    :start_new(function(chat) return chat.name end)',
    }),
    factory('on_new_session(...: any)', 'any', {
      zh: '框架内部：事件到达时启动新协程。',
      en: 'Internal: starts the coroutine for an event.',
      params: { '...': ['事件的参数。', 'The event.'] },
      example: '-- internal',
      internal: true,
    }),
  ],
);

const server = functionsOf('server', 'WSServerSessionFactory', 'websocket');

export const WS_SERVER: ApiType = defineType(
  {
    id: 'WSServerSessionFactory',
    kind: 'class',
    receiver: 'server',
    name: ['WebSocket 服务器', 'WebSocket server'],
    summary: [
      '`create_websocket_server` 启动的服务器：处理新连接和服务器关闭。',
      'The server `create_websocket_server` starts: handles new connections and its own end.',
    ],
    closed: true,
  },
  [
    server('when_new_conn(coro_fn: fun(conn: WSConnWrapper)): WSServerSessionFactory', 'any', {
      zh: '每有一个客户端连上来，就在新协程中运行函数，参数是这个连接。',
      en: 'Runs the function in a new coroutine for every client that connects, with the connection.',
      params: { coro_fn: ['处理新连接的函数。', 'Handles a connection.'] },
      returns: [['服务器本身。', 'The server itself.']],
      example: 'server:when_new_conn(function(conn)\n    conn:send_message("welcome")\nend)',
    }),
    server('when_dead(cb: fun(reason: string)): WSServerSessionFactory', 'any', {
      zh: '服务器关闭时在新协程中运行函数，参数是关闭的原因。',
      en: 'Runs the function in a new coroutine when the server stops, with the reason.',
      params: { cb: ['处理服务器关闭的函数。', 'Handles the end.'] },
      returns: [['服务器本身。', 'The server itself.']],
      example: 'server:when_dead(function(reason)\n    print("server down:", reason)\nend)',
    }),
    server('on_new_conn(conn: WSConnWrapper)', 'any', {
      zh: '框架内部：为新连接启动协程。',
      en: 'Internal: starts the coroutine for a new connection.',
      params: { conn: ['新连接。', 'The connection.'] },
      example: '-- internal',
      internal: true,
    }),
  ],
);

const conn = functionsOf('conn', 'WSConnWrapper', 'websocket');

export const WS_CONN: ApiType = defineType(
  {
    id: 'WSConnWrapper',
    kind: 'class',
    receiver: 'conn',
    name: ['WebSocket 连接', 'WebSocket connection'],
    summary: [
      '一个 WebSocket 连接：发送消息、等待下一条消息，或为每条消息运行处理函数。',
      'A WebSocket connection: send messages, wait for the next one, or run a handler for each.',
    ],
    closed: true,
  },
  [
    conn('when_new_msg(coro_fn: fun(msg: string?)): WSConnWrapper', 'any', {
      zh: '每条没有被 `receive_message` 取走的消息都在新协程中交给函数；连接断开时收到 nil。',
      en: 'Each message `receive_message` does not take goes to the function in a new coroutine; nil when the connection closes.',
      params: { coro_fn: ['处理消息的函数。', 'Handles a message.'] },
      returns: [['连接本身。', 'The connection itself.']],
      example:
        'conn:when_new_msg(function(msg)\n    if msg == nil then print("closed") return end\n    conn:send_message("echo: " .. msg)\nend)',
    }),
    conn('send_message(msg: string)', 'any', {
      zh: '发送一条文本消息。',
      en: 'Sends a text message.',
      params: { msg: ['消息。', 'The message.'] },
      example: 'conn:send_message("hello")',
    }),
    conn('send(msg: any)', 'any', {
      zh: '把值用 `json.encode` 编码后作为文本消息发送。',
      en: 'Sends a value as a text message, encoded with `json.encode`.',
      params: { msg: ['要发送的值。', 'The value.'] },
      example: 'conn:send({ author = "somebody", age = 18 })',
    }),
    conn('receive_message(): string?', 'coroutine', {
      zh: '等待并返回下一条消息（它不会再交给 `when_new_msg`）；连接断开时为 nil。',
      en: 'Waits for and returns the next message (`when_new_msg` does not see it); nil when the connection closes.',
      returns: [['下一条消息，或 nil。', 'The next message, or nil.']],
      example: 'local msg = conn:receive_message()\nif msg == nil then print("closed") end',
    }),
    conn('on_new_msg(message: string?)', 'any', {
      zh: '框架内部：分发收到的消息。',
      en: 'Internal: delivers a received message.',
      params: { message: ['收到的消息。', 'The message.'] },
      example: '-- internal',
      internal: true,
    }),
  ],
);
