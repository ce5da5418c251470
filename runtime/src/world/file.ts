/**
 * The world file (`coromega-run --world FILE.json`): its types and its checks. The JSON Schema in
 * schemas/world.schema.json is the one definition: VS Code validates `*.world.json` with it while the user types,
 * and this module validates with the same schema (ajv) before a run, turning the first problem into one sentence
 * that names the JSON path (`players[0].op: ...`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { WorldAction } from '../events';
import { tr, type Lang } from '../messages';
import schema from '../../../schemas/world.schema.json';
import { parseStart } from '../clock';
import { jsonSyntaxError } from './jsonSyntax';
import { describeSchemaError, pickError, timeFormProblem } from './schemaProblem';

export type Position = [number, number, number];

export interface PlayerSpec {
  name: string;
  uuid?: string;
  online?: boolean;
  op?: boolean;
  tags?: string[];
  scores?: Record<string, number>;
  position?: Position;
  dimension?: number;
  gamemode?: 'survival' | 'creative' | 'adventure' | 'spectator';
  device?: string;
  platformChatId?: string;
  skinId?: string;
  items?: Record<string, number>;
}

export interface QqUserSpec {
  id: number;
  nickname?: string;
  card?: string;
  role?: 'owner' | 'admin' | 'member';
}

export interface CommandRule {
  match: string;
  success?: boolean;
  successCount?: number;
  output?: string | string[];
  noResult?: boolean;
}

export interface HttpRule {
  method?: string;
  url: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  json?: unknown;
  delay?: number;
  /** Answers this many requests, then lets the next fitting rule answer. */
  times?: number;
}

export interface WorldFile {
  players?: PlayerSpec[];
  bot?: {
    name?: string;
    uuid?: string;
    uniqueId?: string;
    runtimeId?: string;
    identity?: string;
    position?: Position;
    dimension?: number;
  };
  objectives?: Array<{ name: string; displayName?: string; criteria?: string }>;
  qq?: {
    /** The bot's own QQ number (`SelfID` of the messages it receives). */
    self?: number;
    groups?: Array<{ id: number; name?: string; members?: QqUserSpec[] }>;
    users?: QqUserSpec[];
    guilds?: Array<{
      id: string | number;
      name?: string;
      channels?: Array<{ id: string | number; name?: string }>;
    }>;
    default?: string[];
  };
  commands?: CommandRule[];
  http?: HttpRule[];
  apis?: Record<string, { result?: unknown; error?: string; delay?: number }>;
  soft?: Record<string, string>;
  gameRules?: Record<string, string | number | boolean>;
  time?: { tick?: number; dayTime?: number; syncRatio?: number };
  /** Where the run's clock starts (`2026-05-01T20:00:00+08:00`); its offset is the zone os.date reads it in. */
  start?: string;
  script?: WorldAction[];
  /** A config file per plugin of the run: plugin file name (or path as given) -> config path (from the world file). */
  configs?: Record<string, string>;
}

/** The config the world file gives a plugin (by its path as given, or its file name), if any. */
export function worldConfigFor(world: WorldFile | undefined, plugin: string): string | undefined {
  const c = world?.configs;
  if (!c) return undefined;
  return c[plugin] ?? c[path.basename(plugin)];
}

/** A world file that cannot be used; `message` names the file and the JSON path. */
export class WorldFileError extends Error {}

let validators: { world: ValidateFunction; action: ValidateFunction } | undefined;

/** ajv is loaded on first use, so runs without a world file do not pay for it. */
function getValidators(): { world: ValidateFunction; action: ValidateFunction } {
  if (validators) return validators;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  const world = ajv.compile(schema);
  const action = ajv.compile({ $ref: `${schema.$id}#/definitions/action` });
  validators = { world, action };
  return validators;
}

/** Which of a world file's errors to tell first: an unknown field, then a wrong type, then an action's form. */
const PRIORITY = ['additionalProperties', 'type', 'enum', 'anyOf', 'required'];

/** Parses and checks a world file's text. Throws WorldFileError with one sentence naming the JSON path. */
export function parseWorld(text: string, file: string, lang: Lang): WorldFile {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // `file:line:column: problem`, as the schema's problems and the test files' are said.
    const p = jsonSyntaxError(text, lang);
    throw new WorldFileError(
      p
        ? `${file}:${p.line}:${p.column}: ` +
            t(
              `世界文件不是有效的 JSON：${p.message}`,
              `the world file is not valid JSON: ${p.message}`,
            )
        : t(
            `世界文件 ${file} 不是有效的 JSON：${(e as Error).message}`,
            `world file ${file} is not valid JSON: ${(e as Error).message}`,
          ),
    );
  }
  const { world } = getValidators();
  if (!world(doc)) {
    throw new WorldFileError(
      `${file}: ${describeSchemaError(pickError(world.errors!, PRIORITY), doc, lang).message}`,
    );
  }
  const w = doc as WorldFile;
  // The pattern lets through days a month does not have (2026-02-30).
  if (w.start !== undefined && !parseStart(w.start))
    throw new WorldFileError(`${file}: start${t('：', ': ')}${timeFormProblem('start', lang)}`);
  w.commands?.forEach((rule, i) => {
    try {
      new RegExp(rule.match);
    } catch (err) {
      throw new WorldFileError(
        `${file}: ` +
          t(
            `commands[${i}].match：不是有效的正则表达式：${(err as Error).message}`,
            `commands[${i}].match: not a valid regular expression: ${(err as Error).message}`,
          ),
      );
    }
  });
  const names = new Set<string>();
  w.players?.forEach((p, i) => {
    if (names.has(p.name))
      throw new WorldFileError(
        `${file}: ` +
          t(
            `players[${i}].name：玩家 "${p.name}" 重复`,
            `players[${i}].name: player "${p.name}" appears twice`,
          ),
      );
    names.add(p.name);
  });
  return w;
}

/** Reads, parses and checks a world file. */
export function loadWorldFile(file: string, lang: Lang): WorldFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new WorldFileError(
      tr(
        lang,
        `无法读取世界文件 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        `cannot read world file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      ),
    );
  }
  const world = parseWorld(text, file, lang);
  // Config paths are relative to the world file.
  if (world.configs)
    for (const [k, v] of Object.entries(world.configs))
      world.configs[k] = path.resolve(path.dirname(file), v);
  return world;
}

/** Checks one action (a JSON line on stdin); returns the problem as a sentence, or undefined when it is fine. */
export function checkAction(value: unknown, lang: Lang): string | undefined {
  const { action } = getValidators();
  if (action(value)) return undefined;
  return describeSchemaError(pickError(action.errors!, PRIORITY), value, lang, { root: 'action' })
    .message;
}
