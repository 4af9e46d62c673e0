import { Tooltip } from 'antd';
import { formatMoney } from '../../../../../shared/money/format';
import { useLanguage, useT } from '../../../i18n/useT';

/** A settled amount in the UI locale's format; hover or focus shows every decimal the API sent. */
export function AmountText({ amount, className }: { amount: string | null; className?: string }) {
  const t = useT();
  const language = useLanguage();
  if (amount === null) return <span className="list-none">—</span>;
  const exact = t('orders.exact', { amount: formatMoney(amount, language, 'full') });
  return (
    <Tooltip title={exact}>
      <span className={className ? `order-amount ${className}` : 'order-amount'} tabIndex={0} data-exact={amount}>
        {formatMoney(amount, language)}
      </span>
    </Tooltip>
  );
}
