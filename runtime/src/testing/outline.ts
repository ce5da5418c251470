/**
 * The outline of a test file for editors: which tests it holds and where, read from the text alone (no schema
 * check, no file system), so it is cheap enough to redo on every edit. The VS Code Test Explorer builds its items
 * from it; running a test is `coromega-run --test`'s business.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { defaultTestName, lineColumn } from './places';

export interface OutlineTest {
  name: string;
  /** 1-based place of the test (its `name`, or the file's `script`). */
  line: number;
  column: number;
  /** 1-based line where the test's object (or the file) ends. */
  endLine: number;
}

export interface Outline {
  /** Whether the text looks like a plugin test file (a top-level `script` or `tests`). */
  isTest: boolean;
  tests: OutlineTest[];
  /** The text is not valid JSON (the tests found so far are still given). */
  broken: boolean;
}

function placeOf(text: string, node: Node): { line: number; column: number } {
  const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
  return lineColumn(text, at);
}

export function outlineTestFile(text: string, fileName: string): Outline {
  const errors: ParseError[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const broken = errors.length > 0;
  if (!root || root.type !== 'object') return { isTest: false, tests: [], broken };
  const tests = findNodeAtLocation(root, ['tests']);
  const script = findNodeAtLocation(root, ['script']);
  const end = (n: Node): number => lineColumn(body, n.offset + n.length).line;
  if (tests?.type === 'array') {
    const out: OutlineTest[] = [];
    for (const item of tests.children ?? []) {
      if (item.type !== 'object') continue;
      const name = findNodeAtLocation(item, ['name']);
      if (name?.type !== 'string' || typeof name.value !== 'string' || name.value === '') continue;
      out.push({ name: name.value, ...placeOf(body, name), endLine: end(item) });
    }
    return { isTest: true, tests: out, broken };
  }
  if (script) {
    const name = findNodeAtLocation(root, ['name']);
    const at = name?.type === 'string' ? name : script;
    return {
      isTest: true,
      tests: [
        {
          name:
            typeof name?.value === 'string' && name.value !== ''
              ? name.value
              : defaultTestName(fileName),
          ...placeOf(body, at),
          endLine: end(root),
        },
      ],
      broken,
    };
  }
  return { isTest: false, tests: [], broken };
}
