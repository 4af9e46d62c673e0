import { Tooltip } from 'antd';
import { formatMoney } from '../../../../shared/money/format';
import { useLanguage, useT } from '../../i18n/useT';

/**
 * An amount of the Bills screen: settled to the cent (`show="settled"`) or with every
 * decimal (`show="full"`, for 抹零, which settled would always show as 0.00); hovering or
 * focusing it shows the exact 8-decimal value either way.
 */
export function BillAmount({
  amount,
  show = 'settled',
  className,
}: {
  amount: string;
  show?: 'settled' | 'full';
  className?: string;
}) {
  const t = useT();
  const language = useLanguage();
  const negative = amount.startsWith('-') && !/^-0(\.0*)?$/.test(amount);
  const classes = ['bill-amount', negative ? 'bill-amount-negative' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <Tooltip title={t('bills.exact', { amount: formatMoney(amount, language, 'full') })}>
      <span className={classes} tabIndex={0} data-exact={amount}>
        {formatMoney(amount, language, show)}
      </span>
    </Tooltip>
  );
}
