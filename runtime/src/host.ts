/**
 * One plugin run: a Fengari VM with the coromega host, driven from the Node event loop.
 *
 * The plugin's main chunk runs as a coroutine; `coromega:start_new` coroutines yield into the host when they wait
 * (HTTP, sleep, input, pause); the host resumes them from the event loop with the result. The run ends by itself
 * when nothing can resume any coroutine any more: no request in flight, no sleep, no wake-up queued, and no stdin
 * listener (menu or input) while stdin is open.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type {
  ExitEvent,
  ExitReason,
  LogLevel,
  PrintStream,
  RequestEvent,
  RunEvent,
} from './events';
import { fengari, goNumberString } from './lua';
import { rewriteLua51Escapes } from './lua51';
import {
  decodeGoJson,
  encodeLuaValue,
  JsonEncodeError,
  JsonSyntaxError,
  pushJsonValue,
  type JsonValue,
} from './gojson';
import { HttpClient, type HttpResult, type HttpSent, type HttpSpec } from './http';
import { PRELUDE } from './prelude';
import { detectLang, message, type Lang, type MessageKey } from './messages';
import { resolveConfigPath, resolveStorageDir } from './config';
import type { WorldFile } from './world/file';
import { HTTP_VERBS, OPTION_KEY_NAMES, parseGoDuration } from '../../catalog';
import { tokenize } from '../../server/src/analysis/lexer';
import { checkSyntax } from '../../server/src/analysis/syntax';

export interface RunOptions {
  /** The file to run. */
  pluginPath: string;
  /** The path shown in messages and used for config resolution (unsaved editor text). Defaults to pluginPath. */
  displayPath?: string;
  /** Source text to run instead of reading pluginPath. */
  source?: string;
  configPath?: string;
  storageDir?: string;
  /** Upper bound for every request's deadline, in seconds (0 = none). */
  timeoutCapSeconds?: number;
  /** Bytes of each body put into events. Default 65536. */
  maxBodyEvent?: number;
  /** Largest response body read. Default 50 MiB. */
  maxBody?: number;
  /** Mask Authorization / Cookie values in events. Default true. */
  mask?: boolean;
  /** "host:port" -> address. */
  resolve?: Map<string, string>;
  lang?: Lang;
  /** Whether lines can still arrive on stdin (keeps menu/input listeners alive). Default false. */
  stdin?: boolean;
  /** Extra CA certificates (PEM) trusted for https. */
  ca?: string[];
  /** Where full bodies of truncated responses are written. Default: a temp folder. */
  bodyDir?: string;
  /** The world (already checked, see world/file.ts). Default: one online operator, Steve. */
  world?: WorldFile;
}

export const DEFAULT_MAX_BODY = 50 * 1024 * 1024;
export const DEFAULT_MAX_BODY_EVENT = 65536;
const MAX_TIMER_MS = 2 ** 31 - 1;

interface OpenFile {
  fd: number;
  pos: number;
  append: boolean;
  path: string;
}

interface Menu {
  triggers: string[];
  fnRef: number;
}

const UTF8 = new TextDecoder('utf-8');

const SENSITIVE = new Set(['authorization', 'proxy-authorization', 'cookie']);

