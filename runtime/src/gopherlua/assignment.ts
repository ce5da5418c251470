/**
 * gopher-lua's multiple assignment, in Fengari's parser. gopher-lua v1.1.2 (compileAssignStmt in its compile.go)
 * computes the values of `a, b, c = x, y, z` one after another and stores each into a local target as soon as it is
 * computed, so a later value that reads an earlier local reads its new value: `a, b = b, a` leaves both equal and
 * `a, b = b, a + b` gives `b` twice the old `b`. Globals, upvalues and fields take their values at the end, the last
 * target first, as in Lua. A field's key is read before the values (a local key assigned earlier in the statement
 * still names the old key); a field's table held in a local, and a field's value that is a local, are read when the
 * field is set, so `t.v, v = v, t.v` leaves `t.v` as it was. Values beyond the targets are computed after the targets
 * before them were assigned.
 *
 * Not followed: gopher-lua stores a call's or a table constructor's value into its local a second time at the end,
 * which shows only when one statement names the same local twice (`a, a = f(), 2` leaves `f()`'s value there); and
 * its register slips when a global or upvalue target comes before a field whose value is a local, so that target
 * gets another register's content (here it gets its own value).
 */
import type { SourcePatch } from './sourcePatches';

/** Fengari 0.1.5's `assignment` from the `,` of a further target to its end (where each level stores its target). */
const ASSIGNMENT_TAIL = `        assignment(ls, nv, nvars + 1);
    } else {  /* assignment -> '=' explist */
        checknext(ls, 61 /* ('=').charCodeAt(0) */);
        let nexps = explist(ls, e);
        if (nexps !== nvars)
            adjust_assign(ls, nvars, nexps, e);
        else {
            luaK_setoneret(ls.fs, e);  /* close last expression */
            luaK_storevar(ls.fs, lh.v, e);
            return;  /* avoid default */
        }
    }
    init_exp(e, expkind.VNONRELOC, ls.fs.freereg-1);  /* default assignment */
    luaK_storevar(ls.fs, lh.v, e);`;

/** The same, with the innermost level assigning every target the gopher-lua way (no level stores its own). */
const GOPHER_ASSIGNMENT_TAIL = `        assignment(ls, nv, nvars + 1);
    } else {  /* assignment -> '=' explist */
        checknext(ls, 61 /* ('=').charCodeAt(0) */);
        gopher_assign(ls, lh, nvars);
    }`;

/** The values of an assignment, read and stored as gopher-lua does (see the top of this file). */
const GOPHER_ASSIGN = `const gopher_assign = function(ls, lh, nvars) {
    let fs = ls.fs;
    let targets = [];  /* in source order */
    for (let t = lh; t; t = t.prev) targets.unshift(t.v);
    /* a field whose key is a local that an earlier target assigns: the key is read now, before the values */
    for (let k = 1; k < nvars; k++) {
        let v = targets[k];
        if (v.k !== expkind.VINDEXED || require('./lopcodes.js').ISK(v.u.ind.idx)) continue;
        for (let p = 0; p < k; p++) {
            if (targets[p].k === expkind.VLOCAL && targets[p].u.info === v.u.ind.idx) {
                luaK_codeABC(fs, OP_MOVE, fs.freereg, v.u.ind.idx, 0);
                v.u.ind.idx = fs.freereg;
                luaK_reserveregs(fs, 1);
                break;
            }
        }
    }
    /* a table's field, not a global (a global is a field of the upvalue _ENV) */
    let isField = function(v) {
        return v.k === expkind.VINDEXED &&
            !(v.u.ind.vt === expkind.VUPVAL && luaS_eqlngstr(fs.f.upvalues[v.u.ind.t].name, ls.envn));
    };
    let base = fs.freereg;
    let waiting = [];  /* targets assigned at the end, with the register that holds (or will hold) their value */
    let held = 0;  /* registers from base that hold those values */
    /* value i for target i: a local takes it now, any other target later */
    let take = function(i, e) {
        if (targets[i].k === expkind.VLOCAL) {
            if (hasmultret(e.k)) luaK_setoneret(fs, e);  /* one value, and the call's register freed */
            luaK_storevar(fs, targets[i], e);
        } else if (e.k === expkind.VLOCAL && isField(targets[i])) {
            waiting.push({ target: i, reg: e.u.info });  /* a field set to a local reads the local when it is set */
        } else {
            luaK_exp2nextreg(fs, e);
            waiting.push({ target: i, reg: base + held++ });
        }
    };
    let e = new expdesc();
    let i = 0;
    expr(ls, e);
    while (testnext(ls, 44 /* (',').charCodeAt(0) */)) {
        if (i < nvars) take(i, e);
        else luaK_exp2nextreg(fs, e);  /* a value beyond the targets: computed, not kept */
        i++;
        expr(ls, e);
    }
    if (i >= nvars) {
        if (hasmultret(e.k)) luaK_setreturns(fs, e, 0);
        else luaK_exp2nextreg(fs, e);
    } else if (hasmultret(e.k)) {
        /* a call or '...' last: its values go to the remaining targets, through registers */
        let n = nvars - i;
        luaK_setreturns(fs, e, n);
        if (n > 1) luaK_reserveregs(fs, n - 1);
        for (let k = i; k < nvars; k++) waiting.push({ target: k, reg: base + held++ });
    } else if (i === nvars - 1) {
        luaK_setoneret(fs, e);
        luaK_storevar(fs, targets[i], e);  /* the last target, first to be assigned in any case */
    } else {
        take(i, e);
        for (let k = i + 1; k < nvars; k++) {  /* targets without a value get nil, in order */
            let nil = new expdesc();
            init_exp(nil, expkind.VNIL, 0);
            take(k, nil);
        }
    }
    fs.freereg = base + held;  /* values beyond the targets are dropped */
    for (let j = waiting.length - 1; j >= 0; j--) {
        let v = new expdesc();
        init_exp(v, expkind.VNONRELOC, waiting[j].reg);
        luaK_storevar(fs, targets[waiting[j].target], v);
    }
};

const assignment = function(ls, lh, nvars) {`;

export const ASSIGNMENT_PATCHES: SourcePatch[] = [
  {
    file: 'lparser.js',
    what: "a field's table held in a local is the local's value when the field is set (gopher-lua reads it then)",
    find: 'if (lh.v.u.ind.vt === v.k && lh.v.u.ind.t === v.u.info) {',
    replace: 'if (v.k === expkind.VUPVAL && lh.v.u.ind.vt === v.k && lh.v.u.ind.t === v.u.info) {',
  },
  {
    file: 'lparser.js',
    what: "gopher-lua's multiple assignment: the function that reads and stores the values",
    find: 'const assignment = function(ls, lh, nvars) {',
    replace: GOPHER_ASSIGN,
  },
  {
    file: 'lparser.js',
    what: "gopher-lua's multiple assignment: `assignment` hands the values to it",
    find: ASSIGNMENT_TAIL,
    replace: GOPHER_ASSIGNMENT_TAIL,
  },
];
