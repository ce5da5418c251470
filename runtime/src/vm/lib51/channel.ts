/**
 * gopher-lua's `channel` library (channellib.go): channel.make([size]), channel.select(case, ...), and a
 * channel's receive, send and close. In gopher-lua these are Go channels shared between goroutines; a plugin has
 * only its own Lua state, so here a channel is a queue of `size` values, and an operation that would wait forever
 * (a send to a full channel, a receive from an empty one, a select with nothing ready and no default) is a Lua
 * error instead of a hung plugin. `type(ch)` is "userdata" here, "channel" in gopher-lua.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Args } from './args';

type Fn = (L: any) => number;

interface Channel {
  size: number;
  /** Registry refs of the queued values. */
  queue: number[];
  closed: boolean;
}

const WAITS_FOREVER =
  'all goroutines are asleep - deadlock! (this channel operation would wait forever)';

export function openChannel51(a: Args, L0: any): void {
  const { lua, lauxlib } = a;
  const key = (s: string): Uint8Array => a.F.to_luastring(s, true);
  const channels = new WeakMap<object, Channel>();
  const check = (L: any, n: number): Channel => {
    lauxlib.luaL_checktype(L, n, lua.LUA_TUSERDATA);
    const ch = channels.get(lua.lua_touserdata(L, n));
    if (!ch) a.argError(L, n, 'channel expected');
    return ch;
  };
  /** isGoroutineSafe: no functions, userdata, threads, or tables with a metatable. */
  const checkSafe = (L: any, n: number, arg: number): void => {
    const t = lua.lua_type(L, n);
    const meta = t === lua.LUA_TTABLE && lua.lua_getmetatable(L, n);
    if (meta) lua.lua_pop(L, 1);
    if (t === lua.LUA_TFUNCTION || t === lua.LUA_TUSERDATA || t === lua.LUA_TTHREAD || meta)
      a.argError(L, arg, 'can not send a function, userdata, thread or table that has a metatable');
  };
  const send = (L: any, ch: Channel, valueIdx: number): void => {
    if (ch.closed) a.panic(L, 'send on closed channel');
    if (ch.queue.length >= ch.size) a.panic(L, WAITS_FOREVER);
    lua.lua_pushvalue(L, valueIdx);
    ch.queue.push(lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
  };
  /** Pushes the received value; returns whether one was received (false: closed and empty). */
  const receive = (L: any, ch: Channel): boolean => {
    const ref = ch.queue.shift();
    if (ref === undefined) {
      if (!ch.closed) a.panic(L, WAITS_FOREVER);
      lua.lua_pushnil(L);
      return false;
    }
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
    lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, ref);
    return true;
  };

  const methods: Record<string, Fn> = {
    receive: (L) => {
      const ok = receive(L, check(L, 1));
      lua.lua_pushboolean(L, ok);
      lua.lua_insert(L, -2);
      return 2;
    },
    send: (L) => {
      const ch = check(L, 1);
      checkSafe(L, 2, 2);
      send(L, ch, 2);
      return 0;
    },
    close: (L) => {
      const ch = check(L, 1);
      if (ch.closed) a.panic(L, 'close of closed channel');
      ch.closed = true;
      return 0;
    },
  };
  lua.lua_createtable(L0, 0, 4);
  for (const [name, fn] of Object.entries(methods)) {
    lua.lua_pushcfunction(L0, fn);
    lua.lua_setfield(L0, -2, key(name));
  }
  lua.lua_pushvalue(L0, -1);
  lua.lua_setfield(L0, -2, key('__index'));
  const mtRef = lauxlib.luaL_ref(L0, lua.LUA_REGISTRYINDEX);

  const lib: Record<string, Fn> = {
    make: (L) => {
      const size = a.optInt(L, 1, 0);
      const ud = lua.lua_newuserdata(L, 0);
      channels.set(ud, { size: Math.max(size, 0), queue: [], closed: false });
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, mtRef);
      lua.lua_setmetatable(L, -2);
      return 1;
    },
    select: (L) => {
      const top = lua.lua_gettop(L);
      const ready: number[] = [];
      let def = -1;
      for (let i = 1; i <= top; i++) {
        a.checkTable(L, i);
        lua.lua_rawgeti(L, i, 1);
        const dir =
          lua.lua_type(L, -1) === lua.LUA_TSTRING
            ? a.F.to_jsstring(lua.lua_tolstring(L, -1))
            : undefined;
        lua.lua_pop(L, 1);
        if (dir === undefined) a.argError(L, i, 'invalid select case');
        if (dir === 'default') {
          def = i;
          continue;
        }
        if (dir !== '<-|' && dir !== '|<-') a.argError(L, i, `invalid channel direction:${dir}`);
        lua.lua_rawgeti(L, i, 2);
        const ch =
          lua.lua_type(L, -1) === lua.LUA_TUSERDATA
            ? channels.get(lua.lua_touserdata(L, -1))
            : undefined;
        lua.lua_pop(L, 1);
        if (!ch) a.argError(L, i, 'invalid select case');
        if (dir === '<-|') {
          lua.lua_rawgeti(L, i, 3);
          checkSafe(L, -1, i);
          lua.lua_pop(L, 1);
          if (ch.closed || ch.queue.length < ch.size) ready.push(i);
        } else if (ch.queue.length > 0 || ch.closed) ready.push(i);
      }
      const pos = ready.length > 0 ? ready[Math.floor(Math.random() * ready.length)]! : def;
      if (pos < 0) a.panic(L, WAITS_FOREVER);
      lua.lua_rawgeti(L, pos, 1);
      const dir = a.F.to_jsstring(lua.lua_tolstring(L, -1));
      lua.lua_pop(L, 1);
      let got = false;
      if (dir === '|<-') {
        lua.lua_rawgeti(L, pos, 2);
        got = receive(L, channels.get(lua.lua_touserdata(L, -1))!);
        lua.lua_remove(L, -2);
      } else {
        if (dir === '<-|') {
          lua.lua_rawgeti(L, pos, 2);
          lua.lua_rawgeti(L, pos, 3);
          send(L, channels.get(lua.lua_touserdata(L, -2))!, lua.lua_gettop(L));
          lua.lua_pop(L, 2);
        }
        lua.lua_pushnil(L);
      }
      const value = lua.lua_gettop(L);
      // The case's last element, when a function, is called first.
      lua.lua_rawgeti(L, pos, lua.lua_rawlen(L, pos));
      if (lua.lua_type(L, -1) === lua.LUA_TFUNCTION) {
        if (dir === '|<-') {
          lua.lua_pushboolean(L, got);
          lua.lua_pushvalue(L, value);
          lua.lua_call(L, 2, 0);
        } else if (dir === '<-|') {
          lua.lua_rawgeti(L, pos, 3);
          lua.lua_call(L, 1, 0);
        } else lua.lua_call(L, 0, 0);
      } else lua.lua_pop(L, 1);
      lua.lua_pushnumber(L, pos);
      lua.lua_pushvalue(L, value);
      lua.lua_pushboolean(L, got);
      return 3;
    },
  };
  lua.lua_createtable(L0, 0, 2);
  for (const [name, fn] of Object.entries(lib)) {
    lua.lua_pushcfunction(L0, fn);
    lua.lua_setfield(L0, -2, key(name));
  }
  lua.lua_pushvalue(L0, -1);
  lua.lua_setglobal(L0, key('channel'));
  lua.lua_getglobal(L0, key('package'));
  lua.lua_getfield(L0, -1, key('loaded'));
  lua.lua_pushvalue(L0, -3);
  lua.lua_setfield(L0, -2, key('channel'));
  lua.lua_pop(L0, 3);
}
