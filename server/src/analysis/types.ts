/**
 * The type pass: what names and expressions hold, driven by the catalog's types alone. One mechanism covers every
 * case: a local bound from a catalog call has that call's return type (`local p = coromega:get_player(n)` is a
 * player, `local res, err = coromega:http_get(u)` a response), a handler's parameters get the types its listener
 * passes (`:start_new(function(chat)` after `when_chat_msg`), `for _, p in ipairs(players)` gets the element type,
 * and members chain (`omega.storage_path.get_code_path`, `coromega:get_player(n):say(...)`).
 *
 * It also resolves every call to its catalog entry (`call.api`) and says what each table constructor is from where
 * it goes (an HTTP option table, a menu's options, a position...). Everything is lazy and memoised per analysis;
 * recursion is bounded, so odd code (`local p = p`) costs nothing.
 *
 * Longer than most modules: the inference is one mutually recursive set of functions over one memo.
 */
import {
  callbackParams,
  fieldOf,
  methodOf,
  moduleType,
  typeById,
  typeRefOf,
  typeRefOfNode,
  type ApiField,
  type ApiFunction,
  type TypeId,
} from '../../../catalog';
import { latestBefore } from './bindings';
import { exprList, skipExpr, skipSuffixed } from './exprs';
import type { FieldIndex } from './fields';
import { GLOBAL, type Scopes } from './scopes';
import { K, type Tokens } from '../../../lua51/lexer';
import {
  findBinding,
  stringValue,
  type Call,
  type LocalBinding,
  type Structure,
} from './structure';

export interface TypeInfo {
  /** A catalog type, or `PLUGIN_TABLE` for a table of the plugin's own. */
  id: TypeId;
  /** An array of `id` values (`CoroPlayer[]`). */
  array: boolean;
  /** For a `SessionFactory`: the `when_...` that returned it, whose handler arguments `:start_new` passes. */
  listener?: ApiFunction;
  /** For a plugin table: its key in the field index of `pass` (another file's for a module). */
  table?: { key: string; pass: TypePass };
}

/** The `id` of a table the plugin builds itself (`local M = {}`, a module `require` returns). */
export const PLUGIN_TABLE = '@table';

/** Another file of the plugin, reached through `require`: its type pass and the key of the table it returns. */
export interface ModuleLink {
  pass: TypePass;
  exportKey: string | undefined;
}

/** Finds the plugin's own modules (`require("util")`): set by the workspace for documents it knows the path of. */
export type ModuleResolver = (name: string, from: TypePass) => ModuleLink | null;

/** Names that mean a catalog object when the plugin never binds them. */
const GLOBAL_NAMES: Readonly<Record<string, TypeId>> = {
  coromega: 'Coromega',
  omega: 'mod.omega',
  json: 'mod.json',
  crypto: 'mod.crypto',
};

const MAX_DEPTH = 48;
/** Depth across files (a module's type pass asked by another's). */
let crossDepth = 0;

export class TypePass {
  private readonly runCallList: Call[] = [];
  private allResolved = false;
  private readonly atEnd = new Map<number, TypeInfo | null>();
  private readonly ofBinding = new Map<LocalBinding, TypeInfo | null>();
  private readonly resolved = new Set<Call>();
  private argNames: Map<string, { call: Call; arg: number; tok: number }[]> | undefined;
  private returnsOf: Map<number, number[]> | undefined;
  private owners: Set<string> | undefined;
  private readonly elementOf = new Map<string, TypeInfo | null>();
  private depth = 0;
  /** Finds the plugin's own modules; unset for a document with no known path. */
  readonly modules: ModuleResolver | undefined;
  /** Whether an answer came from another file (then it is asked again when files change). */
  linked = false;

  constructor(
    readonly toks: Tokens,
    readonly struct: Structure,
    readonly scopes: Scopes,
    readonly fields: () => FieldIndex,
    modules?: ModuleResolver,
  ) {
    this.modules = modules;
    struct.resolution.run = () => this.resolveAll();
  }

