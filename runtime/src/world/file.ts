/**
 * The world file (`coromega-run --world FILE.json`): its types and its checks. The JSON Schema in
 * schemas/world.schema.json is the one definition: VS Code validates `*.world.json` with it while the user types,
 * and this module validates with the same schema (ajv) before a run, turning the first problem into one sentence
 * that names the JSON path (`players[0].op: ...`).
 */
import * as fs from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { WorldAction } from '../events';
import { tr, type Lang } from '../messages';
import schema from '../../../schemas/world.schema.json';

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
    groups?: Array<{ id: number; name?: string; members?: QqUserSpec[] }>;
    users?: QqUserSpec[];
    default?: string[];
  };
  commands?: CommandRule[];
  http?: HttpRule[];
  apis?: Record<string, { result?: unknown; error?: string; delay?: number }>;
  soft?: Record<string, string>;
  gameRules?: Record<string, string | number | boolean>;
  time?: { tick?: number; dayTime?: number; syncRatio?: number };
  script?: WorldAction[];
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

/** `/players/0/name` -> `players[0].name`. */
export function jsonPath(pointer: string, root = ''): string {
  let out = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

const ACTION_FORMS =
  '{"as","menu","args"}, {"as","chat"}, {"terminal"}, {"qq":{"group","user","text"}}, {"api","args"}, {"join"}, {"leave"}, {"player","op","tags","scores"}, {"wait"}';

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[part];
    else return undefined;
  }
  return v;
}

export function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return bestD <= Math.max(word.length >= 4 ? 2 : 1, Math.floor(word.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

const PRIORITY = ['additionalProperties', 'type', 'enum', 'anyOf', 'required'];

/** The error most worth telling: branch errors of an action's anyOf are left out, an unknown field comes first. */
function pick(errors: ErrorObject[]): ErrorObject {
  const useful = errors.filter((e) => !/\/anyOf\/\d+\//.test(e.schemaPath));
  const pool = useful.length > 0 ? useful : errors;
  const rank = (e: ErrorObject): number => {
    const i = PRIORITY.indexOf(e.keyword);
    return i < 0 ? PRIORITY.length : i;
  };
  return [...pool].sort((a, b) => rank(a) - rank(b))[0]!;
}

/** One sentence for the chosen error. */
function describe(e: ErrorObject, doc: unknown, lang: Lang, root: string): string {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const where = jsonPath(e.instancePath, root) || t('（顶层）', '(top level)');
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return t(
        `${where}：缺少必需字段 "${String(p.missingProperty)}"`,
        `${where}: missing required field "${String(p.missingProperty)}"`,
      );
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(extra, known);
      const hint = guess ? t(`，是否想写 "${guess}"？`, `; did you mean "${guess}"?`) : '';
      return t(
        `${where}：未知字段 "${extra}"${hint}（可用：${known.join(', ')}）`,
        `${where}: unknown field "${extra}"${hint} (known: ${known.join(', ')})`,
      );
    }
    case 'type': {
      const got = typeOf(valueAt(doc, e.instancePath));
      const want = Array.isArray(p.type) ? (p.type as string[]).join(' | ') : String(p.type);
      return t(`${where}：应为 ${want}，实际是 ${got}`, `${where}: should be ${want}, got ${got}`);
    }
    case 'enum':
      return t(
        `${where}：应为 ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')} 之一`,
        `${where}: should be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'anyOf':
    case 'minProperties': {
      const v = valueAt(doc, e.instancePath);
      const keys = v && typeof v === 'object' ? Object.keys(v) : [];
      if (keys.includes('as') && !keys.includes('menu') && !keys.includes('chat'))
        return t(
          `${where}：有 "as" 的动作还需要 "menu" 或 "chat"`,
          `${where}: an action with "as" also needs "menu" or "chat"`,
        );
      return t(
        `${where}：不是可识别的动作（${keys.map((k) => `"${k}"`).join(', ') || '{}'}）；动作的形式为 ${ACTION_FORMS}`,
        `${where}: not an action this runtime knows (${keys.map((k) => `"${k}"`).join(', ') || '{}'}); an action is one of ${ACTION_FORMS}`,
      );
    }
    case 'minItems':
    case 'maxItems':
      if (/\/position$/.test(e.instancePath))
        return t(
          `${where}：坐标应为 [x, y, z] 三个数`,
          `${where}: a position is [x, y, z], three numbers`,
        );
      return `${where}: ${e.message ?? e.keyword}`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

/** The line and column of a JSON.parse error position. */
function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, col: pos - before.lastIndexOf('\n') };
}

/** Parses and checks a world file's text. Throws WorldFileError with one sentence naming the JSON path. */
export function parseWorld(text: string, file: string, lang: Lang): WorldFile {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? lineCol(text, Number(m[1])) : undefined;
    const where = at
      ? t(`第 ${at.line} 行第 ${at.col} 列`, `line ${at.line}, column ${at.col}`)
      : '';
    throw new WorldFileError(
      t(
        `世界文件 ${file} 不是有效的 JSON${where ? `（${where}）` : ''}：${(e as Error).message}`,
        `world file ${file} is not valid JSON${where ? ` (${where})` : ''}: ${(e as Error).message}`,
      ),
    );
  }
  const { world } = getValidators();
  if (!world(doc)) {
    throw new WorldFileError(`${file}: ${describe(pick(world.errors!), doc, lang, '')}`);
  }
  const w = doc as WorldFile;
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
  return parseWorld(text, file, lang);
}

/** Checks one action (a JSON line on stdin); returns the problem as a sentence, or undefined when it is fine. */
export function checkAction(value: unknown, lang: Lang): string | undefined {
  const { action } = getValidators();
  if (action(value)) return undefined;
  return describe(pick(action.errors!), value, lang, 'action');
}
