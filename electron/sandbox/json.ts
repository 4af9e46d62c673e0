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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A money key's field holding a plain decimal string, as JSON.stringify writes it. A key
 * always follows `{` or `,`; inside a JSON string every `"` follows a backslash, so `{"` and
 * `,"` occur only where a key starts, and a match is never text inside a value (nor the end
 * of another key such as `"x_amount"`). The decimal's characters end at its closing quote.
 */
const MONEY_FIELD_RE = new RegExp(
  `([{,])"(${[...MONEY_KEYS].map(escapeRe).join('|')})":"(-?(?:0|[1-9]\\d*)(?:\\.\\d+)?)"`,
  'g',
);

/**
 * Serialises plain data (objects, arrays, strings, finite numbers, booleans, null) with the
 * native JSON.stringify, then unquotes the money fields: several times faster than a
 * hand-written writer or a replacer function (which takes JSON.stringify off its fast path:
 * a fifth of the sandbox's CPU time in a large sync went to the replacer version).
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'null' : text.replace(MONEY_FIELD_RE, '$1"$2":$3');
}
