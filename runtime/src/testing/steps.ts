/** A step of a test as reports name it: its index, its place in the file and a label. */
import type { Lang } from '../messages';
import { describeAction } from '../render';
import { kindOf } from './expect';
import { isExpect, type StepInfo, type TestCase } from './file';

export interface StepRef {
  /** 0-based index in the test's steps. */
  index: number;
  pointer: string;
  line: number;
  column: number;
  /** `expect say`, or the action in words. */
  label: string;
}

export function stepRef(tc: TestCase, index: number, lang: Lang): StepRef {
  const s: StepInfo = tc.steps[index]!;
  return {
    index,
    pointer: s.pointer,
    line: s.line,
    column: s.column,
    label: isExpect(s.step) ? `expect ${kindOf(s.step.expect)}` : describeAction(s.step, lang),
  };
}
