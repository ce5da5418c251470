/**
 * The table library as gopher-lua has it (tablelib.go, and table.go for the array part): getn, maxn, concat,
 * insert, remove, sort — no pack, unpack, move, foreach or foreachi.
 *
 * A table's array part is keys 1 .. n where n is the highest such key ever set (Fengari's tables carry it as
 * `amax`, see fengariLibPatch.ts); `#t` is its last non-nil key. table.insert with a position beyond it sets that
 * key (no "position out of bounds"), table.remove takes the array part's last slot even when it holds nil, and
 * table.sort is Go's sort.Sort (pdqsort, not stable) over the array part, so equal elements end up where
 * gopher-lua puts them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Args } from './args';

type Fn = (L: any) => number;

const ARRAY_END = 67108864;

export function tableLib(a: Args): Record<string, Fn> {
  const { lua } = a;
  const str = (s: string): Uint8Array => a.F.to_luastring(s);
  /** The length of the array part (gopher-lua's len(tb.array)). */
  const arrayLength = (L: any, idx: number): number =>
    (lua.lua_topointer(L, idx) as { amax?: number }).amax ?? 0;
  const setArrayLength = (L: any, idx: number, n: number): void => {
    (lua.lua_topointer(L, idx) as { amax: number }).amax = n;
  };
  const len = (L: any, idx: number): number => lua.lua_rawlen(L, idx);

  return {
    getn: (L) => {
      a.checkTable(L, 1);
      lua.lua_pushnumber(L, len(L, 1));
      return 1;
    },
    maxn: (L) => {
      a.checkTable(L, 1);
      lua.lua_pushnumber(L, len(L, 1));
      return 1;
    },
    concat: (L) => {
      a.checkTable(L, 1);
      const sep = a.optString(L, 2, new Uint8Array(0));
      const n = len(L, 1);
      let i = a.optInt(L, 3, 1);
      let j = a.optInt(L, 4, n);
      if (lua.lua_gettop(L) === 3 && (i > n || i < 1)) {
        lua.lua_pushstring(L, new Uint8Array(0));
        return 1;
      }
      i = Math.max(Math.min(i, n), 1);
      j = Math.min(j, n);
      if (i > j) {
        lua.lua_pushstring(L, new Uint8Array(0));
        return 1;
      }
      const parts: Uint8Array[] = [];
      for (let k = i; k <= j; k++) {
        lua.lua_rawgeti(L, 1, k);
        const t = lua.lua_type(L, -1);
        if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) {
          const tn = t === lua.LUA_TNIL ? 'nil' : a.F.to_jsstring(lua.lua_typename(L, t));
          a.raise(L, `invalid value (${tn}) at index ${k} in table for concat`);
        }
        parts.push((lua.lua_tolstring(L, -1) as Uint8Array).slice());
        lua.lua_pop(L, 1);
        if (k !== j) parts.push(sep);
      }
      lua.lua_pushstring(L, Buffer.concat(parts));
      return 1;
    },
    insert: (L) => {
      a.checkTable(L, 1);
      const nargs = lua.lua_gettop(L);
      if (nargs === 1) a.raise(L, 'wrong number of arguments');
      if (nargs === 2) {
        // Append: after the last non-nil element; nil is not appended.
        if (lua.lua_type(L, 2) === lua.LUA_TNIL) return 0;
        lua.lua_pushvalue(L, 2);
        lua.lua_rawseti(L, 1, len(L, 1) + 1);
        return 0;
      }
      const pos = a.checkInt(L, 2);
      a.checkAny(L, 3);
      const alen = arrayLength(L, 1);
      if (pos > alen || pos <= 0) {
        lua.lua_pushvalue(L, 3);
        rawsetNumber(L, pos);
        return 0;
      }
      // Shift pos .. alen up by one.
      for (let k = alen; k >= pos; k--) {
        lua.lua_rawgeti(L, 1, k);
        lua.lua_rawseti(L, 1, k + 1);
      }
      if (arrayLength(L, 1) < alen + 1) setArrayLength(L, 1, alen + 1);
      lua.lua_pushvalue(L, 3);
      lua.lua_rawseti(L, 1, pos);
      return 0;
    },
    remove: (L) => {
      a.checkTable(L, 1);
      const pos = lua.lua_gettop(L) === 1 ? -1 : a.checkInt(L, 2);
      const alen = arrayLength(L, 1);
      if (alen === 0) {
        lua.lua_pushnil(L);
        return 1;
      }
      const i = pos - 1;
      if (i >= alen) {
        lua.lua_pushnil(L);
        return 1;
      }
      const from = i === alen - 1 || i < 0 ? alen : pos;
      lua.lua_rawgeti(L, 1, from);
      for (let k = from; k < alen; k++) {
        lua.lua_rawgeti(L, 1, k + 1);
        lua.lua_rawseti(L, 1, k);
      }
      lua.lua_pushnil(L);
      lua.lua_rawseti(L, 1, alen);
      setArrayLength(L, 1, alen - 1);
      return 1;
    },
    sort: (L) => {
      a.checkTable(L, 1);
      const hasFn = lua.lua_gettop(L) !== 1;
      if (hasFn) a.lauxlib.luaL_checktype(L, 2, lua.LUA_TFUNCTION);
      const n = arrayLength(L, 1);
      if (n <= 1) return 0;
      lua.lua_settop(L, 2);
      a.lauxlib.luaL_checkstack(L, n + 4, str('too many elements to sort'));
      const base = 2;
      for (let k = 1; k <= n; k++) lua.lua_rawgeti(L, 1, k);
      const less = hasFn
        ? (x: number, y: number): boolean => {
            lua.lua_pushvalue(L, 2);
            lua.lua_pushvalue(L, base + 1 + x);
            lua.lua_pushvalue(L, base + 1 + y);
            lua.lua_call(L, 2, 1);
            const r = lua.lua_toboolean(L, -1);
            lua.lua_pop(L, 1);
            return r;
          }
        : (x: number, y: number): boolean =>
            lua.lua_compare(L, base + 1 + x, base + 1 + y, lua.LUA_OPLT);
      const swap = (x: number, y: number): void => {
        lua.lua_pushvalue(L, base + 1 + x);
        lua.lua_copy(L, base + 1 + y, base + 1 + x);
        lua.lua_replace(L, base + 1 + y);
      };
      goSort(n, less, swap);
      for (let k = n; k >= 1; k--) lua.lua_rawseti(L, 1, k);
      return 0;
    },
  };

  /** t[key] = top (a number key; keys outside the array part too). */
  function rawsetNumber(L: any, key: number): void {
    if (key >= 1 && key < ARRAY_END && Number.isInteger(key)) lua.lua_rawseti(L, 1, key);
    else {
      lua.lua_pushnumber(L, key);
      lua.lua_insert(L, -2);
      lua.lua_rawset(L, 1);
    }
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Go 1.19's sort.Sort (pattern-defeating quicksort), over indices 0 .. n-1.

type Less = (i: number, j: number) => boolean;
type Swap = (i: number, j: number) => void;

function goSort(n: number, less: Less, swap: Swap): void {
  const limit = 32 - Math.clz32(n);
  pdqsort(less, swap, 0, n, limit);
}

function insertionSort(less: Less, swap: Swap, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) for (let j = i; j > a && less(j, j - 1); j--) swap(j, j - 1);
}

