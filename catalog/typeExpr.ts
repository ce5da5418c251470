/**
 * Reads the LuaLS type expressions the catalog is written in (`CoroPlayer?`, `string[]`, `fun(chat: ChatMessage)`,
 * `table<string, any>`, `HttpResponse|nil`), and splits signatures such as
 * `get_player(name: string): CoroPlayer?` into their parts. Small and strict: a malformed catalog entry throws
 * when the catalog loads, so a typo never reaches a user.
 */

export type TypeNode =
  | { kind: 'name'; name: string; args: TypeNode[] }
  | { kind: 'array'; of: TypeNode }
  | { kind: 'optional'; of: TypeNode }
  | { kind: 'union'; of: TypeNode[] }
  | { kind: 'fun'; params: FunParam[]; returns: TypeNode[] };

export interface FunParam {
  name: string;
  type: TypeNode | null;
  optional: boolean;
  variadic: boolean;
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private skip(): void {
    while (this.i < this.s.length && this.s[this.i] === ' ') this.i++;
  }

  peek(tok: string): boolean {
    this.skip();
    return this.s.startsWith(tok, this.i);
  }

  eat(tok: string): boolean {
    if (!this.peek(tok)) return false;
    this.i += tok.length;
    return true;
  }

  expect(tok: string): void {
    if (!this.eat(tok)) this.fail(`'${tok}' expected`);
  }

  name(): string {
    this.skip();
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.s.slice(this.i));
    if (!m) this.fail('a name expected');
    this.i += m[0].length;
    return m[0];
  }

  done(): boolean {
    this.skip();
    return this.i >= this.s.length;
  }

  fail(msg: string): never {
    throw new Error(`catalog type ${JSON.stringify(this.s)}: ${msg} at ${this.i}`);
  }

  type(): TypeNode {
    const parts = [this.postfix()];
    while (this.eat('|')) parts.push(this.postfix());
    return parts.length === 1 ? parts[0] : { kind: 'union', of: parts };
  }

  private postfix(): TypeNode {
    let t = this.primary();
    for (;;) {
      if (this.eat('[]')) t = { kind: 'array', of: t };
      else if (this.eat('?')) t = { kind: 'optional', of: t };
      else return t;
    }
  }

  private primary(): TypeNode {
    if (this.eat('(')) {
      const t = this.type();
      this.expect(')');
      return t;
    }
    const n = this.name();
    if (n === 'fun' && this.peek('(')) return this.fun();
    const args: TypeNode[] = [];
    if (this.eat('<')) {
      do args.push(this.type());
      while (this.eat(','));
      this.expect('>');
    }
    return { kind: 'name', name: n, args };
  }

  private fun(): TypeNode {
    this.expect('(');
    const params = this.params(')');
    this.expect(')');
    const returns: TypeNode[] = [];
    if (this.eat(':')) returns.push(this.type());
    return { kind: 'fun', params, returns };
  }

  /** `a: T, b?: U, ...: V` up to (not including) `close`. */
  params(close: string): FunParam[] {
    const out: FunParam[] = [];
    if (this.peek(close)) return out;
    do {
      const variadic = this.eat('...');
      const name = variadic ? '...' : this.name();
      const optional = this.eat('?');
      const type = this.eat(':') ? this.type() : null;
      out.push({ name, type, optional, variadic });
    } while (this.eat(','));
    return out;
  }
}

export function parseType(s: string): TypeNode {
  const r = new Reader(s);
  const t = r.type();
  if (!r.done()) r.fail('unexpected text');
  return t;
}

/** A catalog signature `name(params): ret1, ret2` split into its parts. */
export interface ParsedSignature {
  name: string;
  params: { name: string; type: string; optional: boolean; variadic: boolean }[];
  returns: string[];
}

/** Top-level comma split that respects (), <> and the `fun(...)` nesting. */
export function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '<') depth++;
    else if (c === ')' || c === '>') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last) out.push(last);
  return out;
}

export function parseSignature(sig: string): ParsedSignature {
  const open = sig.indexOf('(');
  let depth = 0;
  let close = -1;
  for (let i = open; i < sig.length; i++) {
    if (sig[i] === '(') depth++;
    else if (sig[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (open <= 0 || close < 0) throw new Error(`catalog signature ${JSON.stringify(sig)}: bad form`);
  const name = sig.slice(0, open).trim();
  const params = splitTop(sig.slice(open + 1, close)).map((p) => {
    const m = /^(\.\.\.|[A-Za-z_][A-Za-z0-9_]*)(\?)?\s*:\s*(.+)$/.exec(p);
    if (!m) throw new Error(`catalog signature ${JSON.stringify(sig)}: bad parameter ${p}`);
    parseType(m[3]);
    return { name: m[1], type: m[3], optional: m[2] === '?', variadic: m[1] === '...' };
  });
  const rest = sig.slice(close + 1).trim();
  let returns: string[] = [];
  if (rest) {
    if (!rest.startsWith(':'))
      throw new Error(`catalog signature ${JSON.stringify(sig)}: bad returns`);
    returns = splitTop(rest.slice(1));
    for (const r of returns) parseType(r);
  }
  return { name, params, returns };
}

/** The type without `nil`: `T?` and `T|nil` read as `T`. */
export function stripNil(t: TypeNode): TypeNode | null {
  if (t.kind === 'optional') return stripNil(t.of);
  if (t.kind === 'name' && t.name === 'nil') return null;
  if (t.kind === 'union') {
    const rest = t.of.map(stripNil).filter((x): x is TypeNode => x !== null);
    if (rest.length === 0) return null;
    return rest.length === 1 ? rest[0] : { kind: 'union', of: rest };
  }
  return t;
}
