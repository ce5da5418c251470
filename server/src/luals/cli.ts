/**
 * The language server's `--emit-luals DIR`: writes the LuaLS definition files in the command line's language
 * (`--locale`) and returns the exit code. `server/src/cli.ts` lists the option; no LSP connection is made.
 */
import type { Output } from '../cli';
import { t } from '../messages';
import { emitLuaLs } from './emit';

export function emitLuaLsTask(dir: string, out: Output): number {
  try {
    const files = emitLuaLs(dir, out.locale);
    out.stdout(t(out.locale, 'luals-wrote', files.length, dir) + '\n');
    return 0;
  } catch (e) {
    out.stderr(
      t(out.locale, 'luals-failed', dir, e instanceof Error ? e.message : String(e)) + '\n',
    );
    return 1;
  }
}
