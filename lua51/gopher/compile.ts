/**
 * The errors gopher-lua's compiler (compile.go) raises after a chunk parsed, in its order: `...` outside a vararg
 * function, `break` outside a loop, more than 200 local variables in one function, labels defined twice, a goto into
 * the scope of a local, a goto with no visible label (gopher-lua's rules, which differ from Lua 5.2's in details).
 */
import { Fail } from './scanner';
import type { Event, Func, Stmt } from './parser';

// --- compile.go's checks ------------------------------------------------------------------------------------------

const MAX_REGISTERS = 200;

interface Label {
  name: string;
  line: number;
  /** Active local variables where it stands. */
  n: number;
}

interface Block {
  parent: Block | null;
  locals: string[];
  loop: boolean;
  labels: Map<string, Label>;
  firstGoto: number;
}

function localsIn(b: Block | null): number {
  let n = 0;
  for (; b; b = b.parent) n += b.locals.length;
  return n;
}

export function checkCompile(main: Func): void {
  /** gopher-lua reports `line`; an editor is better shown `subject`, the line of what the error is about. */
  const fail = (line: number, msg: string, subject = line): never => {
    throw new Fail({
      template: `compile error near line(${line}) {chunk}: ${msg}`,
      kind: 'compile',
      detail: msg,
      near: '',
      nearBytes: new Uint8Array(0),
      line: Math.max(1, subject),
      start: 0,
      end: 0,
    });
  };

  const fn = (f: Func, nested: boolean): void => {
    let block: Block = { parent: null, locals: [], loop: false, labels: new Map(), firstGoto: 0 };
    const gotos = new Map<number, Label>();
    let gotoCount = 0;
    let regTop = 0;

    const register = (name: string): void => {
      block.locals.push(name);
      if (++regTop > MAX_REGISTERS) fail(f.line, 'too many local variables');
    };
    const enter = (loop: boolean): void => {
      block = { parent: block, locals: [], loop, labels: new Map(), firstGoto: gotoCount };
    };
    const resolve = (from: Label, to: Label, i: number): void => {
      if (from.n < to.n) {
        const names = block.locals;
        fail(
          to.line + 1,
          `<goto ${to.name}> at line ${from.line} jumps into the scope of local '${names[names.length - 1] ?? ''}'`,
          from.line,
        );
      }
      gotos.delete(i);
    };
    const findLabel = (b: Block, g: Label, i: number): void => {
      const target = b.labels.get(g.name);
      if (target) resolve(g, target, i);
    };
    const leave = (): void => {
      const parent = block.parent!;
      const n = localsIn(parent);
      for (let i = block.firstGoto; i < gotoCount; i++) {
        const g = gotos.get(i);
        if (!g) continue;
        if (g.n > n) g.n = n;
        findLabel(parent, g, i);
      }
      regTop -= block.locals.length;
      block = parent;
    };
    const events = (es: Event[]): void => {
      for (const e of es) {
        if (e.k === 'vararg') {
          if (!f.vararg) fail(e.line, "cannot use '...' outside a vararg function");
        } else fn(e.fn, true);
      }
    };
    /** Each statement in order, told whether only labels follow it in its block (gopher-lua's "last statement"). */
    const stmts = (list: Stmt[], untilFollows: boolean): void => {
      let labelsFrom = list.length;
      while (labelsFrom > 0 && list[labelsFrom - 1]!.k === 'label') labelsFrom--;
      list.forEach((s, i) => stmt(s, i + 1 >= labelsFrom && !untilFollows));
    };
    const subBlock = (list: Stmt[]): void => {
      if (list.length === 0) return;
      enter(false);
      stmts(list, false);
      leave();
    };
    const stmt = (s: Stmt, isLast: boolean): void => {
      switch (s.k) {
        case 'exprs':
          events(s.events);
          return;
        case 'local':
          if (s.fnFirst) {
            register(s.names[0]!);
            events(s.events);
          } else {
            events(s.events);
            s.names.forEach(register);
          }
          return;
        case 'do':
          enter(false);
          stmts(s.body, false);
          leave();
          return;
        case 'while':
          events(s.events);
          enter(true);
          stmts(s.body, false);
          leave();
          return;
        case 'repeat':
          enter(true);
          stmts(s.body, true);
          events(s.events);
          leave();
          return;
        case 'if':
          events(s.events);
          subBlock(s.then);
          if (s.else) subBlock(s.else);
          return;
        case 'numfor':
        case 'genfor':
          enter(true);
          ['(for a)', '(for b)', '(for c)'].forEach(register);
          events(s.events);
          s.names.forEach(register);
          subBlock(s.body);
          leave();
          return;
        case 'break':
          for (let b: Block | null = block; b; b = b.parent) if (b.loop) return;
          return fail(s.line, 'no loop to break');
        case 'label': {
          const label: Label = { name: s.name, line: s.line, n: localsIn(block) };
          const old = block.labels.get(s.name);
          if (old)
            fail(s.line + 1, `label '${s.name}' already defined on line ${old.line}`, s.line);
          block.labels.set(s.name, label);
          if (isLast) label.n = localsIn(block.parent);
          for (let i = block.firstGoto; i <= gotoCount; i++) {
            const g = gotos.get(i);
            if (g && g.name === s.name) resolve(g, label, i);
          }
          return;
        }
        case 'goto': {
          const g: Label = { name: s.name, line: s.line, n: localsIn(block) };
          gotos.set(gotoCount++, g);
          findLabel(block, g, gotoCount - 1);
          return;
        }
      }
    };

    if (f.params.length > MAX_REGISTERS) fail(f.line, 'register overflow');
    if (f.method) register('self');
    f.params.forEach(register);
    if (f.vararg && nested) register('arg');
    stmts(f.body, false);
    for (let i = 0; i < gotoCount; i++) {
      const g = gotos.get(i);
      if (g) fail(f.last, `no visible label '${g.name}' for <goto> at line ${g.line}`, g.line);
    }
  };
  fn(main, false);
}
