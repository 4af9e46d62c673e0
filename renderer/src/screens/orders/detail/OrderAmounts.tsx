import { sign, sub } from '../../../../../shared/money/arith';
import type { OrderDetail } from '../../../../../shared/orders/schema';
import { formatMoney } from '../../../../../shared/money/format';
import { codeLabel } from '../../../../../shared/codes/bss';
import { useLanguage, useT, type TFunction } from '../../../i18n/useT';
import { DISCOUNT_TYPE } from '../order-codes';

type Order = NonNullable<OrderDetail['order']>;
type Info = NonNullable<Order['amountInfo']>;

/** The breakdown lines that carry an amount: each discount by its type, then coupons and cards. */
function breakdown(info: Info | null, t: TFunction, language: 'zh-CN' | 'en-US') {
  const lines: { key: string; label: string; amount: string }[] = [];
  (info?.discounts ?? []).forEach((d, i) => {
    if (d.discount_amount === null || d.discount_amount === undefined) return;
    const known = d.discount_type && DISCOUNT_TYPE[d.discount_type];
    lines.push({
      key: `discount-${i}`,
      label: known
        ? codeLabel(DISCOUNT_TYPE, d.discount_type, language)
        : t('orders.detail.discountType', { code: d.discount_type ?? '—' }),
      amount: d.discount_amount,
    });
  });
  const others = [
    ['coupon_amount', 'orders.detail.coupon'],
    ['flexipurchase_coupon_amount', 'orders.detail.flexipurchaseCoupon'],
    ['stored_card_amount', 'orders.detail.storedCard'],
    ['commission_amount', 'orders.detail.commission'],
    ['consumed_amount', 'orders.detail.consumed'],
  ] as const;
  for (const [field, key] of others) {
    const amount = info?.[field];
    if (amount && sign(amount) !== 0) lines.push({ key: field, label: t(key), amount });
  }
  return lines;
}

/** Settled in large, every decimal beside it: the detail shows the exact value, not only on hover. */
function Figure({ label, amount, large }: { label: string; amount: string | null; large?: boolean }) {
  const language = useLanguage();
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd className={large ? 'figure-large' : undefined}>
        {amount === null ? '—' : formatMoney(amount, language)}
        {amount !== null && <span className="order-exact">{formatMoney(amount, language, 'full')}</span>}
      </dd>
    </div>
  );
}

/** After discount, list price, what was saved, and the amount-info breakdown. */
export function OrderAmounts({ order }: { order: Order }) {
  const t = useT();
  const language = useLanguage();
  const paid = order.amountAfterDiscount;
  const official = order.officialAmount;
  const saving = paid !== null && official !== null ? sub(official, paid) : null;
  const lines = breakdown(order.amountInfo, t, language);
  return (
    <>
      <dl className="figures order-figures">
        <Figure label={t('orders.detail.amountAfterDiscount')} amount={paid} large />
        <Figure label={t('orders.detail.official')} amount={official} />
        {saving !== null && sign(saving) !== 0 && <Figure label={t('orders.detail.saving')} amount={saving} />}
      </dl>
      <h3 className="order-subheading">{t('orders.detail.breakdown')}</h3>
      {lines.length ? (
        <dl className="order-breakdown">
          {lines.map((l) => (
            <div key={l.key} className="order-breakdown-line">
              <dt>{l.label}</dt>
              <dd>
                {formatMoney(l.amount, language)}
                <span className="order-exact">{formatMoney(l.amount, language, 'full')}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="order-muted">{t('orders.detail.breakdown.empty')}</p>
      )}
      <p className="order-muted order-hint">{t('orders.detail.exactHint')}</p>
    </>
  );
}
