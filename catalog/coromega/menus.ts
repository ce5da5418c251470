/**
 * coromega's menu and packet chapter: entries in the terminal and game menus, and listening for packets
 * (docs: 菜单相关API, 数据包监听相关API). Also the keys of a menu's options table.
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction, OptionKey } from '../types';

const menu = functionsOf('coromega', 'Coromega', 'menu');
const packet = functionsOf('coromega', 'Coromega', 'packet');

const OPTIONS: Prose = [
  '`{ triggers = { "词1", ... }, argument_hint = "[参数]", usage = "说明" }`。',
  '`{ triggers = { "word", ... }, argument_hint = "[args]", usage = "what it does" }`.',
];

export const MENU_METHODS: ApiFunction[] = [
  menu('when_called_by_terminal_menu(options: MenuOptions): SessionFactory', 'outside', {
    entry: { kind: 'terminal_menu', role: 'provides', arg: 0, field: 'triggers' },
    zh: '在后台（终端）菜单添加入口；输入触发词时在新协程中运行处理函数。',
    en: 'Adds a terminal (backend) menu entry; typing a trigger runs the handler in a new coroutine.',
    params: { options: OPTIONS },
    returns: [
      [
        '监听器：`:start_new(function(input) ... end)`，`input` 是去掉触发词、按空格切分后的参数表。',
        'A listener: `:start_new(function(input) ... end)`; `input` is the words after the trigger.',
      ],
    ],
    listener: 'fun(input: string[])',
    example:
      'coromega:when_called_by_terminal_menu({\n    triggers = { "hello" },\n    usage = "say hello",\n}):start_new(function(input)\n    coromega:print("hello", input[1])\nend)',
  }),
  menu('when_called_by_game_menu(options: MenuOptions): SessionFactory', 'outside', {
    entry: { kind: 'game_menu', role: 'provides', arg: 0, field: 'triggers' },
    zh: '在游戏内的 neomega 菜单添加入口；玩家选择它时在新协程中运行处理函数。',
    en: 'Adds an entry to the in-game neomega menu; choosing it runs the handler in a new coroutine.',
    params: { options: OPTIONS },
    returns: [
      [
        '监听器：`:start_new(function(chat) ... end)`，`chat` 是触发菜单的聊天消息（`chat.name` 是玩家名，`chat.msg` 是参数）。',
        'A listener: `:start_new(function(chat) ... end)`; `chat` is the message (`chat.name` the player, `chat.msg` the words).',
      ],
    ],
    listener: 'fun(chat: ChatMessage)',
    example:
      'coromega:when_called_by_game_menu({\n    triggers = { "hello" },\n    usage = "say hello",\n}):start_new(function(chat)\n    local player = coromega:get_player(chat.name)\n    player:say("hello")\nend)',
  }),
  packet('when_receive_packet_of_types(...: string|number): SessionFactory', 'outside', {
    zh: '机器人收到指定类型的数据包时，在新协程中运行处理函数。',
    en: 'Runs the handler in a new coroutine when the bot receives packets of the given types.',
    detail: [
      '写法一：列出要的类型，如 `packets.Text, packets.CommandOutput`。写法二：`packets.all` 后面跟要排除的 `packets.noXxx`。',
      'Either list the types you want (`packets.Text, packets.CommandOutput`), or `packets.all` followed by the `packets.noXxx` to leave out.',
    ],
    params: {
      '...': [
        '数据包类型（`omega.packets` 中的值）。',
        'Packet types (values of `omega.packets`).',
      ],
    },
    returns: [
      [
        '监听器：`:start_new(function(packet) ... end)`，`packet` 有 `name()`、`id()`、`user_data()`、`json_str()`。',
        'A listener: `:start_new(function(packet) ... end)`; `packet` has `name()`, `id()`, `user_data()`, `json_str()`.',
      ],
    ],
    listener: 'fun(packet: Packet)',
    example:
      'local packets = omega.packets\ncoromega:when_receive_packet_of_types(packets.Text)\n    :start_new(function(packet)\n        coromega:print(packet:name(), packet:id())\n    end)',
  }),
];

/** Keys of the options table of `when_called_by_terminal_menu` / `when_called_by_game_menu`. */
export const MENU_OPTION_KEYS: OptionKey[] = [
  {
    name: 'triggers',
    types: ['table'],
    typeLabel: 'string[]',
    summary: {
      'zh-cn': '触发词列表（字符串表）：输入其中任意一个即触发菜单。',
      en: 'Trigger words (a table of strings): typing any of them triggers the entry.',
    },
    detail: {
      'zh-cn': '菜单中显示第一个触发词。处理函数收到去掉触发词、按空格切分后的其余输入。',
      en: 'The menu shows the first one. The handler receives the rest of the input, split on spaces.',
    },
    example: 'triggers = { "fetch", "抓取" }',
  },
  {
    name: 'argument_hint',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '参数提示，只在菜单中显示。',
      en: 'Argument hint, only shown in the menu.',
    },
    detail: { 'zh-cn': '不影响行为。', en: 'Does not change behaviour.' },
    example: 'argument_hint = "[url]"',
  },
  {
    name: 'usage',
    types: ['string'],
    typeLabel: 'string',
    summary: {
      'zh-cn': '功能说明，只在菜单中显示。',
      en: 'What the entry does, only shown in the menu.',
    },
    detail: { 'zh-cn': '不影响行为。', en: 'Does not change behaviour.' },
    example: 'usage = "抓取一个网址"',
  },
];