function cutUtf8(bytes: Uint8Array, max: number): { text: string; truncated: boolean } {
  if (bytes.length <= max) return { text: UTF8.decode(bytes), truncated: false };
  let end = max;
  // Step back over continuation bytes so a character is never split.
  let back = 0;
  while (end > 0 && back < 3 && (bytes[end]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  return { text: UTF8.decode(bytes.subarray(0, end)), truncated: true };
}

/** Go's filepath.Join + Clean, for the storage helpers. */
function goJoin(parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  if (nonEmpty.length === 0) return '';
  return path.normalize(nonEmpty.join('/')).replace(/\/$/, '') || '/';
}

export class Run {
  private readonly F = fengari();
  private readonly L: any;
  private readonly lang: Lang;
  private readonly opts: Required<Pick<RunOptions, 'maxBody' | 'maxBodyEvent' | 'mask'>> &
    RunOptions;
  private readonly display: string;
  private readonly storage: string;
  private readonly configPath: string | null;
  private configDoc: Record<string, unknown> | null = null;
  private readonly http: HttpClient;
  private readonly emitFn: (e: RunEvent) => void;

  /** Registry reference keeping the main chunk's coroutine alive. */
  mainRef = 0;
  private sentinelRef = 0;
  private spawnRef = 0;
  private rawFormatRef = 0;
  private pending = 0;
  private nextId = 1;
  private runCalled = false;
  private mainDone = false;
  private finished = false;
  private fatal = false;
  private halted = false;
  private exitCode: number | undefined;
  private stdinOpen: boolean;
  private readonly lines: string[] = [];
  private readonly inputWaiters: Array<{ co: any; prompt: string }> = [];
  private readonly menus: Menu[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly immediates = new Set<NodeJS.Immediate>();
  private readonly files = new Map<number, OpenFile>();
  private nextFile = 3;
  private readonly warnedOffline = new Set<string>();
  private readonly startTime = Date.now();
  private readonly printDecoder = new TextDecoder('utf-8');
  private resolveDone!: (e: ExitEvent) => void;
  readonly done: Promise<ExitEvent>;

  constructor(options: RunOptions, emit: (e: RunEvent) => void) {
    this.opts = {
      ...options,
      maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
      maxBodyEvent: options.maxBodyEvent ?? DEFAULT_MAX_BODY_EVENT,
      mask: options.mask ?? true,
    };
    this.emitFn = emit;
    this.lang = options.lang ?? detectLang();
    this.display = options.displayPath ?? options.pluginPath;
    this.storage = resolveStorageDir(this.display, options.storageDir);
    this.configPath = resolveConfigPath(this.display, options.configPath);
    this.stdinOpen = options.stdin ?? false;
    this.http = new HttpClient({
      maxBody: this.opts.maxBody,
      ...(options.timeoutCapSeconds ? { timeoutCapMs: options.timeoutCapSeconds * 1000 } : {}),
      ...(options.resolve ? { resolve: options.resolve } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      lang: this.lang,
    });
    this.done = new Promise((r) => (this.resolveDone = r));
    const { lauxlib, lualib } = this.F;
    this.L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(this.L);
  }

  private emit(e: RunEvent): void {
    this.emitFn(e);
  }

  private msg(key: MessageKey, ...a: string[]): string {
    return message(this.lang, key, ...a);
  }

  warn(text: string, api?: string): void {
    this.emit({ type: 'warning', message: text, ...(api ? { api } : {}) });
  }

  // ----------------------------------------------------------------------------------------------------------
  // Lua helpers

  private str(s: string): Uint8Array {
    return this.F.to_luastring(s);
  }

  /** For fixed names (fields, keys): Fengari caches the conversion. */
  private key(s: string): Uint8Array {
    return this.F.to_luastring(s, true);
  }

  /** Runs a file operation for a storage helper and returns its success to Lua as one boolean. */
  private pushSucceeded(L: any, action: () => void): number {
    try {
      action();
      this.F.lua.lua_pushboolean(L, true);
    } catch {
      this.F.lua.lua_pushboolean(L, false);
    }
    return 1;
  }

  private jsstr(L: any, idx: number): string {
    const b = this.F.lua.lua_tolstring(L, idx) as Uint8Array | null;
    return b ? UTF8.decode(b) : '';
  }

  /** tostring() of any value, as bytes. */
  private tostringBytes(L: any, idx: number): Uint8Array {
    const { lauxlib, lua } = this.F;
    lauxlib.luaL_tolstring(L, idx);
    const b = lua.lua_tolstring(L, -1) as Uint8Array;
    lua.lua_pop(L, 1);
    return b;
  }

  private tostring(L: any, idx: number): string {
    return UTF8.decode(this.tostringBytes(L, idx));
  }

  private typeName(L: any, idx: number): string {
    const { lua, lauxlib } = this.F;
    const n = lauxlib.luaL_typename(L, idx);
    return typeof n === 'string' ? n : this.F.to_jsstring(n);
    void lua;
  }

  private raise(L: any, text: string): never {
    const { lua } = this.F;
    lua.lua_pushstring(L, this.str(text));
    lua.lua_error(L);
    throw new Error('unreachable');
  }

  private isSentinel(L: any, idx: number): boolean {
    const { lua } = this.F;
    lua.lua_checkstack(L, 4);
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, this.sentinelRef);
    const same = lua.lua_rawequal(L, idx < 0 ? idx - 1 : idx, -1);
    lua.lua_pop(L, 1);
    return same;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Running

  /** Starts the run; resolves with the exit event (also emitted). */
  start(): Promise<ExitEvent> {
    try {
      this.begin();
    } catch (e) {
      this.internalError(e);
    }
    return this.done;
  }

  private begin(): void {
    const { lua, lauxlib } = this.F;
    const L = this.L;
    let config: string | null = this.configPath;
    let configTable: JsonValue = {};
    if (config) {
      try {
        const doc = decodeGoJson(fs.readFileSync(config));
        if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
          this.configDoc = doc as Record<string, unknown>;
          const c = (doc as Record<string, JsonValue>)['配置'];
          configTable = c ?? {};
          if (c === undefined) {
            this.warn(this.msg('config_no_field', config));
          }
        }
      } catch (e) {
        const detail = e instanceof JsonSyntaxError ? e.message : (e as Error).message;
        this.emit({
          type: 'start',
          plugin: this.display,
          config,
          storage: this.storage,
          time: Date.now(),
        });
        this.emit({
          type: 'error',
          message: this.msg('config_unreadable', config, detail),
          file: config,
        });
        this.finish(1, 'error');
        return;
      }
    } else {
      config = null;
    }
    this.emit({
      type: 'start',
      plugin: this.display,
      config,
      storage: this.storage,
      time: Date.now(),
    });

    let source: string;
    if (this.opts.source !== undefined) source = this.opts.source;
    else {
      try {
        source = fs.readFileSync(this.opts.pluginPath, 'utf8');
      } catch {
        this.emit({ type: 'error', message: this.msg('not_found', this.opts.pluginPath) });
        this.finish(1, 'error');
        return;
      }
    }

    lua.lua_atnativeerror(L, (L1: any) => {
      const e = lua.lua_touserdata(L1, -1) as unknown;
      let text: string;
      if (e instanceof RangeError && /call stack/i.test(e.message)) text = 'stack overflow';
      else if (
        e instanceof RangeError ||
        (e as Error)?.message?.includes('Array buffer allocation failed')
      )
        text = 'not enough memory';
      else text = String((e as Error)?.message ?? e);
      lua.lua_pushstring(L1, this.str(text));
      return 1;
    });

    // Sentinel: a unique table used to unwind on os.exit / halt / errors already reported.
    lua.lua_createtable(L, 0, 0);
    this.sentinelRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);

    // package.path: the plugin's folder first.
    lua.lua_getglobal(L, this.str('package'));
    lua.lua_getfield(L, -1, this.str('path'));
    const oldPath = this.jsstr(L, -1);
    lua.lua_pop(L, 1);
    const dir = path.dirname(path.resolve(this.display));
    lua.lua_pushstring(
      L,
      this.str(`${path.join(dir, '?.lua')};${path.join(dir, '?', 'init.lua')};${oldPath}`),
    );
    lua.lua_setfield(L, -2, this.str('path'));
    lua.lua_pop(L, 1);

    // string.format as gopher-lua does it: %d/%i/%x/%X/%o/%c truncate non-integral numbers.
    lua.lua_getglobal(L, this.str('string'));
    lua.lua_getfield(L, -1, this.str('format'));
    this.rawFormatRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    lua.lua_pop(L, 1);

    // Prelude.
    if (
      lauxlib.luaL_loadbuffer(L, this.str(PRELUDE), null, this.str('=[coromega]')) !== lua.LUA_OK
    ) {
      throw new Error('prelude: ' + this.jsstr(L, -1));
    }
    this.pushHostTable(L, configTable);
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, this.sentinelRef);
    if (lua.lua_pcall(L, 2, 0, 0) !== lua.LUA_OK) throw new Error('prelude: ' + this.jsstr(L, -1));

    // The plugin. Lua 5.1's parser decides what is valid (what neomega accepts), then Fengari loads it.
    const plain = source.replace(/^\uFEFF/, '');
    const syntax = lua51SyntaxError(plain);
    if (syntax) {
      this.reportError(`${this.display}:${syntax.line}: ${syntax.message}`, undefined);
      this.fatal = true;
      this.finish(1, 'error');
      return;
    }
    const { text } = rewriteLua51Escapes(plain);
    const co = lua.lua_newthread(L);
    this.mainRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    const bytes = this.str(text);
    const st = lauxlib.luaL_loadbuffer(co, bytes, bytes.length, this.str('@' + this.display));
    if (st !== lua.LUA_OK) {
      const m = this.jsstr(co, -1);
      this.reportError(m, undefined);
      this.fatal = true;
      this.finish(1, 'error');
      return;
    }
    this.resume(co, 0, true);
  }

  private resume(co: any, nargs: number, isMain = false): void {
    if (this.finished) return;
    const { lua, lauxlib } = this.F;
    let status: number;
    try {
      status = lua.lua_resume(co, null, nargs);
    } catch (e) {
      this.internalError(e);
      return;
    }
    if (status === lua.LUA_YIELD) {
      lua.lua_settop(co, 0);
    } else if (status === lua.LUA_OK) {
      lua.lua_settop(co, 0);
      if (isMain) this.mainDone = true;
    } else {
      if (isMain) this.mainDone = true;
      if (!this.isSentinel(co, -1) && !this.fatal) {
        let m: string;
        if (lua.lua_type(co, -1) === lua.LUA_TSTRING) m = this.jsstr(co, -1);
        else m = this.tostring(co, -1);
        lauxlib.luaL_traceback(this.L, co, null, 0);
        const tb = this.jsstr(this.L, -1);
        lua.lua_pop(this.L, 1);
        this.reportError(m, tb);
        this.fatal = true;
      }
      lua.lua_settop(co, 0);
    }
    if (isMain && status === lua.LUA_YIELD) this.mainDone = true;
    this.afterTurn();
  }

  private reportError(m: string, traceback: string | undefined): void {
    let file: string | undefined;
    let line: number | undefined;
    const d = this.display;
    if (m.startsWith(d + ':')) {
      const mm = /^:(\d+):/.exec(m.slice(d.length));
      if (mm) {
        file = d;
        line = Number(mm[1]);
      }
    } else {
      const mm = /^(.+?\.lua):(\d+):/.exec(m);
      if (mm) {
        file = mm[1];
        line = Number(mm[2]);
      }
    }
    if (/stack overflow/.test(m)) m = `${m} (${this.msg('stack')})`;
    if (!file && traceback) {
      const tm = new RegExp(`${escapeRe(d)}:(\\d+):`).exec(traceback);
      if (tm) {
        file = d;
        line = Number(tm[1]);
      }
    }
    this.emit({
      type: 'error',
      message: m,
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(traceback ? { traceback: traceback.replace(/\[JS\]:/g, '[C]:') } : {}),
    });
  }

  private internalError(e: unknown): void {
    const err = e as Error;
    let m = String(err?.message ?? e);
    if (err instanceof RangeError && /call stack/i.test(m))
      m = 'stack overflow (' + this.msg('stack') + ')';
    this.emit({ type: 'error', message: m });
    this.fatal = true;
    this.finish(1, 'error');
  }

  private afterTurn(): void {
    if (this.finished) return;
    if (this.exitCode !== undefined) {
      this.finish(this.exitCode, 'exit');
      return;
    }
    if (this.fatal) {
      this.finish(1, 'error');
      return;
    }
    if (this.halted) {
      this.finish(0, 'finished');
      return;
    }
    if (!this.mainDone) return;
    this.processLines();
    if (this.finished) return;
    const listening = this.stdinOpen && (this.menus.length > 0 || this.inputWaiters.length > 0);
    if (this.pending === 0 && !listening) {
      this.finish(0, 'finished');
    } else if (!this.runCalled && !this.warnedNoRun && this.pending > 0) {
      this.warnedNoRun = true;
      this.warn(this.msg('no_run'));
    }
  }
  private warnedNoRun = false;

  /** Feeds one stdin line (without newline). */
  pushInput(line: string): void {
    if (this.finished) return;
    this.lines.push(line);
    if (this.mainDone) {
      this.processLines();
      this.afterTurn();
    }
  }

  /** stdin reached EOF. */
  endInput(): void {
    if (this.finished || !this.stdinOpen) return;
    this.stdinOpen = false;
    if (!this.mainDone) return;
    this.processLines();
    if (this.inputWaiters.length > 0) {
      this.warn(this.msg('stdin_closed'));
      this.inputWaiters.length = 0;
    }
    this.afterTurn();
  }

  private processLines(): void {
    const { lua } = this.F;
    while (this.lines.length > 0 && !this.finished) {
      if (this.inputWaiters.length > 0) {
        const w = this.inputWaiters.shift()!;
        const line = this.lines.shift()!;
        lua.lua_pushstring(w.co, this.str(line));
        this.resume(w.co, 1);
        continue;
      }
      if (this.menus.length > 0) {
        const line = this.lines.shift()!;
        const words = line
          .trim()
          .split(/\s+/)
          .filter((w) => w !== '');
        if (words.length === 0) continue;
        const menu = this.menus.find((m) => m.triggers.includes(words[0]!));
        if (!menu) {
          this.warn(
            this.msg(
              'no_trigger',
              words[0]!,
              this.menus.map((m) => m.triggers.join('/')).join(', '),
            ),
          );
          continue;
        }
        this.callSpawn(menu.fnRef, words.slice(1));
        continue;
      }
      break;
    }
  }

  private callSpawn(fnRef: number, args: string[]): void {
    const { lua } = this.F;
    const L = this.L;
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, this.spawnRef);
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, fnRef);
    lua.lua_createtable(L, args.length, 0);
    args.forEach((a, i) => {
      lua.lua_pushstring(L, this.str(a));
      lua.lua_rawseti(L, -2, i + 1);
    });
    const st = lua.lua_pcall(L, 2, 0, 0);
    if (st !== lua.LUA_OK) {
      if (!this.isSentinel(L, -1) && !this.fatal) {
        this.reportError(this.tostring(L, -1), undefined);
        this.fatal = true;
      }
      lua.lua_pop(L, 1);
    }
    this.afterTurn();
  }

  /** Stops the run from outside: in-flight requests are aborted, timers cleared. */
  stop(reason: ExitReason = 'stopped', text?: string): void {
    this.finish(1, reason, text ?? this.msg('stopped'));
  }

  private finish(code: number, reason: ExitReason, text?: string): void {
    if (this.finished) return;
    this.finished = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const i of this.immediates) clearImmediate(i);
    this.immediates.clear();
    for (const f of this.files.values()) {
      try {
        fs.closeSync(f.fd);
      } catch {
        /* already closed */
      }
    }
    this.files.clear();
    const exit: ExitEvent = { type: 'exit', code, reason, ...(text ? { message: text } : {}) };
    void this.http.close().then(() => {
      this.emit(exit);
      this.resolveDone(exit);
    });
  }

  // ----------------------------------------------------------------------------------------------------------
  // Output

  private emitPrint(text: string, stream: PrintStream, level?: LogLevel, partial?: boolean): void {
    this.emit({
      type: 'print',
      text,
      stream,
      ...(level ? { level } : {}),
      ...(partial ? { partial: true } : {}),
    });
  }

  /** coromega:print formatting: space-joined; fractional numbers %0.3f; tables as loose JSON; nil as nil. */
  private formatCoromega(L: any): string {
    const { lua } = this.F;
    const n = lua.lua_gettop(L);
    const parts: string[] = [];
    for (let i = 1; i <= n; i++) {
      const t = lua.lua_type(L, i);
      if (t === lua.LUA_TNUMBER) {
        const v = lua.lua_tonumber(L, i) as number;
        parts.push(Number.isFinite(v) && !Number.isInteger(v) ? v.toFixed(3) : goNumberString(v));
      } else if (t === lua.LUA_TSTRING) {
        parts.push(this.jsstr(L, i));
      } else if (t === lua.LUA_TNIL || t === lua.LUA_TNONE) {
        parts.push('nil');
      } else if (t === lua.LUA_TTABLE) {
        parts.push(encodeLuaValue(L, i, { loose: true }));
      } else {
        parts.push(this.tostring(L, i));
      }
    }
    return parts.join(' ');
  }

  // ----------------------------------------------------------------------------------------------------------
  // The host table given to the prelude

  private pushHostTable(L0: any, configTable: JsonValue): void {
    const { lua } = this.F;
    const fns: Record<string, (L: any) => number> = {
      rewrite: (L) => {
        const s = this.jsstrRaw(L, 1);
        lua.lua_pushstring(L, this.str(rewriteLua51Escapes(s).text));
        return 1;
      },
      readsource: (L) => {
        const p = this.jsstr(L, 1);
        try {
          const text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
          lua.lua_pushstring(L, this.str(rewriteLua51Escapes(text).text));
          return 1;
        } catch {
          lua.lua_pushnil(L);
          lua.lua_pushstring(L, this.str(`cannot open ${p}`));
          return 2;
        }
      },
      msg: (L) => {
        const key = this.jsstr(L, 1) as MessageKey;
        const args: string[] = [];
        for (let i = 2; i <= lua.lua_gettop(L); i++) args.push(this.tostring(L, i));
        lua.lua_pushstring(L, this.str(this.msg(key, ...args)));
        return 1;
      },
      print: (L) => {
        const n = lua.lua_gettop(L);
        const chunks: Uint8Array[] = [];
        for (let i = 1; i <= n; i++) {
          if (i > 1) chunks.push(TAB);
          chunks.push(this.tostringBytes(L, i));
        }
        chunks.push(NL);
        const text = this.printDecoder.decode(concatBytes(chunks), { stream: true });
        this.emitPrint(text.endsWith('\n') ? text.slice(0, -1) : text, 'print');
        return 0;
      },
      write: (L) => {
        const n = lua.lua_gettop(L);
        const chunks: Uint8Array[] = [];
        for (let i = 1; i <= n; i++) {
          const t = lua.lua_type(L, i);
          if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) {
            this.raise(
              L,
              `bad argument #${i} to 'write' (string expected, got ${this.typeName(L, i)})`,
            );
          }
          chunks.push(this.tostringBytes(L, i));
        }
        const text = this.printDecoder.decode(concatBytes(chunks), { stream: true });
        if (text !== '') this.emitPrint(text, 'print', undefined, true);
        return 0;
      },
      cprint: (L) => {
        this.emitPrint(this.formatCoromega(L), 'coromega');
        return 0;
      },
      log: (L) => {
        const level = this.jsstr(L, 1) as LogLevel;
        lua.lua_remove(L, 1);
        this.emitPrint(this.formatCoromega(L), 'log', level);
        return 0;
      },
      fatal: (L) => {
        if (!this.fatal) {
          const m = lua.lua_type(L, 1) === lua.LUA_TSTRING ? this.jsstr(L, 1) : this.tostring(L, 1);
          const tb = this.jsstr(L, 2);
          const idx = tb.indexOf('stack traceback:');
          this.reportError(m, idx >= 0 ? tb.slice(idx) : undefined);
          this.fatal = true;
        }
        return 0;
      },
      setspawn: (L) => {
        lua.lua_pushvalue(L, 1);
        this.spawnRef = this.F.lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
        return 0;
      },
      run: () => {
        this.runCalled = true;
        return 0;
      },
      halt: () => {
        this.halted = true;
        return 0;
      },
      exit: (L) => {
        const t = lua.lua_type(L, 1);
        let code = 0;
        if (t === lua.LUA_TBOOLEAN) code = lua.lua_toboolean(L, 1) ? 0 : 1;
        else if (t === lua.LUA_TNUMBER) code = Math.trunc(lua.lua_tonumber(L, 1) as number);
        this.exitCode = code;
        this.warn(
          this.msg(
            'exit_called',
            t === lua.LUA_TNONE || t === lua.LUA_TNIL ? '' : this.tostring(L, 1),
          ),
        );
        return 0;
      },
      execute: (L) => {
        if (lua.lua_gettop(L) === 0 || lua.lua_isnil(L, 1)) {
          lua.lua_pushboolean(L, true);
          return 1;
        }
        const cmd = this.jsstr(L, 1);
        const r = spawnSync(cmd, { shell: true, encoding: 'utf8', timeout: 60000 });
        const out = (r.stdout ?? '') + (r.stderr ?? '');
        for (const line of out.replace(/\n$/, '').split('\n'))
          if (out !== '') this.emitPrint(line, 'print');
        lua.lua_pushinteger(L, r.status ?? 1);
        return 1;
      },
      offline: (L) => {
        const name = this.jsstr(L, 1);
        if (!this.warnedOffline.has(name)) {
          this.warnedOffline.add(name);
          this.warn(this.msg('offline', name), name);
        }
        return 0;
      },
      config: (L) => {
        pushJsonValue(L, configTable);
        return 1;
      },
      update_config: (L) => {
        const text = this.jsstr(L, 1);
        this.updateConfig(text);
        return 0;
      },
      json_encode: (L) => {
        this.F.lauxlib.luaL_checkany(L, 1);
        try {
          const s = encodeLuaValue(L, 1);
          lua.lua_pushstring(L, this.str(s));
          return 1;
        } catch (e) {
          if (!(e instanceof JsonEncodeError)) throw e;
          lua.lua_pushnil(L);
          lua.lua_pushstring(L, this.str(e.message));
          return 2;
        }
      },
      json_decode: (L) => {
        const bytes = this.F.lauxlib.luaL_checklstring(L, 1) as Uint8Array;
        try {
          const v = decodeGoJson(bytes);
          pushJsonValue(L, v);
          return 1;
        } catch (e) {
          if (!(e instanceof JsonSyntaxError)) throw e;
          lua.lua_pushnil(L);
          lua.lua_pushstring(L, this.str(e.message));
          return 2;
        }
      },
      format: (L) => this.format(L),
      http: (L) => this.startHttp(L),
      http_verbs: (L) => {
        lua.lua_createtable(L, 0, 8);
        for (const [name, method] of Object.entries(HTTP_VERBS)) {
          lua.lua_pushstring(L, this.str(method));
          lua.lua_setfield(L, -2, this.str(name));
        }
        return 1;
      },
      sleep: (L) => {
        const sec = lua.lua_type(L, 1) === lua.LUA_TNUMBER ? (lua.lua_tonumber(L, 1) as number) : 0;
        const co = L;
        this.pending++;
        const ms = Math.min(MAX_TIMER_MS, Math.max(0, sec * 1000));
        const t = setTimeout(() => {
          this.timers.delete(t);
          this.pending--;
          this.resumeIfSuspended(co, 0);
        }, ms);
        this.timers.add(t);
        return 0;
      },
      input: (L) => {
        const prompt = lua.lua_isnoneornil(L, 1) ? '' : this.tostring(L, 1);
        const co = L;
        this.emit({ type: 'input', prompt });
        const timeout =
          lua.lua_type(L, 2) === lua.LUA_TNUMBER ? (lua.lua_tonumber(L, 2) as number) : 0;
        const waiter = { co, prompt };
        this.inputWaiters.push(waiter);
        if (timeout > 0) {
          this.pending++;
          const t = setTimeout(
            () => {
              this.timers.delete(t);
              this.pending--;
              const i = this.inputWaiters.indexOf(waiter);
              if (i >= 0) {
                this.inputWaiters.splice(i, 1);
                lua.lua_pushstring(co, this.str(''));
                this.resumeIfSuspended(co, 1);
              } else {
                this.afterTurn();
              }
            },
            Math.min(MAX_TIMER_MS, timeout * 1000),
          );
          this.timers.add(t);
        }
        if (!this.stdinOpen && this.lines.length === 0 && timeout <= 0) {
          // Nothing can ever answer: drop the waiter so the run can end.
          this.inputWaiters.pop();
          this.warn(this.msg('stdin_closed'));
        } else {
          const im = setImmediate(() => {
            this.immediates.delete(im);
            this.processLines();
            this.afterTurn();
          });
          this.immediates.add(im);
        }
        return 0;
      },
      wake: (L) => {
        const co = lua.lua_tothread(L, 1);
        const n = lua.lua_gettop(L) - 1;
        lua.lua_createtable(L, n, 0);
        for (let i = 1; i <= n; i++) {
          lua.lua_pushvalue(L, i + 1);
          lua.lua_rawseti(L, -2, i);
        }
        const ref = this.F.lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
        this.pending++;
        const im = setImmediate(() => {
          this.immediates.delete(im);
          this.pending--;
          const { lauxlib } = this.F;
          lua.lua_rawgeti(this.L, lua.LUA_REGISTRYINDEX, ref);
          lauxlib.luaL_unref(this.L, lua.LUA_REGISTRYINDEX, ref);
          if (lua.lua_status(co) !== lua.LUA_YIELD) {
            lua.lua_pop(this.L, 1);
            this.afterTurn();
            return;
          }
          lauxlib.luaL_checkstack(co, n + 1, null);
          lauxlib.luaL_checkstack(this.L, n + 1, null);
          const tIdx = lua.lua_gettop(this.L);
          for (let i = 1; i <= n; i++) lua.lua_rawgeti(this.L, tIdx, i);
          lua.lua_xmove(this.L, co, n);
          lua.lua_pop(this.L, 1);
          this.resume(co, n);
        });
        this.immediates.add(im);
        return 0;
      },
      menu: (L) => {
        const triggers: string[] = [];
        if (lua.lua_type(L, 1) === lua.LUA_TTABLE) {
          lua.lua_getfield(L, 1, this.key('triggers'));
          if (lua.lua_type(L, -1) === lua.LUA_TTABLE) {
            const n = lua.lua_rawlen(L, -1);
            for (let i = 1; i <= n; i++) {
              lua.lua_rawgeti(L, -1, i);
              if (!lua.lua_isnil(L, -1)) triggers.push(this.tostring(L, -1));
              lua.lua_pop(L, 1);
            }
          }
          lua.lua_pop(L, 1);
        }
        lua.lua_pushvalue(L, 2);
        const fnRef = this.F.lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
        this.menus.push({ triggers, fnRef });
        return 0;
      },
      now: (L) => {
        lua.lua_pushnumber(L, Date.now() / 1000);
        return 1;
      },
      since_start: (L) => {
        lua.lua_pushnumber(L, (Date.now() - this.startTime) / 1000);
        return 1;
      },
      uuid: (L) => {
        lua.lua_pushstring(L, this.str(crypto.randomUUID()));
        return 1;
      },
      osname: (L) => {
        const arch =
          process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
        const plat = process.platform === 'win32' ? 'windows' : process.platform;
        lua.lua_pushstring(L, this.str(`${plat}-${arch}`));
        return 1;
      },
      cwd: (L) => {
        lua.lua_pushstring(L, this.str(process.cwd()));
        return 1;
      },
      make_dir: (L) => {
        fs.mkdirSync(this.jsstr(L, 1), { recursive: true });
        return 0;
      },
      make_temp_dir: (L) => {
        lua.lua_pushstring(L, this.str(fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-'))));
        return 1;
      },
      storage_path: (L) => {
        const parts = [this.storage];
        for (let i = 1; i <= lua.lua_gettop(L); i++) parts.push(this.tostring(L, i));
        lua.lua_pushstring(L, this.str(goJoin(parts)));
        return 1;
      },
      path_join: (L) => {
        const parts: string[] = [];
        for (let i = 1; i <= lua.lua_gettop(L); i++) parts.push(this.tostring(L, i));
        lua.lua_pushstring(L, this.str(goJoin(parts)));
        return 1;
      },
      path_list: (L) => {
        lua.lua_createtable(L, 0, 0);
        try {
          const entries = fs.readdirSync(this.jsstr(L, 1)).sort();
          entries.forEach((e, i) => {
            lua.lua_pushstring(L, this.str(e));
            lua.lua_rawseti(L, -2, i + 1);
          });
        } catch {
          /* empty list */
        }
        return 1;
      },
      path_is_abs: (L) => {
        lua.lua_pushboolean(L, path.isAbsolute(this.jsstr(L, 1)));
        return 1;
      },
      path_abs: (L) => {
        lua.lua_pushstring(L, this.str(path.resolve(this.jsstr(L, 1))));
        return 1;
      },
      path_ext: (L) => {
        lua.lua_pushstring(L, this.str(path.extname(this.jsstr(L, 1))));
        return 1;
      },
      path_move: (L) =>
        this.pushSucceeded(L, () => fs.renameSync(this.jsstr(L, 1), this.jsstr(L, 2))),
      path_remove: (L) =>
        this.pushSucceeded(L, () => fs.rmSync(this.jsstr(L, 1), { recursive: true, force: true })),
      path_exist: (L) => {
        lua.lua_pushboolean(L, fs.existsSync(this.jsstr(L, 1)));
        return 1;
      },
      save_text: (L) => {
        const p = this.jsstr(L, 1);
        const data = lua.lua_isnoneornil(L, 2) ? new Uint8Array() : this.tostringBytes(L, 2);
        return this.pushSucceeded(L, () => {
          fs.mkdirSync(path.dirname(p), { recursive: true });
          fs.writeFileSync(p, data);
        });
      },
      load_text: (L) => {
        try {
          lua.lua_pushstring(L, new Uint8Array(fs.readFileSync(this.jsstr(L, 1))));
        } catch {
          lua.lua_pushstring(L, this.str(''));
        }
        return 1;
      },
      fopen: (L) => this.fopen(L),
      fread: (L) => this.fread(L),
      fwrite: (L) => this.fwrite(L),
      fclose: (L) => {
        const f = this.files.get(lua.lua_tointeger(L, 1) as number);
        if (f) {
          fs.closeSync(f.fd);
          this.files.delete(lua.lua_tointeger(L, 1) as number);
        }
        return 0;
      },
      fseek: (L) => {
        const f = this.files.get(lua.lua_tointeger(L, 1) as number);
        if (!f) return 0;
        const whence = this.jsstr(L, 2);
        const off = lua.lua_tonumber(L, 3) as number;
        const size = fs.fstatSync(f.fd).size;
        if (whence === 'set') f.pos = off;
        else if (whence === 'end') f.pos = size + off;
        else f.pos += off;
        lua.lua_pushinteger(L, f.pos);
        return 1;
      },
    };
    lua.lua_createtable(L0, 0, Object.keys(fns).length);
    for (const [name, fn] of Object.entries(fns)) {
      lua.lua_pushcfunction(L0, fn);
      lua.lua_setfield(L0, -2, this.str(name));
    }
  }

  private format(L: any): number {
    const { lua } = this.F;
    const n = lua.lua_gettop(L);
    let needs = false;
    for (let i = 2; i <= n && !needs; i++) {
      const t = lua.lua_type(L, i);
      if (t === lua.LUA_TNUMBER) {
        if (!lua.lua_isinteger(L, i)) {
          const v = lua.lua_tonumber(L, i) as number;
          needs = Number.isFinite(v) && v !== Math.trunc(v);
        }
      } else if (t === lua.LUA_TSTRING) {
        const b = lua.lua_tolstring(L, i) as Uint8Array;
        needs = b.length < 64 && b.includes(0x2e) && Number.isFinite(Number(UTF8.decode(b)));
      }
    }
    if (needs && lua.lua_type(L, 1) === lua.LUA_TSTRING) {
      const fmt = this.jsstr(L, 1);
      const re = /%[-+ #0]*\d*(?:\.\d*)?([a-zA-Z%])/g;
      let m: RegExpExecArray | null;
      let arg = 1;
      while ((m = re.exec(fmt)) !== null) {
        const conv = m[1]!;
        if (conv === '%') continue;
        arg++;
        if (arg > n) break;
        if (!'dixXoc'.includes(conv)) continue;
        const t = lua.lua_type(L, arg);
        if (t !== lua.LUA_TNUMBER && t !== lua.LUA_TSTRING) continue;
        const v =
          t === lua.LUA_TNUMBER ? (lua.lua_tonumber(L, arg) as number) : Number(this.jsstr(L, arg));
        if (Number.isFinite(v) && v !== Math.trunc(v)) {
          lua.lua_pushnumber(L, Math.trunc(v));
          lua.lua_replace(L, arg);
        }
      }
    }
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, this.rawFormatRef);
    lua.lua_insert(L, 1);
    lua.lua_call(L, n, 1);
    return 1;
  }

  private jsstrRaw(L: any, idx: number): string {
    return UTF8.decode(this.F.lauxlib.luaL_checklstring(L, idx) as Uint8Array);
  }

  private resumeIfSuspended(co: any, nargs: number): void {
    const { lua } = this.F;
    if (this.finished) return;
    if (lua.lua_status(co) !== lua.LUA_YIELD) {
      lua.lua_pop(co, nargs);
      this.afterTurn();
      return;
    }
    this.resume(co, nargs);
  }

  private updateConfig(text: string): void {
    const target =
      this.configPath ??
      path.join(
        path.dirname(path.resolve(this.display)),
        path.basename(this.display).replace(/\.lua$/i, '') + '.json',
      );
    const cfg = JSON.parse(text) as unknown;
    const doc: Record<string, unknown> = this.configDoc ?? {
      名称: path.basename(this.display),
      描述: '',
      是否禁用: false,
      来源: 'LuaLoader',
    };
    doc['配置'] = cfg;
    this.configDoc = doc;
    fs.writeFileSync(target, JSON.stringify(doc, null, 4) + '\n');
  }

  // ----------------------------------------------------------------------------------------------------------
  // Files (io.open and friends)

  private fopen(L: any): number {
    const { lua } = this.F;
    const p = this.jsstr(L, 1);
    const mode = this.jsstr(L, 2).replace('b', '');
    const flags: Record<string, string> = {
      r: 'r',
      w: 'w',
      a: 'a',
      'r+': 'r+',
      'w+': 'w+',
      'a+': 'a+',
    };
    const flag = flags[mode];
    if (!flag) this.raise(L, `bad argument #2 to 'open' (invalid mode '${this.jsstr(L, 2)}')`);
    try {
      const fd = fs.openSync(p, flag!);
      const id = this.nextFile++;
      this.files.set(id, { fd, pos: 0, append: mode.startsWith('a'), path: p });
      lua.lua_pushinteger(L, id);
      return 1;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const text =
        code === 'ENOENT'
          ? 'No such file or directory'
          : code === 'EACCES'
            ? 'Permission denied'
            : code === 'EISDIR'
              ? 'Is a directory'
              : String((e as Error).message);
      const errno = code === 'ENOENT' ? 2 : code === 'EACCES' ? 13 : code === 'EISDIR' ? 21 : 5;
      lua.lua_pushnil(L);
      lua.lua_pushstring(L, this.str(`${p}: ${text}`));
      lua.lua_pushinteger(L, errno);
      return 3;
    }
  }

  private readBytes(f: OpenFile, n: number): Buffer {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(f.fd, buf, 0, n, f.pos);
    f.pos += got;
    return buf.subarray(0, got);
  }

  private fread(L: any): number {
    const { lua } = this.F;
    const f = this.files.get(lua.lua_tointeger(L, 1) as number);
    if (!f) {
      lua.lua_pushnil(L);
      return 1;
    }
    if (lua.lua_type(L, 2) === lua.LUA_TNUMBER) {
      const n = Math.max(0, Math.trunc(lua.lua_tonumber(L, 2) as number));
      const b = this.readBytes(f, n);
      if (b.length === 0 && n > 0) lua.lua_pushnil(L);
      else if (n === 0) {
        const size = fs.fstatSync(f.fd).size;
        if (f.pos >= size) lua.lua_pushnil(L);
        else lua.lua_pushstring(L, this.str(''));
      } else lua.lua_pushstring(L, new Uint8Array(b));
      return 1;
    }
    const fmt = this.jsstr(L, 2).replace(/^\*/, '');
    switch (fmt[0]) {
      case 'a': {
        const size = fs.fstatSync(f.fd).size;
        const b = this.readBytes(f, Math.max(0, size - f.pos));
        lua.lua_pushstring(L, new Uint8Array(b));
        return 1;
      }
      case 'l':
      case 'L': {
        const chunks: Buffer[] = [];
        let found = false;
        for (;;) {
          const start = f.pos;
          const b = this.readBytes(f, 4096);
          if (b.length === 0) break;
          const nl = b.indexOf(10);
          if (nl >= 0) {
            chunks.push(b.subarray(0, fmt[0] === 'L' ? nl + 1 : nl));
            f.pos = start + nl + 1;
            found = true;
            break;
          }
          chunks.push(b);
        }
        const all = Buffer.concat(chunks);
        if (!found && all.length === 0) lua.lua_pushnil(L);
        else lua.lua_pushstring(L, new Uint8Array(all));
        return 1;
      }
      case 'n': {
        const start = f.pos;
        const b = this.readBytes(f, 200);
        const m = /^\s*[-+]?(0[xX][0-9a-fA-F.]+([pP][-+]?\d+)?|\d*\.?\d+([eE][-+]?\d+)?)/.exec(
          b.toString('latin1'),
        );
        if (!m) {
          f.pos = start;
          lua.lua_pushnil(L);
          return 1;
        }
        f.pos = start + m[0].length;
        lua.lua_pushnumber(L, Number(m[0].trim()));
        return 1;
      }
      default:
        return this.raise(L, `bad argument #1 to 'read' (invalid format)`);
    }
  }

  private fwrite(L: any): number {
    const { lua } = this.F;
    const f = this.files.get(lua.lua_tointeger(L, 1) as number);
    if (!f) return 0;
    const t = lua.lua_type(L, 2);
    if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER) {
      this.raise(L, `bad argument #1 to 'write' (string expected, got ${this.typeName(L, 2)})`);
    }
    const b = this.tostringBytes(L, 2);
    try {
      if (f.append) fs.appendFileSync(f.fd, b);
      else {
        fs.writeSync(f.fd, b, 0, b.length, f.pos);
        f.pos += b.length;
      }
      lua.lua_pushboolean(L, true);
      return 1;
    } catch (e) {
      lua.lua_pushnil(L);
      lua.lua_pushstring(L, this.str(String((e as Error).message)));
      return 2;
    }
  }

  // ----------------------------------------------------------------------------------------------------------
  // HTTP

  private optField(L: any, idx: number, name: string): number {
    this.F.lua.lua_getfield(L, idx, this.key(name));
    return this.F.lua.lua_type(L, -1);
  }

  private startHttp(L: any): number {
    const { lua } = this.F;
    const co = L;
    const method = this.jsstr(L, 1).toUpperCase();
    const url = this.tostring(L, 2);
    const spec: HttpSpec = { method, url, headers: [], cookies: [] };
    const api = `coromega:http_request`;
    let preError: string | undefined;
    const optType = lua.lua_type(L, 3);
    if (optType === lua.LUA_TTABLE) {
      // Keys neomega does not know are ignored there; point them out (typos such as `header`).
      lua.lua_pushnil(L);
      while (lua.lua_next(L, 3) !== 0) {
        if (lua.lua_type(L, -2) === lua.LUA_TSTRING) {
          const k = this.jsstr(L, -2);
          if (!OPTION_KEY_NAMES.includes(k)) {
            this.warn(this.msg('option_unknown', k, OPTION_KEY_NAMES.join(', ')));
          }
        }
        lua.lua_pop(L, 1);
      }
      // cookies
      if (this.optField(L, 3, 'cookies') === lua.LUA_TTABLE) {
        lua.lua_pushnil(L);
        while (lua.lua_next(L, -2) !== 0) {
          spec.cookies.push([this.tostring(L, -2), this.tostring(L, -1)]);
          lua.lua_pop(L, 1);
        }
      }
      lua.lua_pop(L, 1);
      // query
      const qt = this.optField(L, 3, 'query');
      if (qt === lua.LUA_TSTRING) spec.query = this.jsstr(L, -1);
      else if (qt !== lua.LUA_TNIL)
        this.warn(this.msg('option_ignored', 'query', 'string', this.typeName(L, -1)));
      lua.lua_pop(L, 1);
      // body / form
      const bt = this.optField(L, 3, 'body');
      if (bt === lua.LUA_TSTRING) spec.body = lua.lua_tolstring(L, -1) as Uint8Array;
      else if (bt !== lua.LUA_TNIL)
        this.warn(this.msg('option_ignored', 'body', 'string', this.typeName(L, -1)));
      lua.lua_pop(L, 1);
      if (bt !== lua.LUA_TSTRING) {
        if (this.optField(L, 3, 'form') === lua.LUA_TSTRING) {
          spec.body = lua.lua_tolstring(L, -1) as Uint8Array;
          spec.formContentType = true;
        }
        lua.lua_pop(L, 1);
      }
      // timeout
      const tt = this.optField(L, 3, 'timeout');
      if (tt === lua.LUA_TNUMBER) {
        const secs = Math.trunc(lua.lua_tonumber(L, -1) as number);
        const ms = secs * 1000;
        if (ms <= MAX_TIMER_MS) spec.timeoutMs = ms;
      } else if (tt === lua.LUA_TSTRING) {
        const r = parseGoDuration(lua.lua_tolstring(L, -1) as Uint8Array);
        if (r.ok) {
          const ms = r.nanoseconds / 1e6;
          if (ms <= MAX_TIMER_MS) spec.timeoutMs = ms;
        } else {
          preError = r.message;
        }
      } else if (tt !== lua.LUA_TNIL) {
        spec.timeoutMs = 0;
        this.warn(this.msg('option_timeout_type', this.typeName(L, -1)));
      }
      lua.lua_pop(L, 1);
      // headers
      if (this.optField(L, 3, 'headers') === lua.LUA_TTABLE) {
        lua.lua_pushnil(L);
        while (lua.lua_next(L, -2) !== 0) {
          const k = this.tostring(L, -2);
          const vt = lua.lua_type(L, -1);
          const v = this.tostring(L, -1);
          if (vt !== lua.LUA_TSTRING && vt !== lua.LUA_TNUMBER) {
            this.warn(this.msg('header_table', k, this.typeName(L, -1), v));
          }
          spec.headers.push([k, v]);
          lua.lua_pop(L, 1);
        }
      }
      lua.lua_pop(L, 1);
      // auth
      if (this.optField(L, 3, 'auth') === lua.LUA_TTABLE) {
        lua.lua_getfield(L, -1, this.key('user'));
        lua.lua_getfield(L, -2, this.key('pass'));
        if (lua.lua_toboolean(L, -2) && lua.lua_toboolean(L, -1)) {
          spec.auth = { user: this.tostring(L, -2), pass: this.tostring(L, -1) };
        } else if (preError === undefined) {
          preError = 'auth table must contain no nil user and pass fields';
        }
        lua.lua_pop(L, 2);
      }
      lua.lua_pop(L, 1);
    } else if (optType !== lua.LUA_TNIL && optType !== lua.LUA_TNONE) {
      this.warn(this.msg('option_type', api, this.typeName(L, 3)));
    }

    const id = this.nextId++;
    const started = Date.now();
    let sentEmitted = false;
    const emitRequest = (sent: HttpSent): void => {
      sentEmitted = true;
      const body = cutUtf8(sent.body, this.opts.maxBodyEvent);
      const ev: RequestEvent = {
        type: 'request',
        id,
        method: sent.method,
        url: sent.url,
        headers: this.maskHeaders(sent.headers),
        bodySize: sent.body.length,
        body: body.text,
        time: started,
      };
      this.emit(ev);
    };
    const fallbackSent = (): HttpSent => ({
      method: method === '' ? 'GET' : method,
      url: spec.query !== undefined ? withQueryForDisplay(url, spec.query) : url,
      headers: Object.fromEntries(spec.headers),
      body: spec.body ?? new Uint8Array(),
    });
    this.pending++;
    const deliver = (r: HttpResult): void => {
      this.pending--;
      if (this.finished) return;
      if (!sentEmitted) emitRequest(fallbackSent());
      const durationMs = Date.now() - started;
      if (r.ok) {
        this.emitResponse(id, r, durationMs);
        this.pushResponse(co, r);
        this.resumeIfSuspended(co, 1);
      } else {
        this.emit({
          type: 'requestError',
          id,
          message: r.message + (r.hint ? `\n${r.hint}` : ''),
          durationMs,
        });
        lua.lua_pushnil(co);
        lua.lua_pushstring(co, this.str(r.message));
        this.resumeIfSuspended(co, 2);
      }
    };
    if (preError !== undefined) {
      const m = preError;
      const im = setImmediate(() => {
        this.immediates.delete(im);
        deliver({ ok: false, message: m });
      });
      this.immediates.add(im);
      return 0;
    }
    void this.http
      .request(spec, emitRequest)
      .then(deliver, (e: unknown) =>
        deliver({ ok: false, message: String((e as Error)?.message ?? e) }),
      )
      .catch((e: unknown) => this.internalError(e));
    return 0;
  }

  private maskHeaders(h: Record<string, string>): Record<string, string> {
    if (!this.opts.mask) return { ...h };
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(h)) out[k] = SENSITIVE.has(k.toLowerCase()) ? '***' : v;
    return out;
  }

  private emitResponse(id: number, r: Extract<HttpResult, { ok: true }>, durationMs: number): void {
    const cut = cutUtf8(r.body, this.opts.maxBodyEvent);
    let bodyFile: string | undefined;
    if (cut.truncated) {
      try {
        const dir = this.opts.bodyDir ?? path.join(os.tmpdir(), `coromega-run-${process.pid}`);
        fs.mkdirSync(dir, { recursive: true });
        bodyFile = path.join(dir, `response-${id}.body`);
        fs.writeFileSync(bodyFile, r.body);
      } catch {
        bodyFile = undefined;
      }
    }
    const headers = { ...r.headers };
    const cookies = { ...r.cookies };
    if (this.opts.mask) {
      if (headers['Set-Cookie'] !== undefined) headers['Set-Cookie'] = '***';
      for (const k of Object.keys(cookies)) cookies[k] = '***';
    }
    this.emit({
      type: 'response',
      id,
      status: r.status,
      url: r.url,
      headers,
      cookies,
      size: r.body.length,
      durationMs,
      body: cut.text,
      bodyTruncated: cut.truncated,
      ...(bodyFile ? { bodyFile } : {}),
      ...(r.redirects > 0 ? { redirects: r.redirects } : {}),
    });
  }

  private pushResponse(co: any, r: Extract<HttpResult, { ok: true }>): void {
    const { lua, lauxlib } = this.F;
    lauxlib.luaL_checkstack(co, 6, null);
    lua.lua_createtable(co, 0, 6);
    lua.lua_pushinteger(co, r.status);
    lua.lua_setfield(co, -2, this.key('status_code'));
    lua.lua_createtable(co, 0, Object.keys(r.headers).length);
    for (const [k, v] of Object.entries(r.headers)) {
      lua.lua_pushstring(co, this.str(v));
      lua.lua_setfield(co, -2, this.str(k));
    }
    lua.lua_setfield(co, -2, this.key('headers'));
    lua.lua_pushinteger(co, r.body.length);
    lua.lua_setfield(co, -2, this.key('body_size'));
    lua.lua_pushstring(co, r.body);
    lua.lua_setfield(co, -2, this.key('body'));
    lua.lua_createtable(co, 0, Object.keys(r.cookies).length);
    for (const [k, v] of Object.entries(r.cookies)) {
      lua.lua_pushstring(co, this.str(v));
      lua.lua_setfield(co, -2, this.str(k));
    }
    lua.lua_setfield(co, -2, this.key('cookies'));
    lua.lua_pushstring(co, this.str(r.url));
    lua.lua_setfield(co, -2, this.key('url'));
  }
}