  /**
   * Resolves every call, in source order, and gives roles to the tables passed to catalog parameters: what a call's
   * `api`, a table's role and `runCalls` read. It runs on the first of those reads; a question about one name or
   * expression (`typeAt`) needs only what that expression depends on.
   */
  resolveAll(): void {
    if (this.allResolved) return;
    this.allResolved = true;
    const r = this.struct.resolution;
    r.run = undefined;
    for (const c of this.struct.calls) {
      const api = this.apiOf(c);
      if (api && api.of === 'Coromega' && api.name === 'run' && c.sep === ':')
        this.runCallList.push(c);
    }
    this.assignRoles();
  }

  /** Calls of `coromega:run()`. */
  get runCalls(): readonly Call[] {
    this.resolveAll();
    return this.runCallList;
  }

  private text(t: number): string {
    return this.toks.text.slice(this.toks.start[t], this.toks.end[t]);
  }

  /** The type of the suffixed expression ending at token `e` (a name, `x.f`, `x:m(...)`, `(...)`, `x[i]`). */
  typeAt(e: number): TypeInfo | null {
    if (e < 0) return null;
    const hit = this.atEnd.get(e);
    if (hit !== undefined) return hit;
    if (this.depth >= MAX_DEPTH) return null;
    this.atEnd.set(e, null);
    this.depth++;
    let r: TypeInfo | null;
    try {
      r = this.compute(e);
    } finally {
      this.depth--;
    }
    this.atEnd.set(e, r);
    return r;
  }

  private compute(e: number): TypeInfo | null {
    const { kind } = this.toks;
    const { openOf, callByOpen } = this.struct;
    switch (kind[e] as K) {
      case K.Name:
        if (e >= 2 && kind[e - 1] === K.Dot)
          return this.fieldType(this.typeAt(e - 2), this.text(e));
        if (e >= 1 && kind[e - 1] === K.Colon) return null;
        return this.nameType(e);
      case K.RParen: {
        const o = openOf[e];
        if (o < 0) return null;
        const call = callByOpen.get(o);
        if (call) return this.callResult(call, 0);
        return skipSuffixed(this.struct.exprs, o + 1) === e ? this.typeAt(e - 1) : null;
      }
      case K.String: {
        const call = callByOpen.get(e);
        return call ? this.callResult(call, 0) : null;
      }
      case K.RBrace: {
        const call = openOf[e] >= 0 ? callByOpen.get(openOf[e]) : undefined;
        return call ? this.callResult(call, 0) : null;
      }
      case K.RBracket: {
        const o = openOf[e];
        const base = o >= 1 ? this.typeAt(o - 1) : null;
        return base && base.array ? { id: base.id, array: false } : null;
      }
      default:
        return null;
    }
  }

  /** What a name refers to at token `t`: its latest binding, or a well-known global. */
  nameType(t: number): TypeInfo | null {
    const name = this.text(t);
    // the binding made here (hovering the name being bound) or the latest one before, of the same variable
    const b = this.bindingOf(t, t + 1);
    if (b) {
      const bt = this.bindingType(b);
      if (bt) return bt;
    }
    const r = this.scopes.ref[t];
    if (r === GLOBAL && !b) {
      const id = GLOBAL_NAMES[name];
      if (id) return { id, array: false };
    }
    // `self` in a method of a plugin table (a local bound to `{...}` got its table type from its binding)
    return r >= 0 && this.scopes.decls[r].kind === 'self' ? this.pluginTable(t) : null;
  }

  /** A table the plugin fills itself (`local M = {}` with `M.x = ...`, `function M.f()`), or null. */
  private pluginTable(t: number): TypeInfo | null {
    const r = this.scopes.ref[t];
    if (r < 0 && r !== GLOBAL) return null;
    const f = this.fields();
    const key = f.ownerOfExpr(t);
    if (key === undefined || !this.hasFields(key)) return null;
    return { id: PLUGIN_TABLE, array: false, table: { key, pass: this } };
  }

  /** Whether the plugin gives the table `key` any field. */
  hasFields(key: string): boolean {
    if (!this.owners) {
      this.owners = new Set();
      for (const k of this.fields().defs.keys()) this.owners.add(k.slice(0, k.lastIndexOf('.')));
    }
    return this.owners.has(key);
  }

