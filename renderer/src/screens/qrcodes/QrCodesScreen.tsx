import { useEffect, useMemo, useState } from 'react';
import { AppstoreAddOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, ConfigProvider, Empty, Flex, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { AssociationType, QrCodeView } from '../../../../shared/qrcodes/schema';
import { FilterSelect } from '../../components/list/FilterSelect';
import { FilterIssues } from '../../components/list/ListStates';
import { FilterBar, PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { invoke, on } from '../../ipc/client';
import { useLanguage, useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { qrListInput, today, useQrCodesStore, useQrListStore, type QrStatusTab } from '../../stores/qrcodes-list';
import { BatchDialog } from './BatchDialog';
import { CodeDrawer } from './CodeDrawer';
import { CodeFormDialog } from './CodeFormDialog';
import type { SheetSource } from './preview';
import { PrintDialog } from './PrintDialog';
import { qrColumns } from './qr-columns';
import { SetupCard } from './SetupCard';
import { TimelineChart } from './TimelineChart';
import '../../components/list/list.css';
import './qrcodes.css';

const TABS: QrStatusTab[] = ['active', 'expired', 'archived', 'all'];
/** The most codes one print job takes (the contract's limit). */
const PRINT_MAX = 2000;

function StatusTabs() {
  const t = useT();
  const status = useQrListStore((s) => s.filter.status ?? 'active');
  return (
    <Tabs
      className="qr-tabs"
      aria-label={t('qrcodes.filter.status')}
      activeKey={status}
      onChange={(key) =>
        useQrListStore
          .getState()
          .setFilter({ status: key === 'active' ? undefined : (key as Exclude<QrStatusTab, 'active'>) })
      }
      items={TABS.map((k) => ({ key: k, label: t(`qrcodes.status.${k}`) }))}
    />
  );
}

function QrFilters() {
  const t = useT();
  const filter = useQrListStore((s) => s.filter);
  const facets = useQrListStore((s) => s.facets);
  const { setFilter } = useQrListStore.getState();
  const any = t('list.any');
  const plain = (v: string[] | undefined) => (v ?? []).map((x) => ({ value: x, label: x }));
  return (
    <FilterBar
      store={useQrListStore}
      label={t('qrcodes.filters')}
      searchLabel={t('qrcodes.search')}
      searchPlaceholder={t('qrcodes.searchPlaceholder')}
    >
      <FilterSelect<AssociationType>
        label={t('qrcodes.filter.type')}
        placeholder={any}
        options={[
          { value: 'referral', label: t('qrcodes.type.referral') },
          { value: 'reseller', label: t('qrcodes.type.reseller') },
        ]}
        value={filter.associationType}
        onChange={(associationType) => setFilter({ associationType })}
      />
      <FilterSelect<string>
        label={t('qrcodes.filter.campaign')}
        placeholder={any}
        width={200}
        loading={!facets}
        options={plain(facets?.campaigns)}
        value={filter.campaign}
        onChange={(campaign) => setFilter({ campaign })}
      />
      <FilterSelect<string>
        label={t('qrcodes.filter.owner')}
        placeholder={any}
        loading={!facets}
        options={plain(facets?.ownerReps)}
        value={filter.ownerRep}
        onChange={(ownerRep) => setFilter({ ownerRep })}
      />
    </FilterBar>
  );
}

function QrEmpty({ onNew, onBatch }: { onNew(): void; onBatch(): void }) {
  const t = useT();
  const all = useQrCodesStore((s) => s.all);
  if (all)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('qrcodes.emptyFiltered')}>
        <Button onClick={() => useQrListStore.getState().resetFilter()}>{t('list.resetFilters')}</Button>
      </Empty>
    );
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('qrcodes.empty')}>
      <Flex gap={8} justify="center">
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onNew}>
          {t('qrcodes.new')}
        </Button>
        <Button icon={<AppstoreAddOutlined aria-hidden />} onClick={onBatch}>
          {t('qrcodes.newBatch')}
        </Button>
      </Flex>
    </Empty>
  );
}

/** Every code matching the list's filter (up to what one print job takes), in the list's order. */
async function codesOfFilter(): Promise<SheetSource[]> {
  const { filter } = useQrListStore.getState();
  const out: QrCodeView[] = [];
  for (let offset = 0; offset < PRINT_MAX; offset += 500) {
    const page = await invoke('qrcodes.list', qrListInput(filter, offset, 500));
    out.push(...page.items);
    if (offset + 500 >= page.total) break;
  }
  return out.slice(0, PRINT_MAX);
}

