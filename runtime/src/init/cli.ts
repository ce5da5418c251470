/**
 * `coromega-run --init NAME`: makes a new plugin's four files (scaffold.ts) and says what to do next. Exit 0 when
 * they were written, 2 when NAME cannot name a plugin or a file is there already (nothing is written then).
 */
import * as path from 'node:path';
import { ArgReader, langOf, UsageError } from '../args';
import { tr, type Lang } from '../messages';
import {
  findSchemas,
  nameProblem,
  ownPackageRoot,
  pluginBase,
  scaffold,
  ScaffoldExists,
  writeScaffold,
} from './scaffold';

export function initUsage(lang: Lang): string {
  return tr(
    lang,
    `用法：coromega-run --init 插件名 [--lang zh-cn|en]

新建一个插件：插件名.lua（一个会提问、会回答的游戏菜单）、它的配置 插件名.json、离线世界 插件名.world.json
和能直接通过的测试 插件名.test.json。插件名可以带目录（如 plugins/签到）。已有同名文件时不写入任何文件。
--lang 决定生成的注释和消息的语言。
`,
    `usage: coromega-run --init NAME [--lang zh-cn|en]

Makes a new plugin: NAME.lua (a game menu that asks and answers), its config NAME.json, its offline world
NAME.world.json and NAME.test.json, whose tests pass as they are. NAME may include a folder (plugins/greeter).
Nothing is written when one of the files exists. --lang picks the language of the comments and messages.
`,
  );
}

/** Parses `--init NAME [--lang ...]`; 'help' for --help. */
export function parseInitArgs(argv: string[], lang: Lang): string | 'help' {
  const args = new ArgReader(argv, lang);
  let name: string | undefined;
  while (args.next()) {
    switch (args.flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--init':
        if (args.arg.includes('=')) name = args.value();
        break;
      case '--lang':
        args.checkLang();
        break;
      default:
        if (args.arg.startsWith('-') && args.arg !== '-')
          throw new UsageError(
            args.t(
              `--init 不支持参数 ${args.arg}（coromega-run --init --help 查看用法）`,
              `${args.arg} is not an option of --init (see coromega-run --init --help)`,
            ),
          );
        if (name !== undefined)
          throw new UsageError(
            args.t(
              `--init 只接受一个插件名，多出了 ${args.arg}`,
              `--init takes one plugin name; ${args.arg} is one too many`,
            ),
          );
        name = args.arg;
    }
  }
  if (name === undefined)
    throw new UsageError(
      args.t(
        '--init 需要插件名，例如 coromega-run --init 签到',
        '--init needs a plugin name, e.g. coromega-run --init greeter',
      ),
    );
  const problem = nameProblem(name, lang);
  if (problem) throw new UsageError(problem);
  return name;
}

export function initMain(argv: string[]): void {
  const lang = langOf(argv);
  let name: string | 'help';
  try {
    name = parseInitArgs(argv, lang);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`coromega-run: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (name === 'help') {
    process.stdout.write(initUsage(lang));
    return;
  }
  const cwd = process.cwd();
  const own = ownPackageRoot();
  const dir = path.resolve(cwd, path.dirname(name));
  const files = scaffold(name, lang, {
    cwd,
    ...optional('schemas', findSchemas(dir, own && path.join(own, 'schemas'))),
  });
  try {
    writeScaffold(files, lang);
  } catch (e) {
    if (!(e instanceof ScaffoldExists)) throw e;
    process.stderr.write(
      `coromega-run: ${
        new ScaffoldExists(
          e.existing.map((f) => path.relative(cwd, f) || f),
          lang,
        ).message
      }\n`,
    );
    process.exitCode = 2;
    return;
  }
  const rel = (f: string): string => path.relative(cwd, f) || f;
  const [lua, , world, test] = files.map((f) => rel(f.path));
  const base = pluginBase(name);
  process.stdout.write(
    tr(
      lang,
      `已创建：\n${files.map((f) => `  ${rel(f.path)}`).join('\n')}\n\n` +
        `运行：  npx coromega-run --world ${world} ${lua}\n` +
        `        然后输入 {"as":"Steve","menu":"${base}"}\n` +
        `测试：  npx coromega-run --test ${test}\n`,
      `created:\n${files.map((f) => `  ${rel(f.path)}`).join('\n')}\n\n` +
        `run:   npx coromega-run --world ${world} ${lua}\n` +
        `       then type {"as":"Steve","menu":"${base}"}\n` +
        `test:  npx coromega-run --test ${test}\n`,
    ),
  );
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
