/**
 * Arguments of library functions, read as gopher-lua's LState.CheckInt, OptInt and their kin read them (auxlib.go) — one rule for
 * every function of the 5.1 library:
 *
 * - an integer argument (checkInt / optInt) is a number truncated toward zero (Fengari's luaL_checkinteger is
 *   patched to this rule, see fengariLibPatch.ts); a string there is a type error;
 * - a number argument (checkNumber) is a number, or a string read by gopher-lua's parseNumber; optNumber takes
 *   numbers only;
 * - a string argument (checkString) is a string or a number (its text); optString takes strings only;
 * - a missing argument is nil.
 *
 * Errors go through Fengari's own raising functions (luaL_argerror, luaL_error), so their wording and position
 * follow the runtime's one error-text layer.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Fengari } from '../../lua';

export class Args {
  readonly lua: any;
  readonly lauxlib: any;
  private readonly str: (s: string) => Uint8Array;

  constructor(readonly F: Fengari) {
    this.lua = F.lua;
    this.lauxlib = F.lauxlib;
    this.str = (s) => F.to_luastring(s);
  }

  /** Whether argument n is nil or absent. */
  isNil(L: any, n: number): boolean {
    return this.lua.lua_type(L, n) <= 0;
  }

  checkInt(L: any, n: number): number {
    return this.lauxlib.luaL_checkinteger(L, n);
  }

  optInt(L: any, n: number, d: number): number {
    return this.lua.lua_type(L, n) <= 0 ? d : this.lauxlib.luaL_checkinteger(L, n);
  }

  checkNumber(L: any, n: number): number {
    return this.lauxlib.luaL_checknumber(L, n);
  }

  optNumber(L: any, n: number, d: number): number {
    const t = this.lua.lua_type(L, n);
    if (t <= 0) return d;
    if (t !== this.lua.LUA_TNUMBER) this.typeError(L, n, this.lua.LUA_TNUMBER);
    return this.lua.lua_tonumber(L, n);
  }

  /** A string or number argument, as bytes (not to be modified). */
  checkString(L: any, n: number): Uint8Array {
    return this.lauxlib.luaL_checklstring(L, n);
  }

  /** gopher-lua's OptString: nil -> d, a string -> it, anything else (numbers too) a type error. */
  optString(L: any, n: number, d: Uint8Array): Uint8Array {
    const t = this.lua.lua_type(L, n);
    if (t <= 0) return d;
    if (t !== this.lua.LUA_TSTRING) this.typeError(L, n, this.lua.LUA_TSTRING);
    return this.lua.lua_tolstring(L, n);
  }

  checkTable(L: any, n: number): void {
    this.lauxlib.luaL_checktype(L, n, this.lua.LUA_TTABLE);
  }

  checkAny(L: any, n: number): void {
    this.lauxlib.luaL_checkany(L, n);
  }

  /** `bad argument #n to f (<type> expected, got <type>)`. */
  typeError(L: any, n: number, type: number): never {
    this.lauxlib.luaL_checktype(L, n, type);
    throw new Error('unreachable');
  }

  argError(L: any, n: number, message: string): never {
    this.lauxlib.luaL_argerror(L, n, this.str(message));
    throw new Error('unreachable');
  }

  /** gopher-lua's RaiseError: the message with the caller's position. */
  raise(L: any, message: string): never {
    this.lauxlib.luaL_error(L, this.str('%s'), this.str(message));
    throw new Error('unreachable');
  }

  /** A Go runtime panic inside a library function: the message alone, with no position. */
  panic(L: any, message: string): never {
    this.lua.lua_pushstring(L, this.str(message));
    this.lua.lua_error(L);
    throw new Error('unreachable');
  }
}
