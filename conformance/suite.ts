/**
 * The conformance suite's shape, shared by its test (runtime/test/conformance.test.ts) and its scripts
 * (scripts/conformance-regen.ts, scripts/conformance-glua-suite.ts).
 *
 * Each case is `cases/<area>/<name>.lua`, one subject, with `<name>.out`: what gopher-lua v1.1.2 printed when the
 * runner (runner/main.go) ran it as neomega runs a plugin's main chunk, then `ERR: <message>` for an uncaught
 * error. `exceptions.json` maps a case path to the reason it cannot match; nothing else may be listed there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The `conformance/` folder of the source tree (this file runs from out/conformance/). */
export const conformanceDir = path.resolve(__dirname, '..', '..', 'conformance');
export const casesDir = path.join(conformanceDir, 'cases');
export const exceptionsFile = path.join(conformanceDir, 'exceptions.json');

/**
 * The time zone both sides run in. Not UTC, so that `os.date` in local time and `os.date("!...")` differ; China's
 * zone (no daylight saving time) is where most plugin authors are.
 */
export const CASE_TZ = 'Asia/Shanghai';

export interface Case {
  /** `area/name.lua`, with forward slashes. */
  id: string;
  area: string;
  lua: string;
  out: string;
}

/** Every case, sorted by area then name. */
export function listCases(): Case[] {
  const cases: Case[] = [];
  if (!fs.existsSync(casesDir)) return cases;
  for (const area of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.lua')) continue;
      cases.push({
        id: `${area}/${file}`,
        area,
        lua: path.join(dir, file),
        out: path.join(dir, file.replace(/\.lua$/, '.out')),
      });
    }
  }
  return cases;
}

/** exceptions.json: case id -> why the runtime cannot print what gopher-lua prints. */
export function readExceptions(): Record<string, string> {
  if (!fs.existsSync(exceptionsFile)) return {};
  return JSON.parse(fs.readFileSync(exceptionsFile, 'utf8')) as Record<string, string>;
}

/**
 * What both sides' outputs are compared as: object addresses (`table: 0xc000123450` from Go, `table: 0x2a8` from
 * Fengari) are not behaviour, so every `0x` address after a type name reads `0xADDR`.
 */
export function normalise(text: string): string {
  return text.replace(
    /\b(table|function|thread|userdata|builtin|channel): 0x[0-9a-f]+/g,
    '$1: 0xADDR',
  );
}