/**
 * Customer expansion QR codes (#/qrcodes): the partner expansion link of the profile, the
 * codes (search, status tabs, filters; paged and virtualized) with what each code's tag
 * brought, a chart of associations per code, one code or a batch to create, and the print
 * view of the ticked codes (or of every code the filter shows). `?code=<id>` opens a code.
 */
export function QrCodesScreen() {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const error = useQrListStore((s) => s.error);
  const selected = useQrCodesStore((s) => s.selected);
  const hasLink = useQrCodesStore((s) => Boolean(s.setup?.link));
  const [editing, setEditing] = useState<{ code: QrCodeView | null } | null>(null);
  const [batch, setBatch] = useState(false);
  const [printing, setPrinting] = useState<SheetSource[] | null>(null);
  const [opened, setOpened] = useState<string | null>(params.get('code'));

  useEffect(() => {
    const s = useQrCodesStore.getState();
    s.loadSetup().catch((err: Error) => void message.error(err.message));
    void s.loadLayout().catch(() => {});
    const bump = () => useQrCodesStore.setState((st) => ({ revision: st.revision + 1 }));
    const offs = [on('sync.finished', bump)];
    return () => offs.forEach((off) => off());
  }, [message]);

  useEffect(() => {
    const code = params.get('code');
    if (!code) return;
    setOpened(code);
    setParams({}, { replace: true });
  }, [params, setParams]);

  const day = today();
  const columns = useMemo(
    () =>
      qrColumns({
        t,
        language,
        today: day,
        selected,
        onSelect: (c, on) => useQrCodesStore.getState().toggle(c, on),
      }),
    [t, language, day, selected],
  );
  const ticked = Object.values(selected);

  const openPrint = async () => {
    try {
      const codes = ticked.length ? ticked : await codesOfFilter();
      if (!codes.length) return void message.info(t('qrcodes.printNothing'));
      setPrinting(codes);
    } catch (err) {
      void message.error((err as Error).message);
    }
  };

  return (
    // Two-character Chinese labels (编辑, 归档, 取消) keep their name: no space put between them.
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <div className="list-screen qr-screen">
        <PageHeader
          title={t('section.qrcodes.title')}
          description={t('section.qrcodes.description')}
          extra={
            <Flex gap={8} align="center" wrap justify="flex-end">
              <PagedListCount
                store={useQrListStore}
                text={(count, filtered) => t(filtered ? 'qrcodes.countFiltered' : 'qrcodes.count', { count })}
              />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ code: null })}>
                {t('qrcodes.new')}
              </Button>
              <Button icon={<AppstoreAddOutlined aria-hidden />} onClick={() => setBatch(true)}>
                {t('qrcodes.newBatch')}
              </Button>
              <Button
                type="primary"
                icon={<PrinterOutlined aria-hidden />}
                disabled={!hasLink}
                onClick={() => void openPrint()}
              >
                {ticked.length ? t('qrcodes.printSelected', { count: ticked.length }) : t('qrcodes.print')}
              </Button>
            </Flex>
          }
        />
        <Flex gap={12} className="qr-top" wrap>
          <SetupCard />
          <Card
            size="small"
            className="qr-chart-card"
            title={<h2 className="card-heading">{t('qrcodes.chart.title')}</h2>}
          >
            <TimelineChart ids={null} height={150} />
          </Card>
        </Flex>
        <StatusTabs />
        <QrFilters />
        {ticked.length > 0 && (
          <Flex gap={8} align="center" className="qr-selection" role="status">
            <span>{t('qrcodes.selected', { count: ticked.length })}</span>
            <Button size="small" type="link" onClick={() => useQrCodesStore.getState().clearSelection()}>
              {t('qrcodes.clearSelection')}
            </Button>
          </Flex>
        )}
        <FilterIssues error={error} labels={{ search: t('qrcodes.search') }} />
        <PagedListTable
          store={useQrListStore}
          label={t('qrcodes.table')}
          columns={columns}
          rowKey={(c) => c.id}
          onOpen={(c) => setOpened(c.id)}
          noMatch={t('qrcodes.emptyFiltered')}
          empty={<QrEmpty onNew={() => setEditing({ code: null })} onBatch={() => setBatch(true)} />}
        />
        <CodeDrawer
          id={opened}
          onClose={() => setOpened(null)}
          onEdit={(code) => setEditing({ code })}
          onPrint={(code) => setPrinting([code])}
          onOpen={setOpened}
        />
        <CodeFormDialog
          open={editing !== null}
          code={editing?.code ?? null}
          onClose={() => setEditing(null)}
          onSaved={(c) => !editing?.code && setOpened(c.id)}
        />
        <BatchDialog open={batch} onClose={() => setBatch(false)} />
        <PrintDialog codes={printing} onClose={() => setPrinting(null)} />
      </div>
    </ConfigProvider>
  );
}
