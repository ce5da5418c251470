/**
 * Plain-text rendering of run events for a terminal (coromega-run without --json): what the plugin prints goes to
 * stdout, everything the runtime reports (requests, warnings, errors, world activity) to stderr, in the run's
 * language. `§` colour codes become ANSI colours on a terminal and are stripped elsewhere.
 */
import type { ListenerKind, RunEvent, SayVia, WorldAction } from './events';
import { colorCodesToAnsi, stripColorCodes } from './colors';
import * as path from 'node:path';
import { message, tr, type Lang } from './messages';
import { langFormat } from './world/lang';

const KINDS: Record<ListenerKind, [string, string]> = {
  game_menu: ['游戏菜单', 'game menu'],
  terminal_menu: ['终端菜单', 'terminal menu'],
  api: ['跨插件 API', 'cross-plugin API'],
  topic: ['话题', 'topic'],
  chat: ['聊天监听', 'chat listener'],
  sender: ['发送者消息监听', 'sender listener'],
  command_block: ['命令块消息监听', 'command block listener'],
  player_change: ['玩家上下线监听', 'player change listener'],
  cqhttp: ['QQ 消息监听', 'QQ message listener'],
  cqhttp_default: ['QQ 默认列表监听', 'QQ default-list listener'],
  packet: ['数据包监听', 'packet listener'],
  websocket_server: ['WebSocket 服务器', 'WebSocket server'],
};

const VIAS: Record<SayVia, [string, string]> = {
  say: ['', ''],
  ask: ['提问', 'ask'],
  title: ['标题', 'title'],
  subtitle: ['副标题', 'subtitle'],
  actionbar: ['动作栏', 'action bar'],
  tellraw: ['tellraw', 'tellraw'],
  tell: ['私聊', 'tell'],
  chat: ['聊天', 'chat'],
};

/** One line describing an action, in the run's language. */
export function describeAction(a: WorldAction, lang: Lang): string {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  if ('menu' in a)
    return t(
      `${a.as} 打开菜单 ${[a.menu, ...(a.args ?? [])].join(' ')}`,
      `${a.as} opens the menu ${[a.menu, ...(a.args ?? [])].join(' ')}`,
    );
  if ('chat' in a) return t(`${a.as} 说：${a.chat}`, `${a.as} says: ${a.chat}`);
  if ('terminal' in a) return t(`终端输入：${a.terminal}`, `terminal: ${a.terminal}`);
  if ('qq' in a) {
    const q = a.qq;
    const from =
      q.group !== undefined
        ? `群聊:${q.group} ${q.user}`
        : q.guild !== undefined
          ? `频道:${q.guild}:${q.channel ?? ''} ${q.user}`
          : `好友:${q.user}`;
    return t(`QQ 消息（${from}）：${a.qq.text}`, `QQ message (${from}): ${a.qq.text}`);
  }
  if ('api' in a)
    return t(
      `调用 API ${a.api} ${JSON.stringify(a.args ?? null)}`,
      `call API ${a.api} ${JSON.stringify(a.args ?? null)}`,
    );
  if ('join' in a) return t(`${a.join} 上线`, `${a.join} joins`);
  if ('leave' in a) return t(`${a.leave} 下线`, `${a.leave} leaves`);
  if ('player' in a) {
    const parts: string[] = [];
    if (a.op !== undefined) parts.push(`op=${a.op}`);
    if (a.tags) parts.push(`tags=[${a.tags.join(', ')}]`);
    for (const [k, v] of Object.entries(a.scores ?? {})) parts.push(`${k}=${v ?? '-'}`);
    return t(
      `修改玩家 ${a.player}：${parts.join(' ')}`,
      `change player ${a.player}: ${parts.join(' ')}`,
    );
  }
  if ('advance' in a)
    return t(`时间前进 ${String(a.advance)}`, `the clock moves on ${String(a.advance)}`);
  return t(`等待 ${a.wait} ms`, `wait ${a.wait} ms`);
}

const LEVEL_SGR: Record<string, string> = {
  debug: '90',
  success: '32',
  warning: '33',
  error: '31',
};

export class PlainRenderer {
  private readonly requests = new Map<number, { method: string; url: string }>();
  constructor(
    private readonly out: (s: string) => void,
    private readonly err: (s: string) => void,
    private readonly outTty: boolean,
    private readonly errTty: boolean,
    protected readonly lang: Lang = 'zh-cn',
  ) {}

  private color(text: string, tty: boolean): string {
    return tty ? colorCodesToAnsi(text) : stripColorCodes(text);
  }

  private dim(s: string): string {
    return this.errTty ? `\x1b[2m${s}\x1b[0m` : s;
  }

  /** One line of the runtime's own (stderr). */
  note(text: string): void {
    this.err(this.dim(text) + '\n');
  }

