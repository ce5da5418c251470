/**
 * ajv's errors for world and test files as one sentence each, in the run's language: the error most worth telling
 * is picked, then said with the JSON path of its value (`players[0].op: should be boolean, got string`), a
 * did-you-mean for an unknown field, and the forms an action may take.
 */
import type { ErrorObject } from 'ajv';
import { tr, type Lang } from '../messages';

/** A problem in a file: where (a JSON pointer, `/tests/0/name`) and what. */
export interface SchemaProblem {
  pointer: string;
  message: string;
}

export const ACTION_FORMS =
  '{"as","menu","args"}, {"as","chat"}, {"terminal"}, {"qq":{"group","user","text"}}, {"api","args"}, {"join"}, {"leave"}, {"player","op","tags","scores"}, {"wait"}, {"advance"}';

/** What a `start` time and an `advance` duration look like, for the sentences below and the file checks. */
export function timeFormProblem(kind: 'start' | 'advance', lang: Lang): string {
  return kind === 'start'
    ? tr(
        lang,
        '应为 ISO 8601 时间，如 "2026-05-01T20:00:00+08:00"（也可以是 "2026-05-01"，或以 Z 结尾表示 UTC）',
        'should be an ISO 8601 time such as "2026-05-01T20:00:00+08:00" (or "2026-05-01", or ending in Z for UTC)',
      )
    : tr(
        lang,
        '应为时长，如 "24h"、"1h30m"、"90s"、"500ms"、"2d"（单位从大到小），或毫秒数',
        'should be a duration such as "24h", "1h30m", "90s", "500ms", "2d" (largest unit first), or a number of milliseconds',
      );
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

export function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[part];
    else return undefined;
  }
  return v;
}

/** A JSON value's type as a schema names it. */
export function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

/** The option nearest to `word` within a small edit distance, if any. */
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

/**
 * The error most worth telling: errors inside alternatives (anyOf/oneOf branches) only when nothing else, then
 * by keyword in the order `rank` gives.
 */
export function pickError(errors: ErrorObject[], rank: readonly string[]): ErrorObject {
  const outer = errors.filter((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath));
  const pool = outer.length > 0 ? outer : errors;
  const order = (e: ErrorObject): number => {
    const i = rank.indexOf(e.keyword);
    return i < 0 ? rank.length : i;
  };
  return [...pool].sort((a, b) => order(a) - order(b))[0]!;
}

/** What is wrong with a value that should be an action, `where` being its path. */
export function actionProblem(value: unknown, where: string, lang: Lang): string | undefined {
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  if (keys.includes('as') && !keys.includes('menu') && !keys.includes('chat'))
    return tr(
      lang,
      `${where}：有 "as" 的动作还需要 "menu" 或 "chat"`,
      `${where}: an action with "as" also needs "menu" or "chat"`,
    );
  return undefined;
}

/**
 * One sentence for one error. `base` is the pointer of the value the validator was given inside the file, `root`
 * the name its path starts with when it is not a file (`action`).
 */
export function describeSchemaError(
  e: ErrorObject,
  doc: unknown,
  lang: Lang,
  { base = '', root = '' }: { base?: string; root?: string } = {},
): SchemaProblem {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const pointer = base + e.instancePath;
  const where = jsonPath(pointer, root) || t('（顶层）', '(top level)');
  const p = e.params as Record<string, unknown>;
  const value = valueAt(doc, pointer);
  const say = (zh: string, en: string): SchemaProblem => ({
    pointer,
    message: t(`${where}：${zh}`, `${where}: ${en}`),
  });
  const generic = (): SchemaProblem => ({
    pointer,
    message: `${where}: ${e.message ?? e.keyword}`,
  });
  switch (e.keyword) {
    case 'required':
      return say(
        `缺少必需字段 "${String(p.missingProperty)}"`,
        `missing required field "${String(p.missingProperty)}"`,
      );
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(extra, known);
      const hint = guess ? t(`，是否想写 "${guess}"？`, `; did you mean "${guess}"?`) : '';
      return {
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: t(
          `${where}：未知字段 "${extra}"${hint}（可用：${known.join(', ')}）`,
          `${where}: unknown field "${extra}"${hint} (known: ${known.join(', ')})`,
        ),
      };
    }
    case 'type': {
      const want = Array.isArray(p.type) ? (p.type as string[]).join(' | ') : String(p.type);
      return say(
        `应为 ${want}，实际是 ${typeOf(value)}`,
        `should be ${want}, got ${typeOf(value)}`,
      );
    }
    case 'const':
      return say(
        `应为 ${JSON.stringify(p.allowedValue)}`,
        `should be ${JSON.stringify(p.allowedValue)}`,
      );
    case 'enum': {
      const list = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      return say(`应为 ${list.join('、')} 之一`, `should be one of ${list.join(', ')}`);
    }
    case 'minimum':
      if (/\/advance$/.test(pointer))
        return { pointer, message: `${where}${t('：', ': ')}${timeFormProblem('advance', lang)}` };
      return say(`应不小于 ${String(p.limit)}`, `should be at least ${String(p.limit)}`);
    case 'pattern':
      if (/\/start$/.test(pointer) || /\/advance$/.test(pointer))
        return {
          pointer,
          message: `${where}${t('：', ': ')}${timeFormProblem(/\/start$/.test(pointer) ? 'start' : 'advance', lang)}`,
        };
      return generic();
    case 'minLength':
      return say('不能为空', 'must not be empty');
    case 'minItems':
    case 'maxItems':
      if (/\/position$/.test(pointer))
        return say('坐标应为 [x, y, z] 三个数', 'a position is [x, y, z], three numbers');
      return e.keyword === 'minItems'
        ? say(`至少需要 ${String(p.limit)} 项`, `needs at least ${String(p.limit)} item(s)`)
        : say(`最多 ${String(p.limit)} 项`, `at most ${String(p.limit)} item(s)`);
    case 'oneOf':
    case 'anyOf':
    case 'minProperties': {
      if (/\/plugins\/\d+$/.test(pointer))
        return say(
          '应为插件路径，或 {"path": ..., "config": {...}}',
          'should be a plugin path, or {"path": ..., "config": {...}}',
        );
      if (/\/score$/.test(pointer))
        return say('需要 equals、atLeast 或 atMost 之一', 'needs one of equals, atLeast or atMost');
      if (/\/advance$/.test(pointer))
        return { pointer, message: `${where}${t('：', ': ')}${timeFormProblem('advance', lang)}` };
      if (/\/commands\/\d+\/output$/.test(pointer))
        return say('应为字符串或字符串数组', 'should be a string or an array of strings');
      if (/\/definitions\/action\//.test(e.schemaPath)) {
        const keys = value && typeof value === 'object' ? Object.keys(value) : [];
        return {
          pointer,
          message:
            actionProblem(value, where, lang) ??
            t(
              `${where}：不是可识别的动作（${keys.map((k) => `"${k}"`).join(', ') || '{}'}）；动作的形式为 ${ACTION_FORMS}`,
              `${where}: not an action this runtime knows (${keys.map((k) => `"${k}"`).join(', ') || '{}'}); an action is one of ${ACTION_FORMS}`,
            ),
        };
      }
      return generic();
    }
    default:
      return generic();
  }
}
