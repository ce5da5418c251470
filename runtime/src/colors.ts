/** Minecraft § formatting codes: to ANSI escapes for terminals, or stripped for plain text. */

const ANSI: Record<string, string> = {
  '0': '30',
  '1': '34',
  '2': '32',
  '3': '36',
  '4': '31',
  '5': '35',
  '6': '33',
  '7': '37',
  '8': '90',
  '9': '94',
  a: '92',
  b: '96',
  c: '91',
  d: '95',
  e: '93',
  f: '97',
  g: '33',
  l: '1',
  m: '9',
  n: '4',
  o: '3',
  r: '0',
};

const CODE = /§([0-9a-gk-or])/gi;

/** Removes § codes. */
export function stripColorCodes(text: string): string {
  return text.replace(CODE, '');
}

/** Turns § codes into ANSI SGR sequences; resets at the end when any code was used. */
export function colorCodesToAnsi(text: string): string {
  let used = false;
  const out = text.replace(CODE, (_, c: string) => {
    const sgr = ANSI[c.toLowerCase()];
    if (sgr === undefined) return ''; // §k (obfuscated) has no terminal form
    used = true;
    return `\x1b[${sgr}m`;
  });
  return used ? out + '\x1b[0m' : out;
}