function siftDown(less: Less, swap: Swap, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && less(first + child, first + child + 1)) child++;
    if (!less(first + root, first + child)) return;
    swap(first + root, first + child);
    root = child;
  }
}

function heapSort(less: Less, swap: Swap, a: number, b: number): void {
  const first = a;
  const hi = b - a;
  for (let i = Math.floor((hi - 1) / 2); i >= 0; i--) siftDown(less, swap, i, hi, first);
  for (let i = hi - 1; i >= 0; i--) {
    swap(first, first + i);
    siftDown(less, swap, 0, i, first);
  }
}

const UNKNOWN = 0;
const INCREASING = 1;
const DECREASING = 2;

function pdqsort(less: Less, swap: Swap, a: number, b: number, limit: number): void {
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= 12) {
      insertionSort(less, swap, a, b);
      return;
    }
    if (limit === 0) {
      heapSort(less, swap, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(swap, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(less, a, b);
    if (hint === DECREASING) {
      reverseRange(swap, a, b);
      pivot = b - 1 - (pivot - a);
      hint = INCREASING;
    }
    if (wasBalanced && wasPartitioned && hint === INCREASING) {
      if (partialInsertionSort(less, swap, a, b)) return;
    }
    if (a > 0 && !less(a - 1, pivot)) {
      a = partitionEqual(less, swap, a, b, pivot);
      continue;
    }
    const [mid, alreadyPartitioned] = partition(less, swap, a, b, pivot);
    wasPartitioned = alreadyPartitioned;
    const leftLen = mid - a;
    const rightLen = b - mid;
    const balanceThreshold = Math.floor(length / 8);
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(less, swap, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(less, swap, mid + 1, b, limit);
      b = mid;
    }
  }
}

function partition(less: Less, swap: Swap, a: number, b: number, pivot: number): [number, boolean] {
  swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && less(i, a)) i++;
  while (i <= j && !less(j, a)) j--;
  if (i > j) {
    swap(j, a);
    return [j, true];
  }
  swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && less(i, a)) i++;
    while (i <= j && !less(j, a)) j--;
    if (i > j) break;
    swap(i, j);
    i++;
    j--;
  }
  swap(j, a);
  return [j, false];
}

