/**
 * omega.storage.get_kv_db: key-value databases of byte strings, kept as `kv.json` in their folder (under the data
 * folder when the path is relative), so a later run reads back exactly the bytes stored.
 *
 * neomega keeps raw strings: `db:set("k", "你好")` reads back as `你好` after any number of restarts, and a key
 * never set reads as "" (published plugins test `db:get(k) == ""`). `kv.json` maps each key to its value as a
 * JSON string; a value that is not UTF-8 is written as `{"base64": "..."}`. Files written by earlier versions of
 * this runtime (values as parsed JSON) still load: a non-string value is read as its JSON text.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HostFn, PluginVM } from '../vm/plugin';
import { goJoin } from './storage';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const ENCODER = new TextEncoder();

/** One database: its file and its values by key, as bytes. */
class KvFile {
  readonly data = new Map<string, Uint8Array>();

  constructor(readonly file: string) {
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return; // a new database
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return;
    for (const [k, v] of Object.entries(doc as Record<string, unknown>))
      this.data.set(k, decode(v));
  }

  save(): void {
    const doc: Record<string, unknown> = {};
    for (const [k, v] of this.data) doc[k] = encode(v);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(doc, null, 2) + '\n');
  }
}

function encode(v: Uint8Array): unknown {
  try {
    return STRICT_UTF8.decode(v);
  } catch {
    return { base64: Buffer.from(v).toString('base64') };
  }
}

function decode(v: unknown): Uint8Array {
  if (typeof v === 'string') return ENCODER.encode(v);
  const b64 = (v as { base64?: unknown } | null)?.base64;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof b64 === 'string')
    return new Uint8Array(Buffer.from(b64, 'base64'));
  return ENCODER.encode(JSON.stringify(v));
}

export function kvHost(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const dbs = new Map<number, KvFile>();
  let nextDb = 1;
  const dbOf = (L: any, i = 1): KvFile => {
    const db = dbs.get(lua.lua_tointeger(L, i) as number);
    if (!db) vm.raise(L, 'not a key-value database');
    return db!;
  };
  return {
    kv_open: (L) => {
      let dir = vm.jsstr(L, 1);
      if (!path.isAbsolute(dir)) dir = goJoin([vm.storage, 'data', dir]);
      const id = nextDb++;
      dbs.set(id, new KvFile(path.join(dir, 'kv.json')));
      lua.lua_pushinteger(L, id);
      return 1;
    },
    kv_get: (L) => {
      lua.lua_pushstring(L, dbOf(L).data.get(vm.jsstr(L, 2)) ?? new Uint8Array());
      return 1;
    },
    kv_set: (L) => {
      const db = dbOf(L);
      db.data.set(vm.jsstr(L, 2), vm.tostringBytes(L, 3).slice());
      db.save();
      return 0;
    },
    kv_delete: (L) => {
      const db = dbOf(L);
      db.data.delete(vm.jsstr(L, 2));
      db.save();
      return 0;
    },
    kv_all: (L) => {
      const db = dbOf(L);
      vm.push(L, [...db.data.keys()]);
      vm.push(L, [...db.data.values()]);
      return 2;
    },
    kv_migrate: (L) => {
      const src = dbOf(L);
      const dst = dbs.get(lua.lua_tointeger(L, 2) as number);
      if (dst) {
        for (const [k, v] of src.data) dst.data.set(k, v);
        dst.save();
      }
      return 0;
    },
  };
}
