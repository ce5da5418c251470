/**
 * What the features need to know about a plugin, read from the tokens in one pass that tolerates broken text:
 * bracket nesting, which function body each token is in, every call with its arguments, table constructors with
 * their keys, and every name a statement binds with the expression it is bound to. What those names and calls
 * are (a player, an HTTP response, `coromega:http_get`) is the type pass's business (`types.ts`).
 *
 * Nothing here depends on the text parsing: completion happens inside half-typed code, so unclosed brackets and
 * blocks are closed by whatever closes their parent, and analysis goes on.
 *
 * A little over 400 lines: one pass over the tokens, so its parts share the same loop state.
 */
import type { ApiFunction } from '../../../catalog';
import { collectBindings, findBinding, type LocalBinding } from './bindings';
import type { ExprIndex } from './exprs';
import { K, type Tokens } from '../../../lua51/lexer';
import { stringValue } from './strings';

export interface Arg {
  /** First token of the argument (inclusive). */
  start: number;
  /** One past the last token (exclusive). Empty argument when start === end. */
  end: number;
}

/**
 * What the type pass has yet to work out for a structure: every call's catalog entry and every table's role. The
 * type pass sets `run`; the first read of a call's `api` or a table's role runs it (once), so a request that needs
 * neither (completion after `player:`) does not wait for every call of the file to be resolved.
 */
export interface Resolution {
  run: (() => void) | undefined;
}

export class Call {
  /** The catalog entry as the type pass found it (it writes this; everything else reads `api`). */
  resolvedApi: ApiFunction | undefined = undefined;
  readonly args: Arg[] = [];

  constructor(
    private readonly resolution: Resolution,
    /** Token of the function name (`http_get`), or of `require`. */
    readonly nameTok: number,
    readonly name: string,
    /** Receiver token (`coromega` in `coromega:http_get`) or -1. */
    readonly receiverTok: number,
    /** `:` or `.` between receiver and name, or '' for a bare call. */
    readonly sep: ':' | '.' | '',
    /** The `(` token (or the string/table token of `f"x"` / `f{...}` calls). */
    readonly openTok: number,
    /** The matching `)`, or -1 when unclosed. */
    readonly closeTok: number,
  ) {}

  /** The catalog entry the call resolves to. */
  get api(): ApiFunction | undefined {
    if (this.resolution.run) this.resolution.run();
    return this.resolvedApi;
  }
}

/** What a table constructor is, as the type pass finds out from where it goes. */
export type TableRole = 'option' | 'auth' | 'headers' | 'cookies' | 'menu' | 'shape';

export interface Field {
  key: string;
  /** The key's token (a Name, or the String inside `[...]`). */
  keyTok: number;
  bracketKey: boolean;
  /** Value tokens [start, end). */
  valueStart: number;
  valueEnd: number;
}

export class Table {
  /** What the type pass found (it writes these; everything else reads `role`, `call`, `shape`). */
  resolvedRole: TableRole | undefined = undefined;
  resolvedCall: Call | undefined = undefined;
  resolvedShape: string | undefined = undefined;
  readonly fields: Field[] = [];

  constructor(
    private readonly resolution: Resolution,
    readonly openTok: number,
    /** The matching `}`, or -1 when unclosed. */
    readonly closeTok: number,
  ) {}

  get role(): TableRole | undefined {
    if (this.resolution.run) this.resolution.run();
    return this.resolvedRole;
  }

  /** For option tables: the HTTP call it is passed to (its first one). */
  get call(): Call | undefined {
    if (this.resolution.run) this.resolution.run();
    return this.resolvedCall;
  }

  /** For `shape` tables: the catalog shape (`Pos`, `CommandBlockOptions`...). */
  get shape(): string | undefined {
    if (this.resolution.run) this.resolution.run();
    return this.resolvedShape;
  }
}

/** A `function`/`if`/`while`/`for`/`do`/`repeat` block and the token that ends it. */
export interface Block {
  openTok: number;
  /** The `end`/`until` (or, when unclosed, the token where it was given up). */
  closeTok: number;
  kind: K;
  closed: boolean;
}

export interface Structure {
  /** Every block, in source order. */
  blocks: Block[];
  /** Innermost open bracket enclosing each token (for brackets: the one outside them), -1 at top level. */
  parent: Int32Array;
  /** For each open bracket: its matching close, -1 when unclosed. */
  match: Int32Array;
  /** For each close bracket: its matching open, -1 when it closes nothing. */
  openOf: Int32Array;
  /** Innermost `function` keyword whose body holds each token, -1 on the main chunk. */
  fnOf: Int32Array;
  /** For each `function` keyword: its `end` (-1 when unclosed). */
  fnEnd: Map<number, number>;
  calls: Call[];
  callByOpen: Map<number, Call>;
  tables: Map<number, Table>;
  bindings: LocalBinding[];
  bindingsByName: Map<string, LocalBinding[]>;
  /** Member names the plugin itself defines anywhere (`function x:helper()`, `x.helper = ...`). */
  definedMembers: Set<string>;
  /** Expression helpers over these tokens. */
  exprs: ExprIndex;
  /** What the type pass resolves on first need (calls' `api`, tables' roles). */
  resolution: Resolution;
}

