/**
 * The sandbox's JSON writer. Records carry amounts as exact decimal strings; the reference
 * types money fields as JSON numbers, so every string under a money key that is a plain
 * decimal is written as a raw JSON number (all 8 decimals, never through a JS double).
 * A money field holding anything else (a fault-injected "abc") stays a quoted string.
 */
export const MONEY_KEYS: ReadonlySet<string> = new Set([
  // §2/§3 orders
  'amount_after_discount',
  'official_amount',
  'discount_amount',
  'flexipurchase_coupon_amount',
  'coupon_amount',
  'stored_card_amount',
  'commission_amount',
  'consumed_amount',
  // §4 refund infos, §5 bill sums
  'amount',
  'debt_amount',
  'adjustment_amount',
  // §6 fee records
  'official_discount_amount',
  'payment_amount',
  'cash_amount',
  'credit_amount',
  'stored_value_card_amount',
  'writeoff_amount',
  'usage_amount',
  'free_resource_usage',
  'ri_usage',
]);

const DECIMAL_RE = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function isDecimalText(text: string): boolean {
  return DECIMAL_RE.test(text);
}

/**
 * Marks a money string for toJson: JSON.stringify writes it as "\u0001<digits>". Another
 * string starting with U+0001 would be written the same way, so the replacer refuses one
 * (the sandbox's data never holds control characters).
 */
const MARK = '\u0001';
const MARKED_RE = /"\\u0001(-?[0-9.]+)"/g;

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (MONEY_KEYS.has(key) && DECIMAL_RE.test(value)) return MARK + value;
  if (value.startsWith(MARK)) throw new Error(`toJson: a string under ${key} starts with U+0001`);
  return value;
}

/**
 * Serialises plain data (objects, arrays, strings, finite numbers, booleans, null) with the
 * native JSON.stringify, then unquotes the marked money strings: several times faster than
 * a hand-written writer, which the sandbox felt at thousands of pages per second.
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, replacer);
  return text === undefined ? 'null' : text.replace(MARKED_RE, '$1');
}
