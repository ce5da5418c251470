/**
 * coromega-run's command line: the flags, their checks, and the help text in the run's language.
 *
 * A little over 400 lines: the help text of every flag, in both languages, sits beside the parser of the same flags,
 * so the two are read and changed together.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLang, tr, type Lang } from './messages';
import {
  FRAMEWORK_VERSIONS,
  isFrameworkVersion,
  type FrameworkVersion,
} from '../../catalog/versions';

/** The Lua VM's heap limit without `--max-memory`, in MB. */
export const DEFAULT_MAX_MEMORY_MB = 512;
import type { RunOptions } from './host';

export function usage(lang: Lang): string {
  if (lang === 'en')
    return `usage: coromega-run [options] PLUGIN.lua [MORE.lua ...]

Runs neomega Lua plugins offline, in a simulated world (players, menus, commands, QQ, other plugins).

options:
  --world FILE.json        the world: players, bot, QQ, command and HTTP rules, a script of actions
                           (default: NAME.world.json beside NAME.lua when there is one, else one online
                           operator "Steve")
  --no-world               do not load NAME.world.json beside the plugin
  --config FILE.json       plugin config (default: NAME.json beside NAME.lua, or neomega_storage/config/NAME[lua]/*.json);
                           with several plugins, one per plugin: --config NAME.lua=FILE.json
  --framework bundled|documented
                           the version of neomega's framework (coromega.lua) to follow: bundled (default, the
                           coromega.lua neomega ships) or documented (the API the docs describe: adds
                           player:send, player:get_inventory)
  --storage DIR            storage root for data/config/cache paths (default: the plugin's neomega_storage, or
                           ./neomega_storage beside the plugin)
  --json                   print one JSON event per line on stdout instead of plain text
  --world-state            also report the players (online, op, tags, scores, pending asks) and the
                           objectives as worldState events whenever they change
  --display-path PATH      path to show in messages and to resolve the config from (for unsaved editor text)
  --timeout-cap SECONDS    upper bound for every request's timeout (0 = none)
  --max-body-event BYTES   bytes of each body put in --json events (default 65536)
  --max-body BYTES         largest response body read (default 52428800)
  --max-memory MB          heap limit of the Lua VM (default 512)
  --no-mask                show Authorization / Cookie values in events
  --virtual-time           virtual time: whenever only timers are pending the clock jumps to the next one (a
                           sleep(180) passes at once); real requests and typed input still take real time
  --watch                  saving a plugin or its config restarts the plugins in the same world (players,
                           scores, tags, soft data, QQ groups, KV data as they were); a file that does not
                           parse is reported and the old run goes on
  --resolve HOST:PORT:ADDR connect to ADDR (ADDR may be ADDR:PORT2) when the plugin asks for HOST:PORT; the
                           Host header and URLs stay as written (repeatable)
  --lang zh-cn|en          language of the runtime's messages (default: from LANG, else zh-cn)
  -h, --help               show this help
  -v, --version            show the version

stdin: a line that is a JSON object is one world action, e.g. {"as":"Steve","menu":"签到"};
any other line answers coromega:input or calls a terminal menu.

plugin tests: coromega-run --test [--record] [--coverage [DIR]] [TEST.json|DIR ...]   (coromega-run --test --help)
debugging:    coromega-run --debug-adapter [--lang zh-cn|en]   (the Debug Adapter Protocol on stdin/stdout, for
              VS Code, nvim-dap and other DAP clients)
a new plugin: coromega-run --init NAME   (NAME.lua, its config, world and a passing test; --init --help)
`;
  return `用法：coromega-run [选项] 插件.lua [更多插件.lua ...]

在模拟的世界（玩家、菜单、命令、QQ、其他插件）中离线运行 neomega Lua 插件。

选项：
  --world 文件.json        世界：玩家、机器人、QQ、命令与 HTTP 规则、动作脚本
                           （默认：插件旁有 同名.world.json 时用它，否则是一个在线的管理员玩家 "Steve"）
  --no-world               不加载插件旁的 同名.world.json
  --config 文件.json       插件配置（默认：插件旁的 同名.json，或 neomega_storage/config/插件名[lua]/*.json）；
                           有多个插件时每个插件一个：--config 插件名.lua=文件.json
  --framework bundled|documented
                           遵循的 neomega 框架（coromega.lua）版本：bundled（默认，neomega 自带的
                           coromega.lua）或 documented（官方文档描述的 API：多了 player:send、player:get_inventory）
  --storage 目录           data/config/cache 路径的存储根目录（默认：插件所在的 neomega_storage，
                           否则插件旁的 ./neomega_storage）
  --json                   在标准输出上每行输出一个 JSON 事件，代替纯文本
  --world-state            玩家（在线、管理员、标签、分数、等待中的提问）或计分板目标变化时，
                           另外输出 worldState 事件
  --display-path 路径      消息中显示、并据此查找配置的路径（运行未保存的编辑器文本时）
  --timeout-cap 秒         每个请求超时的上限（0 为不限）
  --max-body-event 字节    --json 事件中每个请求/响应体最多带的字节数（默认 65536）
  --max-body 字节          读取的响应体上限（默认 52428800）
  --max-memory MB          Lua 虚拟机的堆上限（默认 512）
  --no-mask                在事件中显示 Authorization / Cookie 的值
  --virtual-time           虚拟时间：只剩计时器在等待时，时钟直接跳到下一个计时器（sleep(180) 立即过去）；
                           真实的请求和键入的输入仍按真实时间
  --watch                  保存插件或它的配置后，在同一个世界中重新启动插件（玩家、分数、标签、软数据、
                           QQ 群、KV 数据保持原样）；无法解析的文件只报告错误，旧的运行继续
  --resolve 主机:端口:地址 插件访问 主机:端口 时连接到 地址（可写成 地址:端口2）；URL 与 Host 头不变（可重复）
  --lang zh-cn|en          运行器消息的语言（默认取 LANG，否则中文）
  -h, --help               显示本帮助
  -v, --version            显示版本

标准输入：是 JSON 对象的一行是一个世界动作，例如 {"as":"Steve","menu":"签到"}；
其他行回答 coromega:input 或调用终端菜单。

插件测试：coromega-run --test [--record] [--coverage [目录]] [测试文件或目录 ...]（coromega-run --test --help 查看详情）
调试：    coromega-run --debug-adapter [--lang zh-cn|en]（在标准输入输出上提供调试适配器协议，供 VS Code、nvim-dap
          等 DAP 客户端使用）
新建插件：coromega-run --init 插件名（插件名.lua、配置、世界和能通过的测试；--init --help 查看详情）
`;
}

