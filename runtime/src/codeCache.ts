/**
 * Loads a CommonJS bundle with V8's code cache, so a process does not compile the same megabytes of JavaScript on
 * every start. The cache is what V8 compiled while the bundle last ran (`createCachedData()` after the work, so it
 * holds the functions a run uses, not only the top level), kept next to the bundle in `.cache/` under a name made
 * of the bundle's content hash and the Node version and architecture. V8 itself rejects a cache made by another
 * V8 or with other flags, but it only compares the source's length, hence the hash. A rejected or missing cache
 * means an ordinary compile and a fresh cache for next time; a folder that cannot be written (a read-only install)
 * just means no cache.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export interface CachedModule {
  exports: unknown;
  /** Whether V8 took the cache (false: there was none, or it did not fit this Node). */
  cacheUsed: boolean;
  /** Writes what V8 has compiled so far for next time (once, and only when the cache was not used). */
  save(): void;
}

/** Where the cache of `file` with this content lives: `.cache/NAME.HASH.NODEVERSION-ARCH.bin` beside it. */
export function cachePathOf(file: string, content: Buffer): string {
  const hash = crypto.createHash('sha256').update(content).digest('hex').slice(0, 16);
  return path.join(
    path.dirname(file),
    '.cache',
    `${path.basename(file)}.${hash}.${process.version}-${process.arch}.bin`,
  );
}

/** `require(file)` for a bundle, compiled with its code cache when there is a usable one. */
export function requireWithCodeCache(file: string): CachedModule {
  const content = fs.readFileSync(file);
  const source = content.toString('utf8');
  const cacheFile = cachePathOf(file, content);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  let saved = cacheUsed;
  return {
    exports: mod.exports,
    cacheUsed,
    save() {
      if (saved) return;
      saved = true;
      // Written aside and renamed, so a run starting meanwhile reads a whole file or none.
      const tmp = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}`;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
        // caches of earlier builds of this bundle (or other Node versions) go
        const prefix = path.basename(file) + '.';
        for (const name of fs.readdirSync(path.dirname(cacheFile)))
          if (name.startsWith(prefix) && name !== path.basename(cacheFile) && name.endsWith('.bin'))
            fs.rmSync(path.join(path.dirname(cacheFile), name), { force: true });
      } catch {
        // a read-only install: no cache
        try {
          fs.rmSync(tmp, { force: true });
        } catch {
          // nothing was written
        }
      }
    },
  };
}
