import { useState } from 'react';
import { EditOutlined, EyeOutlined, RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import type { CertificateView, HistoryEntry } from '../../../../shared/certificates/schema';
import { formatDateTimeShort } from '../../components/list/format';
import { useLanguage, useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';
import { formatSize } from '../sync/backup-format';
import { CertificateStatusTag, daysLeftText, kindText } from './certificate-columns';
import { MoveDialog, type MoveAction } from './MoveDialog';

/**
 * One certificate: its fields, its file (view, print), binding (bind, unbind, transfer,
 * undo of the latest transfer) and the full, append-only history.
 */
export function CertificateDrawer({
  onEdit,
  onView,
}: {
  onEdit(c: CertificateView): void;
  onView(c: CertificateView): void;
}) {
  const t = useT();
  const language = useLanguage();
  const detail = useCertificatesStore((s) => s.detail);
  const error = useCertificatesStore((s) => s.error);
  const busy = useCertificatesStore((s) => s.busy);
  const [move, setMove] = useState<MoveAction | null>(null);
  const c = detail?.certificate ?? null;
  const undoTarget = detail?.undoable ? detail.history.find((h) => h.id === detail.undoable) : undefined;

  const columns: TableColumnsType<HistoryEntry> = [
    { key: 'onDate', title: t('certificates.transfer.date'), width: 110, render: (_v, h) => h.onDate },
    {
      key: 'action',
      title: t('certificates.history.action'),
      width: 120,
      render: (_v, h) => <Tag>{t(`certificates.history.${h.action}`)}</Tag>,
    },
    {
      key: 'accounts',
      title: t('certificates.col.account'),
      render: (_v, h) =>
        [
          h.fromAccount && t('certificates.detail.from', { account: h.fromAccount }),
          h.toAccount && t('certificates.detail.to', { account: h.toAccount }),
        ]
          .filter(Boolean)
          .join(' '),
    },
    { key: 'note', title: t('certificates.transfer.note'), render: (_v, h) => h.note },
    {
      key: 'at',
      title: t('certificates.history.recorded'),
      width: 170,
      render: (_v, h) => `${formatDateTimeShort(h.at)} · ${h.actor}`,
    },
  ];

  return (
    <Drawer
      open={c !== null}
      onClose={() => useCertificatesStore.getState().close()}
      title={c ? `${c.name} · ${c.number}` : t('certificates.detail.title')}
      size={760}
      destroyOnHidden
      extra={
        c && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(c)}>
            {t('certificates.edit')}
          </Button>
        )
      }
    >
      {c && detail && (
        <Flex vertical gap={16}>
          {error && !move && (
            <Alert
              type="error"
              showIcon
              title={error}
              role="alert"
              closable={{ onClose: () => useCertificatesStore.getState().dismiss() }}
            />
          )}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('certificates.col.kind')}>
              {t(`certificates.scope.${c.scope}`)} · {kindText(t, c)}
            </Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.status')}>
              <CertificateStatusTag status={c.status} t={t} /> {daysLeftText(t, c)}
            </Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.name')}>{c.name}</Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.track')}>{c.track || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.number')}>{c.number}</Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.account')}>
              {c.scope === 'personal' ? (c.account ?? t('certificates.detail.unbound')) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.issueDate')}>{c.issueDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.expiryDate')}>{c.expiryDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('certificates.col.file')} span={2}>
              {c.file ? `${c.file.name} · ${formatSize(c.file.bytes, language)}` : t('certificates.error.noFile')}
            </Descriptions.Item>
            {c.note && (
              <Descriptions.Item label={t('certificates.form.note')} span={2}>
                {c.note}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Flex gap={8} wrap>
            <Button icon={<EyeOutlined aria-hidden />} disabled={!c.file} onClick={() => onView(c)}>
              {t('certificates.detail.view')}
            </Button>
            {c.scope === 'personal' && c.account === null && (
              <Button onClick={() => setMove('bind')}>{t('certificates.detail.bind')}</Button>
            )}
            {c.scope === 'personal' && c.account !== null && (
              <>
                <Button type="primary" icon={<SwapOutlined aria-hidden />} onClick={() => setMove('transfer')}>
                  {t('certificates.detail.transfer')}
                </Button>
                <Button onClick={() => setMove('unbind')}>{t('certificates.detail.unbind')}</Button>
              </>
            )}
            {undoTarget && (
              <Popconfirm
                title={t('certificates.undo.confirm', { account: undoTarget.fromAccount ?? '—' })}
                okText={t('certificates.detail.undo')}
                cancelText={t('certificates.cancel')}
                onConfirm={() => useCertificatesStore.getState().undo('')}
              >
                <Button icon={<RollbackOutlined aria-hidden />} loading={busy === 'move' && !move}>
                  {t('certificates.detail.undo')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
          <section aria-label={t('certificates.detail.history')}>
            <h3 className="cert-section-heading">{t('certificates.detail.history')}</h3>
            <Table<HistoryEntry>
              size="small"
              rowKey="id"
              columns={columns}
              dataSource={detail.history}
              pagination={false}
              aria-label={t('certificates.detail.history')}
            />
          </section>
        </Flex>
      )}
      <MoveDialog action={move} onClose={() => setMove(null)} />
    </Drawer>
  );
}
