/**
 * The amount in capital Chinese numerals (大写金额) printed on invoices and statements,
 * following the rules for writing amounts on financial documents (《支付结算办法》附件一,
 * "正确填写票据和结算凭证的基本规定"):
 *
 * - digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟, sections 万 and 亿 (10^12 is 万亿);
 * - one 零 for any run of zeros between non-zero digits, also across a section boundary
 *   when the lower section does not start at its 仟 place (1,0500,0000 壹亿零伍佰万元), but
 *   not for the zeros that end a section (10,5000,0000 壹拾亿伍仟万元 — the rules allow both);
 * - 元 and then 整 when there are no 角/分; 零 before 分 when 角 is zero (325.04 叁佰贰拾伍元零肆分);
 *   below one yuan no 元 (0.50 伍角);
 * - a negative amount (a red-letter line) is prefixed 负.
 *
 * Input is exact decimal text with at most 2 decimals (invoice amounts are whole cents);
 * pure string arithmetic — a JS number never carries the amount.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['仟', '佰', '拾', ''];
const MAX_INTEGER_DIGITS = 16;

export class AmountInWordsError extends Error {
  constructor(input: string, reason: string) {
    super(`${reason}: ${input.slice(0, 40)}`);
    this.name = 'AmountInWordsError';
  }
}

/** The integer part (no leading zeros, at most 16 digits) in words, without 元. */
function integerWords(digits: string): string {
  const padded = digits.padStart(Math.ceil(digits.length / 4) * 4, '0');
  const sections: string[] = [];
  for (let i = 0; i < padded.length; i += 4) sections.push(padded.slice(i, i + 4));
  let out = '';
  let zero = false;
  sections.forEach((section, s) => {
    const fromEnd = sections.length - 1 - s; // 0 = units, 1 = 万, 2 = 亿, 3 = 万亿
    for (let p = 0; p < 4; p++) {
      const d = section.charCodeAt(p) - 48;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d]! + PLACES[p]!;
    }
    if (section !== '0000') {
      const lowerHundredMillion = sections[s + 1];
      const unit =
        fromEnd === 1
          ? '万'
          : fromEnd === 2
            ? '亿'
            : fromEnd === 3
              ? lowerHundredMillion === '0000'
                ? '万亿'
                : '万'
              : '';
      out += unit;
      // The zeros that end a section are spoken by its unit, not by 零.
      zero = false;
    }
  });
  return out;
}

/** `1234.5` → `壹仟贰佰叁拾肆元伍角`; `100` → `壹佰元整`; `-0.05` → `负伍分`. */
export function amountInWords(amount: string): string {
  const m = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(amount.trim());
  if (!m) throw new AmountInWordsError(amount, 'not an amount with at most 2 decimals');
  const [, sign, rawInt, frac = ''] = m;
  const int = rawInt!.replace(/^0+(?=\d)/, '');
  if (int.length > MAX_INTEGER_DIGITS) throw new AmountInWordsError(amount, 'amount too large');
  const jiao = frac.length > 0 ? frac.charCodeAt(0) - 48 : 0;
  const fen = frac.length > 1 ? frac.charCodeAt(1) - 48 : 0;
  const hasYuan = int !== '0';
  let out = hasYuan ? `${integerWords(int)}元` : '';
  if (jiao === 0 && fen === 0) out = hasYuan ? `${out}整` : '零元整';
  else {
    if (jiao !== 0) out += `${DIGITS[jiao]}角`;
    if (fen !== 0) out += `${hasYuan && jiao === 0 ? '零' : ''}${DIGITS[fen]}分`;
  }
  const isZero = !hasYuan && jiao === 0 && fen === 0;
  return sign === '-' && !isZero ? `负${out}` : out;
}