const TAB = new Uint8Array([9]);
const NL = new Uint8Array([10]);

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withQueryForDisplay(url: string, query: string): string {
  const hash = url.indexOf('#');
  const noFrag = hash >= 0 ? url.slice(0, hash) : url;
  const q = noFrag.indexOf('?');
  const base = q >= 0 ? noFrag.slice(0, q) : noFrag;
  return base + (query !== '' ? '?' + query : '') + (hash >= 0 ? url.slice(hash) : '');
}

/** The first error `luac5.1 -p` would report, as line + message (`... near 'x'`), or undefined. */
export function lua51SyntaxError(source: string): { line: number; message: string } | undefined {
  const toks = tokenize(source.startsWith('#') ? source.replace(/^#[^\n]*/, '') : source);
  const lex = toks.errors[0];
  if (lex)
    return {
      line: lex.line,
      message: lex.near ? `${lex.message} near '${lex.near}'` : lex.message,
    };
  const se = checkSyntax(toks);
  if (se) return { line: se.line, message: se.message };
  return undefined;
}

/** Runs a plugin in this thread; resolves with the exit event. */
export function runPlugin(
  options: RunOptions,
  emit: (e: RunEvent) => void,
): { run: Run; done: Promise<ExitEvent> } {
  const run = new Run(options, emit);
  return { run, done: run.start() };
}