  render(e: RunEvent): void {
    switch (e.type) {
      case 'print': {
        let text = this.color(e.text, this.outTty);
        if (e.stream === 'log' && e.level === 'debug') text = '[DEBUG] ' + text;
        if (this.outTty && e.level && LEVEL_SGR[e.level])
          text = `\x1b[${LEVEL_SGR[e.level]}m${text}\x1b[0m`;
        this.out(e.partial ? text : text + '\n');
        break;
      }
      case 'input':
        if (e.prompt) this.out(this.color(e.prompt, this.outTty));
        break;
      case 'request':
        this.requests.set(e.id, { method: e.method, url: e.url });
        this.err(this.dim(`→ #${e.id} ${e.method} ${e.url}`) + '\n');
        break;
      case 'response': {
        const r = this.requests.get(e.id);
        this.err(
          this.dim(
            `← #${e.id} ${e.status} ${r ? r.method + ' ' : ''}${e.url} (${e.durationMs} ms, ${e.size} B${e.redirects ? `, ${e.redirects} redirect(s)` : ''}${e.stubbed ? tr(this.lang, '，世界文件应答', ', answered by the world file') : ''})`,
          ) + '\n',
        );
        break;
      }
      case 'requestError': {
        const r = this.requests.get(e.id);
        this.err(`✗ #${e.id} ${r ? r.method + ' ' : ''}${e.message} (${e.durationMs} ms)\n`);
        break;
      }
      case 'warning': {
        const label = tr(this.lang, '警告：', 'warning: ');
        const where = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : '';
        this.err(where + (this.errTty ? `\x1b[33m${label}\x1b[0m` : label) + e.message + '\n');
        break;
      }
      case 'listener': {
        const kind = tr(this.lang, ...KINDS[e.kind]);
        const what = [e.triggers.join('/'), e.argument_hint].filter((x) => x).join(' ');
        const usage = e.usage ? ` — ${e.usage}` : '';
        this.err(this.dim(`≡ ${kind}${what ? `: ${what}` : ''}${usage}`) + '\n');
        break;
      }
      case 'say': {
        const via = tr(this.lang, ...VIAS[e.via]);
        if (e.offline) {
          const what = tr(this.lang, '离线，没有看到', 'offline, not shown');
          this.err(this.dim(`@${e.player} (${what}): ${e.text}`) + '\n');
          break;
        }
        this.err(`@${e.player}${via ? ` (${via})` : ''}: ${this.color(e.text, this.errTty)}\n`);
        break;
      }
      case 'command': {
        const code = this.lang === 'en' ? 1 : 0;
        let answer: string;
        if (!e.result) answer = tr(this.lang, '无回应', 'no answer');
        else {
          const first = e.result.OutputMessages[0];
          const text = first ? langFormat(code, first.Message, first.Parameters) : '';
          answer =
            e.result.SuccessCount > 0
              ? tr(this.lang, `成功 ${e.result.SuccessCount}`, `success ${e.result.SuccessCount}`)
              : tr(this.lang, '失败', 'failed');
          if (text) answer += `: ${text}`;
        }
        this.err(this.dim(`/${e.command} (${e.via}) → ${answer}`) + '\n');
        break;
      }
      case 'qq':
        this.err(`[QQ → ${e.target}] ${e.text}\n`);
        break;
      case 'world':
        this.err(
          this.dim(
            tr(this.lang, '[世界] 未模拟：', '[world] not simulated: ') +
              e.api +
              (e.args ? ` ${JSON.stringify(e.args)}` : ''),
          ) + '\n',
        );
        break;
      case 'apiResult':
        this.err(
          `[API ${e.api}] → ${JSON.stringify(e.result ?? null)}${e.error ? ` (${e.error})` : ''}\n`,
        );
        break;
      case 'action': {
        // What the user typed is on their screen already.
        if (e.source === 'stdin' && 'terminal' in e.action && !e.problem) break;
        const line = describeAction(e.action, this.lang);
        if (e.problem) {
          const label = tr(this.lang, '动作无法执行：', 'action not applied: ');
          this.err((this.errTty ? `\x1b[33m${label}\x1b[0m` : label) + `${line} — ${e.problem}\n`);
        } else this.err(`▶ ${line}\n`);
        break;
      }
      case 'error':
        this.err(
          (this.errTty ? `\x1b[31m${e.message}\x1b[0m` : e.message) +
            '\n' +
            (e.traceback ? e.traceback + '\n' : ''),
        );
        break;
      case 'exit':
        if (e.reason !== 'finished' && e.reason !== 'exit' && e.message) this.err(e.message + '\n');
        break;
      case 'reload': {
        const text = message(
          this.lang,
          'reloaded',
          e.files.map((f) => path.basename(f)).join(', '),
        );
        this.err((this.errTty ? `\x1b[36m↻ ${text}\x1b[0m` : `↻ ${text}`) + '\n');
        break;
      }
      case 'watching': {
        if (e.reason !== 'finished' && e.reason !== 'exit' && e.message) this.err(e.message + '\n');
        const how = tr(this.lang, `退出码 ${e.code}`, `exit code ${e.code}`);
        this.note(message(this.lang, 'watching', how));
        break;
      }
      case 'start':
      case 'worldState':
        break;
    }
  }
}
