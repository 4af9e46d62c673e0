import { useEffect, useRef } from 'react';
import { CloudDownloadOutlined, ExportOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { BackupEntry } from '../../../../shared/backup/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { useAppStatusStore } from '../../stores/app-status';
import { useBackupsStore, type BackupNotice } from '../../stores/backups';
import { formatCount, formatDateTime } from './format';
import { formatSize } from './backup-format';
import { ImportPreviewModal } from './ImportPreviewModal';

function NoticeText({ notice }: { notice: BackupNotice }) {
  const t = useT();
  const language = useLanguage();
  if (notice.kind === 'created') return <>{t('backups.created', { name: notice.name })}</>;
  if (notice.kind === 'exported') return <>{t('backups.exported', { name: notice.name })}</>;
  const sum = (k: 'added' | 'updated') => notice.result.report.tables.reduce((a, c) => a + c[k], 0);
  return (
    <>
      {t('backups.imported', {
        added: formatCount(sum('added'), language),
        updated: formatCount(sum('updated'), language),
        backup: notice.result.backupBefore ?? '—',
      })}
    </>
  );
}

/**
 * Backups of the local-only data (Sync & settings): the automatic backups with their
 * reason, a backup now, the export to a .pwbackup file, and imports — from a file (the
 * open dialog in Electron, an upload in the browser host) or from an automatic backup —
 * that show what they would change and wait for a confirmation.
 */
export function BackupsCard() {
  const t = useT();
  const language = useLanguage();
  const s = useBackupsStore();
  const electron = useAppStatusStore((a) => a.info?.transport === 'electron');
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => void useBackupsStore.getState().load(), []);

  const importFile = () => {
    if (electron) void s.previewFrom({ kind: 'file' });
    else fileInput.current?.click();
  };

  const columns: TableColumnsType<BackupEntry> = [
    { key: 'time', title: t('backups.col.time'), render: (_v, b) => formatDateTime(b.createdAt, language) },
    { key: 'reason', title: t('backups.col.reason'), render: (_v, b) => <Tag>{t(`backups.reason.${b.reason}`)}</Tag> },
    { key: 'size', title: t('backups.col.size'), align: 'right', render: (_v, b) => formatSize(b.bytes, language) },
    {
      key: 'actions',
      title: t('backups.col.actions'),
      render: (_v, b) => (
        <Button
          size="small"
          icon={<ImportOutlined aria-hidden />}
          disabled={s.busy !== null}
          onClick={() => void s.previewFrom({ kind: 'backup', name: b.name })}
          aria-label={`${t('backups.importFrom')} ${formatDateTime(b.createdAt, language)}`}
        >
          {t('backups.importFrom')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={<h2 className="card-heading">{t('backups.title')}</h2>} className="backups-card">
      <Flex vertical gap={12}>
        <Typography.Paragraph className="backups-intro">{t('backups.intro')}</Typography.Paragraph>
        {s.list && (
          <Typography.Text type="secondary">
            {t('backups.policy', { ...s.list.policy })} {t('backups.folder', { folder: s.list.folder })}
          </Typography.Text>
        )}
        <Flex gap={8} wrap>
          <Button
            icon={<SaveOutlined aria-hidden />}
            loading={s.busy === 'create'}
            disabled={s.busy !== null && s.busy !== 'create'}
            onClick={() => void s.create()}
          >
            {t('backups.create')}
          </Button>
          <Button
            icon={<ExportOutlined aria-hidden />}
            loading={s.busy === 'export'}
            disabled={s.busy !== null && s.busy !== 'export'}
            onClick={() => void s.exportLocal()}
          >
            {t('backups.export')}
          </Button>
          <Button
            icon={<CloudDownloadOutlined aria-hidden />}
            loading={s.busy === 'preview'}
            disabled={s.busy !== null && s.busy !== 'preview'}
            onClick={importFile}
          >
            {t('backups.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".pwbackup,.db"
            hidden
            aria-label={t('backups.upload')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void s.previewUpload(file);
            }}
          />
        </Flex>
        <Typography.Text type="secondary">{t('backups.exportHint')}</Typography.Text>
        {s.error && <Alert type="error" showIcon title={s.error} closable={{ onClose: s.dismiss }} />}
        {s.notice && (
          <Alert type="success" showIcon title={<NoticeText notice={s.notice} />} closable={{ onClose: s.dismiss }} />
        )}
        {s.loadError ? (
          <Alert type="error" showIcon title={t('backups.loadFailed')} description={s.loadError} />
        ) : (
          <Table<BackupEntry>
            size="small"
            rowKey="name"
            loading={!s.list}
            columns={columns}
            dataSource={s.list?.backups ?? []}
            pagination={false}
            aria-label={t('backups.list')}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('backups.empty')} /> }}
          />
        )}
      </Flex>
      <ImportPreviewModal
        preview={s.preview}
        busy={s.busy === 'import'}
        onConfirm={() => void s.confirm()}
        onCancel={s.cancelPreview}
      />
    </Card>
  );
}
