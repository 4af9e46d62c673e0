/**
 * Exact conversion between decimal text and integer units of 10^-8 yuan, the unit every
 * amount is stored in (design §5). Pure string arithmetic: no JS number ever carries the
 * value. Arithmetic on amounts (sums, settlement) lives in the money module on decimal.js.
 */
export const UNIT_DECIMALS = 8;
const SCALE = 10n ** BigInt(UNIT_DECIMALS);

/** Decimal text as the API sends it: optional sign, digits, optional fraction, optional exponent. */
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The common shape, at most 8 decimals and no exponent: its units are its digits padded
 * to 8 decimals, one BigInt parse (a sync converts about ten million amounts).
 */
const PLAIN = /^(-?)(\d+)(?:\.(\d{1,8}))?$/;
const PAD = Array.from({ length: UNIT_DECIMALS + 1 }, (_, n) => '0'.repeat(n));

export class AmountFormatError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`${reason}: ${input.slice(0, 40)}`);
    this.name = 'AmountFormatError';
  }
}

/**
 * Parses decimal text into 10^-8 units. Exponent notation from a JSON number is accepted
 * (it is still exact); more than 8 significant decimals is refused, never rounded.
 */
export function toUnits(text: string): bigint {
  const plain = PLAIN.exec(text);
  if (plain) {
    const frac = plain[3] ?? '';
    const units = BigInt(plain[2]! + frac + PAD[UNIT_DECIMALS - frac.length]!);
    return plain[1] ? -units : units;
  }
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new AmountFormatError(text, 'not a decimal number');
  const [, sign, intPart, fracPart = '', expPart] = m;
  let digits = intPart! + fracPart;
  let scale = fracPart.length - (expPart ? Number(expPart) : 0);
  if (Math.abs(scale) > 64) throw new AmountFormatError(text, 'exponent out of range');
  // Strip trailing zeros of the fraction so 1.500000000 (9 decimals) is still accepted.
  while (scale > UNIT_DECIMALS && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale > UNIT_DECIMALS) throw new AmountFormatError(text, 'more than 8 decimals');
  const units = BigInt(digits || '0') * 10n ** BigInt(UNIT_DECIMALS - scale);
  return sign === '-' ? -units : units;
}

/** 10^-8 units back to canonical decimal text ("-12.5", "0", "3.00000001"). */
export function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const int = abs / SCALE;
  let frac = (abs % SCALE).toString().padStart(UNIT_DECIMALS, '0').replace(/0+$/, '');
  frac = frac ? `.${frac}` : '';
  return `${negative ? '-' : ''}${int}${frac}`;
}
