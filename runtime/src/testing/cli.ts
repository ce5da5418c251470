/**
 * `coromega-run --test [FILE|DIR ...]` and `--record`: the command line of plugin tests. Exit 0 when every test
 * passed, 1 when one failed (or a test file could not be used, or none was found), 2 on an argument mistake.
 */
import * as fs from 'node:fs';
import type { FrameworkVersion } from '../../../catalog/versions';
import { ArgReader, DEFAULT_MAX_MEMORY_MB, langOf, UsageError } from '../args';
import { tr, type Lang } from '../messages';
import { JsonReporter, PlainReporter } from './report';
import { findTestFiles, runTests, type RunnerOptions } from './runner';

export interface TestCliOptions {
  paths: string[];
  json: boolean;
  runner: Omit<RunnerOptions, 'workerScript' | 'cwd'>;
}

export function testUsage(lang: Lang): string {
  return tr(
    lang,
    `用法：coromega-run --test [选项] [测试文件或目录 ...]

运行插件测试（*.test.json；目录中递归查找，默认当前目录）。每个测试一行，最后是 “N 个通过，N 个失败”；
有失败时退出码为 1。

选项：
  --record                 把请求发到真实网络，并把响应写进测试的 http 规则（密钥已遮盖），之后离线回放
  --coverage [目录]        统计插件的行覆盖率：终端里按文件列出，并写入 目录/lcov.info（默认 coverage/）
  --filter 正则            只运行名称匹配的测试（可重复）
  --json                   每行输出一个 JSON 报告（testStart、testEnd、fileError、fileWarning、recorded、summary）
  --lang zh-cn|en          报告的语言（默认取 LANG，否则中文）
  --resolve 主机:端口:地址 同普通运行（可重复）
  --timeout-cap 秒         每个请求超时的上限
  --framework bundled|documented  遵循的 neomega 框架版本（同普通运行）
  --max-memory MB          每个测试的 Lua 虚拟机堆上限（默认 512）
  --real-time              用真实时间运行（默认是虚拟时间：插件等待的时间立即过去）
`,
    `usage: coromega-run --test [options] [TEST.json|DIR ...]

Runs plugin tests (*.test.json; folders are searched recursively; default: the current folder). One line per
test, then "N passed, N failed"; exit code 1 when a test failed.

options:
  --record                 send requests to the real network and write the responses into the tests' http rules
                           (secrets masked), for offline replay later
  --coverage [DIR]         line coverage of the plugins: per file in the summary, and DIR/lcov.info
                           (default coverage/)
  --filter REGEX           run only the tests whose name matches (repeatable)
  --json                   print one JSON report per line (testStart, testEnd, fileError, fileWarning, recorded, summary)
  --lang zh-cn|en          language of the report (default: from LANG, else zh-cn)
  --resolve HOST:PORT:ADDR as for a run (repeatable)
  --timeout-cap SECONDS    upper bound for every request's timeout
  --framework bundled|documented  the neomega framework version to follow (as for a run)
  --max-memory MB          heap limit of each test's Lua VM (default 512)
  --real-time              run on real time (default: virtual time, where the plugin's waits pass at once)
`,
  );
}

export function parseTestArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): TestCliOptions | 'help' {
  const lang = langOf(argv, env);
  const args = new ArgReader(argv, lang);
  const t = args.t.bind(args);
  const paths: string[] = [];
  const filters: RegExp[] = [];
  const resolve = new Map<string, string>();
  let json = false;
  let record = false;
  let maxMemoryMb = DEFAULT_MAX_MEMORY_MB;
  let timeoutCapSeconds: number | undefined;
  let coverage: string | undefined;
  let realTime = false;
  let framework: FrameworkVersion | undefined;
  while (args.next()) {
    const a = args.arg;
    switch (args.flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--test':
        break;
      case '--record':
        record = true;
        break;
      case '--coverage':
        coverage = args.optionalFolder() ?? 'coverage';
        break;
      case '--json':
        json = true;
        break;
      case '--lang':
        args.checkLang();
        break;
      case '--filter': {
        const v = args.value();
        try {
          filters.push(new RegExp(v));
        } catch (e) {
          throw new UsageError(
            t(
              `--filter 不是有效的正则表达式：${(e as Error).message}`,
              `--filter is not a valid regular expression: ${(e as Error).message}`,
            ),
          );
        }
        break;
      }
      case '--resolve':
        args.resolveInto(resolve);
        break;
      case '--timeout-cap':
        timeoutCapSeconds = args.number();
        break;
      case '--framework':
        framework = args.framework();
        break;
      case '--max-memory':
        maxMemoryMb = args.maxMemory();
        break;
      case '--real-time':
        realTime = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-')
          throw new UsageError(
            t(
              `测试模式不支持参数 ${a}（coromega-run --test --help 查看用法）`,
              `${a} is not an option of the test mode (see coromega-run --test --help)`,
            ),
          );
        paths.push(a);
    }
  }
  return {
    paths: paths.length > 0 ? paths : ['.'],
    json,
    runner: {
      lang,
      record,
      filters,
      maxMemoryMb,
      ...(coverage !== undefined ? { coverage } : {}),
      engine: {
        ...(resolve.size > 0 ? { resolve } : {}),
        ...(timeoutCapSeconds ? { timeoutCapSeconds } : {}),
        ...(realTime ? { virtualTime: false } : {}),
        ...(framework ? { framework } : {}),
      },
    },
  };
}

/** The test mode's main; `workerScript` is coromega-run's own file (it starts test workers too). */
export function testMain(argv: string[], workerScript: string): void {
  let o: TestCliOptions | 'help';
  try {
    o = parseTestArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`coromega-run: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  const lang = langOf(argv);
  if (o === 'help') {
    process.stdout.write(testUsage(lang));
    return;
  }
  const cwd = process.cwd();
  for (const p of o.paths)
    if (!fs.existsSync(p)) {
      process.stderr.write(
        `coromega-run: ${tr(lang, `找不到测试文件或目录：${p}`, `test file or folder not found: ${p}`)}\n`,
      );
      process.exitCode = 2;
      return;
    }
  const files = findTestFiles(o.paths, cwd);
  if (files.length === 0) {
    process.stderr.write(
      `coromega-run: ${tr(lang, `没有找到测试文件（*.test.json）：${o.paths.join(' ')}`, `no test files (*.test.json) found in ${o.paths.join(' ')}`)}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const write = (s: string): void => {
    process.stdout.write(s);
  };
  const reporter = o.json
    ? new JsonReporter(write)
    : new PlainReporter(write, !!process.stdout.isTTY, lang);
  void runTests(files, { ...o.runner, workerScript, cwd }, reporter).then(
    (s) => {
      process.exitCode = s.failed > 0 ? 1 : 0;
    },
    (e: unknown) => {
      process.stderr.write(`coromega-run: ${String((e as Error)?.stack ?? e)}\n`);
      process.exitCode = 1;
    },
  );
}
