/**
 * The language server's `--emit-luals DIR [--locale zh-cn|en]`: writes the LuaLS definition files and exits, before
 * any LSP connection is made. Any other command line is left to the server.
 */
import * as fs from 'node:fs';
import { resolveLocale } from '../../../catalog';
import { t } from '../messages';
import { emitLuaLs } from './emit';

function write(fd: number, text: string): void {
  fs.writeSync(fd, text.endsWith('\n') ? text : text + '\n');
}

/** The exit code of an `--emit-luals` command line, or null when `argv` asks for something else. */
export function runLuaLsCommand(argv: readonly string[]): number | null {
  const at = argv.indexOf('--emit-luals');
  if (at < 0) return null;
  const li = argv.findIndex((a) => a === '--locale' || a === '--lang');
  const locale = resolveLocale(li >= 0 ? argv[li + 1] : process.env.LANG);
  const dir = argv[at + 1];
  if (!dir || dir.startsWith('--')) {
    write(2, t(locale, 'luals-usage'));
    return 2;
  }
  try {
    const files = emitLuaLs(dir, locale);
    write(1, t(locale, 'luals-wrote', files.length, dir));
    return 0;
  } catch (e) {
    write(2, t(locale, 'luals-failed', dir, e instanceof Error ? e.message : String(e)));
    return 1;
  }
}

/** For the server's entry point: handles `--emit-luals` and exits, else returns. */
export function handleLuaLsCommand(argv: readonly string[]): void {
  const code = runLuaLsCommand(argv);
  if (code !== null) process.exit(code);
}
