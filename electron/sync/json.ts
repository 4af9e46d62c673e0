/**
 * Lossless JSON for API bodies. The BSS API sends amounts as JSON numbers with up to 8
 * decimals (some large); JSON.parse would turn them into doubles and lose digits. This
 * scanner rewrites every number token outside strings into a string token, in one pass,
 * and then uses the native JSON.parse (fast). Schemas coerce integer fields back.
 */
export function parseLossless(text: string): unknown {
  const out: string[] = [];
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip a string, honouring escapes.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        // digits . e E + -
        if ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) i++;
        else break;
      }
      out.push(text.slice(last, start), '"', text.slice(start, i), '"');
      last = i;
    } else i++;
  }
  if (last === 0) return JSON.parse(text);
  out.push(text.slice(last));
  return JSON.parse(out.join(''));
}
