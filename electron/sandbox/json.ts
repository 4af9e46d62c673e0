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

/** Serialises plain data (objects, arrays, strings, finite numbers, booleans, null). */
export function toJson(value: unknown): string {
  const out: string[] = [];
  write(value, false, out);
  return out.join('');
}

function write(value: unknown, money: boolean, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(money && DECIMAL_RE.test(value) ? value : JSON.stringify(value));
      return;
    case 'number':
      out.push(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      if (value === null) {
        out.push('null');
      } else if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
          if (i) out.push(',');
          write(item === undefined ? null : item, money, out);
        });
        out.push(']');
      } else {
        out.push('{');
        let first = true;
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
          if (item === undefined) continue;
          if (!first) out.push(',');
          first = false;
          out.push(JSON.stringify(key), ':');
          write(item, MONEY_KEYS.has(key), out);
        }
        out.push('}');
      }
      return;
    default:
      out.push('null');
  }
}
