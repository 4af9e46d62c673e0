import { Alert, Button, Descriptions, Flex, Modal, Table, Typography, type TableColumnsType } from 'antd';
import type { ImportPreview, TableChange } from '../../../../shared/backup/schema';
import { isMessageKey } from '../../../../shared/i18n/messages';
import { useLanguage, useT, type TFunction } from '../../i18n/useT';
import { formatCount, formatDateTime } from './format';
import { formatSize } from './backup-format';

export function tableLabel(t: TFunction, table: string): string {
  const key = `backups.table.${table}`;
  return isMessageKey(key) ? t(key) : table;
}

/**
 * What an import would change, before anything is changed: the file, the rule (nothing
 * here is deleted or taken back), the changes per table, what will not be imported and
 * why. Importing needs this explicit confirmation; closing the dialog imports nothing.
 */
export function ImportPreviewModal({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const language = useLanguage();
  const report = preview?.report;
  const n = (v: number) => formatCount(v, language);
  const columns: TableColumnsType<TableChange> = [
    { key: 'table', title: t('backups.preview.col.table'), render: (_v, r) => tableLabel(t, r.table) },
    { key: 'inFile', title: t('backups.preview.col.inFile'), align: 'right', render: (_v, r) => n(r.inFile) },
    { key: 'added', title: t('backups.preview.col.added'), align: 'right', render: (_v, r) => n(r.added) },
    { key: 'updated', title: t('backups.preview.col.updated'), align: 'right', render: (_v, r) => n(r.updated) },
    { key: 'unchanged', title: t('backups.preview.col.unchanged'), align: 'right', render: (_v, r) => n(r.unchanged) },
    { key: 'keptLocal', title: t('backups.preview.col.keptLocal'), align: 'right', render: (_v, r) => n(r.keptLocal) },
  ];
  const day = (iso: string | null) => (iso ? formatDateTime(iso, language) : '—');
  return (
    <Modal
      open={preview !== null}
      title={t('backups.preview.title')}
      onCancel={onCancel}
      width={720}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel} disabled={busy}>
            {t('backups.preview.cancel')}
          </Button>
          <Button type="primary" danger onClick={onConfirm} loading={busy} disabled={!report || report.nothingToDo}>
            {t('backups.preview.confirm')}
          </Button>
        </Flex>
      }
    >
      {report && preview && (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'file',
                label: t(
                  report.source.kind === 'export' ? 'backups.preview.kindExport' : 'backups.preview.kindDatabase',
                ),
                children: t('backups.preview.source', {
                  name: report.source.fileName,
                  size: formatSize(report.source.bytes, language),
                }),
              },
              ...(report.source.createdAt
                ? [{ key: 'at', label: t('backups.col.time'), children: day(report.source.createdAt) }]
                : []),
              ...(report.invoicesFrom
                ? [
                    {
                      key: 'span',
                      label: tableLabel(t, 'invoices'),
                      children: t('backups.preview.span', {
                        from: day(report.invoicesFrom),
                        to: day(report.invoicesTo),
                      }),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph type="secondary" className="backups-rule">
            {t('backups.preview.rule')}
          </Typography.Paragraph>
          <Table<TableChange>
            size="small"
            pagination={false}
            rowKey="table"
            columns={columns}
            dataSource={report.tables}
            aria-label={t('backups.preview.table')}
          />
          {report.invoiceNumbers.length > 0 && (
            <Typography.Text>
              {t('backups.preview.numbers', { numbers: report.invoiceNumbers.join('、') })}
            </Typography.Text>
          )}
          {report.conflicts.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('backups.preview.conflicts', {
                count: n(report.conflicts.length),
                keys: report.conflicts
                  .slice(0, 10)
                  .map((c) => c.key)
                  .join('、'),
              })}
            />
          )}
          {report.overInvoicedItems > 0 && (
            <Alert type="warning" showIcon title={t('backups.preview.over', { count: n(report.overInvoicedItems) })} />
          )}
          {report.nothingToDo && <Alert type="info" showIcon title={t('backups.preview.nothing')} />}
          <Typography.Text type="secondary">
            {t('backups.preview.expires', { at: formatDateTime(preview.expiresAt, language) })}
          </Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
