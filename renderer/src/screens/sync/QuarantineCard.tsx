import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Modal,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { QuarantinePage } from '../../../../shared/sync/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';
import { formatCount, formatDateTime, prettyJson, resourceLabel } from './format';

type Row = QuarantinePage['rows'][number];
const PAGE_SIZE = 10;

/** The raw record as the API sent it, indented but otherwise untouched, in a monospace block. */
function PayloadModal({ row, open, onClose }: { row: Row | null; open: boolean; onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const payloadId = useId();
  return (
    <Modal
      open={open}
      title={row ? t('quarantine.payloadTitle', { resource: resourceLabel(t, row.resource), key: row.recordKey }) : ''}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('quarantine.close')}</Button>}
      width={720}
    >
      {row && (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'reason', label: t('quarantine.reason'), children: row.reason },
              { key: 'seenAt', label: t('quarantine.seenAt'), children: formatDateTime(row.seenAt, language) },
            ]}
          />
          <Flex justify="space-between" align="center">
            <Typography.Text strong id={payloadId}>
              {t('quarantine.payload')}
            </Typography.Text>
            <Typography.Text copyable={{ text: row.payload }} />
          </Flex>
          <pre className="sync-payload" tabIndex={0} role="region" aria-labelledby={payloadId}>
            {prettyJson(row.payload)}
          </pre>
        </Flex>
      )}
    </Modal>
  );
}

/**
 * Records that failed validation during sync: kept out of the local data and listed here
 * (paged from the core) with the reason and the raw payload, so a rep can report them.
 */
export function QuarantineCard() {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const quarantine = useSyncStore((s) => s.quarantine);
  // Read again when a run moves on or the quarantined counts change.
  const trigger = useSyncStore((s) =>
    s.status
      ? `${s.status.resources.reduce((n, r) => n + r.quarantined, 0)}:${s.status.run?.id}:${s.status.run?.status}`
      : '',
  );
  const [page, setPage] = useState(1);
  const [data, setData] = useState<QuarantinePage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<{ row: Row; open: boolean } | null>(null);
  const request = useRef(0);

  const load = useCallback(async () => {
    const id = ++request.current;
    setLoading(true);
    try {
      const result = await quarantine((page - 1) * PAGE_SIZE, PAGE_SIZE);
      if (id !== request.current) return;
      setData(result);
      setError(null);
      // The list shrank under the current page (records released by a sync): step back.
      if (result.rows.length === 0 && page > 1) setPage(Math.max(1, Math.ceil(result.total / PAGE_SIZE)));
    } catch (err) {
      if (id === request.current) setError((err as Error).message);
    } finally {
      if (id === request.current) setLoading(false);
    }
  }, [quarantine, page]);

  useEffect(() => {
    void load();
  }, [load, trigger]);

  const columns: TableColumnsType<Row> = [
    {
      key: 'resource',
      title: t('quarantine.resource'),
      width: 130,
      render: (_, row) => resourceLabel(t, row.resource),
    },
    {
      key: 'recordKey',
      title: t('quarantine.recordKey'),
      width: 200,
      render: (_, row) => (
        <Typography.Text code className="sync-record-key">
          {row.recordKey}
        </Typography.Text>
      ),
    },
    {
      key: 'reason',
      title: t('quarantine.reason'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.reason }} className="sync-reason">
          {row.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'seenAt',
      title: t('quarantine.seenAt'),
      width: 170,
      render: (_, row) => <time dateTime={row.seenAt}>{formatDateTime(row.seenAt, language)}</time>,
    },
    {
      key: 'payload',
      title: t('quarantine.payload'),
      width: 90,
      render: (_, row) => (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined aria-hidden />}
          aria-label={t('quarantine.viewNamed', { key: row.recordKey })}
          onClick={() => setViewing({ row, open: true })}
        >
          {t('quarantine.view')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <h2 className="card-heading" id={headingId}>
            {t('quarantine.title')}
          </h2>
          {data && data.total > 0 && <Tag color="warning">{formatCount(data.total, language)}</Tag>}
        </Flex>
      }
      extra={
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void load()} loading={loading && data !== null}>
          {t('quarantine.refresh')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('quarantine.description')}</Typography.Text>
        {error && <Alert type="error" showIcon title={t('quarantine.loadFailed', { message: error })} />}
        <Table<Row>
          size="small"
          rowKey={(row) => `${row.resource}:${row.recordKey}`}
          columns={columns}
          dataSource={data?.rows ?? []}
          loading={loading && data === null}
          aria-labelledby={headingId}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quarantine.empty')} /> }}
          pagination={
            data && data.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: data.total,
                  showSizeChanger: false,
                  showTotal: (total) => t('quarantine.count', { total: formatCount(total, language) }),
                  onChange: setPage,
                }
              : false
          }
        />
      </Flex>
      <PayloadModal
        row={viewing?.row ?? null}
        open={viewing?.open ?? false}
        onClose={() => setViewing((v) => (v ? { ...v, open: false } : null))}
      />
    </Card>
  );
}
