/**
 * What a paused debugger shows: the call stacks of coroutines (the runtime's own Lua frames hidden unless asked for),
 * their scopes (locals with varargs, upvalues, the plugin's own globals), tables expanded lazily and in pages, and
 * setting a variable. Handles (frame ids, variable references) live for one stop; the values they point to are kept
 * in a table of the plugin's registry until the plugin runs again.
 *
 * Longer than most modules: stacks, scopes and paging share the handles of one stop.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { PluginVM } from '../vm/plugin';
import { tr, type Lang } from '../messages';
import { fengari } from '../lua';
import { ValueFormatter } from './values';

const UTF8 = new TextDecoder('utf-8');

/** One plugin's side of the inspector: a thread without hooks to work on, and the table that holds values. */
export interface VmSide {
  vm: PluginVM;
  helper: any;
  /** Registry ref of the table of values handed out during this stop (0: none yet). */
  storeRef: number;
  nextKey: number;
  /** Globals that exist before the plugin's first line: the standard ones and the runtime's. */
  stdGlobals: Set<string> | undefined;
}

export interface FrameHandle {
  side: VmSide;
  co: any;
  level: number;
  /** The frame's function is a runtime file's or built in. */
  hidden: boolean;
}

type VarHandle =
  | { kind: 'locals' | 'upvalues' | 'globals' | 'varargs'; frame: FrameHandle }
  | {
      kind: 'value';
      side: VmSide;
      key: number;
      path: string | undefined;
      named?: [number, number];
    };

/** A runtime Lua file's chunk name (`=[compat.lua]`) or a built-in function's. */
export function isRuntimeSource(src: string): boolean {
  return src.startsWith('=[') || src === '=?' || src === '';
}

export class Inspector {
  private frames = new Map<number, FrameHandle>();
  private vars = new Map<number, VarHandle>();
  private nextHandle = 1;
  /** Keys of each table handle's children by their shown name, for setVariable. */
  private childKeys = new Map<number, Map<string, string | number | boolean>>();
  readonly fmt: ValueFormatter;

  constructor(
    private readonly lang: Lang,
    playerName: (uuid: string) => string | undefined,
    private readonly showRuntimeFrames: () => boolean,
  ) {
    this.fmt = new ValueFormatter(fengari(), playerName);
  }

  private t(zh: string, en: string): string {
    return tr(this.lang, zh, en);
  }

  /** Forgets every handle and lets go of the values (the plugin runs again). */
  reset(sides: Iterable<VmSide>): void {
    this.frames.clear();
    this.vars.clear();
    this.childKeys.clear();
    this.nextHandle = 1;
    for (const s of sides) {
      if (s.storeRef) s.vm.F.lauxlib.luaL_unref(s.vm.L, s.vm.F.lua.LUA_REGISTRYINDEX, s.storeRef);
      s.storeRef = 0;
      s.nextKey = 1;
    }
  }

  frame(id: number): FrameHandle | undefined {
    return this.frames.get(id);
  }

  // ---- Frames ------------------------------------------------------------------------------------------------------

  /** The frames of a coroutine, top first. */
  stackTrace(side: VmSide, co: any, start = 0, levels = 0): DebugProtocol.StackFrame[] {
    const { lua, to_luastring } = side.vm.F;
    const all: DebugProtocol.StackFrame[] = [];
    const ar = new lua.lua_Debug();
    const caller = new lua.lua_Debug();
    for (let level = 0; lua.lua_getstack(co, level, ar); level++) {
      lua.lua_getinfo(co, to_luastring('Sln', true), ar);
      const src = ar.source ? UTF8.decode(ar.source) : '';
      const what = ar.what ? UTF8.decode(ar.what) : '';
      const hidden = what === 'C' || isRuntimeSource(src);
      // A plugin function the runtime called (a session's handler) is named where it was written, not by the
      // runtime's local that held it.
      let calledByRuntime = false;
      if (!hidden && lua.lua_getstack(co, level + 1, caller)) {
        lua.lua_getinfo(co, to_luastring('S', true), caller);
        const csrc = caller.source ? UTF8.decode(caller.source) : '';
        calledByRuntime =
          isRuntimeSource(csrc) || UTF8.decode(caller.what ?? new Uint8Array()) === 'C';
      }
      if (hidden && !this.showRuntimeFrames()) continue;
      const id = this.nextHandle++;
      this.frames.set(id, { side, co, level, hidden });
      const name =
        ar.name && !calledByRuntime
          ? UTF8.decode(ar.name)
          : what === 'main'
            ? this.t('主代码块', 'main chunk')
            : what === 'C'
              ? '[builtin]'
              : `function <${src.startsWith('@') ? path.basename(src.slice(1)) + ':' : ''}${ar.linedefined}>`;
      const frame: DebugProtocol.StackFrame = {
        id,
        name,
        line: Math.max(ar.currentline, 0),
        column: 1,
      };
      if (src.startsWith('@')) {
        const file = path.resolve(src.slice(1));
        frame.source = { name: path.basename(file), path: file };
      } else if (hidden) {
        frame.source = {
          name: src.replace(/^=/, '') || '[builtin]',
          presentationHint: 'deemphasize',
        };
        frame.presentationHint = 'subtle';
      } else {
        frame.source = { name: '[string]', presentationHint: 'deemphasize' };
      }
      all.push(frame);
    }
    return levels > 0 ? all.slice(start, start + levels) : all.slice(start);
  }

