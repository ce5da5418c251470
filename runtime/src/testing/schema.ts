/**
 * The JSON Schema of plugin test files (`*.test.json`), built from the world file's schema: a test file is a world
 * (every field of schemas/world.schema.json) whose `script` may hold `expect` steps, plus `plugins`, `config`,
 * `storage`, `timeout`, `skip`, `name` and `tests`.
 *
 * schemas/test.schema.json is this function's output, committed so VS Code can read it as a plain file; it is
 * self-contained (no `$ref` into another file). `npm run build && node out/scripts/test-schema.js` regenerates it
 * after the world schema changes; a test fails while the committed file says something else.
 */
import { EXPECT_KINDS } from './kinds';

type Schema = Record<string, unknown>;

const SAY_VIAS = ['say', 'ask', 'title', 'subtitle', 'actionbar', 'tellraw', 'tell', 'chat'];
const COMMAND_VIAS = ['ws', 'wo', 'player', 'ai'];
const PRINT_STREAMS = ['print', 'coromega', 'log'];
const LOG_LEVELS = ['debug', 'info', 'success', 'warning', 'error'];

const regex = (zh: string, en: string): Schema => ({
  type: 'string',
  format: 'regex',
  description: `${zh}（正则表达式，可匹配文本的一部分；带或不带 § 颜色代码均可）。/ ${en} (a regular expression that may match part of the text, with or without its § colour codes).`,
});
const exact = (zh: string, en: string): Schema => ({
  type: 'string',
  description: `${zh}（完整文本，忽略 § 颜色代码）。/ ${en} (the whole text, § colour codes ignored).`,
});

function expectSchema(): Schema {
  return {
    type: 'object',
    description:
      '一个期望：上一个动作之后（或测试开始以来）的事件中应出现的内容。只写一种：say、request、command、qq、print、score、apiResult、noError。/ One expectation about the events since the previous action (or since the test started). Exactly one kind: say, request, command, qq, print, score, apiResult, noError.',
    additionalProperties: false,
    properties: {
      say: {
        type: 'object',
        description: '玩家看到的消息（say 事件）。/ Something a player is shown (a say event).',
        additionalProperties: false,
        properties: {
          to: { type: 'string', description: '玩家名。/ The player.' },
          text: exact('消息', 'The message'),
          match: regex('消息', 'The message'),
          via: {
            enum: SAY_VIAS,
            description: '显示方式。/ How it was shown.',
          },
        },
      },
      request: {
        type: 'object',
        description: '插件发出的 HTTP 请求。/ An HTTP request the plugin made.',
        additionalProperties: false,
        properties: {
          method: {
            type: 'string',
            description: 'GET、POST……（不分大小写）。/ GET, POST... (any case).',
          },
          url: {
            type: 'string',
            description:
              "URL 模式，* 匹配任意字符（与世界文件的 http 规则相同）。/ URL pattern; * matches anything (as in the world file's http rules).",
            examples: ['https://api.example.com/*'],
          },
          body: {
            type: 'object',
            description: '请求体。/ The request body.',
            additionalProperties: false,
            properties: {
              text: { type: 'string', description: '完整请求体。/ The whole body.' },
              match: {
                type: 'string',
                format: 'regex',
                description: '正则表达式。/ A regular expression.',
              },
              json: {
                description:
                  '请求体解析为 JSON 后应包含这些字段（对象按字段比较，其他值须相等）。/ Parsed as JSON, the body contains this (objects compare field by field, other values must be equal).',
              },
            },
          },
          headers: {
            type: 'object',
            description: '请求头名 → 正则表达式。/ Header name -> a regular expression.',
            additionalProperties: { type: 'string', format: 'regex' },
          },
        },
      },
      command: {
        type: 'object',
        description:
          '插件发出的游戏命令（不带 /）。/ A game command the plugin sent (without its /).',
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: '完整命令。/ The whole command.' },
          match: {
            type: 'string',
            format: 'regex',
            description: '正则表达式。/ A regular expression.',
          },
          via: { enum: COMMAND_VIAS, description: 'send_ws_cmd → ws，send_wo_cmd → wo……' },
        },
      },
      qq: {
        type: 'object',
        description: '插件发出的 QQ 消息。/ A QQ message the plugin sent.',
        additionalProperties: false,
        properties: {
          target: {
            type: 'string',
            description: '"群聊:ID"、"好友:ID"、"default"…… / "群聊:ID", "好友:ID", "default"...',
          },
          group: { type: 'integer', description: '发到这个群。/ Sent to this group.' },
          user: { type: 'integer', description: '私聊这个用户。/ Sent privately to this user.' },
          text: exact('消息', 'The message'),
          match: regex('消息', 'The message'),
        },
      },
      print: {
        type: 'object',
        description:
          '插件打印的一行（print、coromega:print、log 系列）。/ A line the plugin printed (print, coromega:print, the log family).',
        additionalProperties: false,
        properties: {
          text: exact('这一行', 'The line'),
          match: regex('这一行', 'The line'),
          stream: { enum: PRINT_STREAMS },
          level: { enum: LOG_LEVELS },
        },
      },
      score: {
        type: 'object',
        description: '计分板分数（世界的当前状态）。/ A scoreboard score (the world as it is now).',
        additionalProperties: false,
        required: ['player', 'objective'],
        properties: {
          player: { type: 'string' },
          objective: { type: 'string' },
          equals: { type: 'integer' },
          atLeast: { type: 'integer' },
          atMost: { type: 'integer' },
        },
        anyOf: [{ required: ['equals'] }, { required: ['atLeast'] }, { required: ['atMost'] }],
      },
      apiResult: {
        type: 'object',
        description:
          '{"api": ...} 动作得到的回答（apiResult 事件）。/ The answer to an {"api": ...} action (an apiResult event).',
        additionalProperties: false,
        properties: {
          api: { type: 'string' },
          result: {
            description:
              '回答应包含这些字段（对象按字段比较，其他值须相等）。/ The answer contains this (objects compare field by field, other values must be equal).',
          },
          error: {
            type: 'string',
            format: 'regex',
            description: '错误信息（正则表达式）。/ The error (a regular expression).',
          },
        },
      },
      noError: {
        const: true,
        description: '没有 Lua 错误。/ No Lua error.',
      },
      within: {
        type: 'number',
        minimum: 0,
        description:
          '从上一个动作起最多等待的毫秒数。省略时等到插件稳定（没有可运行的协程、没有进行中的请求、100 ms 内没有到期的计时器），最多 10 秒。/ Milliseconds after the previous action to keep looking. When absent: until the plugin has settled (nothing to run, no request in flight, no timer due within 100 ms), at most 10 s.',
      },
      not: {
        type: 'boolean',
        description: 'true：这样的事件不应出现。/ true: no such event may appear.',
      },
    },
    oneOf: EXPECT_KINDS.map((k) => ({ required: [k] })),
  };
}

