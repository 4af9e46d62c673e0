import { useState } from 'react';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { invoke } from '../../../ipc/client';
import { useT } from '../../../i18n/useT';
import { download } from '../../../stores/order-export';

/** Electron has the system print dialog; the browser host prints through "Export PDF". */
const canPrint = /\bElectron\//.test(navigator.userAgent);

/**
 * "Export PDF" (the printable A4 statement: saved where the user chooses in Electron, a
 * download in the browser host) and, where the shell has one, "Print".
 */
export function OutputButtons({ id }: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null);

  const run = async (what: 'pdf' | 'print') => {
    setBusy(what);
    try {
      if (what === 'pdf') download(await invoke('invoices.pdf', { id }));
      else await invoke('invoices.print', { id });
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button icon={<FilePdfOutlined aria-hidden />} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        {t('invoices.action.pdf')}
      </Button>
      {canPrint && (
        <Button icon={<PrinterOutlined aria-hidden />} loading={busy === 'print'} onClick={() => void run('print')}>
          {t('invoices.action.print')}
        </Button>
      )}
    </>
  );
}
