import { useEffect } from 'react';
import { Button, Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useInvoiceEditorStore } from '../../stores/invoice-editor';
import { BackToInvoices, InvoiceEditor } from './editor/InvoiceEditor';
import '../customers/customer-page/customer-page.css';
import '../../components/list/list.css';
import './invoices.css';

/**
 * #/invoices/:invoiceId: reads the invoice, then the editor (a draft) or the read-only
 * view. Leaving the screen, or the page, saves what is not saved yet.
 */
export function InvoiceScreen() {
  const t = useT();
  const navigate = useNavigate();
  const { invoiceId = '' } = useParams();
  const status = useInvoiceEditorStore((s) => s.status);
  const loadError = useInvoiceEditorStore((s) => s.loadError);
  const { open, close, flush } = useInvoiceEditorStore.getState();

  useEffect(() => {
    open(invoiceId);
    return () => close();
  }, [invoiceId, open, close]);

  useEffect(() => {
    const save = () => void flush();
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, [flush]);

  if (status === 'loading')
    return (
      <div aria-busy="true">
        <BackToInvoices />
        <PageHeader title={t('invoices.editor.draftTitle')} description={t('invoices.editor.loading')} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );

  if (status === 'notFound' || status === 'error') {
    const notFound = status === 'notFound';
    return (
      <>
        <BackToInvoices />
        <PageHeader title={t(notFound ? 'invoices.editor.notFound.title' : 'invoices.editor.error.title')} />
        <Card>
          <Result
            status={notFound ? 'warning' : 'error'}
            title={<span role="alert">{loadError}</span>}
            subTitle={notFound ? t('invoices.editor.notFound.hint') : undefined}
            extra={
              notFound ? (
                <Button type="primary" onClick={() => void navigate('/invoices')}>
                  {t('invoices.editor.back')}
                </Button>
              ) : (
                <Button type="primary" onClick={() => open(invoiceId)}>
                  {t('invoices.editor.retry')}
                </Button>
              )
            }
          />
        </Card>
      </>
    );
  }

  return <InvoiceEditor />;
}
