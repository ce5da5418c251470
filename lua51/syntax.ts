/**
 * A syntax checker that accepts and rejects what `luac5.1 -p` does, with Lua 5.1's messages and line numbers
 * (`lparser.c` of Lua 5.1.5, including its 200-local-variable and nesting limits), reading the token arrays of
 * `lexer.ts`. It builds no tree: it only finds the first error, like Lua. `goto name` and `::name::` are accepted
 * because gopher-lua (the VM neomega runs plugins on) has them.
 *
 * One file, as `lparser.c` is: one recursive-descent parser whose functions (chunk, statement, ifstat, forstat,
 * body, primaryexp, subexpr, constructor...) call one another and mirror the C source function by function, so the
 * two can be compared side by side; it is longer than most modules for that reason.
 */
import { K, TOKEN_TEXT, charTokenText, type Tokens } from './lexer';

export interface SyntaxError {
  /** Lua's message without position, e.g. `'end' expected (to close 'function' at line 3) near '<eof>'`. */
  message: string;
  /** The message's parts, for translation. */
  kind: string;
  args: string[];
  near: string;
  /** Lua's line number. */
  line: number;
  /** The token the error is reported at. */
  token: number;
}

const MAX_VARS = 200;
const MAX_LEVELS = 200;

class Stop extends Error {
  constructor(readonly info: SyntaxError) {
    super(info.message);
  }
}

interface FuncState {
  nactvar: number;
  linedefined: number;
  isVararg: boolean;
  /** Enclosing loops inside this function (for `break`). */
  loops: number;
}

// binary operator priorities (left, right) from lparser.c
const LEFT: Partial<Record<K, number>> = {
  [K.Plus]: 6,
  [K.Minus]: 6,
  [K.Star]: 7,
  [K.Slash]: 7,
  [K.Percent]: 7,
  [K.Caret]: 10,
  [K.Concat]: 5,
  [K.Eq]: 3,
  [K.Ne]: 3,
  [K.Lt]: 3,
  [K.Le]: 3,
  [K.Gt]: 3,
  [K.Ge]: 3,
  [K.And]: 2,
  [K.Or]: 1,
};
const RIGHT: Partial<Record<K, number>> = { ...LEFT, [K.Caret]: 9, [K.Concat]: 4 };
const UNARY_PRIORITY = 8;

/** The Lua 5.1 operator a Lua 5.3 operator starts with (`//` -> `/`, `<<` -> `<`, `>>` -> `>`). */
function lua51Operator(k: K): K {
  if (k === K.IDiv) return K.Slash;
  if (k === K.Shl) return K.Lt;
  if (k === K.Shr) return K.Gt;
  return k;
}

