/**
 * gopher-lua's Lua pattern matcher (its `pm` package), which string.find, match, gmatch and gsub use. It differs
 * from C Lua's in ways plugins can see, so it is followed exactly:
 *
 * - a pattern is parsed and compiled to a small program first; malformed ones fail with its own messages
 *   (`unexpected EOS at 1`, `invalid ')' at 0`, `unfinished capture at EOS`, `invalid capture index`);
 * - no frontier pattern: `%f` is the letter f; a `%` at the end matches nothing; `$` anchors only as the last
 *   character; a range like `[%a-z]` matches nothing;
 * - every match is found up front (gmatch too), scanning from each position; after an empty match the scan goes on
 *   one byte further, after another at its end (`("abc"):gsub("%w*", "-")` is `--`).
 *
 * The matcher backtracks with its own stack (gopher-lua recurses; its limit of 1,000,000 levels becomes one on the
 * stack's size), so long subjects cannot overflow JavaScript's call stack.
 *
 * Longer than most modules: parser, compiler and matcher of one small language, kept in one file as gopher-lua's
 * pm.go is.
 */

export class PatternError extends Error {}

const EOS = -1;
const MAX_DEPTH = 1000000;

// --------------------------------------------------------------------------------------------------------------
// The pattern's scanner: gopher-lua's, position for position (its error positions come from it).

class Scanner {
  pos = 0;
  started = false;
  private savedPos = 0;
  private savedStarted = false;
  constructor(readonly src: Uint8Array) {}

  get length(): number {
    return this.src.length;
  }
  next(): number {
    if (!this.started) {
      this.started = true;
      if (this.src.length === 0) this.pos = EOS;
    } else this.pos = this.nextPos();
    if (this.pos === EOS) return EOS;
    return this.src[this.pos]!;
  }
  nextPos(): number {
    if (this.pos === EOS || this.pos >= this.src.length - 1) return EOS;
    return this.started ? this.pos + 1 : 0;
  }
  peek(): number {
    const cureof = this.pos === EOS;
    const ch = this.next();
    if (!cureof) {
      if (this.pos === EOS) this.pos = this.src.length - 1;
      else {
        this.pos--;
        if (this.pos < 0) {
          this.pos = 0;
          this.started = false;
        }
      }
    }
    return ch;
  }
  save(): void {
    this.savedPos = this.pos;
    this.savedStarted = this.started;
  }
  restore(): void {
    this.pos = this.savedPos;
    this.started = this.savedStarted;
  }
}

function error(pos: number, message: string): PatternError {
  if (pos === EOS) return new PatternError(`${message} at EOS`);
  return new PatternError(`${message} at ${pos}`);
}

// --------------------------------------------------------------------------------------------------------------
// Character classes, as 256-entry tables.

type Class =
  | { k: 'dot' }
  | { k: 'char'; ch: number }
  | { k: 'single'; cls: number }
  | { k: 'set'; not: boolean; classes: Class[] }
  | { k: 'range'; begin: Class; end: Class };

