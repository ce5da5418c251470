/**
 * Changes to Fengari's source that give its core gopher-lua's library semantics, one of the patch lists
 * fengariPatch.ts applies wherever Fengari is loaded (by esbuild for the bundle, by lua.ts unbundled). Each change
 * names the exact text it replaces and must match it once (a Fengari update must be looked at).
 *
 * - lauxlib.js, luaL_checkinteger (and so luaL_optinteger): gopher-lua's CheckInt. A number argument is
 *   truncated toward zero as Go's int() does (NaN and values beyond int64 give -2^63); a string is refused. One
 *   rule for every library function that takes an integer: `string.sub("hello", 1.5, 4.9)` is `"hell"`.
 * - lvm.js, string-to-number coercion (arithmetic on strings, lua_tonumber, luaL_checknumber): gopher-lua's
 *   parseNumber, installed by the runtime through `set_str2number` (lib51/goNumber.ts).
 * - lvm.js, closures: every evaluation of a function expression makes a new function, as in Lua 5.1 and
 *   gopher-lua (Lua 5.3 reuses a closure whose upvalues are the same, so functions made in a loop were equal and
 *   setfenv on one changed them all).
 * - ltable.js, `#` and `next`: gopher-lua keeps keys 1 .. 2^26-1 in an array part, so `#t` is the highest such key
 *   holding a value (holes do not stop it: `#{1, nil, 3}` is 3), and `pairs` visits those keys in order first,
 *   then the other keys in the order they were added.
 */

import type { SourcePatch } from './gopherlua/sourcePatches';

/** gopher-lua's MaxArrayIndex: integer keys from 1 below this live in a table's array part. */
const ARRAY_END = 67108864;

export const LIB51_PATCHES: SourcePatch[] = [
  {
    file: 'lauxlib.js',
    what: "luaL_checkinteger as gopher-lua's CheckInt",
    find: `const luaL_checkinteger = function(L, arg) {
    let d = lua_tointegerx(L, arg);
    if (d === false)
        interror(L, arg);
    return d;
};`,
    replace: `const luaL_checkinteger = function(L, arg) {
    if (lua_type(L, arg) !== LUA_TNUMBER)
        tag_error(L, arg, LUA_TNUMBER);
    let d = lua_tonumberx(L, arg);
    return d >= -9223372036854775808 && d < 9223372036854775808 ? Math.trunc(d) + 0 : -9223372036854775808;
};`,
  },
  {
    file: 'lvm.js',
    what: 'a settable string-to-number coercion',
    find: `const luaV_tointeger = function(obj, mode) {`,
    replace: `let str2number = null;
const set_str2number = function(f) { str2number = f; };
module.exports.set_str2number = set_str2number;
const str2num = function(s, v) {
    if (str2number === null) return lobject.luaO_str2num(s, v) === s.length + 1;
    const n = str2number(s);
    if (n === undefined) return false;
    v.setfltvalue(n);
    return true;
};

const luaV_tointeger = function(obj, mode) {`,
  },
  {
    file: 'lvm.js',
    what: 'luaV_tointeger coerces strings with it',
    find: `if (lobject.luaO_str2num(obj.svalue(), v) === (obj.vslen() + 1))`,
    replace: `if (str2num(obj.svalue(), v))`,
  },
  {
    file: 'lvm.js',
    what: 'tonumber coerces strings with it',
    find: `if (lobject.luaO_str2num(o.svalue(), v) === (o.vslen() + 1))`,
    replace: `if (str2num(o.svalue(), v))`,
  },
  {
    file: 'lvm.js',
    what: 'no cached closures (Lua 5.1: a new function every time)',
    find: `let ncl = getcached(p, cl.upvals, L.stack, base);  /* cached closure */`,
    replace: `let ncl = null; /* gopher-lua (Lua 5.1) makes a new closure every time */`,
  },
  {
    file: 'ltable.js',
    what: "tables know their array part's highest key",
    find: `        this.metatable = null;
        this.flags = ~0;`,
    replace: `        this.metatable = null;
        this.flags = ~0;
        this.amax = 0; /* the length of gopher-lua's array part: the highest key from 1 to 2^26-1 ever set */`,
  },
  {
    file: 'ltable.js',
    what: 'luaH_setint raises it',
    find: `    let hash = key; /* table_hash known result */`,
    replace: `    let hash = key; /* table_hash known result */
    if (key > t.amax && key < ${ARRAY_END}) t.amax = key;`,
  },
  {
    file: 'ltable.js',
    what: 'luaH_setfrom raises it',
    find: `    let hash = table_hash(L, key);
    if (value.ttisnil()) { /* delete */`,
    replace: `    let hash = table_hash(L, key);
    if (typeof hash === "number" && hash > t.amax && hash < ${ARRAY_END} && Number.isInteger(hash)) t.amax = hash;
    if (value.ttisnil()) { /* delete */`,
  },
  {
    file: 'ltable.js',
    what: "luaH_getn is gopher-lua's Len",
    find: `const luaH_getn = function(t) {`,
    replace: `const luaH_getn = function(t) {
    let n = t.amax;
    while (n > 0 && !t.strong.has(n)) n--;
    return n;
};

const luaH_getn_border = function(t) {`,
  },
  {
    file: 'ltable.js',
    what: "luaH_next visits gopher-lua's array part first",
    find: `const luaH_next = function(L, table, keyI) {
    let keyO = L.stack[keyI];

    let entry;
    if (keyO.type === LUA_TNIL) {
        entry = table.f;
        if (!entry)
            return false;
    } else {`,
    replace: `const is_array_key = function(k) {
    return k.type === LUA_TNUMINT && k.value >= 1 && k.value < ${ARRAY_END};
};

const luaH_next = function(L, table, keyI) {
    let keyO = L.stack[keyI];

    let entry;
    let i = -1;
    if (keyO.type === LUA_TNIL) i = 0;
    else if ((keyO.type === LUA_TNUMINT || keyO.type === LUA_TNUMFLT) && keyO.value >= 1 &&
        keyO.value < ${ARRAY_END} && Number.isInteger(keyO.value)) i = keyO.value;
    if (i >= 0) {
        while (++i <= table.amax) {
            let e = table.strong.get(i);
            if (e) {
                lobject.setobj2s(L, keyI, e.key);
                lobject.setobj2s(L, keyI+1, e.value);
                return true;
            }
        }
        entry = table.f;
        while (entry && is_array_key(entry.key)) entry = entry.n;
        if (!entry)
            return false;
    } else {`,
  },
  {
    file: 'ltable.js',
    what: 'and then the other keys in the order they were added',
    find: `            entry = entry.n;
            if (!entry)
                return false;
        } else {`,
    replace: `            do {
                entry = entry.n;
            } while (entry && is_array_key(entry.key));
            if (!entry)
                return false;
        } else {`,
  },
  {
    file: 'ltable.js',
    what: '(also past keys removed meanwhile)',
    find: `            } while (entry.key.ttisdeadkey());`,
    replace: `            } while (entry.key.ttisdeadkey() || is_array_key(entry.key));`,
  },
];