function closerFor(k: K): K {
  return k === K.LParen ? K.RParen : k === K.LBrace ? K.RBrace : K.RBracket;
}

export function buildStructure(toks: Tokens): Structure {
  const n = toks.count;
  const { kind, text, start, end } = toks;
  const parent = new Int32Array(n).fill(-1);
  const match = new Int32Array(n).fill(-1);
  const openOf = new Int32Array(n).fill(-1);
  const fnOf = new Int32Array(n).fill(-1);
  /** For each open bracket: the token that closed it, or that ended it unclosed (EOS at the latest). */
  const extent = new Int32Array(n).fill(n - 1);
  const name = (t: number): string => text.slice(start[t], end[t]);

  // bracket stack and block stack (blocks remember the bracket depth they opened at); the innermost open bracket
  // and function are kept in locals too, since every token records them
  const brackets: number[] = [];
  // blocks are listed when they open (so in source order) and given their end when they close
  const blocks: { block: Block; depth: number; pendingDo: boolean }[] = [];
  const fnStack: number[] = [];
  let curParent = -1;
  let curFn = -1;
  const blockList: Block[] = [];
  const seps = new Map<number, number[]>();
  const openBlock = (tok: number, k: K, pendingDo: boolean): void => {
    const block: Block = { openTok: tok, closeTok: -1, kind: k, closed: false };
    blockList.push(block);
    blocks.push({ block, depth: brackets.length, pendingDo });
  };
  const closeBlock = (closeTok: number, closed: boolean): void => {
    const b = blocks.pop();
    if (!b) return;
    if (b.block.kind === K.Function) {
      fnStack.pop();
      curFn = fnStack.length ? fnStack[fnStack.length - 1] : -1;
    }
    b.block.closeTok = closeTok;
    b.block.closed = closed;
  };
  // where the later scans look, gathered on the way (in token order): possible calls (`(`, a string or `{` after
  // a name), table constructors, and the statements that bind names
  const callOpens: number[] = [];
  const braces: number[] = [];
  const binders: number[] = [];

  for (let i = 0; i < n; i++) {
    const k = kind[i] as K;
    parent[i] = curParent;
    fnOf[i] = curFn;
    switch (k) {
      case K.LParen:
      case K.LBrace:
      case K.LBracket:
        if (k === K.LBrace) braces.push(i);
        if (k !== K.LBracket && i > 0 && kind[i - 1] === K.Name) callOpens.push(i);
        brackets.push(i);
        curParent = i;
        break;
      case K.String:
        if (i > 0 && kind[i - 1] === K.Name) callOpens.push(i);
        break;
      case K.Comma:
      case K.Semi: {
        // separators directly inside a bracket: argument and field boundaries (not those of a function body
        // written inside it: `f(function() local a, b = 1, 2 end)` has one argument)
        if (curParent < 0 || curFn !== fnOf[curParent]) break;
        const list = seps.get(curParent);
        if (list) list.push(i);
        else seps.set(curParent, [i]);
        break;
      }
      case K.RParen:
      case K.RBrace:
      case K.RBracket: {
        // close the nearest matching bracket; anything opened inside it stays unclosed
        for (let j = brackets.length - 1; j >= 0; j--) {
          if (closerFor(kind[brackets[j]] as K) === k) {
            match[brackets[j]] = i;
            openOf[i] = brackets[j];
            for (let d = j; d < brackets.length; d++) extent[brackets[d]] = i;
            brackets.length = j;
            curParent = j > 0 ? brackets[j - 1] : -1;
            while (blocks.length && blocks[blocks.length - 1].depth > j) closeBlock(i, false);
            break;
          }
        }
        parent[i] = curParent;
        break;
      }
      case K.Assign:
      case K.Local:
        binders.push(i);
        break;
      case K.Function:
        binders.push(i);
        openBlock(i, k, false);
        fnStack.push(i);
        curFn = i;
        break;
      case K.If:
      case K.Repeat:
        openBlock(i, k, false);
        break;
      case K.While:
      case K.For:
        if (k === K.For) binders.push(i);
        openBlock(i, k, true);
        break;
      case K.Do: {
        const top = blocks[blocks.length - 1];
        if (top && top.pendingDo) top.pendingDo = false;
        else openBlock(i, k, false);
        break;
      }
      case K.End:
      case K.Until: {
        const top = blocks[blocks.length - 1];
        if (top) {
          // brackets opened inside the block are left unclosed
          if (brackets.length > top.depth) {
            while (brackets.length > top.depth) extent[brackets.pop() as number] = i;
            curParent = brackets.length ? brackets[brackets.length - 1] : -1;
          }
          closeBlock(i, true);
        }
        break;
      }
    }
  }

  while (blocks.length) closeBlock(n - 1, false);

  const fnEnd = new Map<number, number>();
  for (const b of blockList) {
    if (b.kind === K.Function) fnEnd.set(b.openTok, b.closed ? b.closeTok : -1);
  }
  const exprs: ExprIndex = { kind, count: n, match, fnEnd };

  /** The last token still inside an unclosed bracket. */
  function lastInside(open: number): number {
    return extent[open];
  }

  const resolution: Resolution = { run: undefined };
  // calls
  const calls: Call[] = [];
  const callByOpen = new Map<number, Call>();
  for (let c = 0; c < callOpens.length; c++) {
    const i = callOpens[c];
    const k = kind[i] as K;
    const nt = i - 1;
    let receiverTok = -1;
    let sep: Call['sep'] = '';
    if (nt >= 2 && (kind[nt - 1] === K.Colon || kind[nt - 1] === K.Dot)) {
      sep = kind[nt - 1] === K.Colon ? ':' : '.';
      receiverTok = nt - 2;
    }
    const fname = text.slice(start[nt], end[nt]);
    if (k !== K.LParen && !(fname === 'require' && sep === '' && k === K.String)) {
      if (!(k === K.LBrace && sep !== '')) continue;
    }
    const call = new Call(
      resolution,
      nt,
      fname,
      receiverTok,
      sep,
      i,
      k === K.LParen ? match[i] : i,
    );
    if (k === K.LParen) {
      const stop = match[i] >= 0 ? match[i] : lastInside(i);
      let argStart = i + 1;
      const list = seps.get(i);
      for (let q = 0; list !== undefined && q < list.length; q++) {
        const j = list[q];
        if (j >= stop) break;
        if (kind[j] !== K.Comma) continue;
        call.args.push({ start: argStart, end: j });
        argStart = j + 1;
      }
      if (argStart < stop || call.args.length > 0) call.args.push({ start: argStart, end: stop });
    } else if (k === K.String) {
      call.args.push({ start: i, end: i + 1 });
    } else {
      call.args.push({ start: i, end: (match[i] >= 0 ? match[i] : i) + 1 });
    }
    calls.push(call);
    callByOpen.set(i, call);
  }

  // tables
  const tables = new Map<number, Table>();
  for (let b = 0; b < braces.length; b++) {
    const i = braces[b];
    const close = match[i];
    const stop = close >= 0 ? close : lastInside(i);
    const t = new Table(resolution, i, close);
    let fieldStart = i + 1;
    const list = seps.get(i);
    for (let q = 0; list !== undefined && q < list.length; q++) {
      const j = list[q];
      if (j >= stop) break;
      readField(t, fieldStart, j);
      fieldStart = j + 1;
    }
    readField(t, fieldStart, stop);
    tables.set(i, t);
  }
  function readField(t: Table, s: number, e: number): void {
    if (s >= e) return;
    if (kind[s] === K.Name && s + 1 < e && kind[s + 1] === K.Assign) {
      t.fields.push({ key: name(s), keyTok: s, bracketKey: false, valueStart: s + 2, valueEnd: e });
    } else if (
      kind[s] === K.LBracket &&
      kind[s + 1] === K.String &&
      kind[s + 2] === K.RBracket &&
      kind[s + 3] === K.Assign
    ) {
      t.fields.push({
        key: stringValue(toks, s + 1),
        keyTok: s + 1,
        bracketKey: true,
        valueStart: s + 4,
        valueEnd: e,
      });
    } else if (kind[s] === K.Name && s + 1 === e) {
      // a key being typed: `{ time| }`; kept so "no key offered twice" sees it, but with no value
      t.fields.push({ key: name(s), keyTok: s, bracketKey: false, valueStart: e, valueEnd: e });
    }
  }

  const { bindings, bindingsByName, definedMembers } = collectBindings(
    toks,
    parent,
    exprs,
    tables,
    binders,
  );

  // `opts.timeout = "30s"` after `local opts = {...}`: a field of that table too
  for (let b = 0; b < binders.length; b++) {
    const a = binders[b];
    const i = a - 2;
    if (
      kind[a] !== K.Assign ||
      i < 1 ||
      a + 1 >= n ||
      kind[i] !== K.Dot ||
      kind[i - 1] !== K.Name ||
      kind[i + 1] !== K.Name
    ) {
      continue;
    }
    if (i >= 2 && (kind[i - 2] === K.Dot || kind[i - 2] === K.Colon)) continue;
    const table = findBinding(bindingsByName, name(i - 1), i - 1)?.table;
    if (!table) continue;
    const v = i + 3;
    const valueEnd = kind[v] === K.LBrace && match[v] >= 0 ? match[v] + 1 : v + 1;
    table.fields.push({
      key: name(i + 1),
      keyTok: i + 1,
      bracketKey: false,
      valueStart: v,
      valueEnd,
    });
  }

  return {
    blocks: blockList,
    parent,
    match,
    openOf,
    fnOf,
    fnEnd,
    calls,
    callByOpen,
    tables,
    bindings,
    bindingsByName,
    definedMembers,
    exprs,
    resolution,
  };
}

export { findBinding, stringValue, type LocalBinding };
