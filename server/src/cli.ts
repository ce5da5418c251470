/**
 * The command line of `coromega-language-server`: one table of options, a pure parser, and the help and
 * version texts in zh-CN and English. `start.ts` acts on the result before the server loads, so any mistake
 * costs one line on stderr and exit code 2.
 *
 * The transports are the ones vscode-languageserver reads from `process.argv` itself when it opens the
 * connection; this module only checks them. An option that does a one-off job instead of serving (like
 * `--version`) sets `task`: a function whose result is the exit code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../../catalog';
import { version } from '../../package.json';
import { suggest } from './features/common';

/** What `initialize` reports as `serverInfo`. */
export const SERVER_INFO: { name: string; version: string } = {
  name: 'coromega-language-server',
  version,
};

type Text = Record<Locale, string>;

export type Transport = 'stdio' | 'node-ipc' | 'socket' | 'pipe';

/** Where a task writes, in the invocation's language. */
export interface Output {
  locale: Locale;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A job done instead of serving; its result is the process's exit code. */
export type Task = (out: Output) => number | Promise<number>;

export interface Invocation {
  /** Language of the command line's own text: `--locale`, else LC_ALL / LC_MESSAGES / LANG, else zh-CN. */
  locale: Locale;
  /** `--locale` as given: also the server's language when the client names none. */
  localeOption?: Locale;
  transport?: Transport;
  task?: { option: string; run: Task };
}

export type ParseResult =
  { ok: true; invocation: Invocation } | { ok: false; locale: Locale; error: string };

interface OptionSpec {
  name: string;
  alias?: string;
  /** Placeholder of the option's value (`PORT`), given as `--name=V` or `--name V`; flags have none. */
  value?: string;
  /** Where help lists it; `hidden` options are accepted (editors' clients pass them) but not listed. */
  group: 'transport' | 'option' | 'hidden';
  help: Text;
  /** Records the option in `inv`; returns the complaint about a bad value. */
  apply(inv: Invocation, value: string): Text | undefined;
}

function transport(kind: Transport): (inv: Invocation) => Text | undefined {
  return (inv) => {
    if (inv.transport !== undefined && inv.transport !== kind) {
      return {
        'zh-cn': `只能选一种连接方式：--${inv.transport} 和 --${kind} 不能同时使用`,
        en: `choose one transport: --${inv.transport} and --${kind} cannot be used together`,
      };
    }
    inv.transport = kind;
    return undefined;
  };
}

function task(option: string, run: Task): (inv: Invocation) => Text | undefined {
  return (inv) => {
    if (inv.task && inv.task.option !== option) {
      return {
        'zh-cn': `${inv.task.option} 和 ${option} 不能同时使用`,
        en: `${inv.task.option} and ${option} cannot be used together`,
      };
    }
    inv.task = { option, run };
    return undefined;
  };
}

function positiveInteger(option: string, value: string, max: number): Text | undefined {
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= 1 && n <= max) return undefined;
  return {
    'zh-cn': `${option} 需要 1 到 ${max} 之间的整数，这里是 "${value}"`,
    en: `${option} expects an integer from 1 to ${max}, got "${value}"`,
  };
}

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en-US`...; null for anything else. */
export function parseLocale(value: string): Locale | null {
  const m = /^(zh|en)([-_.@].*)?$/i.exec(value.trim());
  if (!m) return null;
  return m[1].toLowerCase() === 'en' ? 'en' : 'zh-cn';
}

/** The environment's language, as `coromega-run` reads it. */
export function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

const helpTask: Task = (out) => {
  out.stdout(helpText(out.locale));
  return 0;
};

const versionTask: Task = (out) => {
  out.stdout(versionText(out.locale));
  return 0;
};

/** Every option the server accepts, in the order help lists them. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: '--stdio',
    group: 'transport',
    help: { 'zh-cn': '标准输入/输出（编辑器通常用这个）', en: 'stdin/stdout (what editors use)' },
    apply: transport('stdio'),
  },
  {
    name: '--node-ipc',
    group: 'transport',
    help: {
      'zh-cn': 'Node.js IPC（由 Node.js 进程以 fork 启动时，如 VS Code）',
      en: 'Node.js IPC (when forked by a Node.js process, as VS Code does)',
    },
    apply: transport('node-ipc'),
  },
  {
    name: '--socket',
    value: 'PORT',
    group: 'transport',
    help: {
      'zh-cn': '连接客户端在 127.0.0.1:PORT 上监听的 TCP 端口',
      en: 'connect to the TCP port the client listens on at 127.0.0.1:PORT',
    },
    apply: (inv, v) => positiveInteger('--socket', v, 65535) ?? transport('socket')(inv),
  },
  {
    name: '--pipe',
    value: 'NAME',
    group: 'transport',
    help: {
      'zh-cn': '连接客户端监听的命名管道或 Unix 域套接字',
      en: 'connect to the named pipe or Unix socket the client listens on',
    },
    apply: transport('pipe'),
  },
  {
    name: '--clientProcessId',
    value: 'PID',
    group: 'hidden',
    help: { 'zh-cn': '客户端进程结束时退出', en: 'exit when the client process ends' },
    apply: (_inv, v) => positiveInteger('--clientProcessId', v, 2 ** 31 - 1),
  },
  {
    name: '--locale',
    value: 'zh-cn|en',
    group: 'option',
    help: {
      'zh-cn':
        '本帮助和服务消息的语言（客户端的 initializationOptions.locale 优先于它；它优先于客户端的界面语言，即 initialize 的 locale）',
      en: "language of this help and of the server's messages (the client's initializationOptions.locale wins over it; it wins over the client's display language, initialize's locale)",
    },
    apply: (inv, v) => {
      const locale = parseLocale(v);
      if (!locale) {
        return {
          'zh-cn': `--locale 只接受 zh-cn 或 en，这里是 "${v}"`,
          en: `--locale accepts zh-cn or en, got "${v}"`,
        };
      }
      inv.locale = locale;
      inv.localeOption = locale;
      return undefined;
    },
  },
  {
    name: '--emit-luals',
    value: 'DIR',
    group: 'option',
    help: {
      'zh-cn': '把 LuaLS（sumneko.lua）定义文件写到 DIR 后退出（语言由 --locale 决定）',
      en: 'write the LuaLS (sumneko.lua) definition files to DIR and exit (language: --locale)',
    },
    apply: (inv, dir) =>
      task('--emit-luals', (out) =>
        // loaded only for this task: it reads the whole catalog
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('./luals/cli') as typeof import('./luals/cli')).emitLuaLsTask(dir, out),
      )(inv),
  },
  {
    name: '--help',
    alias: '-h',
    group: 'option',
    help: { 'zh-cn': '显示本帮助', en: 'show this help' },
    apply: task('--help', helpTask),
  },
  {
    name: '--version',
    alias: '-v',
    group: 'option',
    help: { 'zh-cn': '显示版本', en: 'show the version' },
    apply: task('--version', versionTask),
  },
];

function find(name: string): OptionSpec | undefined {
  return OPTIONS.find((o) => o.name === name || o.alias === name);
}

/** The `--locale` value among `argv`, if one is given and valid (read before anything can fail). */
export function localeOption(argv: readonly string[]): Locale | undefined {
  let found: Locale | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    const locale = v === undefined ? null : parseLocale(v);
    if (locale) found = locale;
  }
  return found;
}

/** Reads the arguments (without `node` and the script). Never throws. */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): ParseResult {
  const inv: Invocation = { locale: localeOption(argv) ?? environmentLocale(env) };
  const fail = (text: Text): ParseResult => ({
    ok: false,
    locale: inv.locale,
    error: text[inv.locale],
  });
  // Help is always available, whatever else the line holds.
  if (argv.includes('--help') || argv.includes('-h')) {
    inv.task = { option: '--help', run: helpTask };
    return { ok: true, invocation: inv };
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = find(name);
    if (!spec) return fail(unknownArgument(arg, name));
    let value = '';
    if (spec.value) {
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) value = argv[++i];
      if (value === '') {
        return fail({
          'zh-cn': `${spec.name} 需要一个值：${spec.name}=${spec.value}`,
          en: `${spec.name} needs a value: ${spec.name}=${spec.value}`,
        });
      }
    } else if (eq > 0) {
      return fail({ 'zh-cn': `${spec.name} 不带值`, en: `${spec.name} takes no value` });
    }
    const complaint = spec.apply(inv, value);
    if (complaint) return fail(complaint);
  }
  if (inv.task && inv.transport) {
    return fail({
      'zh-cn': `${inv.task.option} 不能和 --${inv.transport} 一起使用`,
      en: `${inv.task.option} cannot be combined with --${inv.transport}`,
    });
  }
  if (!inv.task && !inv.transport) {
    return fail({
      'zh-cn': '需要指定连接方式：由编辑器以 --stdio 启动（--help 查看用法）',
      en: 'no transport given: editors start it with --stdio (see --help)',
    });
  }
  return { ok: true, invocation: inv };
}

function unknownArgument(arg: string, name: string): Text {
  const names = OPTIONS.filter((o) => o.group !== 'hidden').flatMap((o) =>
    o.alias ? [o.name, o.alias] : [o.name],
  );
  const near = name.startsWith('-') ? suggest(name, names) : undefined;
  return {
    'zh-cn': `未知参数 "${arg}"${near ? `，是否想写 ${near}？` : ''}（--help 查看用法）`,
    en: `unknown argument "${arg}".${near ? ` Did you mean ${near}?` : ''} (see --help)`,
  };
}

/** The line for a `--socket` or `--pipe` connection that could not be made or closed before `exit`. */
export function connectionLost(locale: Locale, transport: Transport): string {
  return locale === 'en'
    ? `the connection to the client through --${transport} could not be made or closed early (is the client listening?)`
    : `无法通过 --${transport} 连接到客户端，或连接提前关闭（客户端是否在监听？）`;
}

/** The package folder (holding package.json and README.md), found from this file's folder. */
export function packageRoot(from = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    if (
      fs.existsSync(path.join(dir, 'package.json')) &&
      fs.existsSync(path.join(dir, 'README.md'))
    ) {
      return dir;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

export function versionText(locale: Locale): string {
  const { name, version } = SERVER_INFO;
  return locale === 'en'
    ? `${name} ${version} (Coromega Lua language server, Node.js ${process.version})\n`
    : `${name} ${version}（Coromega Lua 语言服务，Node.js ${process.version}）\n`;
}

function optionLabel(o: OptionSpec): string {
  const names = o.alias ? `${o.alias}, ${o.name}` : `    ${o.name}`;
  return o.value ? `${names}=${o.value}` : names;
}

export function helpText(locale: Locale): string {
  const labelWidth =
    Math.max(...OPTIONS.filter((o) => o.group !== 'hidden').map((o) => optionLabel(o).length)) + 2;
  const zh = locale === 'zh-cn';
  const rows = (group: OptionSpec['group']): string[] => {
    const specs = OPTIONS.filter((o) => o.group === group);
    return specs.map((o) => `  ${optionLabel(o).padEnd(labelWidth)}${o.help[locale]}`);
  };
  const readme = packageRoot();
  const lines = zh
    ? [
        `${SERVER_INFO.name} ${SERVER_INFO.version}：neomega coromega Lua 插件的语言服务（LSP）`,
        '',
        '用法：coromega-language-server --stdio [--locale=zh-cn|en]',
        '',
        '由编辑器启动，通过所选的连接方式使用 LSP 协议通信；在终端里直接运行时没有交互界面。',
        '补全、悬停、签名帮助、诊断与快速修复的消息默认为简体中文。',
        '',
        '连接方式（选一个）：',
        ...rows('transport'),
        '',
        '选项：',
        ...rows('option'),
        '',
        '退出码：0 正常结束；1 连接断开或出错；2 参数错误。',
        `编辑器配置示例（Neovim、nvim-lspconfig 等）：${readme ? path.join(readme, 'README.md') : 'README.md'}`,
      ]
    : [
        `${SERVER_INFO.name} ${SERVER_INFO.version}: the language server (LSP) for neomega coromega Lua plugins`,
        '',
        'usage: coromega-language-server --stdio [--locale=zh-cn|en]',
        '',
        'Started by an editor, it speaks LSP over the chosen transport; run in a terminal it has no interface.',
        'Completion, hover, signature help, diagnostics and quick fixes speak Simplified Chinese unless',
        'the client asks for English.',
        '',
        'Transports (choose one):',
        ...rows('transport'),
        '',
        'Options:',
        ...rows('option'),
        '',
        'Exit codes: 0 after shutdown/exit; 1 when the connection breaks or on an error; 2 on usage errors.',
        `Editor setups (Neovim, nvim-lspconfig, ...): ${readme ? path.join(readme, 'README.md') : 'README.md'}`,
      ];
  return lines.join('\n') + '\n';
}
