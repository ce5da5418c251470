/**
 * A new plugin in one step (`coromega-run --init NAME`, VS Code's "New plugin"): NAME.lua (a game menu that asks
 * and says, as neomega's own plugin template starts), its config NAME.json with the `配置` section, its offline
 * world NAME.world.json and NAME.test.json, whose tests pass as generated. In the user's language.
 *
 * `$schema` references are relative paths to a schemas folder that exists where the files are made: the project's
 * own install of the package (node_modules/coromega-lua/schemas, the nearest one up), or this repository's
 * schemas/, or the schemas of the tool that makes the files (a global install). Nothing is ever overwritten.
 * No `vscode` import: the CLI and the extension make the same files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tr, type Lang } from '../messages';
import { schemasFolder } from '../world/schemaRef';

declare const COROMEGA_BUNDLED: boolean | undefined;

/** The package's name on npm (where a project's node_modules holds it). */
export const PACKAGE_NAME = 'coromega-lua';

/** The Lua template of the language (a plugin whose `{{name}}` is the plugin's name). */
function template(lang: Lang): string {
  if (typeof COROMEGA_BUNDLED !== 'undefined' && COROMEGA_BUNDLED) {
    // Bundled as text (esbuild.mjs).
    /* eslint-disable @typescript-eslint/no-require-imports */
    return lang === 'en'
      ? (require('./plugin.en.lua') as string)
      : (require('./plugin.zh-cn.lua') as string);
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  // out/runtime/src/init -> runtime/src/init
  const dir = path.resolve(__dirname, '..', '..', '..', '..', 'runtime', 'src', 'init');
  return fs.readFileSync(path.join(dir, `plugin.${lang}.lua`), 'utf8');
}

/** Why NAME cannot name a plugin, or undefined when it can. `NAME` may have a folder and `.lua`. */
export function nameProblem(name: string, lang: Lang): string | undefined {
  const base = pluginBase(name);
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  if (base === '' || base === '.' || base === '..')
    return t('插件名不能为空', 'the plugin name must not be empty');
  // Windows' rules too: the files must be usable where most players' desktops are.
  if (/[\\/:*?"<>|]/.test(base) || [...base].some((c) => c.charCodeAt(0) < 0x20))
    return t(
      `插件名 "${base}" 含有不能用于文件名的字符（\\ / : * ? " < > |）`,
      `the plugin name "${base}" has characters a file name cannot have (\\ / : * ? " < > |)`,
    );
  if (/^\s|[\s.]$/.test(base))
    return t(
      `插件名 "${base}" 不能以空格开头，也不能以空格或 . 结尾`,
      `the plugin name "${base}" must not start with a space or end with a space or a dot`,
    );
  return undefined;
}

/** NAME without its folder and `.lua`. */
export function pluginBase(name: string): string {
  return path.basename(name.replace(/[\\/]+$/, '')).replace(/\.lua$/i, '');
}

/**
 * The schemas folder files in `dir` should point at: the nearest project install (node_modules/coromega-lua) or
 * checkout of the package up from `dir`, else `fallback` when it holds the schemas (world/schemaRef.ts, the rule
 * every file the tools write follows).
 */
export function findSchemas(dir: string, fallback?: string): string | undefined {
  return schemasFolder(dir, undefined, fallback);
}

function readName(packageJson: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/** The package this code runs from (its schemas are the fallback of `findSchemas`). */
export function ownPackageRoot(from = __dirname): string | undefined {
  let d = from;
  for (;;) {
    if (readName(path.join(d, 'package.json')) === PACKAGE_NAME) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export interface ScaffoldFile {
  /** Absolute path. */
  path: string;
  text: string;
}

/** The four files of plugin `name` (a path; relative ones against `cwd`), not yet written. */
export function scaffold(
  name: string,
  lang: Lang,
  opts: { cwd?: string; schemas?: string } = {},
): ScaffoldFile[] {
  const base = pluginBase(name);
  const dir = path.resolve(opts.cwd ?? process.cwd(), path.dirname(name.replace(/[\\/]+$/, '')));
  const at = (ext: string): string => path.join(dir, base + ext);
  const ref = (schema: string): Record<string, string> => {
    if (!opts.schemas) return {};
    let rel = path.relative(dir, path.join(opts.schemas, schema)).split(path.sep).join('/');
    if (!rel.startsWith('.') && !path.isAbsolute(rel)) rel = './' + rel;
    return { $schema: rel };
  };
  const en = lang === 'en';
  const config = en
    ? { greeting: 'Hello', 'answer seconds': 30 }
    : { 问候语: '你好', '等待回答（秒）': 30 };
  const json = (v: unknown): string => prettyJson(v) + '\n';
  const greet = (who: string): string => (en ? `§aHello, ${who}!` : `§a你好，${who}！`);
  const who = en ? 'Alex' : '小明';
  const tests = [
    {
      name: en ? 'the name is the menu argument' : '菜单参数里写了称呼',
      script: [
        { as: 'Steve', menu: base, args: [who] },
        { expect: { say: { to: 'Steve', text: greet(who) } } },
      ],
    },
    {
      name: en ? 'asks when no name is given' : '没写称呼时先问',
      script: [
        { as: 'Steve', menu: base },
        {
          expect: {
            say: {
              to: 'Steve',
              via: 'ask',
              text: en ? '§eWhat should I call you?' : '§e怎么称呼你？',
            },
          },
        },
        { as: 'Steve', chat: who },
        { expect: { say: { to: 'Steve', text: greet(who) } } },
        { expect: { noError: true } },
      ],
    },
    {
      // Virtual time: the 30-second wait for an answer passes at once.
      name: en ? 'no answer: gives up after the wait' : '不回答：等待结束后放弃',
      script: [
        { as: 'Steve', menu: base },
        { expect: { say: { to: 'Steve', match: en ? 'No answer for too long' : '太久没有回答' } } },
        { expect: { say: { to: 'Steve', match: en ? 'Hello' : '你好' }, not: true } },
      ],
    },
  ];
  return [
    { path: at('.lua'), text: template(lang).replace(/\{\{name\}\}/g, base) },
    {
      path: at('.json'),
      text: json({
        ...ref('plugin-config.schema.json'),
        名称: `${base}.lua`,
        描述: en
          ? 'Says hello from a game menu (menu + ask + say)'
          : '在游戏菜单里打招呼（菜单 + ask + say）',
        是否禁用: false,
        来源: 'LuaLoader',
        配置: config,
      }),
    },
    {
      path: at('.world.json'),
      text: json({
        ...ref('world.schema.json'),
        players: [{ name: 'Steve', op: true }, { name: 'Alex' }],
      }),
    },
    {
      path: at('.test.json'),
      text: json({
        ...ref('test.schema.json'),
        players: [{ name: 'Steve', op: true }, { name: 'Alex' }],
        tests,
      }),
    },
  ];
}

/** JSON laid out for reading: two-space indents, and an object or array that fits the line on one line. */
export function prettyJson(value: unknown, width = 100): string {
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
    if (v && typeof v === 'object') {
      const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`);
      return parts.length ? `{ ${parts.join(', ')} }` : '{}';
    }
    return JSON.stringify(v);
  };
  const layout = (v: unknown, indent: string, lead: number, top: boolean): string => {
    if (!v || typeof v !== 'object') return JSON.stringify(v);
    const one = inline(v);
    // The top level always opens up, as a file does.
    if (!top && lead + one.length <= width) return one;
    const inner = indent + '  ';
    if (Array.isArray(v))
      return v.length
        ? `[\n${v.map((x) => inner + layout(x, inner, inner.length, false)).join(',\n')}\n${indent}]`
        : '[]';
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, x]) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return head + layout(x, inner, head.length, false);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return layout(value, '', 0, true);
}

/** A scaffold that would overwrite something; `existing` lists what is there. */
export class ScaffoldExists extends Error {
  constructor(
    readonly existing: string[],
    lang: Lang,
  ) {
    super(
      tr(
        lang,
        `这些文件已经存在，没有写入任何文件：${existing.join(', ')}`,
        `these files exist already; nothing was written: ${existing.join(', ')}`,
      ),
    );
  }
}

/** Writes the files, creating their folder; refuses (ScaffoldExists) when any of them exists. */
export function writeScaffold(files: ScaffoldFile[], lang: Lang): void {
  const existing = files.filter((f) => fs.existsSync(f.path)).map((f) => f.path);
  if (existing.length > 0) throw new ScaffoldExists(existing, lang);
  for (const f of files) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    // 'wx': a file that appeared meanwhile is not overwritten either.
    fs.writeFileSync(f.path, f.text, { flag: 'wx' });
  }
}