function snippet(label: string, description: string, body: unknown): Schema {
  return { label, description, body };
}

/** Completion entries VS Code offers inside `script` (schema `defaultSnippets`). */
const STEP_SNIPPETS = [
  snippet('menu', '玩家打开游戏菜单 / a player opens a game menu', {
    as: '${1:Steve}',
    menu: '${2:trigger}',
    args: ['$3'],
  }),
  snippet('chat', '玩家说一句话 / a player says something', {
    as: '${1:Steve}',
    chat: '${2:text}',
  }),
  snippet('terminal', '终端输入一行 / a terminal line', { terminal: '${1:line}' }),
  snippet('expect say', '玩家应收到消息 / a player is told something', {
    expect: { say: { to: '${1:Steve}', match: '${2:text}' } },
  }),
  snippet('expect request', '应发出 HTTP 请求 / an HTTP request is made', {
    expect: { request: { method: '${1:POST}', url: '${2:https://api.example.com/*}' } },
  }),
  snippet('expect command', '应发出命令 / a command is sent', {
    expect: { command: { match: '${1:^scoreboard players add Steve money 10$}' } },
  }),
  snippet('expect qq', '应发出 QQ 消息 / a QQ message is sent', {
    expect: { qq: { group: '^${1:123456}', match: '${2:text}' } },
  }),
  snippet('expect print', '应打印一行 / a line is printed', {
    expect: { print: { match: '${1:text}' } },
  }),
  snippet('expect score', '分数应为 / a score is', {
    expect: { score: { player: '${1:Steve}', objective: '${2:money}', equals: '^${3:0}' } },
  }),
  snippet('expect noError', '没有 Lua 错误 / no Lua error', { expect: { noError: true } }),
];

