import { useEffect, useMemo, useRef, useState } from 'react';
import { ExportOutlined, FileZipOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, ConfigProvider, Empty, Flex, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { CertificateView } from '../../../../shared/certificates/schema';
import { FilterIssues } from '../../components/list/ListStates';
import { PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useCertificatesStore, type CertificateNotice } from '../../stores/certificates';
import { useCertificatesListStore } from '../../stores/certificates-list';
import { BidPackDialog } from './BidPackDialog';
import { certificateColumns } from './certificate-columns';
import { CertificateDrawer } from './CertificateDrawer';
import { CertificateFilters } from './CertificateFilters';
import { CertificateForm } from './CertificateForm';
import { FileViewer } from './FileViewer';
import { ImportDialog } from './ImportDialog';
import '../../components/list/list.css';
import './certificates.css';

function NoticeText({ notice }: { notice: CertificateNotice }) {
  const t = useT();
  if (notice.kind === 'saved') return <>{t('certificates.saved')}</>;
  if (notice.kind === 'moved')
    return (
      <>{notice.account ? t('certificates.transfer.done', { account: notice.account }) : t('certificates.saved')}</>
    );
  if (notice.kind === 'imported') return <>{t('certificates.import.done', { count: notice.count })}</>;
  return <>{t('certificates.exported', { name: notice.name })}</>;
}

/**
 * Certificates (#/certificates): the company's solution certificates and the staff's
 * HCIA/HCIP/HCIE — search and filters, add/edit with the file (dialog or drop), view and
 * print the file inside the app, bind/transfer with the full history, CSV import (preview
 * first) and export, and the bid pack of the ticked ones. `?open=<id>` opens one (from a
 * reminder or the dashboard).
 */
export function CertificatesScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const selected = useCertificatesStore((s) => s.selected);
  const error = useCertificatesStore((s) => s.error);
  const notice = useCertificatesStore((s) => s.notice);
  const detailOpen = useCertificatesStore((s) => s.detail !== null);
  const busy = useCertificatesStore((s) => s.busy);
  const listError = useCertificatesListStore((s) => s.error);
  const [editing, setEditing] = useState<{ certificate: CertificateView | null } | null>(null);
  const [viewing, setViewing] = useState<CertificateView | null>(null);
  const [packing, setPacking] = useState(false);
  const csvInput = useRef<HTMLInputElement>(null);
  const s = useCertificatesStore.getState();

  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const columns = useMemo(
    () => certificateColumns(t, { selected: selectedSet, toggle: s.toggle }),
    [t, selectedSet, s.toggle],
  );

  const toOpen = params.get('open');
  useEffect(() => {
    s.init();
    if (!toOpen) return;
    void s.open(toOpen);
    void navigate('/certificates', { replace: true });
  }, [toOpen, navigate, s]);

  const showNotice = notice && !editing && !packing;
  // Two-character Chinese labels (保存, 转移) keep their plain text: no space inserted.
  return (
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <div className="list-screen">
        <PageHeader
          title={t('section.certificates.title')}
          description={t('section.certificates.description')}
          extra={
            <Flex gap={8} align="center" wrap>
              <PagedListCount store={useCertificatesListStore} text={(count) => t('certificates.count', { count })} />
              <Button
                icon={<ImportOutlined aria-hidden />}
                loading={busy === 'csv'}
                onClick={() => csvInput.current?.click()}
              >
                {t('certificates.import')}
              </Button>
              <input
                ref={csvInput}
                type="file"
                hidden
                accept=".csv,text/csv"
                aria-label={t('certificates.import.choose')}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void s.previewCsv(file);
                }}
              />
              <Button
                icon={<ExportOutlined aria-hidden />}
                loading={busy === 'export'}
                onClick={() => void s.exportCsv()}
              >
                {t('certificates.exportCsv')}
              </Button>
              <Button
                icon={<FileZipOutlined aria-hidden />}
                disabled={selected.length === 0}
                onClick={() => setPacking(true)}
              >
                {t('certificates.bidPack')}
                {selected.length > 0 && ` (${selected.length})`}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setEditing({ certificate: null })}
              >
                {t('certificates.add')}
              </Button>
            </Flex>
          }
        />
        <CertificateFilters />
        {selected.length > 0 && (
          <Typography.Text type="secondary" className="cert-selected" role="status">
            {t('certificates.selected', { count: selected.length })}{' '}
            <Button type="link" size="small" onClick={s.clearSelection}>
              {t('certificates.clearSelection')}
            </Button>
          </Typography.Text>
        )}
        {error && !detailOpen && !editing && !packing && (
          <Alert type="error" showIcon title={error} role="alert" closable={{ onClose: s.dismiss }} />
        )}
        {showNotice && (
          <Alert type="success" showIcon title={<NoticeText notice={notice} />} closable={{ onClose: s.dismiss }} />
        )}
        <FilterIssues
          error={listError}
          labels={{ search: t('certificates.search'), holder: t('certificates.holder') }}
        />
        <PagedListTable
          store={useCertificatesListStore}
          label={t('certificates.table')}
          columns={columns}
          rowKey={(c) => c.id}
          onOpen={(c) => void s.open(c.id)}
          noMatch={t('certificates.emptyFiltered')}
          empty={<CertificatesEmpty onAdd={() => setEditing({ certificate: null })} />}
        />
        <CertificateDrawer onEdit={(c) => setEditing({ certificate: c })} onView={setViewing} />
        <CertificateForm
          open={editing !== null}
          editing={editing?.certificate ?? null}
          onClose={() => setEditing(null)}
        />
        <FileViewer certificate={viewing} onClose={() => setViewing(null)} />
        <ImportDialog />
        <BidPackDialog open={packing} onClose={() => setPacking(false)} />
      </div>
    </ConfigProvider>
  );
}

function CertificatesEmpty({ onAdd }: { onAdd(): void }) {
  const t = useT();
  const filtered = useCertificatesListStore((s) => Object.values(s.filter).some((v) => v !== undefined && v !== ''));
  const { resetFilter } = useCertificatesListStore.getState();
  if (filtered)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certificates.emptyFiltered')}>
        <Button onClick={resetFilter}>{t('list.resetFilters')}</Button>
      </Empty>
    );
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certificates.empty')}>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
        {t('certificates.add')}
      </Button>
    </Empty>
  );
}
