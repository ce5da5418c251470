/**
 * coromega's command chapter: sending commands as the bot in its three identities and as a magic (AI) command
 * (docs: 命令收发).
 */
import { functionsOf, type Prose } from '../dsl';
import type { ApiFunction } from '../types';

const cmd = functionsOf('coromega', 'Coromega', 'command');

const CMD: Prose = ['命令（不带 `/`）。', 'The command (no `/`).'];
const GET_RESULT: Prose = [
  '为 true 时等待并返回命令的结果（此时只能在协程内调用）；省略或 false 时发出即返回。',
  'When true, waits for and returns the result (then only inside a coroutine); omitted or false: send and go on.',
];
const TIMEOUT: Prose = [
  '等待结果的超时秒数（可省略）；超时得到 nil。',
  'Seconds to wait for the result (optional); nil on timeout.',
];
const RESULT: Prose = [
  '`get_result` 为 true 时是命令的结果（`OutputMessages`、`SuccessCount`...）；否则或超时为 nil。',
  'With `get_result`, the command output (`OutputMessages`, `SuccessCount`...); otherwise, or on timeout, nil.',
];
const NO_REPLY: Prose = [
  '有些命令（如 `say`）没有结果：对它们等待结果会一直等下去，请给出 timeout。',
  'Some commands (e.g. `say`) never answer: waiting for their result waits forever, so give a timeout.',
];

function sender(name: string, zh: string, en: string): ApiFunction {
  return cmd(
    `${name}(cmd: string, get_result?: boolean, timeout?: number): CommandOutput?`,
    'coroutine',
    {
      zh,
      en,
      detail: NO_REPLY,
      params: { cmd: CMD, get_result: GET_RESULT, timeout: TIMEOUT },
      returns: [RESULT],
      yieldsWhenArg: 1,
      example: `local result = coromega:${name}("list", true, 2)\nif result then\n    print(result.SuccessCount)\nend`,
    },
  );
}

export const COMMAND_METHODS: ApiFunction[] = [
  cmd('send_wo_cmd(cmd: string)', 'any', {
    zh: '以 wo 身份（设置命令）发送命令，没有结果；部分命令这样发送无效。',
    en: 'Sends a command as "wo" (a settings command), without a result; some commands have no effect this way.',
    params: { cmd: CMD },
    example: 'coromega:send_wo_cmd("say hello")',
  }),
  sender(
    'send_ws_cmd',
    '以 websocket 身份发送命令，可以等待并取得结果。',
    'Sends a command as the websocket identity; can wait for its result.',
  ),
  sender(
    'send_player_cmd',
    '以机器人玩家的身份发送命令，可以等待并取得结果。',
    'Sends a command as the bot player; can wait for its result.',
  ),
  sender(
    'send_ai_cmd',
    '以网易魔法指令（AI 命令）的身份发送命令，可以等待并取得结果。',
    'Sends a command as a NetEase magic (AI) command; can wait for its result.',
  ),
];
