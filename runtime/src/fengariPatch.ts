/**
 * Changes to Fengari's source, applied wherever the runtime loads it: by esbuild when it bundles Fengari into
 * dist/runtime (esbuild.mjs), and by `fengari()` in lua.ts when the runtime runs unbundled (tests, benchmarks).
 * First the stack patch below, then each list of source patches (gopherlua/sourcePatches.ts: gopher-lua's error
 * texts, call stack and metamethod rules).
 *
 * The stack patch:
 * Fengari keeps each Lua stack in a JS array and pops it with `delete L.stack[--L.top]`. After enough deletes
 * from an array whose backing store is old and mostly empty, V8 turns it into a dictionary (a hash table), and from
 * then on every register read and write of that Lua thread is a hash lookup: Lua code runs at about half speed,
 * depending on when the garbage collector happened to promote the array. Writing `undefined` instead of deleting
 * reads the same to Fengari (it never tells an empty slot from `undefined`) and keeps the arrays fast.
 */

import { LIB51_PATCHES } from './fengariLibPatch';
import { ASSIGNMENT_PATCHES } from './gopherlua/assignment';
import { GOPHER_PATCHES, type SourcePatch } from './gopherlua/sourcePatches';

/**
 * Every list of source patches, applied in this order: the VM's (error texts, stack), the parser's multiple
 * assignment, the library's.
 */
const PATCH_LISTS: SourcePatch[][] = [GOPHER_PATCHES, ASSIGNMENT_PATCHES, LIB51_PATCHES];

/** Matches `delete <expr>.stack[<index>];`, e.g. `delete L.stack[--L.top];`, `delete from.stack[from.top + i];`. */
const STACK_DELETE = /delete ([A-Za-z_$][\w$]*\.stack\[[^\]\n]+\]);/g;

/** Fengari 0.1.5 deletes stack slots in these files; the patch fails loudly if that ever changes. */
const EXPECTED_FILES = ['lapi.js', 'ldebug.js', 'ldo.js', 'lparser.js', 'ltm.js', 'lvm.js'];

/** Whether `file` (a path) is one of Fengari's own modules. */
export function isFengariSource(file: string): boolean {
  return /[\\/]fengari[\\/]src[\\/][^\\/]+\.js$/.test(file);
}

/** The source of one Fengari module with its stack deletes written as `undefined` assignments, then patched. */
export function patchFengariSource(file: string, text: string): string {
  let count = 0;
  let out = text.replace(STACK_DELETE, (_m, slot: string) => {
    count++;
    return `${slot} = void 0;`;
  });
  const name = file.split(/[\\/]/).pop()!;
  if (EXPECTED_FILES.includes(name) && count === 0)
    throw new Error(`fengari/src/${name}: no stack delete found to patch (has Fengari changed?)`);
  if (/delete [^;\n]*\.stack\[/.test(out))
    throw new Error(`fengari/src/${name}: a stack delete was left unpatched`);
  for (const list of PATCH_LISTS)
    for (const p of list) if (p.file === name) out = applyPatch(name, out, p);
  return out;
}

/** One source patch, which must match exactly once. */
function applyPatch(name: string, text: string, p: SourcePatch): string {
  const matches =
    typeof p.find === 'string'
      ? text.split(p.find).length - 1
      : (text.match(new RegExp(p.find.source, 'g')) ?? []).length;
  if (matches !== 1)
    throw new Error(
      `fengari/src/${name}: ${matches} matches where one was expected (${p.what}; has Fengari changed?)`,
    );
  return typeof p.find === 'string'
    ? text.replace(p.find, () => p.replace)
    : text.replace(p.find, p.replace);
}