  // ---- Scopes and variables ----------------------------------------------------------------------------------------

  scopes(frameId: number): DebugProtocol.Scope[] {
    const frame = this.frames.get(frameId);
    if (!frame) return [];
    const out: DebugProtocol.Scope[] = [];
    const add = (
      kind: 'locals' | 'upvalues' | 'globals',
      name: string,
      expensive = false,
    ): void => {
      const ref = this.nextHandle++;
      this.vars.set(ref, { kind, frame });
      out.push({
        name,
        variablesReference: ref,
        expensive,
        presentationHint: kind === 'locals' ? 'locals' : undefined,
      });
    };
    add('locals', this.t('局部变量', 'Locals'));
    if (this.withFunction(frame, (co) => frame.side.vm.F.lua.lua_getupvalue(co, -1, 1) !== null))
      add('upvalues', this.t('上值', 'Upvalues'));
    add('globals', this.t('插件的全局变量', "Plugin's globals"), true);
    return out;
  }

  /** Calls fn with the frame's function pushed on its coroutine (popped afterwards, with whatever fn left). */
  private withFunction<T>(frame: FrameHandle, fn: (co: any) => T): T {
    const { lua, to_luastring } = frame.side.vm.F;
    const co = frame.co;
    const ar = new lua.lua_Debug();
    if (!lua.lua_getstack(co, frame.level, ar)) return fn(undefined as never);
    const top = lua.lua_gettop(co);
    lua.lua_checkstack(co, 8);
    lua.lua_getinfo(co, to_luastring('f', true), ar);
    try {
      return fn(co);
    } finally {
      lua.lua_settop(co, top);
    }
  }

  /** The store of values for this stop, pushed on the helper. */
  private pushStore(side: VmSide): void {
    const { lua, lauxlib } = side.vm.F;
    const h = side.helper;
    if (!side.storeRef) {
      lua.lua_createtable(h, 0, 0);
      side.storeRef = lauxlib.luaL_ref(h, lua.LUA_REGISTRYINDEX);
    }
    lua.lua_rawgeti(h, lua.LUA_REGISTRYINDEX, side.storeRef);
  }

  /** Keeps the value on top of the helper for this stop (popping it) and returns a handle to it. */
  private keep(side: VmSide, pathText: string | undefined): number {
    const { lua } = side.vm.F;
    const h = side.helper;
    this.pushStore(side);
    lua.lua_insert(h, -2);
    const key = side.nextKey++;
    lua.lua_rawseti(h, -2, key);
    lua.lua_pop(h, 1);
    const ref = this.nextHandle++;
    this.vars.set(ref, { kind: 'value', side, key, path: pathText });
    return ref;
  }

  /** A variable for the value on top of the helper (popped). */
  variable(side: VmSide, name: string, evaluateName: string | undefined): DebugProtocol.Variable {
    const { lua } = side.vm.F;
    const h = side.helper;
    const d = this.fmt.describe(h, -1);
    const v: DebugProtocol.Variable = { name, value: d.text, type: d.type, variablesReference: 0 };
    if (evaluateName) v.evaluateName = evaluateName;
    if (d.expandable) {
      const n = lua.lua_rawlen(h, -1) as number;
      let named = 0;
      lua.lua_pushnil(h);
      while (lua.lua_next(h, -2) !== 0) {
        lua.lua_pop(h, 1);
        named++;
      }
      named -= n;
      if (lua.lua_getmetatable(h, -1)) {
        lua.lua_pop(h, 1);
        named++;
      }
      if (n > 0) v.indexedVariables = n;
      if (named > 0 || n === 0) v.namedVariables = named;
      v.variablesReference = this.keep(side, evaluateName);
      if (
        /^(Coromega|CoroPlayer|WrappedKVDB|SharedMap|WSConnWrapper|SessionFactory)\b/.test(d.text)
      )
        v.presentationHint = { kind: 'class' };
    } else lua.lua_pop(h, 1);
    return v;
  }

