/**
 * gopher-lua's grammar (parse/parser.go.y) by recursive descent, stopping at the first token no program can continue
 * with — where its LALR parser stops too. An expression statement that is no call fails at the next token with
 * "parse error", as gopher-lua's reduction of `stat: prefixexp` does; any other failure is "syntax error". It keeps
 * a small tree of what compile.ts checks. One recursive descent over one grammar, so one file (a little over 400
 * lines), its functions in the order of parser.go.y's rules.
 */
import { Fail, Scanner, T, errorAt, type Token } from './scanner';

// --- the tree the compile checks read ---------------------------------------------------------------------------

/** Something in compile order that matters to compile.go's checks. */
export type Event = { k: 'vararg'; line: number } | { k: 'func'; fn: Func };

export type Stmt =
  | { k: 'exprs'; line: number; last: number; events: Event[] }
  | { k: 'local'; line: number; last: number; names: string[]; fnFirst: boolean; events: Event[] }
  | { k: 'do' | 'while'; line: number; last: number; events: Event[]; body: Stmt[] }
  | { k: 'repeat'; line: number; last: number; body: Stmt[]; events: Event[] }
  | { k: 'if'; line: number; last: number; events: Event[]; then: Stmt[]; else: Stmt[] | null }
  | {
      k: 'numfor' | 'genfor';
      line: number;
      last: number;
      names: string[];
      events: Event[];
      body: Stmt[];
    }
  | { k: 'label' | 'goto'; line: number; last: number; name: string }
  | { k: 'break'; line: number; last: number };

export interface Func {
  params: string[];
  method: boolean;
  vararg: boolean;
  line: number;
  last: number;
  body: Stmt[];
}

// --- the parser (parse/parser.go.y) ---------------------------------------------------------------------------

const BLOCK_STARTS = new Set([
  'do',
  'while',
  'repeat',
  'if',
  'for',
  'function',
  'local',
  '::',
  'goto',
]);
const EXPR_STARTS = new Set(['nil', 'false', 'true', '...', 'function', '{', '(', 'not', '-', '#']);
const BINARY = new Set([
  'or',
  'and',
  '<',
  '>',
  '<=',
  '>=',
  '~=',
  '==',
  '..',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
]);

export class Parser {
  private sc: Scanner;
  private cur: Token;
  private ahead: Token | null = null;
  /** Compile-order events of the expressions being parsed. */
  private events: Event[] = [];

  constructor(readonly bytes: Uint8Array) {
    this.sc = new Scanner(bytes);
    this.cur = this.sc.scan();
  }

  private is(op: string): boolean {
    return this.cur.op === op;
  }
  private advance(): Token {
    const t = this.cur;
    this.cur = this.ahead ?? this.sc.scan();
    this.ahead = null;
    return t;
  }
  private peekNext(): Token {
    this.ahead ??= this.sc.scan();
    return this.ahead;
  }
  private fail(detail = 'syntax error'): never {
    const t = this.cur;
    throw new Fail(
      errorAt(this.bytes, 'parse', detail, t.text, t.endLine, t.endCol, t.start, t.end),
    );
  }
  private expect(op: string): Token {
    if (!this.is(op)) this.fail();
    return this.advance();
  }
  private name(): string {
    if (this.cur.t !== T.Name) this.fail();
    return this.advance().word;
  }

  /** The whole text as the main function. */
  chunk(): Func {
    const body = this.block();
    if (this.cur.t !== T.EOF) this.fail();
    const last = body.length > 0 ? body[body.length - 1]!.last + 1 : 0;
    return { params: [], method: false, vararg: true, line: 0, last, body };
  }

  private startsStatement(): boolean {
    const t = this.cur;
    if (t.t === T.Name) return true;
    return t.op === '(' || BLOCK_STARTS.has(t.op);
  }

