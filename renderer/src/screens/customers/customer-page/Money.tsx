import { Tooltip } from 'antd';
import { formatMoney } from '../../../../../shared/money/format';
import { useLanguage, useT } from '../../../i18n/useT';

/** A settled amount; hovering (or focusing) it shows every decimal the API sent. */
export function Money({ amount }: { amount: string }) {
  const t = useT();
  const language = useLanguage();
  return (
    <Tooltip title={t('customer.exact', { amount: formatMoney(amount, language, 'full') })}>
      <span className="money" tabIndex={0}>
        {formatMoney(amount, language)}
      </span>
    </Tooltip>
  );
}