  variables(
    ref: number,
    filter?: 'indexed' | 'named',
    start = 0,
    count = 0,
  ): DebugProtocol.Variable[] {
    const h = this.vars.get(ref);
    if (!h) return [];
    if (h.kind === 'value') return this.tableChildren(ref, h, filter, start, count);
    const frame = h.frame;
    const side = frame.side;
    const { lua, to_luastring } = side.vm.F;
    const co = frame.co;
    const out: DebugProtocol.Variable[] = [];
    const ar = new lua.lua_Debug();
    if (!lua.lua_getstack(co, frame.level, ar)) return out;
    lua.lua_checkstack(co, 8);
    if (h.kind === 'locals') {
      const seen = new Map<string, number>();
      for (let n = 1; ; n++) {
        const name = lua.lua_getlocal(co, ar, n);
        if (name === null) break;
        const s = UTF8.decode(name);
        if (s.startsWith('(')) {
          lua.lua_pop(co, 1);
          continue;
        }
        lua.lua_xmove(co, side.helper, 1);
        const v = this.variable(side, s, s);
        // A name declared again shadows the earlier one: that one stays, marked.
        const prev = seen.get(s);
        if (prev !== undefined) out[prev]!.name = `${s} (${this.t('被遮蔽', 'shadowed')})`;
        seen.set(s, out.length);
        out.push(v);
      }
      lua.lua_getinfo(co, to_luastring('u', true), ar);
      if (ar.isvararg && lua.lua_getlocal(co, ar, -1) !== null) {
        lua.lua_pop(co, 1);
        const r = this.nextHandle++;
        this.vars.set(r, { kind: 'varargs', frame });
        out.push({ name: '...', value: this.t('可变参数', 'varargs'), variablesReference: r });
      }
    } else if (h.kind === 'varargs') {
      for (let n = -1; ; n--) {
        const name = lua.lua_getlocal(co, ar, n);
        if (name === null) break;
        lua.lua_xmove(co, side.helper, 1);
        out.push(this.variable(side, `[${-n}]`, `select(${-n}, ...)`));
      }
    } else if (h.kind === 'upvalues') {
      this.withFunction(frame, (c) => {
        for (let i = 1; ; i++) {
          const name = lua.lua_getupvalue(c, -1, i);
          if (name === null) break;
          const s = UTF8.decode(name);
          if (s === '_ENV') {
            lua.lua_pop(c, 1);
            continue;
          }
          lua.lua_xmove(c, side.helper, 1);
          out.push(this.variable(side, s, s));
        }
      });
    } else {
      const std = side.stdGlobals ?? new Set<string>();
      const hh = side.helper;
      lua.lua_rawgeti(hh, lua.LUA_REGISTRYINDEX, lua.LUA_RIDX_GLOBALS);
      const names: string[] = [];
      lua.lua_pushnil(hh);
      while (lua.lua_next(hh, -2) !== 0) {
        lua.lua_pop(hh, 1);
        if (lua.lua_type(hh, -1) !== lua.LUA_TSTRING) continue;
        const k = UTF8.decode(lua.lua_tolstring(hh, -1));
        if (!std.has(k)) names.push(k);
      }
      names.sort();
      for (const k of names) {
        lua.lua_getfield(hh, -1, to_luastring(k));
        out.push(this.variable(side, k, k));
      }
      lua.lua_pop(hh, 1);
    }
    return out;
  }

  private tableChildren(
    ref: number,
    h: Extract<VarHandle, { kind: 'value' }>,
    filter: 'indexed' | 'named' | undefined,
    start: number,
    count: number,
  ): DebugProtocol.Variable[] {
    const side = h.side;
    const { lua } = side.vm.F;
    const hh = side.helper;
    const out: DebugProtocol.Variable[] = [];
    const keys = new Map<string, string | number | boolean>();
    this.childKeys.set(ref, keys);
    this.pushStore(side);
    lua.lua_rawgeti(hh, -1, h.key);
    const t = lua.lua_gettop(hh);
    const n = lua.lua_rawlen(hh, t) as number;
    const sub = (key: string): string | undefined =>
      h.path === undefined
        ? undefined
        : /^[A-Za-z_][\w]*$/.test(key)
          ? `${h.path}.${key}`
          : `${h.path}[${key}]`;
    if (filter !== 'named') {
      const from = Math.max(1, start + 1);
      const to = count > 0 ? Math.min(n, start + count) : n;
      for (let i = from; i <= to; i++) {
        lua.lua_rawgeti(hh, t, i);
        keys.set(`[${i}]`, i);
        out.push(
          this.variable(side, `[${i}]`, h.path === undefined ? undefined : `${h.path}[${i}]`),
        );
      }
    }
    if (filter !== 'indexed') {
      const entries: Array<{ text: string; sortKey: string }> = [];
      lua.lua_pushnil(hh);
      while (lua.lua_next(hh, t) !== 0) {
        lua.lua_pop(hh, 1);
        const isIndex =
          lua.lua_type(hh, -1) === lua.LUA_TNUMBER &&
          Number.isInteger(lua.lua_tonumber(hh, -1)) &&
          (lua.lua_tonumber(hh, -1) as number) >= 1 &&
          (lua.lua_tonumber(hh, -1) as number) <= n;
        if (isIndex) continue;
        const text = this.fmt.keyText(hh, -1);
        entries.push({ text, sortKey: text });
        const kt = lua.lua_type(hh, -1);
        if (kt === lua.LUA_TSTRING) keys.set(text, UTF8.decode(lua.lua_tolstring(hh, -1)));
        else if (kt === lua.LUA_TNUMBER) keys.set(text, lua.lua_tonumber(hh, -1) as number);
        else if (kt === lua.LUA_TBOOLEAN) keys.set(text, lua.lua_toboolean(hh, -1));
      }
      entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      const page = count > 0 && filter === 'named' ? entries.slice(start, start + count) : entries;
      for (const e of page) {
        const key = keys.get(e.text);
        if (key === undefined) continue;
        if (typeof key === 'string') lua.lua_pushstring(hh, side.vm.F.to_luastring(key));
        else if (typeof key === 'number') lua.lua_pushnumber(hh, key);
        else lua.lua_pushboolean(hh, key);
        lua.lua_rawget(hh, t);
        out.push(this.variable(side, e.text, sub(e.text)));
      }
      if (filter === undefined && lua.lua_getmetatable(hh, t))
        out.push(this.variable(side, this.t('(元表)', '(metatable)'), undefined));
    }
    lua.lua_settop(hh, t - 2);
    return out;
  }

