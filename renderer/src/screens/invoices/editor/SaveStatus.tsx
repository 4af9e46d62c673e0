import { CheckCircleFilled, ExclamationCircleFilled, LoadingOutlined, WarningFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../../../i18n/useT';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

/** "Saved · 14:03:22" / "Saving…" / why it is not saved, with the way out. Announced politely. */
export function SaveStatus() {
  const t = useT();
  const save = useInvoiceEditorStore((s) => s.save);
  const id = useInvoiceEditorStore((s) => s.id);
  const { flush, open } = useInvoiceEditorStore.getState();

  let body;
  if (save.kind === 'saved')
    body = (
      <span className="invoice-save invoice-save-ok">
        <CheckCircleFilled aria-hidden /> {save.at ? t('invoices.save.saved', { time: clock(save.at) }) : ''}
      </span>
    );
  else if (save.kind === 'pending' || save.kind === 'saving')
    body = (
      <span className="invoice-save">
        <LoadingOutlined aria-hidden /> {t('invoices.save.saving')}
      </span>
    );
  else if (save.kind === 'invalid')
    body = (
      <span className="invoice-save invoice-save-warn">
        <WarningFilled aria-hidden /> {t('invoices.save.invalid')}
      </span>
    );
  else
    body = (
      <span className="invoice-save invoice-save-error">
        <ExclamationCircleFilled aria-hidden /> {t('invoices.save.error', { message: save.message })}{' '}
        {save.stale ? (
          <Button size="small" onClick={() => id && open(id)}>
            {t('invoices.save.reopen')}
          </Button>
        ) : (
          <Button size="small" onClick={() => void flush()}>
            {t('invoices.save.retry')}
          </Button>
        )}
      </span>
    );
  return (
    <div role="status" aria-live="polite" className="invoice-save-status">
      {body}
    </div>
  );
}
