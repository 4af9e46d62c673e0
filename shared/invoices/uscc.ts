/**
 * The 18-character unified social credit code (统一社会信用代码), GB 32100-2015:
 *
 *   pos 1      registration authority (登记管理部门代码)
 *   pos 2      organization category (机构类别代码)
 *   pos 3–8    administrative division (登记管理机关行政区划码, 6 digits, GB/T 2260)
 *   pos 9–17   subject identification code (主体标识码) = the organization code of
 *              GB 11714: 8 body characters and its own check character
 *   pos 18     check character over positions 1–17
 *
 * Characters are 0-9 and the capital letters except I, O, Z, S, V (31 characters, valued
 * 0–30 in the order `0123456789ABCDEFGHJKLMNPQRTUWXY`). Position i (1-based) has weight
 * 3^(i-1) mod 31; the check character's value is (31 − Σ value×weight mod 31) mod 31.
 *
 * GB 11714 (positions 9–17): characters valued 0–9 and A=10 … Z=35, weights
 * 3 7 9 10 5 8 4 2; check = 11 − (Σ mod 11), written `X` for 10 and `0` for 11.
 *
 * The authority and category codes are not checked against their tables (the tables grow;
 * a code the app does not know is not necessarily wrong).
 */

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The reasons are i18n keys (shared/i18n/features/invoice-rules.ts). */
export const USCC_ERROR_CODES = [
  'invoice.uscc.empty',
  'invoice.uscc.length',
  'invoice.uscc.charset',
  'invoice.uscc.division',
  'invoice.uscc.orgCheck',
  'invoice.uscc.check',
] as const;
export type UsccErrorCode = (typeof USCC_ERROR_CODES)[number];

export type UsccResult =
  { ok: true; value: string } | { ok: false; reason: UsccErrorCode; params: Record<string, string | number> };

/** The check character (position 18) for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('need 17 characters');
  let total = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`not a code character: ${first17[i]}`);
    total += v * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (total % 31)) % 31]!;
}

function orgValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** The GB 11714 check character for an 8-character organization-code body. */
export function organizationCheckChar(body8: string): string {
  if (body8.length !== 8) throw new RangeError('need 8 characters');
  let total = 0;
  for (let i = 0; i < 8; i++) {
    const v = orgValue(body8[i]!);
    if (v < 0) throw new RangeError(`not an organization code character: ${body8[i]}`);
    total += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (total % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a unified social credit code as typed or pasted: full-width characters are
 * folded (NFKC), surrounding spaces trimmed, letters upper-cased. On success `value` is
 * the normalized code. `checkOrganizationCode: false` skips the GB 11714 check of
 * positions 9–17 (default: checked).
 */
export function validateUscc(input: string, options: { checkOrganizationCode?: boolean } = {}): UsccResult {
  const code = String(input ?? '')
    .normalize('NFKC')
    .trim()
    .toUpperCase();
  if (code === '') return { ok: false, reason: 'invoice.uscc.empty', params: {} };
  if (code.length !== 18) return { ok: false, reason: 'invoice.uscc.length', params: { length: code.length } };
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i]!)) {
      return { ok: false, reason: 'invoice.uscc.charset', params: { char: code[i]!, position: i + 1 } };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, reason: 'invoice.uscc.division', params: {} };
  if (options.checkOrganizationCode !== false && organizationCheckChar(code.slice(8, 16)) !== code[16]) {
    return { ok: false, reason: 'invoice.uscc.orgCheck', params: {} };
  }
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'invoice.uscc.check', params: {} };
  return { ok: true, value: code };
}
