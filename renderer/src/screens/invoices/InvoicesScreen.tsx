import { useEffect, useMemo, useState } from 'react';
import { NumberOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FilterIssues } from '../../components/list/ListStates';
import { PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { useLanguage, useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useInvoiceEditorStore } from '../../stores/invoice-editor';
import { useInvoicesListStore } from '../../stores/invoices-list';
import { invoiceColumns } from './list/invoice-columns';
import { InvoiceFilters, InvoiceStatusTabs } from './list/InvoiceFilters';
import { NewInvoiceDialog } from './list/NewInvoiceDialog';
import { NumberingDialog } from './list/NumberingDialog';
import '../../components/list/list.css';
import './invoices.css';

/** What an empty tab says: invoices are local work, so it is never "sync first". */
function InvoicesEmpty({ onNew }: { onNew(): void }) {
  const t = useT();
  const { status, search, customerId } = useInvoicesListStore((s) => s.filter);
  const { setFilter } = useInvoicesListStore.getState();
  if (search || customerId)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoices.noMatch')}>
        <Button onClick={() => setFilter({ search: undefined, customerId: undefined })}>
          {t('list.resetFilters')}
        </Button>
      </Empty>
    );
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`invoices.empty.${status ?? 'all'}`)}>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onNew}>
        {t('invoices.new')}
      </Button>
    </Empty>
  );
}

/**
 * The rep's invoices (#/invoices): status tabs with counts, search, a customer filter;
 * "New invoice" picks a customer and a type and opens the draft. From a customer's page,
 * `?customer=<id>` filters to them and `?new=<id>` starts an invoice for them.
 */
export function InvoicesScreen() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const error = useInvoicesListStore((s) => s.error);
  const columns = useMemo(() => invoiceColumns(t, language), [t, language]);
  const [creating, setCreating] = useState<{ customerId?: string } | null>(null);
  const [numbering, setNumbering] = useState(false);

  const customer = params.get('customer');
  const forCustomer = params.get('new');
  useEffect(() => {
    if (!customer && !forCustomer) return;
    if (customer) useInvoicesListStore.getState().setFilter({ customerId: customer, status: undefined });
    if (forCustomer) setCreating({ customerId: forCustomer });
    void navigate('/invoices', { replace: true });
  }, [customer, forCustomer, navigate]);

  // Back from an invoice: what it changed is shown once its last save has landed (the store keeps the place in the list).
  useEffect(() => {
    void useInvoiceEditorStore
      .getState()
      .settled()
      .then(() => {
        if (useInvoicesListStore.getState().total !== null) useInvoicesListStore.getState().refresh();
      });
  }, []);

  return (
    <div className="list-screen">
      <PageHeader
        title={t('section.invoices.title')}
        description={t('section.invoices.description')}
        extra={
          <Flex gap={12} align="center">
            <PagedListCount store={useInvoicesListStore} text={(count) => t('invoices.count', { count })} />
            <Button icon={<NumberOutlined aria-hidden />} onClick={() => setNumbering(true)}>
              {t('invoices.numbering.open')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating({})}>
              {t('invoices.new')}
            </Button>
          </Flex>
        }
      />
      <InvoiceStatusTabs />
      <InvoiceFilters />
      <FilterIssues error={error} labels={{ search: t('invoices.search') }} />
      <PagedListTable
        store={useInvoicesListStore}
        label={t('invoices.table')}
        columns={columns}
        rowKey={(i) => i.id}
        onOpen={(i) => void navigate(`/invoices/${encodeURIComponent(i.id)}`)}
        noMatch={t('invoices.noMatch')}
        empty={<InvoicesEmpty onNew={() => setCreating({})} />}
      />
      <NumberingDialog open={numbering} onClose={() => setNumbering(false)} />
      <NewInvoiceDialog open={creating !== null} customerId={creating?.customerId} onClose={() => setCreating(null)} />
    </div>
  );
}