  /**
   * The latest binding before token `before` of the variable the name at `t` refers to (the same local, or the
   * global), skipping bindings of other variables with the same name (a local of another function).
   */
  bindingOf(t: number, before: number): LocalBinding | undefined {
    const list = this.struct.bindingsByName.get(this.text(t));
    if (!list) return undefined;
    const { ref } = this.scopes;
    const want = ref[t];
    let idx = latestBefore(list, before);
    for (let steps = 0; idx >= 0 && steps < 2000; idx--, steps++) {
      const r = ref[list[idx].tok];
      if (r === want || want < GLOBAL || r < GLOBAL) return list[idx];
    }
    return undefined;
  }

  /** Whether the name at `t` has no binding before it (a global the plugin never assigns). */
  isUnbound(t: number): boolean {
    if (this.scopes.ref[t] >= 0) return false;
    return !this.bindingOf(t, t);
  }

  bindingType(b: LocalBinding): TypeInfo | null {
    const hit = this.ofBinding.get(b);
    if (hit !== undefined) return hit;
    if (this.depth >= MAX_DEPTH) return null;
    this.ofBinding.set(b, null);
    this.depth++;
    let r: TypeInfo | null = null;
    try {
      if (b.kind === 'param') r = this.paramType(b);
      else if (b.kind === 'for') r = this.forType(b);
      else if (b.table && b.valueIndex === 0) r = this.arrayType(b.tok);
      else r = this.valueType(b.valueTok, b.valueEnd, b.valueIndex);
    } finally {
      this.depth--;
    }
    this.ofBinding.set(b, r);
    return r;
  }

  /** The type of value `index` of the expression [s, e): only plain suffixed expressions (or `x or ...`). */
  private valueType(s: number, e: number, index: number): TypeInfo | null {
    if (s < 0) return null;
    const { kind } = this.toks;
    const end = skipSuffixed(this.struct.exprs, s);
    if (end === s || end > this.toks.count) return null;
    if (end !== e && !(kind[end] === K.Or && index === 0)) return null;
    if (index === 0) return this.typeAt(end - 1);
    const call = this.callEndingAt(end - 1);
    return call ? this.callResult(call, index) : null;
  }

  private callEndingAt(last: number): Call | undefined {
    const { kind } = this.toks;
    const { openOf, callByOpen } = this.struct;
    if (kind[last] === K.String) return callByOpen.get(last);
    if (kind[last] === K.RParen || kind[last] === K.RBrace) {
      return openOf[last] >= 0 ? callByOpen.get(openOf[last]) : undefined;
    }
    return undefined;
  }

  /**
   * A table filled with values of one catalog type: `table.insert(list, v)`, `table.insert(list, i, v)` or
   * `list[k] = v` anywhere the same variable is used. Read back by index or `ipairs`/`pairs` as `v`'s type.
   */
  private arrayType(nameTok: number): TypeInfo | null {
    const { ref, refs, globals } = this.scopes;
    const r = ref[nameTok];
    const key = r >= 0 ? `L${r}` : r === GLOBAL ? `G${this.text(nameTok)}` : '';
    if (!key) return null;
    const hit = this.elementOf.get(key);
    if (hit !== undefined) return hit;
    this.elementOf.set(key, null);
    const uses = r >= 0 ? refs[r] : (globals.get(this.text(nameTok)) ?? []);
    const { kind } = this.toks;
    const { callByOpen, match } = this.struct;
    let elem: TypeInfo | null = null;
    for (const u of uses) {
      if (u === nameTok) continue;
      let v: TypeInfo | null = null;
      if (kind[u - 1] === K.LParen && kind[u + 1] === K.Comma) {
        const c = callByOpen.get(u - 1);
        if (c && c.name === 'insert' && c.sep === '.' && this.text(c.receiverTok) === 'table') {
          const arg = c.args.length >= 3 ? c.args[2] : c.args[1];
          if (arg && c.args[0].start === u) v = this.valueType(arg.start, arg.end, 0);
        }
      } else if (kind[u + 1] === K.LBracket && match[u + 1] >= 0) {
        const eq = match[u + 1] + 1;
        if (kind[eq] === K.Assign)
          v = this.valueType(eq + 1, skipExpr(this.struct.exprs, eq + 1), 0);
      }
      if (v && !v.array && v.id !== PLUGIN_TABLE) {
        elem = { id: v.id, array: true };
        break;
      }
    }
    if (!elem) elem = this.pluginTable(nameTok);
    this.elementOf.set(key, elem);
    return elem;
  }

