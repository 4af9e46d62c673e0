import { Tag, Typography } from 'antd';
import type { PoolItemView } from '../../../../../shared/invoices/contract';
import { useT } from '../../../i18n/useT';

const COLOR: Record<PoolItemView['kind'], string> = { refund: 'magenta', adjustment: 'purple', bill: 'default' };

/** Refund / adjustment / bill: what the matching takes first stands out. */
export function KindTag({ kind }: { kind: PoolItemView['kind'] }) {
  const t = useT();
  return (
    <Tag color={COLOR[kind]} className="list-tag">
      {t(`invoices.kind.${kind}`)}
    </Tag>
  );
}

/** An invoiceable item in a table cell: what it is (cycle, service, resource), then its kind and id. */
export function LineItem({ description, id, kind }: { description: string; id: string; kind: PoolItemView['kind'] }) {
  return (
    <div className="invoice-line-item">
      <span className="invoice-line-desc" title={description || id}>
        {description || id}
      </span>
      <span className="invoice-line-meta">
        <KindTag kind={kind} />
        <Typography.Text type="secondary" className="list-mono invoice-line-id" title={id}>
          {id}
        </Typography.Text>
      </span>
    </div>
  );
}
