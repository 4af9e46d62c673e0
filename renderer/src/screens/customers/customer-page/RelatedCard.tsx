import type { ReactNode } from 'react';
import { FileTextOutlined, PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/useT';
import { CustomerQrCode } from '../../qrcodes/CustomerQrCode';
import { PageCard } from './PageCard';

function RelatedItem({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <li className="related-item">
      <span className="related-icon">{icon}</span>
      <span className="related-text">
        <Typography.Text>{title}</Typography.Text>
        {children}
      </span>
    </li>
  );
}

/**
 * The customer's invoices (the invoice list filtered to them, or a new one for them) and
 * the expansion QR code that brought them (screens/qrcodes/CustomerQrCode).
 */
export function RelatedCard({ customerId }: { customerId: string }) {
  const t = useT();
  const id = encodeURIComponent(customerId);
  return (
    <PageCard title={t('customer.related.title')}>
      <ul className="related">
        <RelatedItem icon={<FileTextOutlined aria-hidden />} title={t('customer.related.invoices')}>
          <Flex gap={16} wrap>
            <Link to={`/invoices?customer=${id}`}>{t('invoices.related.view')}</Link>
            <Link to={`/invoices?new=${id}`}>
              <PlusOutlined aria-hidden /> {t('invoices.related.new')}
            </Link>
          </Flex>
        </RelatedItem>
        <RelatedItem icon={<QrcodeOutlined aria-hidden />} title={t('customer.related.qrcodes')}>
          <CustomerQrCode customerId={customerId} />
        </RelatedItem>
      </ul>
    </PageCard>
  );
}