  /** Value `index` of what the plugin's own function starting at `fnTok` returns (its first typed `return`). */
  returnType(fnTok: number, index: number): TypeInfo | null {
    const { kind } = this.toks;
    if (!this.returnsOf) {
      this.returnsOf = new Map();
      const { fnOf } = this.struct;
      for (let i = 0; i < this.toks.count; i++) {
        if (kind[i] !== K.Return) continue;
        const list = this.returnsOf.get(fnOf[i]);
        if (list) list.push(i);
        else this.returnsOf.set(fnOf[i], [i]);
      }
    }
    for (const r of this.returnsOf.get(fnTok) ?? []) {
      const { starts, end } = exprList(this.struct.exprs, r + 1);
      if (starts.length === 0) continue;
      const last = starts.length - 1;
      const at = Math.min(index, last);
      const e = at < last ? starts[at + 1] - 1 : end;
      const v = this.valueType(starts[at], e, index - at);
      if (v) return v;
    }
    return null;
  }

  /** The `function` keyword of the plugin's own function a call reaches (`f()`, `M.f()`, `obj:m()`), or -1. */
  functionOf(call: Call): number {
    const { kind } = this.toks;
    const t = call.nameTok;
    if (call.sep === '') {
      const r = this.scopes.ref[t];
      if (r >= 0) {
        const d = this.scopes.decls[r];
        if (d.kind === 'function') return d.tok - 1;
      } else if (r === GLOBAL) {
        for (const u of this.scopes.globals.get(this.text(t)) ?? []) {
          if (kind[u - 1] === K.Function && kind[u + 1] === K.LParen) return u - 1;
        }
      }
      const b = this.bindingOf(t, t);
      return b && kind[b.valueTok] === K.Function && b.valueIndex === 0 ? b.valueTok : -1;
    }
    return this.fieldFunction(this.fields().keyOf.get(t));
  }

  /** The function a plugin table's field is defined as (`function M.f()`, `M.f = function`, `{ f = function }`). */
  fieldFunction(key: string | undefined): number {
    if (key === undefined) return -1;
    const { kind } = this.toks;
    for (const d of this.fields().defs.get(key) ?? []) {
      if (kind[d + 1] === K.LParen) {
        let j = d;
        while (j >= 2 && (kind[j - 1] === K.Dot || kind[j - 1] === K.Colon)) j -= 2;
        if (kind[j - 1] === K.Function) return j - 1;
      }
      const eq = kind[d + 1] === K.Assign ? d + 1 : kind[d + 2] === K.Assign ? d + 2 : -1;
      if (eq >= 0 && kind[eq + 1] === K.Function) return eq + 1;
    }
    return -1;
  }

  /** The type of a plugin table's field, from the value it is given. */
  fieldValueType(key: string): TypeInfo | null {
    const { kind } = this.toks;
    for (const d of this.fields().defs.get(key) ?? []) {
      const eq = kind[d + 1] === K.Assign ? d + 1 : kind[d + 2] === K.Assign ? d + 2 : -1;
      if (eq < 0) continue;
      const v = this.valueType(eq + 1, skipExpr(this.struct.exprs, eq + 1), 0);
      if (v) return v;
    }
    if (this.hasFields(key)) return { id: PLUGIN_TABLE, array: false, table: { key, pass: this } };
    return null;
  }