export function checkSyntax(toks: Tokens): SyntaxError | null {
  const { kind, line: lines, text, start, end } = toks;
  const errorAt = new Map<number, number>();
  toks.errors.forEach((e, idx) => {
    if (!errorAt.has(e.token)) errorAt.set(e.token, idx);
  });
  let p = 0;
  let tk: K = kind[0];
  const cur = (): K => tk;
  let lastline = 1;
  let level = 1;
  let fs: FuncState = { nactvar: 0, linedefined: 0, isVararg: true, loops: 0 };

  function lexCheck(idx: number): void {
    const e = errorAt.get(idx);
    if (e !== undefined) {
      const le = toks.errors[e];
      throw new Stop({
        message: `${le.message} near '${le.near}'`,
        kind: le.message,
        args: [],
        near: le.near,
        line: le.line,
        token: idx,
      });
    }
  }

  function curLine(): number {
    return lines[p];
  }
  function next(): void {
    lastline = lines[p];
    if (p < toks.count - 1) p++;
    tk = kind[p];
    lexCheck(p);
  }
  function lookahead(): K {
    if (p + 1 < toks.count) {
      lexCheck(p + 1);
      return kind[p + 1];
    }
    return K.EOS;
  }
  function near(): string {
    const k: K = kind[p];
    if (k === K.Name || k === K.String || k === K.Number) return text.slice(start[p], end[p]);
    if (k === K.Other) return charTokenText(text.slice(start[p], end[p]));
    // Lua 5.1 reads these operators as separate characters; the error is at the first one
    if (k === K.IDiv) return '/';
    if (k === K.Shl) return '<';
    if (k === K.Shr) return '>';
    if (k === K.BAnd) return '&';
    if (k === K.BOr) return '|';
    if (k === K.BXor) return '~';
    if (k === K.Goto) return 'goto';
    return TOKEN_TEXT[k] ?? '?';
  }
  function fail(kindName: string, args: string[], message: string): never {
    const nearText = near();
    throw new Stop({
      message: `${message} near '${nearText}'`,
      kind: kindName,
      args,
      near: nearText,
      line: curLine(),
      token: p,
    });
  }
  function tokenStr(k: K): string {
    if (k === K.Name) return '<name>';
    return TOKEN_TEXT[k] ?? '?';
  }
  function errorExpected(k: K): never {
    const s = tokenStr(k);
    fail('expected', [s], `'${s}' expected`);
  }
  function testnext(k: K): boolean {
    if (cur() === k) {
      next();
      return true;
    }
    return false;
  }
  function check(k: K): void {
    if (cur() !== k) errorExpected(k);
  }
  function checknext(k: K): void {
    check(k);
    next();
  }
  function checkMatch(what: K, who: K, where: number): void {
    if (!testnext(what)) {
      if (where === curLine()) errorExpected(what);
      const w = tokenStr(what);
      const o = tokenStr(who);
      fail(
        'expectedToClose',
        [w, o, String(where)],
        `'${w}' expected (to close '${o}' at line ${where})`,
      );
    }
  }
  function checkName(): void {
    check(K.Name);
    next();
  }
  function enterLevel(): void {
    if (++level > MAX_LEVELS) {
      throw new Stop({
        message: 'chunk has too many syntax levels',
        kind: 'levels',
        args: [],
        near: '',
        line: curLine(),
        token: p,
      });
    }
  }
  function newLocal(n: number): void {
    if (fs.nactvar + n + 1 > MAX_VARS) {
      const message =
        fs.linedefined === 0
          ? `main function has more than ${MAX_VARS} local variables`
          : `function at line ${fs.linedefined} has more than ${MAX_VARS} local variables`;
      throw new Stop({
        message,
        kind: 'tooManyLocals',
        args: [String(fs.linedefined)],
        near: '',
        line: curLine(),
        token: p,
      });
    }
  }
  function blockFollow(): boolean {
    return (
      cur() === K.Else ||
      cur() === K.Elseif ||
      cur() === K.End ||
      cur() === K.Until ||
      cur() === K.EOS
    );
  }

  function chunk(): void {
    enterLevel();
    let islast = false;
    while (!islast && !blockFollow()) {
      islast = statement();
      testnext(K.Semi);
    }
    level--;
  }
  function block(): void {
    const saved = fs.nactvar;
    chunk();
    fs.nactvar = saved;
  }
  function loopBlock(body: () => void): void {
    fs.loops++;
    body();
    fs.loops--;
  }

  function statement(): boolean {
    const line = curLine();
    switch (cur()) {
      case K.If:
        ifstat(line);
        return false;
      case K.While: {
        next();
        expr();
        loopBlock(() => {
          checknext(K.Do);
          block();
        });
        checkMatch(K.End, K.While, line);
        return false;
      }
      case K.Do:
        next();
        block();
        checkMatch(K.End, K.Do, line);
        return false;
      case K.For:
        forstat(line);
        return false;
      case K.Repeat: {
        next();
        const saved = fs.nactvar;
        loopBlock(() => {
          chunk();
          checkMatch(K.Until, K.Repeat, line);
          expr();
        });
        fs.nactvar = saved;
        return false;
      }
      case K.Function: {
        next();
        checkName();
        let needself = false;
        while (cur() === K.Dot) {
          next();
          checkName();
        }
        if (cur() === K.Colon) {
          needself = true;
          next();
          checkName();
        }
        body(needself, line);
        return false;
      }
      case K.Local:
        next();
        if (testnext(K.Function)) {
          checkName();
          newLocal(0);
          fs.nactvar++;
          body(false, curLine());
        } else {
          let nvars = 0;
          do {
            checkName();
            newLocal(nvars++);
          } while (testnext(K.Comma));
          if (testnext(K.Assign)) explist();
          fs.nactvar += nvars;
        }
        return false;
      case K.Return:
        next();
        if (!blockFollow() && cur() !== K.Semi) explist();
        return true;
      case K.Break:
        next();
        if (fs.loops === 0) fail('noLoop', [], 'no loop to break');
        return true;
      case K.Goto:
        // gopher-lua: goto NAME
        next();
        checkName();
        return false;
      case K.DoubleColon:
        next();
        checkName();
        checknext(K.DoubleColon);
        return false;
      default: {
        // exprstat
        const k = primaryexp();
        if (k !== 'call') assignment(k);
        return false;
      }
    }
  }

  function ifstat(line: number): void {
    // IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END
    next();
    expr();
    checknext(K.Then);
    block();
    while (cur() === K.Elseif) {
      next();
      expr();
      checknext(K.Then);
      block();
    }
    if (cur() === K.Else) {
      next();
      block();
    }
    checkMatch(K.End, K.If, line);
  }

  function forstat(line: number): void {
    const saved = fs.nactvar;
    next();
    checkName();
    if (cur() === K.Assign) {
      newLocal(0);
      newLocal(1);
      newLocal(2);
      newLocal(3);
      next();
      expr();
      checknext(K.Comma);
      expr();
      if (testnext(K.Comma)) expr();
      forbody(3, 1);
    } else if (cur() === K.Comma || cur() === K.In) {
      newLocal(0);
      newLocal(1);
      newLocal(2);
      let nvars = 3;
      newLocal(nvars++);
      while (testnext(K.Comma)) {
        checkName();
        newLocal(nvars++);
      }
      checknext(K.In);
      explist();
      forbody(3, nvars - 3);
    } else {
      fail('forExpected', [], "'=' or 'in' expected");
    }
    checkMatch(K.End, K.For, line);
    fs.nactvar = saved;
  }

  function forbody(internal: number, nvars: number): void {
    fs.nactvar += internal;
    loopBlock(() => {
      checknext(K.Do);
      const saved = fs.nactvar;
      fs.nactvar += nvars;
      block();
      fs.nactvar = saved;
    });
  }

  function body(needself: boolean, line: number): void {
    const outer = fs;
    fs = { nactvar: 0, linedefined: line, isVararg: false, loops: 0 };
    checknext(K.LParen);
    if (needself) {
      newLocal(0);
      fs.nactvar++;
    }
    // parlist
    let nparams = 0;
    if (cur() !== K.RParen) {
      do {
        if (cur() === K.Name) {
          next();
          newLocal(nparams++);
        } else if (cur() === K.Dots) {
          next();
          newLocal(nparams++); // Lua 5.1's implicit `arg`
          fs.isVararg = true;
        } else {
          fail('paramExpected', [], "<name> or '...' expected");
        }
      } while (!fs.isVararg && testnext(K.Comma));
    }
    fs.nactvar += nparams;
    checknext(K.RParen);
    chunk();
    checkMatch(K.End, K.Function, line);
    fs = outer;
  }

  type ExpKind = 'call' | 'var' | 'other';

  function primaryexp(): ExpKind {
    let k: ExpKind;
    if (cur() === K.Name) {
      next();
      k = 'var';
    } else if (cur() === K.LParen) {
      const line = curLine();
      next();
      expr();
      checkMatch(K.RParen, K.LParen, line);
      k = 'other';
    } else {
      fail('unexpected', [], 'unexpected symbol');
    }
    for (;;) {
      switch (cur()) {
        case K.Dot:
          next();
          checkName();
          k = 'var';
          break;
        case K.LBracket:
          next();
          expr();
          checknext(K.RBracket);
          k = 'var';
          break;
        case K.Colon:
          next();
          checkName();
          funcargs();
          k = 'call';
          break;
        case K.LParen:
        case K.String:
        case K.LBrace:
          funcargs();
          k = 'call';
          break;
        default:
          return k;
      }
    }
  }

  function funcargs(): void {
    const line = curLine();
    switch (cur()) {
      case K.LParen:
        if (line !== lastline) {
          fail('ambiguous', [], 'ambiguous syntax (function call x new statement)');
        }
        next();
        if (cur() !== K.RParen) explist();
        checkMatch(K.RParen, K.LParen, line);
        return;
      case K.LBrace:
        constructor();
        return;
      case K.String:
        next();
        return;
      default:
        fail('funcArgs', [], 'function arguments expected');
    }
  }

  function assignment(k: ExpKind): void {
    if (k !== 'var') fail('syntax', [], 'syntax error');
    if (testnext(K.Comma)) {
      assignment(primaryexp());
    } else {
      checknext(K.Assign);
      explist();
    }
  }

  function explist(): void {
    expr();
    while (testnext(K.Comma)) expr();
  }

  function expr(): void {
    subexpr(0);
  }

  function subexpr(limit: number): K {
    enterLevel();
    if (cur() === K.Not || cur() === K.Minus || cur() === K.Hash) {
      next();
      subexpr(UNARY_PRIORITY);
    } else {
      simpleexp();
    }
    let op = cur();
    let left = LEFT[lua51Operator(op)];
    while (left !== undefined && left > limit) {
      if (op !== lua51Operator(op)) {
        // Lua 5.1 reads `//` as `/` then `/`: the second one is an unexpected symbol
        fail('unexpected', [], 'unexpected symbol');
      }
      next();
      op = subexpr(RIGHT[op] as number);
      left = LEFT[lua51Operator(op)];
    }
    level--;
    return op;
  }

  function simpleexp(): void {
    switch (cur()) {
      case K.Number:
      case K.String:
      case K.Nil:
      case K.True:
      case K.False:
        next();
        return;
      case K.Dots:
        if (!fs.isVararg) fail('vararg', [], "cannot use '...' outside a vararg function");
        next();
        return;
      case K.LBrace:
        constructor();
        return;
      case K.Function:
        next();
        body(false, curLine());
        return;
      default:
        primaryexp();
    }
  }

  function constructor(): void {
    const line = curLine();
    checknext(K.LBrace);
    do {
      if (cur() === K.RBrace) break;
      if (cur() === K.Name) {
        if (lookahead() !== K.Assign) {
          expr();
        } else {
          next();
          checknext(K.Assign);
          expr();
        }
      } else if (cur() === K.LBracket) {
        next();
        expr();
        checknext(K.RBracket);
        checknext(K.Assign);
        expr();
      } else {
        expr();
      }
    } while (testnext(K.Comma) || testnext(K.Semi));
    checkMatch(K.RBrace, K.LBrace, line);
  }

  try {
    // a lexical error in the very first token (`"abc` alone) is the chunk's first error
    lexCheck(0);
    chunk();
    if (cur() !== K.EOS) errorExpected(K.EOS);
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.info;
    throw e;
  }
}