export interface CliOptions {
  plugins: string[];
  /** `--config PLUGIN.lua=FILE.json`: a config for one plugin of several (by the plugin as given, or its name). */
  configs: Map<string, string>;
  json: boolean;
  maxMemoryMb: number;
  lang: Lang;
  /** `--watch`: saved files restart the run in the same world. */
  watch: boolean;
  /** The world file, when --world was given. */
  world?: string;
  /** --no-world: no world file, not even the one beside the plugin. */
  noWorld?: boolean;
  run: RunOptions;
}

export class UsageError extends Error {}

/** The language asked for on the command line (scanned before full parsing, so errors can use it). */
export function langOf(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) {
      const l = v.toLowerCase();
      if (l.startsWith('en')) return 'en';
      if (l.startsWith('zh')) return 'zh-cn';
    }
  }
  return detectLang(env);
}

/**
 * Walks a command line one option at a time (`--flag value` or `--flag=value`) with the value checks that
 * `coromega-run` and its test mode share; messages are in the command line's language.
 */
export class ArgReader {
  /** The current word, and its flag without an inline `=value`. */
  arg = '';
  flag = '';
  private i = -1;
  private inline: string | undefined;

  constructor(
    private readonly argv: string[],
    readonly lang: Lang,
  ) {}

  t(zh: string, en: string): string {
    return tr(this.lang, zh, en);
  }

