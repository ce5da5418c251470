/**
 * Changes to Fengari's source that make its VM behave as gopher-lua's where a plugin can see it: the texts and
 * positions of runtime errors, gopher-lua's 256-frame call stack, and the Lua 5.1 metamethod rules gopher-lua keeps.
 * Applied with the stack patch by fengariPatch.ts (by esbuild when bundling, by lua.ts's loader otherwise).
 *
 * Most patches only route a decision to `ldebug.gopher`, the hooks errorText.ts installs when Fengari is loaded
 * (lua.ts); the rest are short rules written in place. Each must match Fengari 0.1.5's text exactly once, so a
 * changed Fengari fails loudly instead of silently losing a rule.
 */

export interface SourcePatch {
  /** Fengari's module, e.g. `lvm.js`. */
  file: string;
  /** What the patch changes and why, for the failure message. */
  what: string;
  find: string | RegExp;
  replace: string;
}

/** gopher-lua's CallStackSize: the frames one Lua thread may hold, Lua and Go functions alike. */
export const GOPHER_CALL_STACK = 256;
/** gopher-lua's MaxTableGetLoop: how many __index / __newindex steps one access may take. */
export const GOPHER_TAG_LOOP = 100;

const HOOKS = `require('./ldebug.js').gopher`;

/** A check before a new CallInfo: the caller already holds the deepest frame gopher-lua allows. */
const DEPTH_CHECK = `if (L.ci.gopherDepth >= ${GOPHER_CALL_STACK}) ldebug.luaG_runerror(L, to_luastring("stack overflow", true));
            let ci = lstate.luaE_extendCI(L);`;

