/**
 * Checks a test file's JSON against schemas/test.schema.json (ajv, loaded on first use) and turns the problem
 * worth telling into one sentence naming its JSON path (`tests[1].script[3].expect.say.to: should be string`).
 * A script step is judged on its own: a step with `expect` against the expectation schema, any other step against
 * the world's action schema, so the message speaks about what the author was writing.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest, jsonPath } from '../world/file';
import { tr, type Lang } from '../messages';
import schema from '../../../schemas/test.schema.json';
import { EXPECT_KINDS } from './kinds';

interface Validators {
  file: ValidateFunction;
  expectStep: ValidateFunction;
  action: ValidateFunction;
}

let validators: Validators | undefined;

function getValidators(): Validators {
  if (validators) return validators;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  // Regular expressions are compiled (and their mistakes told) by the loader, with the path of the field.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, formats: { regex: true } });
  ajv.addSchema(schema);
  validators = {
    file: ajv.getSchema(schema.$id)!,
    expectStep: ajv.compile({ $ref: `${schema.$id}#/definitions/expectStep` }),
    action: ajv.compile({ $ref: `${schema.$id}#/definitions/action` }),
  };
  return validators;
}

/** A problem in a test file: where (a JSON pointer, `/tests/0/name`) and what. */
export interface SchemaProblem {
  pointer: string;
  message: string;
}

const ACTION_FORMS =
  '{"as","menu","args"}, {"as","chat"}, {"terminal"}, {"qq":{...}}, {"api","args"}, {"join"}, {"leave"}, {"wait"}';

const STEP_POINTER = /^(?:\/tests\/\d+)?\/script\/\d+/;

function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[part];
    else return undefined;
  }
  return v;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

const RANK = ['additionalProperties', 'type', 'const', 'enum', 'required', 'oneOf', 'anyOf'];

/** The error most worth telling: errors inside alternatives (anyOf/oneOf branches) only when nothing else. */
function pick(errors: ErrorObject[]): ErrorObject {
  const outer = errors.filter((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath));
  const pool = outer.length > 0 ? outer : errors;
  const rank = (e: ErrorObject): number => {
    const i = RANK.indexOf(e.keyword);
    return i < 0 ? RANK.length : i;
  };
  return [...pool].sort((a, b) => rank(a) - rank(b))[0]!;
}

