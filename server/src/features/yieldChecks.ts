/**
 * Calls that suspend their coroutine where gopher-lua cannot suspend one: inside a function run by `pcall` /
 * `xpcall`, a metamethod, or a callback a Go function calls (`string.gsub`, `table.sort`, `table.foreach`, a
 * database's `iter`). In neomega the pcall returns at once and the plugin crashes when the answer comes; in a
 * callback gopher-lua raises "can not yield from outside of a coroutine". Offline the run stops there too, so this
 * warns before the plugin is run.
 *
 * What suspends: a catalog call whose scope is `coroutine` (HTTP, `ask`, a command with `get_result = true`...),
 * one that yields inside a session (`sleep`, the shared map), and `coroutine.yield`. Where: the innermost function
 * literal around the call (or a function passed by name) that is such an argument or a `__name = function` field;
 * a function that starts a coroutine of its own (`start_new`, `coroutine.create` / `wrap`) ends the search.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import type { Call } from '../analysis/structure';
import { t } from '../messages';
import { tokenRange, tokenText, type FeatureContext } from './common';
import type { Push } from './diagnostics';

/** What runs a function gopher-lua cannot suspend in. */
interface Boundary {
  kind: 'pcall' | 'callback' | 'metamethod';
  /** `pcall`, `xpcall`, `string.gsub`, `table.sort`, `iter`, `__index`... */
  what: string;
}

/**
 * Go functions that call a Lua function they are given: as argument `arg` of `owner.name(...)`, or `methodArg` of
 * `x:name(...)` (arguments after `self`).
 */
const CALLBACKS: Record<
  string,
  { owner?: string; arg?: number; methodArg?: number; what: string }
> = {
  gsub: { owner: 'string', arg: 2, methodArg: 1, what: 'string.gsub' },
  sort: { owner: 'table', arg: 1, what: 'table.sort' },
  foreach: { owner: 'table', arg: 1, what: 'table.foreach' },
  foreachi: { owner: 'table', arg: 1, what: 'table.foreachi' },
  iter: { methodArg: 0, what: 'iter' },
};

/** Calls whose function argument runs in a coroutine of its own. */
const STARTS_COROUTINE = new Set(['start_new', 'create', 'wrap']);

export function checkYields(ctx: FeatureContext, push: Push): void {
  const a = ctx.analysis;
  const { struct, toks } = a;
  const { kind } = toks;
  const boundaryOf = new Map<number, Boundary>();
  const startsCoroutine = new Set<number>();

  /** The `function` keyword an argument stands for: a literal, or a function the file defines by that name. */
  const functionAt = (arg: { start: number; end: number } | undefined, before: number): number => {
    if (!arg) return -1;
    if (kind[arg.start] === K.Function) return arg.start;
    if (kind[arg.start] !== K.Name || arg.end !== arg.start + 1) return -1;
    return namedFunction(ctx, tokenText(a, arg.start), before);
  };

  for (const c of struct.calls) {
    const bare = c.receiverTok < 0;
    if (bare && (c.name === 'pcall' || c.name === 'xpcall')) {
      const fns = c.name === 'pcall' ? [c.args[0]] : [c.args[0], c.args[1]];
      for (const arg of fns) {
        const fn = functionAt(arg, c.nameTok);
        if (fn >= 0) boundaryOf.set(fn, { kind: 'pcall', what: c.name });
      }
      continue;
    }
    if (
      STARTS_COROUTINE.has(c.name) &&
      (c.name === 'start_new' || tokenText(a, c.receiverTok) === 'coroutine')
    ) {
      const fn = functionAt(c.args[0], c.nameTok);
      if (fn >= 0) startsCoroutine.add(fn);
      continue;
    }
    const cb = CALLBACKS[c.name];
    if (!cb) continue;
    let argIdx: number | undefined;
    if (c.sep === ':') argIdx = cb.methodArg;
    else if (c.sep === '.' && cb.owner && tokenText(a, c.receiverTok) === cb.owner) argIdx = cb.arg;
    if (argIdx === undefined) continue;
    const fn = functionAt(c.args[argIdx], c.nameTok);
    if (fn >= 0) boundaryOf.set(fn, { kind: 'callback', what: cb.what });
  }
  // metamethods: `{ __index = function ... }` and `mt.__index = function ...` (`__call` is an ordinary call)
  for (const table of struct.tables.values())
    for (const f of table.fields)
      if (f.key.startsWith('__') && f.key !== '__call' && kind[f.valueStart] === K.Function)
        boundaryOf.set(f.valueStart, { kind: 'metamethod', what: f.key });
  for (let i = 3; i < toks.count; i++)
    if (kind[i] === K.Function && kind[i - 1] === K.Assign && kind[i - 3] === K.Dot) {
      const key = tokenText(a, i - 2);
      if (key.startsWith('__') && key !== '__call')
        boundaryOf.set(i, { kind: 'metamethod', what: key });
    }
  if (boundaryOf.size === 0) return;

  for (const c of struct.calls) {
    if (!suspends(ctx, c)) continue;
    let inner: Boundary | undefined;
    let inCoroutine = false;
    for (let fn = struct.fnOf[c.nameTok]; fn >= 0; fn = struct.fnOf[fn]!) {
      if (startsCoroutine.has(fn)) {
        inCoroutine = true;
        break;
      }
      inner ??= boundaryOf.get(fn);
    }
    // sleep and the shared map block (and may) outside coroutines; the rest fail there anyway (coroutine-only)
    if (!inner || (!inCoroutine && c.api?.scope !== 'coroutine' && c.name !== 'yield')) continue;
    const shown = `${c.receiverTok >= 0 ? tokenText(a, c.receiverTok) + c.sep : ''}${c.name}`;
    push(
      tokenRange(
        ctx,
        c.receiverTok >= 0 ? c.receiverTok : c.nameTok,
        c.closeTok >= 0 ? c.closeTok : c.nameTok,
      ),
      DiagnosticSeverity.Warning,
      'yield-in-' + inner.kind,
      t(ctx.locale, `yield-in-${inner.kind}`, shown, inner.what),
    );
  }
}

/** Whether a call suspends its coroutine: catalog calls that yield, and coroutine.yield. */
function suspends(ctx: FeatureContext, c: Call): boolean {
  if (
    c.name === 'yield' &&
    c.receiverTok >= 0 &&
    tokenText(ctx.analysis, c.receiverTok) === 'coroutine'
  )
    return true;
  const api = c.api;
  if (!api) return false;
  if (api.scope === 'blocks-outside') return true;
  if (api.scope !== 'coroutine') return false;
  if (api.yieldsWhenArg === undefined) return true;
  const arg = c.args[api.yieldsWhenArg];
  return !!arg && arg.end === arg.start + 1 && ctx.analysis.toks.kind[arg.start] === K.True;
}

/** The `function` keyword of the last `function NAME(`, `local function NAME(` or `local NAME = function` before. */
function namedFunction(ctx: FeatureContext, name: string, before: number): number {
  const a = ctx.analysis;
  const { kind } = a.toks;
  let found = -1;
  for (let i = 0; i < before; i++) {
    if (
      kind[i] === K.Function &&
      kind[i + 1] === K.Name &&
      kind[i + 2] === K.LParen &&
      tokenText(a, i + 1) === name
    )
      found = i;
    else if (
      kind[i] === K.Name &&
      kind[i + 1] === K.Assign &&
      kind[i + 2] === K.Function &&
      kind[i - 1] === K.Local &&
      tokenText(a, i) === name
    )
      found = i + 2;
  }
  return found;
}
