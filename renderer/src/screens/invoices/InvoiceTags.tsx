import { Tag } from 'antd';
import type { InvoiceView } from '../../../../shared/invoices/contract';
import { useT } from '../../i18n/useT';

const STATUS_COLOR: Record<InvoiceView['status'], string> = {
  draft: 'gold',
  issued: 'green',
  voided: 'default',
};

/** Draft / issued / voided, coloured by what it asks of the rep (a draft is unfinished work). */
export function InvoiceStatusTag({ status }: { status: InvoiceView['status'] }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} className="list-tag">
      {t(`invoices.status.${status}`)}
    </Tag>
  );
}

/** The invoice type, short (普票 / 专票) in a table cell, in full elsewhere. */
export function InvoiceTypeText({ type, short }: { type: InvoiceView['type']; short?: boolean }) {
  const t = useT();
  const full = t(`invoices.type.${type}`);
  return (
    <span className={type === 'special' ? 'invoice-type invoice-type-special' : 'invoice-type'} title={full}>
      {short ? t(`invoices.typeShort.${type}`) : full}
    </span>
  );
}