/** One sentence for one schema error; `base` is the pointer of the value the validator was given. */
function describe(e: ErrorObject, doc: unknown, base: string, lang: Lang): SchemaProblem {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const pointer = base + e.instancePath;
  const where = jsonPath(pointer) || t('（顶层）', '(top level)');
  const p = e.params as Record<string, unknown>;
  const value = valueAt(doc, pointer);
  const say = (zh: string, en: string): SchemaProblem => ({
    pointer,
    message: t(`${where}：${zh}`, `${where}: ${en}`),
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
      return {
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: t(
          `${where}：未知字段 "${extra}"${guess ? `，是否想写 "${guess}"？` : ''}（可用：${known.join(', ')}）`,
          `${where}: unknown field "${extra}"${guess ? `; did you mean "${guess}"?` : ''} (known: ${known.join(', ')})`,
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
      return say(`应不小于 ${String(p.limit)}`, `should be at least ${String(p.limit)}`);
    case 'minLength':
      return say('不能为空', 'must not be empty');
    case 'minItems':
      if (/\/position$/.test(pointer))
        return say('坐标应为 [x, y, z] 三个数', 'a position is [x, y, z], three numbers');
      return say(`至少需要 ${String(p.limit)} 项`, `needs at least ${String(p.limit)} item(s)`);
    case 'maxItems':
      if (/\/position$/.test(pointer))
        return say('坐标应为 [x, y, z] 三个数', 'a position is [x, y, z], three numbers');
      return say(`最多 ${String(p.limit)} 项`, `at most ${String(p.limit)} item(s)`);
    case 'oneOf':
    case 'anyOf': {
      if (/\/plugins\/\d+$/.test(pointer))
        return say(
          '应为插件路径，或 {"path": ..., "config": {...}}',
          'should be a plugin path, or {"path": ..., "config": {...}}',
        );
      if (/\/score$/.test(pointer))
        return say('需要 equals、atLeast 或 atMost 之一', 'needs one of equals, atLeast or atMost');
      if (/\/commands\/\d+\/output$/.test(pointer))
        return say('应为字符串或字符串数组', 'should be a string or an array of strings');
      return say(String(e.message ?? e.keyword), String(e.message ?? e.keyword));
    }
    default:
      return say(String(e.message ?? e.keyword), String(e.message ?? e.keyword));
  }
}

/** The problem of one script step, judged as an expectation or as an action. */
function describeStep(doc: unknown, pointer: string, lang: Lang): SchemaProblem {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const where = jsonPath(pointer);
  const step = valueAt(doc, pointer);
  const v = getValidators();
  if (step && typeof step === 'object' && !Array.isArray(step) && 'expect' in step) {
    if (v.expectStep(step)) return { pointer, message: `${where}: ?` };
    const expect = (step as { expect: unknown }).expect;
    const errors = v.expectStep.errors!;
    const kindError = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === '/expect');
    if (kindError && expect && typeof expect === 'object' && !Array.isArray(expect)) {
      const kinds = Object.keys(expect).filter((k) =>
        (EXPECT_KINDS as readonly string[]).includes(k),
      );
      const unknown = errors.find(
        (e) => e.keyword === 'additionalProperties' && e.instancePath === '/expect',
      );
      if (unknown) return describe(unknown, doc, pointer, lang);
      const all = EXPECT_KINDS.join(', ');
      return {
        pointer: `${pointer}/expect`,
        message:
          kinds.length === 0
            ? t(
                `${where}.expect：需要一种期望：${all}`,
                `${where}.expect: needs one kind of expectation: ${all}`,
              )
            : t(
                `${where}.expect：一个期望只能写一种（这里有 ${kinds.join('、')}），请拆成几步`,
                `${where}.expect: one kind per expectation (this one has ${kinds.join(', ')}); split it into steps`,
              ),
      };
    }
    return describe(pick(errors), doc, pointer, lang);
  }
  if (v.action(step)) return { pointer, message: `${where}: ?` };
  const errors = v.action.errors!;
  const e = pick(errors);
  if (e.keyword === 'anyOf' || e.keyword === 'minProperties') {
    const keys = step && typeof step === 'object' ? Object.keys(step) : [];
    if (keys.includes('as') && !keys.includes('menu') && !keys.includes('chat'))
      return {
        pointer,
        message: t(
          `${where}：有 "as" 的动作还需要 "menu" 或 "chat"`,
          `${where}: an action with "as" also needs "menu" or "chat"`,
        ),
      };
    const got = keys.map((k) => `"${k}"`).join(', ') || typeOf(step);
    return {
      pointer,
      message: t(
        `${where}：既不是动作也不是期望（${got}）；一步是 ${ACTION_FORMS} 之一，或 {"expect": {...}}`,
        `${where}: neither an action nor an expectation (${got}); a step is one of ${ACTION_FORMS}, or {"expect": {...}}`,
      ),
    };
  }
  return describe(e, doc, pointer, lang);
}

/**
 * Checks a parsed test file; returns the problem to tell (the one earliest in the file), or undefined when the
 * file fits the schema. `offsetOf` gives a pointer's place in the text, for the ordering.
 */
export function checkTestDoc(
  doc: unknown,
  lang: Lang,
  offsetOf: (pointer: string) => number,
): SchemaProblem | undefined {
  const { file } = getValidators();
  if (file(doc)) return undefined;
  const errors = file.errors!;
  const candidates: SchemaProblem[] = [];
  const steps = new Set<string>();
  const others: ErrorObject[] = [];
  for (const e of errors) {
    const m = STEP_POINTER.exec(e.instancePath);
    if (m) steps.add(m[0]);
    else others.push(e);
  }
  for (const s of steps) candidates.push(describeStep(doc, s, lang));
  // Each value's best error competes; the one earliest in the file is told.
  const byValue = new Map<string, ErrorObject[]>();
  for (const e of others) byValue.set(e.instancePath, [...(byValue.get(e.instancePath) ?? []), e]);
  for (const list of byValue.values()) candidates.push(describe(pick(list), doc, '', lang));
  candidates.sort((a, b) => offsetOf(a.pointer) - offsetOf(b.pointer));
  return candidates[0];
}
