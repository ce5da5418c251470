/** The 0-based line for the run CodeLens: the first `coromega:run()` outside comments, else 0. No `vscode` import. */
export function runLensLine(text: string): number {
  const lines = text.split('\n');
  let inBlockComment = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (inBlockComment) {
      const end = l.indexOf(']]');
      if (end < 0) continue;
      l = l.slice(end + 2);
      inBlockComment = false;
    }
    const block = l.indexOf('--[[');
    const comment = l.indexOf('--');
    if (block >= 0 && block === comment) {
      const rest = l.slice(block + 4);
      if (!rest.includes(']]')) inBlockComment = true;
      l = l.slice(0, block);
    } else if (comment >= 0) {
      l = l.slice(0, comment);
    }
    if (/\bcoromega\s*:\s*run\s*\(/.test(l)) return i;
  }
  return 0;
}
