/**
 * The syntax corpus: reproducible mutants of real plugins whose verdicts were recorded from `luac5.1 -p`
 * (Debian's lua5.1). `node out/server/testing/luacCorpus.js --record` re-records them (needs luac5.1 on PATH);
 * the test compares the server's checker against the recording, so CI needs no Lua installed.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mutants } from './mutate';
import { MENU_PLUGIN, SEED_PLUGIN } from './plugins';

export const CORPUS_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'server',
  'test',
  'fixtures',
  'luac51-corpus.json',
);

/** Hand-picked cases: what Lua 5.1 accepts that Lua 5.3 does not, and the other way round. */
export const EDGE_CASES: readonly string[] = [
  'local s = "\\{a\\}" print(s)',
  'local s = "\\x41\\z  b"',
  'local a = 7 // 2',
  'local a = 7 & 2',
  'local a = 1 << 2',
  'local a = ~1',
  ';;local a = 1',
  'local s = "abc\nprint(1)',
  'local s = "\\300"',
  'local s = [[ a [[ b ]]',
  'local s = [==[ a [[ b ]==]',
  'x = [=x',
  'a = 0x',
  'a = 0x1p4',
  'a = 1..2',
  'a = 3 b = 4',
  'f\n(1)',
  'a.b:c',
  'x = ...',
  'function f(...) return ... end',
  'function f() return ... end',
  'local function f() end f() = 1',
  'a, b() = 1, 2',
  'break',
  'while true do break print(1) end',
  'return return',
  'x = "a\\\nb"',
  'x = 1 ;; y = 2',
  'a = {1,2;3,}',
  'a = {,}',
  'f{1}"x"[[y]]',
  'local a <const> = 1',
  'x = # # t',
  'x = - - 1',
  "a = '\\q'",
  'a = 1 --[[ unterminated',
  'a = 1 --[==[ x ]] ]==] b = 2',
  '#!/usr/bin/lua\nprint(1)',
  'for i = 1 do end',
  'for a, b do end',
  'for a b in c do end',
  'function a.b.c:d() end',
  'function a:b.c() end',
  'local function a.b() end',
  'if x then else elseif y then end',
  'repeat local z = 1 until z',
  'x = function(a, ...) end',
  'x = function(..., a) end',
  'x = function(a,) end',
  'local 名字 = 1',
  't = {[1]=2, x=3, "y"; f()}',
  'x = (f)()',
  '(f)',
  'x = 1e+',
  'x = 3..4',
  'x = .5 + 5. + 0xff + 1E3',
  `local ${Array.from({ length: 201 }, (_, i) => `v${i}`).join(', ')}`,
];

export interface CorpusCase {
  source: string;
}

/** Every source in the corpus, in a fixed order. */
export function corpusSources(): string[] {
  return [...EDGE_CASES, ...mutants(SEED_PLUGIN, 600, 1), ...mutants(MENU_PLUGIN, 600, 2)];
}

/** luac5.1's verdict: null when it accepts, else `LINE: MESSAGE`. */
export function luacVerdict(source: string, luac = 'luac5.1'): string | null {
  const file = path.join(os.tmpdir(), `coromega-corpus-${process.pid}.lua`);
  fs.writeFileSync(file, source);
  try {
    execFileSync(luac, ['-p', file], { stdio: 'pipe' });
    return null;
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    const prefix = `${luac}: ${file}:`;
    const line = err.trim().split('\n')[0];
    return line.startsWith(prefix) ? line.slice(prefix.length) : line;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

if (require.main === module && process.argv.includes('--record')) {
  const verdicts = corpusSources().map((s) => luacVerdict(s));
  fs.mkdirSync(path.dirname(CORPUS_FILE), { recursive: true });
  fs.writeFileSync(
    CORPUS_FILE,
    JSON.stringify({ tool: 'luac5.1 -p (Lua 5.1.5, Debian lua5.1)', verdicts }, null, 0) + '\n',
  );
  console.log(
    `recorded ${verdicts.length} verdicts (${verdicts.filter((v) => v !== null).length} rejections)`,
  );
}