function partitionEqual(less: Less, swap: Swap, a: number, b: number, pivot: number): number {
  swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !less(a, i)) i++;
    while (i <= j && less(a, j)) j--;
    if (i > j) break;
    swap(i, j);
    i++;
    j--;
  }
  return i;
}

function partialInsertionSort(less: Less, swap: Swap, a: number, b: number): boolean {
  let i = a + 1;
  for (let step = 0; step < 5; step++) {
    while (i < b && !less(i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < 50) return false;
    swap(i, i - 1);
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
    }
  }
  return false;
}

function breakPatterns(swap: Swap, a: number, b: number): void {
  const length = b - a;
  if (length < 8) return;
  let random = BigInt(length);
  const modulus = 2 ** (32 - Math.clz32(length));
  const M = (1n << 64n) - 1n;
  for (
    let idx = a + Math.floor(length / 4) * 2 - 1;
    idx <= a + Math.floor(length / 4) * 2 + 1;
    idx++
  ) {
    random ^= (random << 13n) & M;
    random ^= random >> 17n;
    random ^= (random << 5n) & M;
    let other = Number(random & BigInt(modulus - 1));
    if (other >= length) other -= length;
    swap(idx, a + other);
  }
}

function choosePivot(less: Less, a: number, b: number): [number, number] {
  const l = b - a;
  const swaps = { n: 0 };
  let i = a + Math.floor(l / 4) * 1;
  let j = a + Math.floor(l / 4) * 2;
  let k = a + Math.floor(l / 4) * 3;
  if (l >= 8) {
    if (l >= 50) {
      i = median(less, i - 1, i, i + 1, swaps);
      j = median(less, j - 1, j, j + 1, swaps);
      k = median(less, k - 1, k, k + 1, swaps);
    }
    j = median(less, i, j, k, swaps);
  }
  if (swaps.n === 0) return [j, INCREASING];
  if (swaps.n === 12) return [j, DECREASING];
  return [j, UNKNOWN];
}

function median(less: Less, a: number, b: number, c: number, swaps: { n: number }): number {
  if (less(b, a)) {
    swaps.n++;
    [a, b] = [b, a];
  }
  if (less(c, b)) {
    swaps.n++;
    [b, c] = [c, b];
  }
  if (less(b, a)) {
    swaps.n++;
    [a, b] = [b, a];
  }
  return b;
}

function reverseRange(swap: Swap, a: number, b: number): void {
  let i = a;
  let j = b - 1;
  while (i < j) {
    swap(i, j);
    i++;
    j--;
  }
}
