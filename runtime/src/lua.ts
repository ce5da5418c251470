/**
 * Loads Fengari configured to behave like neomega's gopher-lua where plugins can see it:
 * numbers convert to strings as gopher-lua does (Go's fmt.Sprint: integral values as integers, so `print(10/2)`
 * is `5`; others in Go's shortest %v form (`1.5e+06`, `1e-05`), `+Inf`, `NaN`), and chunk names are kept whole
 * in error messages. Fengari reads FENGARICONF and binds its number formatter when its modules first load, so it
 * is required lazily here, after both are set up. The Fengari loaded is patched to keep its stacks fast (see
 * fengariPatch.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { patchFengariSource } from './fengariPatch';

export interface Fengari {
  lua: any;
  lauxlib: any;
  lualib: any;
  to_luastring: (s: string, cache?: boolean) => Uint8Array;
  to_jsstring: (s: Uint8Array, from?: number, to?: number, replacement?: boolean) => string;
}

let cached: Fengari | undefined;
/** Loads one of Fengari's own modules (`ldo.js`...), the same instance `fengari()` uses. */
let internal: ((name: string) => unknown) | undefined;

const TWO63 = 2 ** 63;

/** gopher-lua's LNumber.String(): int64 text when integral, else Go's `%v` for float64. */
export function goNumberString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (Number.isInteger(n) && n >= -TWO63 && n < TWO63) return BigInt(n).toString();
  return goFloatV(n);
}

/** Go's strconv.FormatFloat(n, 'g', -1, 64) (what fmt's %v prints for a float64). */
export function goFloatV(n: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(n.toExponential());
  if (!m) return String(n);
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ax = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  // Plain notation with the shortest digits.
  const dp = exp + 1;
  let s: string;
  if (dp <= 0) s = '0.' + '0'.repeat(-dp) + digits;
  else if (dp >= digits.length) s = digits + '0'.repeat(dp - digits.length);
  else s = digits.slice(0, dp) + '.' + digits.slice(dp);
  return sign + s;
}

declare const COROMEGA_BUNDLED: boolean | undefined;

/** Sets up gopher-lua's number text and whole chunk names, then loads Fengari through the given loaders. */
function configure(
  defs: () => unknown,
  luaconf: () => { lua_number2str: (n: number) => string },
  main: () => Fengari,
): Fengari {
  let conf: Record<string, unknown> = {};
  try {
    conf = process.env.FENGARICONF
      ? (JSON.parse(process.env.FENGARICONF) as Record<string, unknown>)
      : {};
  } catch {
    conf = {};
  }
  process.env.FENGARICONF = JSON.stringify({
    ...conf,
    LUA_COMPAT_FLOATSTRING: true,
    LUA_IDSIZE: 1000,
  });
  // defs first: luaconf and defs require each other, and defs must see a complete luaconf.
  defs();
  luaconf().lua_number2str = goNumberString;
  return main();
}

/** Fengari with its stack deletes patched (see fengariPatch.ts); esbuild has patched the bundled copy already. */
export function fengari(): Fengari {
  if (cached) return cached;
  if (typeof COROMEGA_BUNDLED !== 'undefined' && COROMEGA_BUNDLED) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    cached = configure(
      () => require('fengari/src/defs.js'),
      () => require('fengari/src/luaconf.js') as { lua_number2str: (n: number) => string },
      () => require('fengari') as Fengari,
    );
    internal = (name) => {
      // Only the debugger reaches into Fengari's modules (its error path, see debug/errors.ts).
      if (name === 'ldo.js') return require('fengari/src/ldo.js');
      throw new Error(`fengari/src/${name} is not bundled`);
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  } else {
    const load = patchedLoader();
    internal = load;
    cached = configure(
      () => load('defs.js'),
      () => load('luaconf.js') as { lua_number2str: (n: number) => string },
      () => load('fengari.js') as Fengari,
    );
  }
  return cached;
}

/** One of Fengari's own modules, as loaded by `fengari()` (for the debugger's look at its error path). */
export function fengariModule(name: 'ldo.js'): unknown {
  fengari();
  return internal!(name);
}

/** Fengari as published, unpatched but set up as `fengari()` is: what `npm run bench` compares the runtime with. */
export function publishedFengari(): Fengari {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return configure(
    () => require('fengari/src/defs.js'),
    () => require('fengari/src/luaconf.js') as { lua_number2str: (n: number) => string },
    () => require('fengari') as Fengari,
  );
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Loads Fengari's modules from node_modules with the stack patch applied, in a module cache of their own (so the
 * published Fengari can still be required beside it). Requires between Fengari's files stay inside this cache;
 * anything else (fs, sprintf-js, ...) is required as usual.
 */
function patchedLoader(): (name: string) => unknown {
  const dir = path.join(
    path.dirname(createRequire(__filename).resolve('fengari/package.json')),
    'src',
  );
  const modules = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const known = modules.get(file);
    if (known) return known.exports;
    const mod = { exports: {} as unknown };
    modules.set(file, mod);
    const text = patchFengariSource(file, fs.readFileSync(file, 'utf8'));
    const wrapper = vm.runInThisContext(Module.wrap(text), { filename: file }) as (
      ...a: unknown[]
    ) => void;
    const outside = createRequire(file);
    const req = (id: string): unknown =>
      id.startsWith('./') ? load(path.join(path.dirname(file), id)) : outside(id);
    wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
    return mod.exports;
  };
  return (name) => load(path.join(dir, name));
}
