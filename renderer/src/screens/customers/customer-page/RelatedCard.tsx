import { FileTextOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { PageCard } from './PageCard';

/**
 * Where the customer's invoices and QR-code attribution will be. Those screens do not exist
 * yet, so this says so instead of linking to nothing.
 */
export function RelatedCard() {
  const t = useT();
  const items = [
    { key: 'invoices', icon: <FileTextOutlined aria-hidden />, title: t('customer.related.invoices') },
    { key: 'qrcodes', icon: <QrcodeOutlined aria-hidden />, title: t('customer.related.qrcodes') },
  ];
  return (
    <PageCard title={t('customer.related.title')}>
      <ul className="related">
        {items.map((item) => (
          <li key={item.key} className="related-item">
            <span className="related-icon">{item.icon}</span>
            <span className="related-text">
              <Typography.Text>{item.title}</Typography.Text>
              <Typography.Text type="secondary" className="related-pending">
                {t('customer.related.pending')}
              </Typography.Text>
            </span>
          </li>
        ))}
      </ul>
    </PageCard>
  );
}