  next(): boolean {
    if (++this.i >= this.argv.length) return false;
    const a = this.argv[this.i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    this.arg = a;
    this.flag = eq > 0 ? a.slice(0, eq) : a;
    this.inline = eq > 0 ? a.slice(eq + 1) : undefined;
    return true;
  }

  value(): string {
    if (this.inline !== undefined) return this.inline;
    const v = this.argv[++this.i];
    if (v === undefined)
      throw new UsageError(this.t(`${this.flag} 需要一个值`, `${this.flag} needs a value`));
    return v;
  }

  /**
   * An optional folder after the flag (`--coverage=DIR`, or `--coverage DIR` when DIR is no option, no JSON file and
   * no folder holding tests); undefined when none follows.
   */
  optionalFolder(): string | undefined {
    if (this.inline !== undefined) return this.inline;
    const v = this.argv[this.i + 1];
    if (v === undefined || v.startsWith('-') || /\.json$/i.test(v)) return undefined;
    if (fs.existsSync(v) && (!fs.statSync(v).isDirectory() || holdsTests(v))) return undefined;
    this.i++;
    return v;
  }

  number(): number {
    const v = this.value();
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0)
      throw new UsageError(
        this.t(
          `${this.flag} 需要一个非负数，得到 ${JSON.stringify(v)}`,
          `${this.flag} expects a non-negative number, got ${JSON.stringify(v)}`,
        ),
      );
    return n;
  }

  maxMemory(): number {
    const mb = this.number();
    if (mb < 16)
      throw new UsageError(
        this.t('--max-memory 至少为 16（MB）', '--max-memory must be at least 16 (MB)'),
      );
    return mb;
  }

  /** `--framework bundled|documented` (catalog/versions.ts). */
  framework(): FrameworkVersion {
    const v = this.value();
    if (!isFrameworkVersion(v))
      throw new UsageError(
        this.t(
          `--framework 应为 ${FRAMEWORK_VERSIONS.join(' 或 ')}，得到 ${JSON.stringify(v)}`,
          `--framework expects ${FRAMEWORK_VERSIONS.join(' or ')}, got ${JSON.stringify(v)}`,
        ),
      );
    return v;
  }

  /** `--lang`'s value is checked here; the language itself was read by `langOf` beforehand. */
  checkLang(): void {
    const v = this.value().toLowerCase();
    if (!v.startsWith('en') && !v.startsWith('zh'))
      throw new UsageError(
        this.t(
          `--lang 只能是 zh-cn 或 en，得到 ${JSON.stringify(v)}`,
          `--lang expects zh-cn or en, got ${JSON.stringify(v)}`,
        ),
      );
  }

  /** `--resolve HOST:PORT:ADDR` into `resolve` as `host:port` → address. */
  resolveInto(resolve: Map<string, string>): void {
    const v = this.value();
    const m = /^(\[[^\]]+\]|[^:]+):(\d+):(.+)$/.exec(v);
    if (!m)
      throw new UsageError(
        this.t(
          `--resolve 需要 主机:端口:地址，得到 ${JSON.stringify(v)}`,
          `--resolve expects HOST:PORT:ADDR, got ${JSON.stringify(v)}`,
        ),
      );
    resolve.set(
      `${m[1]!.replace(/^\[|\]$/g, '').toLowerCase()}:${m[2]}`,
      m[3]!.replace(/^\[|\]$/g, ''),
    );
  }
}

