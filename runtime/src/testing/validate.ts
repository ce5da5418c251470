/**
 * Checks a test file's JSON against schemas/test.schema.json (ajv, loaded on first use) and turns the problem
 * worth telling into one sentence naming its JSON path (`tests[1].script[3].expect.say.to: should be string`).
 * A script step is judged on its own: a step with `expect` against the expectation schema, any other step against
 * the world's action schema, so the message speaks about what the author was writing.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  ACTION_FORMS,
  actionProblem,
  describeSchemaError,
  jsonPath,
  pickError,
  typeOf,
  valueAt,
  type SchemaProblem,
} from '../world/schemaProblem';
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

export type { SchemaProblem };

const STEP_POINTER = /^(?:\/tests\/\d+)?\/script\/\d+/;

/** Which of a test file's errors to tell first: an unknown field, then a wrong type or value. */
const RANK = ['additionalProperties', 'type', 'const', 'enum', 'required', 'oneOf', 'anyOf'];

const pick = (errors: ErrorObject[]): ErrorObject => pickError(errors, RANK);

const describe = (e: ErrorObject, doc: unknown, base: string, lang: Lang): SchemaProblem =>
  describeSchemaError(e, doc, lang, { base });

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
    const asWithoutMenu = actionProblem(step, where, lang);
    if (asWithoutMenu) return { pointer, message: asWithoutMenu };
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
