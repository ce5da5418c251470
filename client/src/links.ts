/** Finds `path.lua:line` locations in run output text (errors, tracebacks). No `vscode` import. */
export interface LocationMatch {
  /** Offset of the match in the line. */
  start: number;
  end: number;
  file: string;
  line: number;
}

const LOCATION = /((?:[A-Za-z]:)?[^\s:"'()<>]*\.lua):(\d+)/g;

export function findLuaLocations(text: string): LocationMatch[] {
  const out: LocationMatch[] = [];
  for (const m of text.matchAll(LOCATION)) {
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      file: m[1],
      line: Number(m[2]),
    });
  }
  return out;
}