export function parseArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): CliOptions | 'help' | 'version' {
  const lang = langOf(argv, env);
  const args = new ArgReader(argv, lang);
  const t = args.t.bind(args);
  const plugins: string[] = [];
  let json = false;
  let watch = false;
  let maxMemoryMb = DEFAULT_MAX_MEMORY_MB;
  let world: string | undefined;
  let noWorld = false;
  const run: Partial<RunOptions> = {};
  const resolve = new Map<string, string>();
  const configs = new Map<string, string>();
  while (args.next()) {
    const a = args.arg;
    switch (args.flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--json':
        json = true;
        break;
      case '--no-mask':
        run.mask = false;
        break;
      case '--world-state':
        run.worldState = true;
        break;
      case '--virtual-time':
        run.virtualTime = true;
        break;
      case '--watch':
        watch = true;
        break;
      case '--world':
        world = args.value();
        break;
      case '--no-world':
        noWorld = true;
        break;
      case '--config': {
        // FILE.json, or PLUGIN.lua=FILE.json for one plugin of several
        const v = args.value();
        const eq = /^(.+?\.lua)=(.+)$/i.exec(v);
        if (eq) configs.set(eq[1]!, eq[2]!);
        else run.configPath = v;
        break;
      }
      case '--storage':
        run.storageDir = args.value();
        break;
      case '--framework':
        run.framework = args.framework();
        break;
      case '--display-path':
        run.displayPath = args.value();
        break;
      case '--timeout-cap':
        run.timeoutCapSeconds = args.number();
        break;
      case '--max-body-event':
        run.maxBodyEvent = Math.trunc(args.number());
        break;
      case '--max-body':
        run.maxBody = Math.trunc(args.number());
        break;
      case '--max-memory':
        maxMemoryMb = args.maxMemory();
        break;
      case '--resolve':
        args.resolveInto(resolve);
        break;
      case '--lang':
        args.checkLang();
        break;
      default:
        if (a.startsWith('-') && a !== '-')
          throw new UsageError(
            t(
              `未知参数 ${a}（coromega-run --help 查看用法）`,
              `unknown option ${a} (see coromega-run --help)`,
            ),
          );
        plugins.push(a);
    }
  }
  if (plugins.length === 0)
    throw new UsageError(
      t(
        '没有指定插件文件（coromega-run --help 查看用法）',
        'no plugin file given (see coromega-run --help)',
      ),
    );
  if (run.displayPath !== undefined && plugins.length > 1)
    throw new UsageError(
      t('--display-path 只能用于单个插件', '--display-path can only be used with a single plugin'),
    );
  if (world !== undefined && noWorld)
    throw new UsageError(
      t('--world 与 --no-world 不能同时使用', '--world and --no-world cannot be used together'),
    );
  if (run.configPath !== undefined && plugins.length > 1)
    throw new UsageError(
      t(
        `--config ${run.configPath} 只能用于单个插件；有多个插件时，为每个插件写 --config 插件.lua=配置.json（或在世界文件的 configs 中写）`,
        `--config ${run.configPath} is for a single plugin; with several, give each its own: --config PLUGIN.lua=CONFIG.json (or the world file's configs)`,
      ),
    );
  for (const name of configs.keys())
    if (!plugins.some((p) => p === name || path.basename(p) === name))
      throw new UsageError(
        t(
          `--config ${name}=...：没有要运行的插件 ${name}`,
          `--config ${name}=...: ${name} is not one of the plugins to run`,
        ),
      );
  if (resolve.size > 0) run.resolve = resolve;
  run.lang = lang;
  return {
    plugins,
    configs,
    json,
    maxMemoryMb,
    lang,
    watch,
    ...(world !== undefined ? { world } : {}),
    ...(noWorld ? { noWorld } : {}),
    run: { ...run, pluginPath: plugins[0]! } as RunOptions,
  };
}

/** Whether a folder holds a `*.test.json` (at any depth, skipping hidden folders and node_modules). */
function holdsTests(dir: string): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    if (e.isFile() && e.name.toLowerCase().endsWith('.test.json')) return true;
    if (
      e.isDirectory() &&
      !e.name.startsWith('.') &&
      e.name !== 'node_modules' &&
      holdsTests(path.join(dir, e.name))
    )
      return true;
  }
  return false;
}
