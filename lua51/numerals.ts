/**
 * The value gopher-lua gives a numeric literal, written back as a literal Fengari reads as the same double.
 *
 * gopher-lua's lexer drops one leading zero of a decimal numeral followed by a digit, and its compiler reads the
 * text with Go's strconv (ParseInt with base 0, else ParseFloat): so `010` is 10 but `0010` is octal 8, `0089` is
 * 89, and a literal Go cannot read — a hex integer beyond int64 (`0xffffffffffffffff`), `1e400` — is NaN. Every
 * value is a double (Fengari's integers are 32-bit and wrap), so each literal is written as a float: `1000` ->
 * `1000.0`, `0x1F` -> `31.0`, NaN -> `(0.0/0.0)`. The text keeps its line.
 */

/** strconv.ParseInt(s, 0, 64) for the digits a Lua numeral can have (decimal, octal with a 0, hex). */
function parseIntBase0(s: string): number | undefined {
  let base = 10;
  let digits = s;
  if (/^0[xX]/.test(s)) [base, digits] = [16, s.slice(2)];
  else if (s.length > 1 && s[0] === '0') [base, digits] = [8, s.slice(1)];
  if (digits === '' && base !== 8) return undefined;
  if (base === 8 && /[89]/.test(digits)) return undefined;
  if (!/^[0-9a-fA-F]*$/.test(digits)) return undefined;
  const v = digits === '' ? 0n : BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '') + digits);
  return v >= 2n ** 63n ? undefined : Number(v);
}

/** What to write for the numeral `text` (as the pass found it), or undefined to leave it as it is. */
export function gopherNumeral(text: string): string | undefined {
  const hex = /^0[xX]/.test(text);
  const float = hex ? /[.pP]/.test(text) : /[.eE]/.test(text);
  let value: number | undefined;
  if (hex) {
    if (float) return undefined; // gopher-lua's lexer has no hex fractions or exponents: a syntax error there
    value = parseIntBase0(text);
  } else if (float) {
    const v = Number(text.replace(/^0(?=\d)/, ''));
    value = Number.isFinite(v) ? undefined : NaN;
    if (value === undefined) return undefined;
  } else {
    const t = text.length > 1 && text[0] === '0' ? text.slice(1) : text;
    value = parseIntBase0(t) ?? Number(t);
    if (!Number.isFinite(value)) value = undefined;
  }
  if (value === undefined || Number.isNaN(value)) return '(0.0/0.0)';
  const s = String(value);
  return /[.e]/.test(s) ? s : s + '.0';
}
