/**
 * gopher-lua's runtime error texts and positions, produced where Fengari produces its own: the `ldebug.gopher`
 * hooks the source patches call (sourcePatches.ts), and replacements of ldebug's error functions
 * (luaG_runerror, luaG_typeerror, luaG_opinterror, luaG_concaterror, luaG_ordererror). One layer, so every error
 * a plugin can meet reads as gopher-lua writes it:
 *
 *   attempt to index a non-table object(nil) with key 'x'      attempt to call a non-function object
 *   cannot perform add operation between number and nil         cannot perform concat operation between table and string
 *   attempt to compare string with number                       __len undefined / __unm undefined
 *   bad argument #1 to select (index out of range)              bad argument #1 to (anonymous) (...)
 *
 * Positions follow gopher-lua's where(): the innermost frame of a Lua function, skipping frames of Go functions.
 * Fengari's JS functions are Go functions here, and so are the runtime's own Lua chunks that stand for Go code in
 * neomega (compat.lua and the omega table's chunks): an error inside them gets the plugin's line.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Loads one of Fengari's modules by file name (`ldebug.js`), the copy the runtime runs. */
export type FengariModules = (file: string) => any;

/** Chunks of the runtime's own Lua that play the part of Go functions (see loadLua in vm/load.ts). */
const NATIVE_CHUNK = /^=\[(compat|omega)[./]/;

const UTF8 = new TextDecoder('utf-8');

/** Replaces Fengari's error functions and installs the hooks its patched source calls. */
export function installGopherErrors(mod: FengariModules): void {
  const ldebug = mod('ldebug.js');
  const lobject = mod('lobject.js');
  const ltm = mod('ltm.js');
  const lvm = mod('lvm.js');
  const lstate = mod('lstate.js');
  const lopcodes = mod('lopcodes.js');
  const defs = mod('defs.js');
  const luaconf = mod('luaconf.js');
  const lua = mod('lua.js');
  const { to_luastring } = defs;
  const CIST_LUA: number = lstate.CIST_LUA;
  const OP = lopcodes.OpCodesI;
  const TM = ltm.TMS;

  const nativeProto = new WeakMap<object, boolean>();
  const isLua = (ci: any): boolean => (ci.callstatus & CIST_LUA) !== 0;
  /** A frame gopher-lua would not show: a Go function, or the runtime's Lua standing for one. */
  const isNative = (ci: any): boolean => {
    if (!isLua(ci)) return true;
    const p = ci.func.value.p;
    let native = nativeProto.get(p);
    if (native === undefined) {
      native = p.source !== null && NATIVE_CHUNK.test(UTF8.decode(p.source.getstr()));
      nativeProto.set(p, native);
    }
    return native;
  };

  /** A frame of any of the runtime's own Lua chunks (`=[name]`), coromega's included. */
  const isRuntime = (ci: any): boolean => {
    const p = ci.func.value.p;
    return (
      p.source !== null && p.source.getstr()[0] === 61 /* = */ && p.source.getstr()[1] === 91
    ); /* [ */
  };

  /**
   * `chunk:line:` of the innermost shown frame at or above `level` (0: the running function), or ''; with
   * `pluginOnly`, the innermost frame of the plugin's own code (past coromega's frames too).
   */
  const whereText = (L: any, level: number, pluginOnly = false): string => {
    let ci = L.ci;
    for (let i = 0; i < level && ci !== L.base_ci; i++) ci = ci.previous;
    for (; ci !== L.base_ci; ci = ci.previous) {
      if (isNative(ci) || (pluginOnly && isRuntime(ci))) continue;
      const p = ci.func.value.p;
      const src = p.source
        ? UTF8.decode(lobject.luaO_chunkid(p.source.getstr(), luaconf.LUA_IDSIZE))
        : '?';
      const line = p.lineinfo.length !== 0 ? p.lineinfo[ci.l_savedpc - 1] : -1;
      return `${src}:${line}:`;
    }
    return '';
  };

  /** gopher-lua's RaiseError: `where message` (a lone space before the message when there is no where). */
  const raise = (L: any, message: string): never => {
    lobject.luaO_pushfstring(
      L,
      to_luastring('%s %s'),
      to_luastring(whereText(L, 0)),
      to_luastring(message),
    );
    ldebug.luaG_errormsg(L);
    throw new Error('unreachable');
  };

  const text = (s: Uint8Array | string): string => (typeof s === 'string' ? s : UTF8.decode(s));
  const typeName = (o: any): string => text(ltm.ttypename(o.ttnov()));
  /** A value as gopher-lua's LValue.String() writes it (no metamethods; tostring's address for objects). */
  const plain = (o: any): string => {
    if (o.ttisstring()) return text(o.svalue());
    if (o.ttisnumber()) return luaconf.lua_number2str(o.value);
    if (o.ttisnil()) return 'nil';
    if (o.ttisboolean()) return o.value ? 'true' : 'false';
    const id: unknown = o.value?.id;
    return `${typeName(o)}: 0x${typeof id === 'number' ? id.toString(16) : '0'}`;
  };
  /** The type of an arithmetic operand after gopher-lua tried to read a string as a number. */
  const arithType = (o: any): string =>
    o.ttisstring() && lvm.tonumber(o) !== false ? 'number' : typeName(o);

  ldebug.luaG_runerror = (L: any, fmt: Uint8Array, ...argp: unknown[]): never => {
    const msg = lobject.luaO_pushvfstring(L, fmt, argp);
    return raise(L, text(msg));
  };

  ldebug.luaG_typeerror = (L: any, o: any, op: Uint8Array, key?: any): never => {
    const what = text(op);
    if (what === 'index')
      return raise(
        L,
        `attempt to index a non-table object(${typeName(o)}) with key '${key === undefined ? '?' : plain(key)}'`,
      );
    if (what === 'call') return raise(L, 'attempt to call a non-function object');
    if (what === 'get length of') return raise(L, '__len undefined');
    return raise(L, `attempt to ${what} a ${typeName(o)} value`);
  };

  ldebug.luaG_concaterror = (L: any, p1: any, p2: any): never =>
    raise(L, `cannot perform concat operation between ${typeName(p1)} and ${typeName(p2)}`);

  ldebug.luaG_opinterror = (L: any, p1: any, p2: any, msg: Uint8Array, event?: number): never => {
    if (event === undefined)
      return raise(
        L,
        `attempt to ${text(msg)} a ${typeName(lvm.tonumber(p1) === false ? p1 : p2)} value`,
      );
    if (event === TM.TM_UNM) return raise(L, '__unm undefined');
    const op = text(L.l_G.tmname[event].getstr()).replace(/^__/, '');
    return raise(L, `cannot perform ${op} operation between ${arithType(p1)} and ${arithType(p2)}`);
  };

  ldebug.luaG_ordererror = (L: any, p1: any, p2: any): never =>
    raise(L, `attempt to compare ${typeName(p1)} with ${typeName(p2)}`);

  /** The metamethod both operands share (the same function), as Lua 5.1 and gopher-lua require; else null. */
  const sameTM = (L: any, t1: any, t2: any, event: number): any => {
    const tm1 = ltm.luaT_gettmbyobj(L, t1, event);
    if (!tm1.ttisfunction()) return null;
    const tm2 = ltm.luaT_gettmbyobj(L, t2, event);
    return lvm.luaV_rawequalobj(tm1, tm2) ? tm1 : null;
  };

  /** Calls the shared order metamethod of two values of one type: its truth, or null when there is none. */
  const orderTM = (L: any, l: any, r: any, event: number): boolean | null => {
    if (l.ttnov() !== r.ttnov()) return null;
    const tm = sameTM(L, l, r, event);
    if (tm === null) return null;
    const res = new lobject.TValue();
    ltm.luaT_callTM(L, tm, l, r, res, 1);
    return !res.l_isfalse();
  };

  /** The name gopher-lua gives the function of frame `ci` in "bad argument" texts. */
  const calledName = (L: any, ci: any): string => {
    const caller = ci.previous;
    if (caller === L.base_ci || isNative(caller)) return '(anonymous)';
    const op = caller.func.value.p.code[caller.l_savedpc - 1].opcode;
    if (op !== OP.OP_CALL && op !== OP.OP_TAILCALL) return '(anonymous)';
    const ar = new defs.lua_Debug();
    ar.i_ci = ci;
    lua.lua_getinfo(L, to_luastring('n'), ar);
    const kind = ar.namewhat ? text(ar.namewhat) : '';
    if (ar.name && ['global', 'local', 'method', 'field', 'upvalue'].includes(kind))
      return text(ar.name);
    return '?';
  };

  /** How Lua frame `ci` is calling what runs above it: a call instruction, a for-in iterator, or else a metamethod. */
  const callKind = (ci: any): 'call' | 'tailcall' | 'iterator' | 'metamethod' => {
    const op = ci.func.value.p.code[ci.l_savedpc - 1]?.opcode;
    if (op === OP.OP_CALL) return 'call';
    if (op === OP.OP_TAILCALL) return 'tailcall';
    if (op === OP.OP_TFORCALL) return 'iterator';
    return 'metamethod';
  };

  /** The name of frame `ci`'s function as gopher-lua names it (through the runtime's Lua wrappers of Go functions). */
  const functionName = (L: any, ci: any): string => {
    while (ci.previous !== L.base_ci && isLua(ci.previous) && isNative(ci.previous))
      ci = ci.previous;
    return calledName(L, ci);
  };

  ldebug.gopher = {
    sameTM,
    orderTM,
    /** luaL_argerror: `bad argument #N to NAME (message)`, self counted as #1 in method calls. */
    argerror(L: any, arg: number, extramsg: Uint8Array | string): never {
      // A Go function the runtime writes in Lua (compat.lua) calls Fengari's: the name is the Lua wrapper's.
      return raise(L, `bad argument #${arg} to ${functionName(L, L.ci)} (${text(extramsg)})`);
    },
    /** luaL_where: pushes gopher-lua's `chunk:line: ` for frame `level` (0: the running function) or up. */
    where(L: any, level: number): void {
      lua.lua_pushstring(L, to_luastring(whereText(L, level) + ' '));
    },
    /** luaL_tolstring after a __tostring that returned no string: that value's plain text, as gopher-lua prints. */
    plainString(L: any): void {
      const s = plain(L.stack[L.top - 1]);
      lua.lua_pop(L, 1);
      lua.lua_pushstring(L, to_luastring(s));
    },
    whereText,
    raise,
    isLua,
    isNative,
    callKind,
    functionName,
  };
}

/** The hooks installErrorText left on ldebug, for the base library written on top of them. */
export interface GopherHooks {
  /** `chunk:line:` of the innermost Lua frame at or above `level` (0: the running function), or ''. */
  whereText(L: any, level: number, pluginOnly?: boolean): string;
  /** Raises `message` as gopher-lua's RaiseError does (with where()). */
  raise(L: any, message: string): never;
  isLua(ci: any): boolean;
  /** A frame of a Go function to gopher-lua: JS, or the runtime's Lua standing for Go. */
  isNative(ci: any): boolean;
  callKind(ci: any): 'call' | 'tailcall' | 'iterator' | 'metamethod';
  functionName(L: any, ci: any): string;
  /** Replaces the value on top of the stack with its plain text (gopher-lua's LValue.String()). */
  plainString(L: any): void;
}

export function gopherHooks(mod: FengariModules): GopherHooks {
  return mod('ldebug.js').gopher as GopherHooks;
}