  private paramType(b: LocalBinding): TypeInfo | null {
    const fnTok = b.fnTok ?? -1;
    const { parent, callByOpen } = this.struct;
    let use: { call: Call; arg: number } | undefined;
    const open = parent[fnTok];
    const call = open >= 0 ? callByOpen.get(open) : undefined;
    if (call) {
      const arg = call.args.findIndex((a) => a.start === fnTok);
      if (arg >= 0) use = { call, arg };
    }
    use ??= this.passedByName(fnTok);
    if (!use) return null;
    const cb = this.callbackType(use.call, use.arg);
    const params = cb ? callbackParams(cb) : null;
    const p = params?.[b.paramIndex ?? 0];
    const ref = p ? typeRefOfNode(p.type) : null;
    return ref ? { id: ref.id, array: ref.array } : null;
  }

  /** The `fun(...)` type the function passed as argument `arg` of `call` is called with. */
  callbackType(call: Call, arg: number): string | null {
    const api = this.apiOf(call);
    if (!api) return null;
    if (api.of === 'SessionFactory' && api.name === 'start_new') {
      return this.typeAt(call.receiverTok)?.listener?.listener ?? null;
    }
    const last = api.params[api.params.length - 1];
    const p = api.params[arg] ?? (last?.variadic ? last : undefined);
    return p && callbackParams(p.type) ? p.type : null;
  }

  /** `local function on_chat(chat) ... end` passed later as `:start_new(on_chat)`. */
  private passedByName(fnTok: number): { call: Call; arg: number } | undefined {
    const { kind } = this.toks;
    let nameTok = -1;
    if (kind[fnTok + 1] === K.Name && kind[fnTok + 2] === K.LParen) nameTok = fnTok + 1;
    else if (fnTok >= 2 && kind[fnTok - 1] === K.Assign && kind[fnTok - 2] === K.Name) {
      nameTok = fnTok - 2;
    }
    if (nameTok < 0) return undefined;
    if (!this.argNames) {
      this.argNames = new Map();
      for (const c of this.struct.calls) {
        c.args.forEach((a, arg) => {
          if (a.end !== a.start + 1 || kind[a.start] !== K.Name) return;
          const n = this.text(a.start);
          const list = this.argNames!.get(n);
          const entry = { call: c, arg, tok: a.start };
          if (list) list.push(entry);
          else this.argNames!.set(n, [entry]);
        });
      }
    }
    return this.argNames.get(this.text(nameTok))?.find((u) => u.tok > nameTok);
  }

  private forType(b: LocalBinding): TypeInfo | null {
    const t = b.inTok ?? -1;
    const { kind } = this.toks;
    if (t < 0 || b.varIndex !== 1 || kind[t] !== K.Name || kind[t + 1] !== K.LParen) return null;
    const fn = this.text(t);
    if (fn !== 'ipairs' && fn !== 'pairs') return null;
    const arg = this.struct.callByOpen.get(t + 1)?.args[0];
    const v = arg ? this.valueType(arg.start, arg.end, 0) : null;
    return v && v.array ? { id: v.id, array: false } : null;
  }

  private fieldType(base: TypeInfo | null, name: string): TypeInfo | null {
    if (!base || base.array) return null;
    if (base.table)
      return base.table.pass.crossFile(() =>
        base.table!.pass.fieldValueType(`${base.table!.key}.${name}`),
      );
    const f = fieldOf(base.id, name);
    const ref = f ? typeRefOf(f.type) : null;
    return ref ? { id: ref.id, array: ref.array } : null;
  }

  /** A method or field of a type by name (internal ones included). */
  member(t: TypeInfo | null, name: string): ApiFunction | ApiField | undefined {
    if (!t || t.array || t.table) return undefined;
    return methodOf(t.id, name) ?? fieldOf(t.id, name);
  }

  /** The catalog entry a call resolves to, through the type of its receiver. */
  apiOf(call: Call): ApiFunction | undefined {
    if (this.resolved.has(call)) return call.resolvedApi;
    this.resolved.add(call);
    let api: ApiFunction | undefined;
    if (call.receiverTok >= 0) {
      const recv = this.typeAt(call.receiverTok);
      api = recv && !recv.array && !recv.table ? methodOf(recv.id, call.name) : undefined;
    } else if (this.isUnbound(call.nameTok)) {
      api = methodOf('globals', call.name);
    }
    if (api) call.resolvedApi = api;
    return api;
  }