  // ---- Setting a variable ------------------------------------------------------------------------------------------

  /**
   * Sets `name` in the scope or table `ref` to the value on top of `from` (popped). Returns false when there is no
   * such variable there.
   */
  assign(ref: number, name: string, from: any): boolean {
    const h = this.vars.get(ref);
    if (!h) return false;
    if (h.kind === 'value') {
      const side = h.side;
      const { lua, to_luastring } = side.vm.F;
      const key = this.childKeys.get(ref)?.get(name);
      if (key === undefined) return false;
      const hh = side.helper;
      lua.lua_xmove(from, hh, 1);
      this.pushStore(side);
      lua.lua_rawgeti(hh, -1, h.key);
      if (typeof key === 'string') lua.lua_pushstring(hh, to_luastring(key));
      else if (typeof key === 'number') lua.lua_pushnumber(hh, key);
      else lua.lua_pushboolean(hh, key);
      lua.lua_pushvalue(hh, -4);
      lua.lua_rawset(hh, -3);
      lua.lua_pop(hh, 3);
      return true;
    }
    const frame = h.frame;
    const { lua, to_luastring } = frame.side.vm.F;
    const co = frame.co;
    const ar = new lua.lua_Debug();
    if (!lua.lua_getstack(co, frame.level, ar)) return false;
    lua.lua_checkstack(co, 8);
    if (h.kind === 'locals' || h.kind === 'varargs') {
      let found = 0;
      if (h.kind === 'varargs') {
        const m = /^\[(\d+)\]$/.exec(name);
        found = m ? -Number(m[1]) : 0;
      } else
        for (let n = 1; ; n++) {
          const nm = lua.lua_getlocal(co, ar, n);
          if (nm === null) break;
          lua.lua_pop(co, 1);
          if (UTF8.decode(nm) === name) found = n;
        }
      if (!found) return false;
      lua.lua_xmove(from, co, 1);
      if (lua.lua_setlocal(co, ar, found) === null) {
        lua.lua_pop(co, 1);
        return false;
      }
      return true;
    }
    if (h.kind === 'upvalues')
      return this.withFunction(frame, (c) => {
        for (let i = 1; ; i++) {
          const nm = lua.lua_getupvalue(c, -1, i);
          if (nm === null) return false;
          lua.lua_pop(c, 1);
          if (UTF8.decode(nm) === name) {
            lua.lua_xmove(from, c, 1);
            lua.lua_setupvalue(c, -2, i);
            return true;
          }
        }
      });
    const hh = frame.side.helper;
    lua.lua_xmove(from, hh, 1);
    lua.lua_rawgeti(hh, lua.LUA_REGISTRYINDEX, lua.LUA_RIDX_GLOBALS);
    lua.lua_insert(hh, -2);
    lua.lua_setfield(hh, -2, to_luastring(name));
    lua.lua_pop(hh, 1);
    return true;
  }

  /** The expression that names a variable of `ref` (for evaluate after a set). */
  scopeFrame(ref: number): FrameHandle | undefined {
    const h = this.vars.get(ref);
    return h && h.kind !== 'value' ? h.frame : undefined;
  }

  sideOf(ref: number): VmSide | undefined {
    const h = this.vars.get(ref);
    return h ? (h.kind === 'value' ? h.side : h.frame.side) : undefined;
  }
}
