import { Alert, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ImportRow } from '../../../../shared/certificates/schema';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';
import { kindText } from './certificate-columns';

/**
 * The CSV import's preview: every row, the good ones marked ready and the bad ones with
 * each reason; nothing is written until "Import N rows".
 */
export function ImportDialog() {
  const t = useT();
  const preview = useCertificatesStore((s) => s.preview);
  const busy = useCertificatesStore((s) => s.busy === 'import');
  const { confirmImport, cancelImport } = useCertificatesStore.getState();
  const columns: TableColumnsType<ImportRow> = [
    { key: 'line', title: '#', width: 80, render: (_v, r) => t('certificates.import.line', { line: r.line }) },
    {
      key: 'kind',
      title: t('certificates.col.kind'),
      width: 150,
      render: (_v, r) => (r.fields ? kindText(t, r.fields) : '—'),
    },
    { key: 'name', title: t('certificates.col.name'), render: (_v, r) => r.fields?.name ?? '—' },
    { key: 'number', title: t('certificates.col.number'), width: 150, render: (_v, r) => r.fields?.number ?? '—' },
    { key: 'account', title: t('certificates.col.account'), width: 120, render: (_v, r) => r.account ?? '—' },
    {
      key: 'result',
      title: t('certificates.import.result'),
      render: (_v, r) =>
        r.errors.length === 0 ? (
          <Tag color="success">{t('certificates.import.ok')}</Tag>
        ) : (
          <ul className="cert-import-errors">
            {r.errors.map((e, i) => (
              <li key={i}>
                <Typography.Text type="danger">
                  {e.column}: {e.message}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <Modal
      open={preview !== null}
      title={t('certificates.import.title')}
      width={1000}
      okText={t('certificates.import.confirm', { count: preview?.good ?? 0 })}
      cancelText={t('certificates.cancel')}
      okButtonProps={{ disabled: !preview || preview.good === 0 }}
      confirmLoading={busy}
      onOk={() => void confirmImport()}
      onCancel={cancelImport}
      destroyOnHidden
    >
      {preview && (
        <>
          <Alert
            type={preview.bad ? 'warning' : 'info'}
            showIcon
            title={t('certificates.import.summary', { good: preview.good, bad: preview.bad })}
          />
          <Table<ImportRow>
            className="cert-import-table"
            size="small"
            rowKey="line"
            columns={columns}
            dataSource={preview.rows}
            pagination={preview.rows.length > 50 ? { pageSize: 50 } : false}
            aria-label={t('certificates.import.title')}
            rowClassName={(r) => (r.errors.length ? 'cert-import-bad' : '')}
          />
        </>
      )}
    </Modal>
  );
}