  /** Value `index` of what `call` returns. */
  callResult(call: Call, index: number): TypeInfo | null {
    const api = this.apiOf(call);
    if (!api) {
      if (call.name !== 'require' || call.sep !== '') return this.pluginCallResult(call, index);
      if (index !== 0) return null;
      const a = call.args[0];
      if (!a || this.toks.kind[a.start] !== K.String) return null;
      const name = stringValue(this.toks, a.start);
      const mod = moduleType(name);
      if (mod) return { id: mod.id, array: false };
      const link = this.modules?.(name, this);
      if (!link || link.exportKey === undefined) return null;
      this.linked = true;
      return { id: PLUGIN_TABLE, array: false, table: { key: link.exportKey, pass: link.pass } };
    }
    const ret = api.returns[index];
    const ref = ret ? typeRefOf(ret.type) : null;
    if (!ref) return null;
    const info: TypeInfo = { id: ref.id, array: ref.array };
    if (api.listener && ref.id === 'SessionFactory') info.listener = api;
    else if (call.receiverTok >= 0 && !ref.array) {
      // chained methods returning their own object keep what it knows (`:start_new(...):on_result(...)`)
      const recv = this.typeAt(call.receiverTok);
      if (recv && recv.id === ref.id && recv.listener) info.listener = recv.listener;
    }
    return info;
  }

  /** What a call of the plugin's own function returns (in this file, or in a module through a plugin table). */
  private pluginCallResult(call: Call, index: number): TypeInfo | null {
    if (call.receiverTok >= 0) {
      const recv = this.typeAt(call.receiverTok);
      const table = recv?.table;
      if (table && table.pass !== this) {
        const pass = table.pass;
        return pass.crossFile(() => {
          const fn = pass.fieldFunction(`${table.key}.${call.name}`);
          return fn >= 0 ? pass.returnType(fn, index) : null;
        });
      }
    }
    const fn = this.functionOf(call);
    return fn >= 0 ? this.returnType(fn, index) : null;
  }

  /** Runs `fn` for another file's question, bounded across files (modules that require each other). */
  crossFile<T>(fn: () => T | null): T | null {
    if (crossDepth >= 8) return null;
    crossDepth++;
    try {
      return fn();
    } finally {
      crossDepth--;
    }
  }

  /** Table constructors given to a catalog parameter of a shape type (literal or through a local). */
  private assignRoles(): void {
    const { kind } = this.toks;
    const { tables, bindingsByName } = this.struct;
    for (const c of this.struct.calls) {
      const api = c.resolvedApi;
      if (!api) continue;
      c.args.forEach((a, i) => {
        if (a.start >= a.end) return;
        const last = api.params[api.params.length - 1];
        const p = api.params[i] ?? (last?.variadic ? last : undefined);
        const ref = p ? typeRefOf(p.type) : null;
        if (!ref || ref.array) return;
        const shape = typeById(ref.id);
        if (!shape || shape.kind !== 'shape' || shape.methods.length > 0) return;
        let table = kind[a.start] === K.LBrace ? tables.get(a.start) : undefined;
        if (!table && kind[a.start] === K.Name && a.end === a.start + 1) {
          table = findBinding(bindingsByName, this.text(a.start), a.start)?.table;
        }
        if (!table || table.resolvedRole) return;
        if (ref.id === 'HttpOption') {
          table.resolvedRole = 'option';
          table.resolvedCall = c;
          for (const f of table.fields) {
            const sub = kind[f.valueStart] === K.LBrace ? tables.get(f.valueStart) : undefined;
            if (!sub) continue;
            if (f.key === 'auth') sub.resolvedRole = 'auth';
            else if (f.key === 'headers') sub.resolvedRole = 'headers';
            else if (f.key === 'cookies') sub.resolvedRole = 'cookies';
          }
        } else if (ref.id === 'MenuOptions') {
          table.resolvedRole = 'menu';
        } else {
          table.resolvedRole = 'shape';
          table.resolvedShape = ref.id;
        }
      });
    }
  }
}
