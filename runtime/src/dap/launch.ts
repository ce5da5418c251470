/**
 * The `launch` request of the `coromega-lua` debugger (a `launch.json` configuration, or nvim-dap's): the same
 * choices as a run — the plugin or several, the world file, the config, the storage, the language — checked here so
 * that a wrong field is one clear line, whichever client sent it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tr, type Lang } from '../messages';
import type { RunOptions } from '../host';
import { loadWorldFile, WorldFileError } from '../world/file';

export interface LaunchArguments {
  program?: string;
  plugins?: string[];
  world?: string;
  config?: string;
  storage?: string;
  language?: 'zh-cn' | 'en';
  cwd?: string;
  stopOnEntry?: boolean;
  showRuntimeFrames?: boolean;
  timeoutCap?: number;
  maxMemory?: number;
  /** One plugin test: the test file, and the test's name. */
  test?: string;
  testName?: string;
}

type FieldType = 'string' | 'boolean' | 'number' | 'string[]' | 'language';

const FIELDS: Record<keyof LaunchArguments, FieldType> = {
  program: 'string',
  plugins: 'string[]',
  world: 'string',
  config: 'string',
  storage: 'string',
  language: 'language',
  cwd: 'string',
  stopOnEntry: 'boolean',
  showRuntimeFrames: 'boolean',
  timeoutCap: 'number',
  maxMemory: 'number',
  test: 'string',
  testName: 'string',
};

/** Fields every debug configuration may carry (the editor's own), never reported. */
const GENERIC = new Set([
  'type',
  'request',
  'name',
  'noDebug',
  'presentation',
  'preLaunchTask',
  'postDebugTask',
  'internalConsoleOptions',
  'debugServer',
  'suppressMultipleSessionWarning',
  'windows',
  'linux',
  'osx',
  'console',
  'env',
]);

export class LaunchError extends Error {}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/** What the debugger runs: the run (or test) and its own choices. */
export interface Launch {
  run?: RunOptions;
  test?: { file: string; name?: string };
  lang: Lang;
  stopOnEntry: boolean;
  showRuntimeFrames: boolean;
  maxMemoryMb?: number;
}

/** Checks a launch request's arguments; a problem is one line, in `lang`. */
export function checkLaunch(args: Record<string, unknown>, lang: Lang, baseDir: string): Launch {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const bad = (zh: string, en: string): never => {
    throw new LaunchError(`launch.json: ${t(zh, en)}`);
  };
  for (const [k, v] of Object.entries(args)) {
    if (GENERIC.has(k) || k.startsWith('__')) continue;
    const type = FIELDS[k as keyof LaunchArguments];
    if (!type) {
      const near = Object.keys(FIELDS)
        .map((f) => ({ f, d: distance(k, f) }))
        .sort((a, b) => a.d - b.d)[0];
      const hint =
        near && near.d <= 2 ? t(`（是不是 "${near.f}"？）`, ` (did you mean "${near.f}"?)`) : '';
      bad(`coromega-lua 没有字段 "${k}"${hint}`, `"${k}" is not a field of coromega-lua${hint}`);
    }
    const ok =
      type === 'string[]'
        ? Array.isArray(v) && v.every((x) => typeof x === 'string')
        : type === 'language'
          ? v === 'zh-cn' || v === 'en'
          : typeof v === type;
    if (!ok)
      bad(
        type === 'language'
          ? `"${k}" 应为 "zh-cn" 或 "en"，实际是 ${JSON.stringify(v)}`
          : `"${k}" 应为 ${type === 'string[]' ? '字符串数组' : type === 'string' ? '字符串' : type === 'number' ? '数字' : '布尔值'}，实际是 ${typeName(v)}`,
        type === 'language'
          ? `"${k}" should be "zh-cn" or "en", got ${JSON.stringify(v)}`
          : `"${k}" should be ${type === 'string[]' ? 'an array of strings' : `a ${type}`}, got ${typeName(v)}`,
      );
  }
  const a = args as LaunchArguments;
  const runLang: Lang = a.language ?? lang;
  const cwd = a.cwd ? path.resolve(baseDir, a.cwd) : baseDir;
  const file = (p: string, what: 'plugin' | 'world' | 'config' | 'test'): string => {
    const abs = path.resolve(cwd, p);
    if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
      const names = {
        plugin: ['插件文件', 'plugin file'],
        world: ['世界文件', 'world file'],
        config: ['配置文件', 'config file'],
        test: ['测试文件', 'test file'],
      }[what];
      bad(`找不到${names[0]}：${abs}`, `${names[1]} not found: ${abs}`);
    }
    return abs;
  };
  const common = {
    lang: runLang,
    stopOnEntry: !!a.stopOnEntry,
    showRuntimeFrames: !!a.showRuntimeFrames,
    ...(a.maxMemory !== undefined ? { maxMemoryMb: Math.max(16, a.maxMemory) } : {}),
  };
  if (a.test !== undefined) {
    if (a.program !== undefined || a.plugins !== undefined)
      bad(
        '"test" 与 "program"、"plugins" 只能写一个',
        '"test" goes without "program" and "plugins"',
      );
    return {
      ...common,
      test: { file: file(a.test, 'test'), ...(a.testName ? { name: a.testName } : {}) },
    };
  }
  const programs = a.plugins ?? (a.program !== undefined ? [a.program] : []);
  if (a.plugins !== undefined && a.program !== undefined)
    bad('"program" 与 "plugins" 只能写一个', 'use either "program" or "plugins", not both');
  if (programs.length === 0)
    bad('需要 "program"（要调试的插件文件）', '"program" is missing (the plugin file to debug)');
  if (a.config !== undefined && programs.length > 1)
    bad('"config" 只能用于单个插件', '"config" can only be used with a single plugin');
  const files = programs.map((p) => file(p, 'plugin'));
  const run: RunOptions = {
    pluginPath: files[0]!,
    displayPath: files[0]!,
    lang: runLang,
    worldState: true,
  };
  if (files.length > 1) run.plugins = files.map((f) => ({ pluginPath: f, displayPath: f }));
  if (a.config !== undefined) run.configPath = file(a.config, 'config');
  if (a.storage !== undefined) run.storageDir = path.resolve(cwd, a.storage);
  if (a.timeoutCap !== undefined) run.timeoutCapSeconds = a.timeoutCap;
  if (a.world !== undefined) {
    const w = file(a.world, 'world');
    try {
      run.world = loadWorldFile(w, runLang);
    } catch (e) {
      if (!(e instanceof WorldFileError)) throw e;
      throw new LaunchError(e.message);
    }
  }
  return { ...common, run };
}