const FILE_SNIPPETS = [
  snippet('plugin test', '一个测试 / one test', {
    players: [{ name: 'Steve', op: true }],
    script: [
      { as: 'Steve', menu: '${1:trigger}' },
      { expect: { say: { to: 'Steve', match: '${2:text}' } } },
    ],
  }),
  snippet('plugin tests', '共用一个世界的多个测试 / several tests sharing a world', {
    players: [{ name: 'Steve', op: true }],
    tests: [
      {
        name: '${1:first test}',
        script: [
          { as: 'Steve', menu: '${2:trigger}' },
          { expect: { say: { to: 'Steve', match: '${3:text}' } } },
        ],
      },
    ],
  }),
];

/** Builds the test file schema from the world file schema. */
export function buildTestSchema(world: Schema): Schema {
  const worldProps = world.properties as Record<string, Schema>;
  const worldDefs = world.definitions as Record<string, Schema>;
  const shared: Record<string, Schema> = {};
  for (const [k, v] of Object.entries(worldProps))
    // A test file names its plugins and their configs itself (`plugins`, `config`).
    if (k !== '$schema' && k !== 'script' && k !== 'configs') shared[k] = v;
  const script: Schema = {
    type: 'array',
    description:
      '动作和期望，依次执行：动作在上一个动作稳定后（或 2 秒后）执行，期望检查上一个动作之后的事件。/ Actions and expectations in order: an action is applied once the previous one has settled (or after 2 s); an expectation looks at the events since the previous action.',
    items: { $ref: '#/definitions/step' },
  };
  const configDoc: Schema = {
    type: 'object',
    description:
      '插件配置文件的内容（如 {"配置": {...}}），代替插件旁的配置文件。/ The plugin config file\'s content (e.g. {"配置": {...}}), instead of the config file beside the plugin.',
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://coromega-tools.github.io/schemas/test.schema.json',
    title: 'coromega-run 插件测试 / coromega-run plugin test',
    description:
      'coromega-run --test 的测试文件：一个世界（与 --world 的世界文件相同）加上含期望的动作脚本。/ A test file for coromega-run --test: a world (as in a --world file) whose script holds expectations.',
    type: 'object',
    additionalProperties: false,
    defaultSnippets: FILE_SNIPPETS,
    properties: {
      $schema: { type: 'string' },
      name: {
        type: 'string',
        minLength: 1,
        description:
          "测试名（只有一个测试时；默认取文件名）。/ The test's name (for a file holding one test; default: the file name).",
      },
      plugins: {
        type: 'array',
        minItems: 1,
        description:
          '要运行的插件，路径相对于测试文件。省略时 NAME.test.json 运行旁边的 NAME.lua。/ The plugins to run, relative to the test file. When absent, NAME.test.json runs NAME.lua beside it.',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['path'],
              properties: { path: { type: 'string', minLength: 1 }, config: configDoc },
            },
          ],
        },
      },
      config: configDoc,
      storage: {
        type: 'string',
        description:
          '复制给每个测试的存储目录（相对于测试文件）。省略时每个测试从空目录开始。/ A storage folder (relative to the test file) copied for each test. When absent each test starts from an empty one.',
      },
      timeout: {
        type: 'number',
        minimum: 1,
        default: 30000,
        description: '每个测试最长的毫秒数。/ The longest a test may take, in milliseconds.',
      },
      skip: { type: 'boolean', description: '跳过。/ Skip it.' },
      ...shared,
      script,
      tests: {
        type: 'array',
        minItems: 1,
        description:
          "共用这个世界的多个测试；顶层的 script 在每个测试的 script 之前执行。/ Several tests sharing this world; the top-level script runs before each test's own.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'script'],
          properties: {
            name: { type: 'string', minLength: 1 },
            script,
            http: {
              ...worldProps.http,
              description:
                "这个测试的 HTTP 规则，先于文件的 http 规则匹配；--record 写在这里。/ This test's HTTP rules, tried before the file's; --record writes here.",
            },
            timeout: { type: 'number', minimum: 1 },
            skip: { type: 'boolean' },
          },
        },
      },
    },
    definitions: {
      ...worldDefs,
      step: {
        defaultSnippets: STEP_SNIPPETS,
        anyOf: [{ $ref: '#/definitions/action' }, { $ref: '#/definitions/expectStep' }],
      },
      expectStep: {
        type: 'object',
        additionalProperties: false,
        required: ['expect'],
        properties: { expect: { $ref: '#/definitions/expect' } },
      },
      expect: expectSchema(),
    },
  };
}