  /** chunk: { stat | ';' } [ laststat [';'] ] — stops at the first token that cannot go on. */
  private block(): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      if (this.is(';')) {
        this.advance();
        continue;
      }
      if (this.is('return') || this.is('break')) {
        const line = this.cur.line;
        if (this.advance().op === 'break') out.push({ k: 'break', line, last: line });
        else {
          const events = this.collect(() => {
            if (this.startsExpression()) this.exprList();
          });
          out.push({ k: 'exprs', line, last: line, events });
        }
        if (this.is(';')) this.advance();
        return out;
      }
      if (!this.startsStatement()) return out;
      out.push(this.statement());
    }
  }

  private collect(f: () => void): Event[] {
    const saved = this.events;
    this.events = [];
    f();
    const got = this.events;
    this.events = saved;
    return got;
  }

  private statement(): Stmt {
    const line = this.cur.line;
    const word = this.cur.op;
    switch (word) {
      case 'do': {
        this.advance();
        const body = this.block();
        const last = this.expect('end').line;
        return { k: 'do', line, last, events: [], body };
      }
      case 'while': {
        this.advance();
        const events = this.collect(() => this.expr());
        this.expect('do');
        const body = this.block();
        const last = this.expect('end').line;
        return { k: 'while', line, last, events, body };
      }
      case 'repeat': {
        this.advance();
        const body = this.block();
        this.expect('until');
        const condLine = this.cur.line;
        const events = this.collect(() => this.expr());
        return { k: 'repeat', line, last: condLine, body, events };
      }
      case 'if':
        return this.ifRest(line);
      case 'for': {
        this.advance();
        const first = this.name();
        if (this.is('=')) {
          this.advance();
          const events = this.collect(() => {
            this.expr();
            this.expect(',');
            this.expr();
            if (this.is(',')) {
              this.advance();
              this.expr();
            }
          });
          this.expect('do');
          const body = this.block();
          const last = this.expect('end').line;
          return { k: 'numfor', line, last, names: [first], events, body };
        }
        const names = [first];
        while (this.is(',')) {
          this.advance();
          names.push(this.name());
        }
        this.expect('in');
        const events = this.collect(() => this.exprList());
        this.expect('do');
        const body = this.block();
        const last = this.expect('end').line;
        return { k: 'genfor', line, last, names, events, body };
      }
      case 'function': {
        this.advance();
        this.name();
        let method = false;
        while (this.is('.') || this.is(':')) {
          method = this.advance().op === ':';
          this.name();
          if (method) break;
        }
        const fn = this.funcBody(method, null);
        return { k: 'exprs', line, last: fn.last, events: [{ k: 'func', fn }] };
      }
      case 'local': {
        this.advance();
        if (this.is('function')) {
          this.advance();
          const name = this.name();
          const fn = this.funcBody(false, null);
          return {
            k: 'local',
            line,
            last: fn.last,
            names: [name],
            fnFirst: true,
            events: [{ k: 'func', fn }],
          };
        }
        const names = [this.name()];
        while (this.is(',')) {
          this.advance();
          names.push(this.name());
        }
        let events: Event[] = [];
        let fnFirst = false;
        if (this.is('=')) {
          this.advance();
          const single = names.length === 1 && this.is('function');
          let count = 0;
          events = this.collect(() => {
            count = this.exprList();
          });
          fnFirst = single && count === 1 && events.length >= 1 && events[0]!.k === 'func';
        }
        return { k: 'local', line, last: line, names, fnFirst, events };
      }
      case '::': {
        this.advance();
        const name = this.name();
        this.expect('::');
        return { k: 'label', line, last: line, name };
      }
      case 'goto': {
        this.advance();
        return { k: 'goto', line, last: line, name: this.name() };
      }
      default:
        return this.exprStatement(line);
    }
  }

  private ifRest(line: number): Stmt {
    this.advance(); // if / elseif
    const events = this.collect(() => this.expr());
    this.expect('then');
    const then = this.block();
    if (this.is('elseif')) {
      const nested = this.ifRest(this.cur.line);
      return { k: 'if', line, last: nested.last, events, then, else: [nested] };
    }
    let otherwise: Stmt[] | null = null;
    if (this.is('else')) {
      this.advance();
      otherwise = this.block();
    }
    const last = this.expect('end').line;
    return { k: 'if', line, last, events, then, else: otherwise };
  }

  /** An assignment or a call; anything else fails at the next token as gopher-lua's `stat: prefixexp` does. */
  private exprStatement(line: number): Stmt {
    const events = this.collect(() => {
      const kind = this.suffixed();
      if (this.is('=') || this.is(',')) {
        if (kind !== 'var') this.fail(kind === 'call' ? 'syntax error' : 'parse error');
        while (this.is(',')) {
          this.advance();
          if (this.suffixed() !== 'var') this.fail();
        }
        this.expect('=');
        this.exprList();
      } else if (kind !== 'call') this.fail('parse error');
    });
    return { k: 'exprs', line, last: line, events };
  }

  private startsExpression(): boolean {
    const t = this.cur;
    if (t.t === T.Name || t.t === T.Number || t.t === T.String) return true;
    return EXPR_STARTS.has(t.op);
  }

  private exprList(): number {
    let n = 1;
    this.expr();
    while (this.is(',')) {
      this.advance();
      this.expr();
      n++;
    }
    return n;
  }

  private expr(): void {
    for (;;) {
      while (this.is('not') || this.is('-') || this.is('#')) this.advance();
      this.simple();
      if (!BINARY.has(this.cur.op)) return;
      this.advance();
    }
  }

  private simple(): void {
    const t = this.cur;
    if (t.t === T.Number || t.t === T.String) {
      this.advance();
      return;
    }
    if (t.t === T.Op) {
      switch (t.op) {
        case 'nil':
        case 'true':
        case 'false':
          this.advance();
          return;
        case '...':
          this.events.push({ k: 'vararg', line: t.line });
          this.advance();
          return;
        case 'function': {
          const line = t.line;
          this.advance();
          this.events.push({ k: 'func', fn: this.funcBody(false, line) });
          return;
        }
        case '{':
          this.table();
          return;
      }
    }
    this.suffixed();
  }

  /** prefixexp with its suffixes: what it ended as. */
  private suffixed(): 'var' | 'call' | 'paren' {
    let kind: 'var' | 'call' | 'paren';
    if (this.cur.t === T.Name) {
      this.advance();
      kind = 'var';
    } else if (this.is('(')) {
      this.advance();
      this.expr();
      this.expect(')');
      kind = 'paren';
    } else return this.fail();
    for (;;) {
      if (this.is('.')) {
        this.advance();
        this.name();
        kind = 'var';
      } else if (this.is('[')) {
        this.advance();
        this.expr();
        this.expect(']');
        kind = 'var';
      } else if (this.is(':')) {
        this.advance();
        this.name();
        this.args();
        kind = 'call';
      } else if (this.is('(') || this.is('{') || this.cur.t === T.String) {
        this.args();
        kind = 'call';
      } else return kind;
    }
  }

  private args(): void {
    if (this.cur.t === T.String) this.advance();
    else if (this.is('{')) this.table();
    else {
      this.expect('(');
      if (!this.is(')')) this.exprList();
      this.expect(')');
    }
  }

  private table(): void {
    this.expect('{');
    for (;;) {
      if (this.is('}')) {
        this.advance();
        return;
      }
      if (this.is('[')) {
        this.advance();
        this.expr();
        this.expect(']');
        this.expect('=');
        this.expr();
      } else if (this.cur.t === T.Name && this.peekNext().op === '=') {
        this.advance();
        this.advance();
        this.expr();
      } else this.expr();
      // fieldlist: field | fieldlist fieldsep field | fieldlist fieldsep — so `{1,,2;;}` is a table
      if (!this.is(',') && !this.is(';') && !this.is('}')) this.fail();
      while (this.is(',') || this.is(';')) this.advance();
    }
  }

  /** `(params) block end`; `line` is the line of an anonymous function's `function` keyword. */
  private funcBody(method: boolean, line: number | null): Func {
    const open = this.expect('(');
    const params: string[] = [];
    let vararg = false;
    if (!this.is(')')) {
      if (this.is('...')) {
        this.advance();
        vararg = true;
      } else {
        params.push(this.name());
        while (this.is(',')) {
          this.advance();
          if (this.is('...')) {
            this.advance();
            vararg = true;
            break;
          }
          params.push(this.name());
        }
      }
    }
    this.expect(')');
    const saved = this.events;
    this.events = [];
    const body = this.block();
    this.events = saved;
    const last = this.expect('end').line;
    return { params, method, vararg, line: line ?? open.line, last, body };
  }
}