export const GOPHER_PATCHES: SourcePatch[] = [
  // --- the call stack -------------------------------------------------------------------------------------------
  {
    file: 'lstate.js',
    what: 'every CallInfo knows its depth in its thread',
    find: 'this.callstatus = NaN;\n    }',
    replace: 'this.callstatus = NaN;\n        this.gopherDepth = 0;\n    }',
  },
  {
    file: 'lstate.js',
    what: 'a new CallInfo is one deeper than its caller',
    find: 'ci.previous = L.ci;',
    replace: 'ci.previous = L.ci;\n    ci.gopherDepth = L.ci.gopherDepth + 1;',
  },
  {
    file: 'ldo.js',
    what: 'a call past 256 frames is a "stack overflow" at the calling line (JS functions)',
    find: /let ci = lstate\.luaE_extendCI\(L\);\n(\s+)ci\.funcOff = off;\n\s+ci\.nresults = nresults;\n\s+ci\.func = func;\n\s+ci\.top = L\.top \+ LUA_MINSTACK;/,
    replace: `${DEPTH_CHECK}\n$1ci.funcOff = off;\n$1ci.nresults = nresults;\n$1ci.func = func;\n$1ci.top = L.top + LUA_MINSTACK;`,
  },
  {
    file: 'ldo.js',
    what: 'a call past 256 frames is a "stack overflow" at the calling line (Lua functions)',
    find: /let ci = lstate\.luaE_extendCI\(L\);\n(\s+)ci\.funcOff = off;\n\s+ci\.nresults = nresults;\n\s+ci\.func = func;\n\s+ci\.l_base = base;/,
    replace: `${DEPTH_CHECK}\n$1ci.funcOff = off;\n$1ci.nresults = nresults;\n$1ci.func = func;\n$1ci.l_base = base;`,
  },
  {
    file: 'ldo.js',
    what: 'JS recursion that runs out is reported as gopher-lua reports any overflow',
    find: 'to_luastring("JS stack overflow", true)',
    replace: 'to_luastring("stack overflow", true)',
  },
  {
    file: 'llimits.js',
    what: 'nested JS calls (pcall, metamethods) may go as deep as gopher-lua frames do',
    find: 'const LUAI_MAXCCALLS = 200;',
    replace: `const LUAI_MAXCCALLS = ${GOPHER_CALL_STACK + 44};`,
  },

  // --- runtime error texts --------------------------------------------------------------------------------------
  {
    file: 'lvm.js',
    what: 'indexing a non-table names the key (gettable)',
    find: "ldebug.luaG_typeerror(L, t, to_luastring('index', true)); /* no metamethod */",
    replace: "ldebug.luaG_typeerror(L, t, to_luastring('index', true), key); /* no metamethod */",
  },
  {
    file: 'lvm.js',
    what: 'indexing a non-table names the key (settable)',
    find: /(\(tm = ltm\.luaT_gettmbyobj\(L, t, ltm\.TMS\.TM_NEWINDEX\)\)\.ttisnil\(\)\)\n\s+)ldebug\.luaG_typeerror\(L, t, to_luastring\('index', true\)\);/,
    replace: "$1ldebug.luaG_typeerror(L, t, to_luastring('index', true), key);",
  },
  {
    file: 'lvm.js',
    what: 'gopher-lua follows __index / __newindex 100 steps',
    find: 'const MAXTAGLOOP = 2000;',
    replace: `const MAXTAGLOOP = ${GOPHER_TAG_LOOP};`,
  },
  {
    file: 'lvm.js',
    what: "gopher-lua's text for an __index loop",
    find: `"'__index' chain too long; possible loop"`,
    replace: '"too many recursions in gettable"',
  },
  {
    file: 'lvm.js',
    what: "gopher-lua's text for a __newindex loop",
    find: `"'__newindex' chain too long; possible loop"`,
    replace: '"too many recursions in settable"',
  },
  {
    file: 'ltm.js',
    what: 'an arithmetic error knows its operation',
    find: 'return ldebug.luaG_opinterror(L, p1, p2, to_luastring("perform arithmetic on", true));',
    replace:
      'return ldebug.luaG_opinterror(L, p1, p2, to_luastring("perform arithmetic on", true), event);',
  },
  {
    file: 'lvm.js',
    what: 'a numeric for takes numbers only (no numeric strings), checked init, limit, step as gopher-lua does',
    find: /(let pstep = L\.stack\[ra \+ 2\];\n(\s+)let forlim;)/,
    replace: `$1
$2if (!init.ttisnumber()) ldebug.luaG_runerror(L, to_luastring("for statement init must be a number", true));
$2if (!plimit.ttisnumber()) ldebug.luaG_runerror(L, to_luastring("for statement limit must be a number", true));
$2if (!pstep.ttisnumber()) ldebug.luaG_runerror(L, to_luastring("for statement step must be a number", true));`,
  },

  // --- lines --------------------------------------------------------------------------------------------------
  // gopher-lua gives `a.b.c` (and `a[k]`) the line where `a` starts, however the chain is broken over lines; Fengari
  // the line of the last token read. An index error in a chain written over lines then has gopher-lua's line.
  {
    file: 'lparser.js',
    what: 'an indexed expression can carry the line it started on',
    find: "vt: NaN   /* whether 't' is register (VLOCAL) or upvalue (VUPVAL) */",
    replace:
      "vt: NaN,   /* whether 't' is register (VLOCAL) or upvalue (VUPVAL) */\n                gopherLine: undefined",
  },
  {
    file: 'lcode.js',
    what: 'a new index has no start line until its chain says so',
    find: '    t.k = ek.VINDEXED;\n};',
    replace: '    t.k = ek.VINDEXED;\n    t.u.ind.gopherLine = undefined;\n};',
  },
  {
    file: 'lparser.js',
    what: "a field in a chain: the chain's start line",
    find: /(case 46 \/\* \('\.'\)\.charCodeAt\(0\) \*\/: \{ {2}\/\* fieldsel \*\/\n(\s+)fieldsel\(ls, v\);)/,
    replace: '$1\n$2v.u.ind.gopherLine = line;',
  },
  {
    file: 'lparser.js',
    what: "a `[key]` in a chain: the chain's start line",
    find: /(yindex\(ls, key\);\n(\s+)luaK_indexed\(fs, v, key\);)/,
    replace: '$1\n$2v.u.ind.gopherLine = line;',
  },
  {
    file: 'lparser.js',
    what: "a method call in a chain (its OP_SELF): the chain's start line",
    find: /(luaK_self\(fs, v, key\);)(\n(\s+)funcargs\(ls, v, line\);)/,
    replace: '$1\n$3luaK_fixline(fs, line);$2',
  },
  {
    file: 'lcode.js',
    what: 'reading an index takes the line its chain started on',
    find: 'e.u.info = luaK_codeABC(fs, op, 0, e.u.ind.t, e.u.ind.idx);',
    replace:
      'e.u.info = luaK_codeABC(fs, op, 0, e.u.ind.t, e.u.ind.idx);\n            if (e.u.ind.gopherLine !== undefined) luaK_fixline(fs, e.u.ind.gopherLine);',
  },

  // --- Lua 5.1's metamethod rules -------------------------------------------------------------------------------
  {
    file: 'lvm.js',
    what: '__eq only when both operands have the same __eq function',
    find: /tm = ltm\.fasttm\(L, t1\.value\.metatable, ltm\.TMS\.TM_EQ\);\n\s+if \(tm === null\)\n\s+tm = ltm\.fasttm\(L, t2\.value\.metatable, ltm\.TMS\.TM_EQ\);/,
    replace: `tm = ${HOOKS}.sameTM(L, t1, t2, ltm.TMS.TM_EQ);`,
  },
  {
    file: 'lvm.js',
    what: '<: numbers and strings, else the same __lt function on two values of one type',
    find: 'let res = ltm.luaT_callorderTM(L, l, r, ltm.TMS.TM_LT);',
    replace: `let res = ${HOOKS}.orderTM(L, l, r, ltm.TMS.TM_LT);`,
  },
  {
    file: 'lvm.js',
    what: '<=: the same __le function on two values of one type...',
    find: 'res = ltm.luaT_callorderTM(L, l, r, ltm.TMS.TM_LE);',
    replace: `res = ${HOOKS}.orderTM(L, l, r, ltm.TMS.TM_LE);`,
  },
  {
    file: 'lvm.js',
    what: '...else not (b < a) with the same __lt function',
    find: 'res = ltm.luaT_callorderTM(L, r, l, ltm.TMS.TM_LT);',
    replace: `res = ${HOOKS}.orderTM(L, r, l, ltm.TMS.TM_LT);`,
  },

  // --- the auxiliary library: bad-argument texts and positions ----------------------------------------------------
  {
    file: 'lauxlib.js',
    what: 'bad argument #N to NAME, named as gopher-lua names the call',
    find: 'const luaL_argerror = function(L, arg, extramsg) {',
    replace: `const luaL_argerror = function(L, arg, extramsg) {
    return ${HOOKS}.argerror(L, arg, extramsg);
};

const luaL_argerror_lua53 = function(L, arg, extramsg) {`,
  },
  {
    file: 'lauxlib.js',
    what: '"X expected, got Y" with plain type names, nil for a missing argument',
    find: /const typeerror = function\(L, arg, tname\) \{\n\s+let typearg;\n\s+if \(luaL_getmetafield\(L, arg, __name\) === LUA_TSTRING\)\n\s+typearg = lua_tostring\(L, -1\);\n\s+else if \(lua_type\(L, arg\) === LUA_TLIGHTUSERDATA\)\n\s+typearg = to_luastring\("light userdata", true\);\n\s+else\n\s+typearg = luaL_typename\(L, arg\);/,
    replace: `const typeerror = function(L, arg, tname) {
    let typearg = lua_type(L, arg) === LUA_TNONE ? to_luastring("nil", true) : luaL_typename(L, arg);`,
  },
  {
    file: 'lauxlib.js',
    what: "an error's position is the innermost Lua line, as gopher-lua's where() finds it",
    find: 'const luaL_where = function(L, level) {',
    replace: `const luaL_where = function(L, level) {
    return ${HOOKS}.where(L, level - 1);
};

const luaL_where_lua53 = function(L, level) {`,
  },
  {
    file: 'lauxlib.js',
    what: 'a __tostring that returns no string is printed as gopher-lua prints it, not refused',
    find: /if \(!lua_isstring\(L, -1\)\)\n\s+luaL_error\(L, to_luastring\("'__tostring' must return a string"\)\);/,
    replace: `if (!lua_isstring(L, -1))
            ${HOOKS}.plainString(L);`,
  },
];
