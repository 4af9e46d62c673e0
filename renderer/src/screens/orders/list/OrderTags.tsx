import { Tag } from 'antd';
import { ORDER_STATUS, ORDER_TYPE, codeLabel } from '../../../../../shared/codes/bss';
import { useLanguage } from '../../../i18n/useT';
import { statusColor } from '../order-codes';

/** The order status in words, coloured by what it asks of the rep. */
export function StatusTag({ status }: { status: number | null }) {
  const language = useLanguage();
  if (status === null) return <span className="list-none">—</span>;
  return (
    <Tag color={statusColor(status)} className="list-tag">
      {codeLabel(ORDER_STATUS, status, language)}
    </Tag>
  );
}

/** The order type in words; an unsubscription (a refund) stands out. */
export function OrderTypeText({ type }: { type: number | null }) {
  const language = useLanguage();
  const text = codeLabel(ORDER_TYPE, type, language);
  return (
    <span className={type === 4 ? 'order-type order-type-refund' : 'order-type'} title={text}>
      {text}
    </span>
  );
}