function singleMatches(cls: number, ch: number): boolean {
  let ret: boolean;
  switch (cls) {
    case 0x61: // a
    case 0x41:
      ret = (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
      break;
    case 0x63: // c
    case 0x43:
      ret = ch <= 0x1f || ch === 0x7f;
      break;
    case 0x64: // d
    case 0x44:
      ret = ch >= 0x30 && ch <= 0x39;
      break;
    case 0x6c: // l
    case 0x4c:
      ret = ch >= 0x61 && ch <= 0x7a;
      break;
    case 0x70: // p
    case 0x50:
      ret =
        (ch >= 0x21 && ch <= 0x2f) ||
        (ch >= 0x3a && ch <= 0x40) ||
        (ch >= 0x5b && ch <= 0x60) ||
        (ch >= 0x7b && ch <= 0x7e);
      break;
    case 0x73: // s
    case 0x53:
      ret = ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
      break;
    case 0x75: // u
    case 0x55:
      ret = ch >= 0x41 && ch <= 0x5a;
      break;
    case 0x77: // w
    case 0x57:
      ret = (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
      break;
    case 0x78: // x
    case 0x58:
      ret = (ch >= 0x30 && ch <= 0x39) || (ch >= 0x61 && ch <= 0x66) || (ch >= 0x41 && ch <= 0x46);
      break;
    case 0x7a: // z
    case 0x5a:
      ret = ch === 0;
      break;
    default:
      return ch === cls;
  }
  return cls >= 0x41 && cls <= 0x5a ? !ret : ret;
}

function matches(c: Class, ch: number): boolean {
  switch (c.k) {
    case 'dot':
      return true;
    case 'char':
      return c.ch === ch;
    case 'single':
      return singleMatches(c.cls, ch);
    case 'set':
      for (const cl of c.classes) if (matches(cl, ch)) return !c.not;
      return c.not;
    case 'range':
      if (c.begin.k !== 'char' || c.end.k !== 'char') return false;
      return c.begin.ch <= ch && ch <= c.end.ch;
  }
}

/** The class as a table of the 256 byte values it matches. */
function table(c: Class): Uint8Array {
  const t = new Uint8Array(256);
  for (let ch = 0; ch < 256; ch++) t[ch] = matches(c, ch) ? 1 : 0;
  return t;
}

// --------------------------------------------------------------------------------------------------------------
// Parsing

type Pattern =
  | { k: 'single'; cls: Class }
  | { k: 'seq'; mustHead: boolean; mustTail: boolean; items: Pattern[] }
  | { k: 'repeat'; type: number; cls: Class }
  | { k: 'poscap' }
  | { k: 'cap'; pat: Pattern }
  | { k: 'number'; n: number }
  | { k: 'brace'; begin: number; end: number };

function parseClass(sc: Scanner, allowset: boolean): Class {
  const ch = sc.next();
  switch (ch) {
    case 0x25: // %
      return { k: 'single', cls: sc.next() };
    case 0x2e: // .
      return allowset ? { k: 'dot' } : { k: 'char', ch };
    case 0x5b: // [
      return allowset ? parseClassSet(sc) : { k: 'char', ch };
    case EOS:
      throw error(sc.pos, 'unexpected EOS');
    default:
      return { k: 'char', ch };
  }
}

function parseClassSet(sc: Scanner): Class {
  const set: Class & { k: 'set' } = { k: 'set', not: false, classes: [] };
  if (sc.peek() === 0x5e) {
    set.not = true;
    sc.next();
  }
  let isrange = false;
  for (;;) {
    const ch = sc.peek();
    if (ch === EOS) throw error(sc.pos, 'unexpected EOS');
    if (ch === 0x5d && set.classes.length > 0) {
      sc.next();
      break;
    }
    if ((ch === 0x5d || ch === 0x2d) && set.classes.length > 0) {
      // '-' after a class: a range follows
      sc.next();
      isrange = true;
      continue;
    }
    set.classes.push(parseClass(sc, false));
    if (isrange) {
      const end = set.classes.pop()!;
      const begin = set.classes.pop()!;
      set.classes.push({ k: 'range', begin, end });
      isrange = false;
    }
  }
  if (isrange) set.classes.push({ k: 'char', ch: 0x2d });
  return set;
}

function parsePattern(sc: Scanner, toplevel: boolean): Pattern & { k: 'seq' } {
  const pat: Pattern & { k: 'seq' } = { k: 'seq', mustHead: false, mustTail: false, items: [] };
  if (toplevel && sc.peek() === 0x5e) {
    sc.next();
    pat.mustHead = true;
  }
  for (;;) {
    const ch = sc.peek();
    switch (ch) {
      case 0x25: {
        // %
        sc.save();
        sc.next();
        const p = sc.peek();
        if (p === 0x30) throw error(sc.pos, 'invalid capture index');
        if (p >= 0x31 && p <= 0x39) pat.items.push({ k: 'number', n: sc.next() - 48 });
        else if (p === 0x62) {
          sc.next();
          const begin = sc.next();
          const end = sc.next();
          pat.items.push({ k: 'brace', begin, end });
        } else {
          sc.restore();
          pat.items.push({ k: 'single', cls: parseClass(sc, true) });
        }
        break;
      }
      case 0x2e:
      case 0x5b:
      case 0x5d:
        pat.items.push({ k: 'single', cls: parseClass(sc, true) });
        break;
      case 0x29: // )
        if (toplevel) throw error(sc.pos, "invalid ')'");
        return pat;
      case 0x28: // (
        sc.next();
        if (sc.peek() === 0x29) {
          sc.next();
          pat.items.push({ k: 'poscap' });
        } else {
          const inner = parsePattern(sc, false);
          if (sc.peek() !== 0x29) throw error(sc.pos, 'unfinished capture');
          sc.next();
          pat.items.push({ k: 'cap', pat: inner });
        }
        break;
      case 0x2a:
      case 0x2b:
      case 0x2d:
      case 0x3f: {
        // * + - ?
        sc.next();
        const last = pat.items[pat.items.length - 1];
        if (last && last.k === 'single') {
          pat.items[pat.items.length - 1] = { k: 'repeat', type: ch, cls: last.cls };
          continue;
        }
        pat.items.push({ k: 'single', cls: { k: 'char', ch } });
        break;
      }
      case 0x24: // $
        if (toplevel && (sc.nextPos() === sc.length - 1 || sc.nextPos() === EOS))
          pat.mustTail = true;
        else pat.items.push({ k: 'single', cls: { k: 'char', ch } });
        sc.next();
        break;
      case EOS:
        sc.next();
        return pat;
      default:
        sc.next();
        pat.items.push({ k: 'single', cls: { k: 'char', ch } });
    }
  }
}

// --------------------------------------------------------------------------------------------------------------
// Compiling

const OP_CHAR = 0;
const OP_MATCH = 1;
const OP_TAILMATCH = 2;
const OP_JMP = 3;
const OP_SPLIT = 4;
const OP_SAVE = 5;
const OP_PSAVE = 6;
const OP_BRACE = 7;
const OP_NUMBER = 8;

export interface Program {
  op: number[];
  a: number[];
  b: number[];
  cls: Array<Uint8Array | null>;
  mustHead: boolean;
  /** Capture slots used (2 for the whole match, 2 per capture). */
  slots: number;
}

function compile(p: Pattern & { k: 'seq' }): Program {
  const prog: Program = { op: [], a: [], b: [], cls: [], mustHead: p.mustHead, slots: 2 };
  const emit = (op: number, cls: Uint8Array | null, a: number, b: number): void => {
    prog.op.push(op);
    prog.cls.push(cls);
    prog.a.push(a);
    prog.b.push(b);
  };
  emit(OP_SAVE, null, 0, -1);
  let capture = 2;
  const walk = (pat: Pattern): void => {
    const idx = prog.op.length;
    switch (pat.k) {
      case 'single':
        emit(OP_CHAR, table(pat.cls), -1, -1);
        break;
      case 'seq':
        for (const item of pat.items) walk(item);
        break;
      case 'repeat': {
        const t = table(pat.cls);
        if (pat.type === 0x2a) {
          emit(OP_SPLIT, null, idx + 1, idx + 3);
          emit(OP_CHAR, t, -1, -1);
          emit(OP_JMP, null, idx, -1);
        } else if (pat.type === 0x2b) {
          emit(OP_CHAR, t, -1, -1);
          emit(OP_SPLIT, null, idx, idx + 2);
        } else if (pat.type === 0x2d) {
          emit(OP_SPLIT, null, idx + 3, idx + 1);
          emit(OP_CHAR, t, -1, -1);
          emit(OP_JMP, null, idx, -1);
        } else {
          emit(OP_SPLIT, null, idx + 1, idx + 2);
          emit(OP_CHAR, t, -1, -1);
        }
        break;
      }
      case 'poscap':
        emit(OP_PSAVE, null, capture, -1);
        capture += 2;
        break;
      case 'cap': {
        const c0 = capture;
        capture += 2;
        emit(OP_SAVE, null, c0, -1);
        walk(pat.pat);
        emit(OP_SAVE, null, c0 + 1, -1);
        break;
      }
      case 'brace':
        emit(OP_BRACE, null, pat.begin, pat.end);
        break;
      case 'number':
        emit(OP_NUMBER, null, pat.n, -1);
        break;
    }
  };
  walk(p);
  if (p.mustTail) {
    emit(OP_SAVE, null, 1, -1);
    emit(OP_TAILMATCH, null, -1, -1);
  }
  emit(OP_SAVE, null, 1, -1);
  emit(OP_MATCH, null, -1, -1);
  prog.slots = capture;
  return prog;
}

const programs = new Map<string, Program>();

/** The compiled pattern (cached by its text); throws PatternError for a malformed one. */
export function compilePattern(pattern: Uint8Array): Program {
  const key = Buffer.from(pattern.buffer, pattern.byteOffset, pattern.length).toString('latin1');
  let prog = programs.get(key);
  if (!prog) {
    prog = compile(parsePattern(new Scanner(pattern), true));
    if (programs.size > 500) programs.clear();
    programs.set(key, prog);
  }
  return prog;
}

// --------------------------------------------------------------------------------------------------------------
// Matching

/**
 * One match: `caps[2i]`, `caps[2i+1]` are capture i's start and end (i = 0: the whole match); a position capture
 * has `pos[2i]` set and both entries hold its position (1-based). `length` is gopher-lua's CaptureLength.
 */
export interface Match {
  caps: Int32Array;
  pos: Uint8Array;
  length: number;
}

// The matcher's state, reused between calls.
let caps = new Int32Array(64);
let posFlags = new Uint8Array(64);
let clen = 0;
let stackPc = new Int32Array(256);
let stackSp = new Int32Array(256);
let stackUndo = new Int32Array(256);
let undoSlot = new Int32Array(256);
let undoVal = new Int32Array(256);
let undoPos = new Uint8Array(256);

function growStack(): void {
  const n = stackPc.length * 2;
  const g = <T extends Int32Array | Uint8Array>(a: T, C: new (n: number) => T): T => {
    const b = new C(n);
    b.set(a);
    return b;
  };
  stackPc = g(stackPc, Int32Array);
  stackSp = g(stackSp, Int32Array);
  stackUndo = g(stackUndo, Int32Array);
}

function growUndo(): void {
  const n = undoSlot.length * 2;
  const a = new Int32Array(n);
  a.set(undoSlot);
  undoSlot = a;
  const b = new Int32Array(n);
  b.set(undoVal);
  undoVal = b;
  const c = new Uint8Array(n);
  c.set(undoPos);
  undoPos = c;
}

function setSlot(s: number, value: number, isPos: boolean): void {
  caps[s] = value;
  posFlags[s] = isPos ? 1 : 0;
  if (s + 1 > clen) clen = s + 1;
}

/** Runs the program from sp; returns the end of the match or -1. */
function run(prog: Program, src: Uint8Array, start: number): number {
  const { op, a, b, cls } = prog;
  const len = src.length;
  let top = 0;
  let undoTop = 0;
  let pc = 0;
  let sp = start;
  for (;;) {
    let fail = false;
    switch (op[pc]) {
      case OP_CHAR:
        if (sp >= len || cls[pc]![src[sp]!] === 0) fail = true;
        else {
          pc++;
          sp++;
        }
        break;
      case OP_MATCH:
        return sp;
      case OP_TAILMATCH:
        if (sp >= len) return sp;
        fail = true;
        break;
      case OP_JMP:
        pc = a[pc]!;
        break;
      case OP_SPLIT:
        if (top >= stackPc.length) growStack();
        if (top + undoTop > MAX_DEPTH) throw new PatternError('pattern/input too complex');
        stackPc[top] = b[pc]!;
        stackSp[top] = sp;
        stackUndo[top] = undoTop;
        top++;
        pc = a[pc]!;
        break;
      case OP_SAVE: {
        const s = a[pc]!;
        if (undoTop >= undoSlot.length) growUndo();
        if (top + undoTop > MAX_DEPTH) throw new PatternError('pattern/input too complex');
        undoSlot[undoTop] = s;
        undoVal[undoTop] = s < clen ? caps[s]! : 0;
        undoPos[undoTop] = s < clen ? posFlags[s]! : 0;
        undoTop++;
        if (s + 1 > caps.length) growCaps(s + 1);
        setSlot(s, sp, false);
        pc++;
        break;
      }
      case OP_PSAVE: {
        const s = a[pc]!;
        if (s + 2 > caps.length) growCaps(s + 2);
        setSlot(s, sp + 1, true);
        setSlot(s + 1, sp + 1, true);
        pc++;
        break;
      }
      case OP_BRACE: {
        if (sp >= len || src[sp] !== a[pc]) {
          fail = true;
          break;
        }
        let count = 1;
        let matched = false;
        for (sp = sp + 1; sp < len; sp++) {
          if (src[sp] === b[pc]) count--;
          if (count === 0) {
            matched = true;
            break;
          }
          if (src[sp] === a[pc]) count++;
        }
        if (matched) {
          pc++;
          sp++;
        } else fail = true;
        break;
      }
      case OP_NUMBER: {
        const idx = a[pc]! * 2;
        if (idx >= clen - 1) throw new PatternError('invalid capture index');
        const from = caps[idx]!;
        const to = caps[idx + 1]!;
        let ok = true;
        for (let i = 0; from + i < to; i++) {
          if (sp + i >= len || src[from + i] !== src[sp + i]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          pc++;
          sp += Math.max(0, to - from);
        } else fail = true;
        break;
      }
    }
    if (fail) {
      if (top === 0) {
        while (undoTop > 0) undoOne(--undoTop);
        return -1;
      }
      top--;
      while (undoTop > stackUndo[top]!) undoOne(--undoTop);
      pc = stackPc[top]!;
      sp = stackSp[top]!;
    }
  }
}

function undoOne(i: number): void {
  caps[undoSlot[i]!] = undoVal[i]!;
  posFlags[undoSlot[i]!] = undoPos[i]!;
}

function growCaps(n: number): void {
  const size = Math.max(n, caps.length * 2);
  const c = new Int32Array(size);
  c.set(caps);
  caps = c;
  const p = new Uint8Array(size);
  p.set(posFlags);
  posFlags = p;
}

/**
 * gopher-lua's pm.Find: the matches of the pattern in src from byte offset `offset`, at most `limit` of them (-1:
 * all). Throws PatternError.
 */
export function find(pattern: Uint8Array, src: Uint8Array, offset: number, limit: number): Match[] {
  const prog = compilePattern(pattern);
  const found: Match[] = [];
  // The first instruction after the whole match's start is a plain class: positions it rejects fail at once.
  const first = prog.op[1] === OP_CHAR ? prog.cls[1]! : null;
  for (let sp = offset; sp <= src.length;) {
    let end = -1;
    if (first === null || (sp < src.length && first[src[sp]!] === 1)) {
      clen = 0;
      end = run(prog, src, sp);
    }
    sp++;
    if (end >= 0) {
      if (sp < end) sp = end;
      found.push({
        caps: caps.slice(0, clen),
        pos: posFlags.slice(0, clen),
        length: clen,
      });
    }
    if (found.length === limit || prog.mustHead) break;
  }
  return found;
}
