import { useEffect, useRef, useState } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Spin } from 'antd';
import type { CertificateView } from '../../../../shared/certificates/schema';
import { invoke, IpcError } from '../../ipc/client';
import { useT } from '../../i18n/useT';
import { renderPdf } from './pdf-render';

type Loaded = { kind: 'image'; url: string } | { kind: 'pdf'; pages: HTMLCanvasElement[] };

/**
 * Prints the shown file and nothing else: its pages (or image) go into a sheet of their own
 * at the end of <body>, the print style hides everything else, and the sheet is removed
 * after printing (Electron and Chromium both open their print dialog for window.print()).
 */
function printPages(sources: string[], title: string) {
  const sheet = document.createElement('div');
  sheet.className = 'cert-print-sheet';
  sheet.setAttribute('aria-hidden', 'true');
  for (const src of sources) {
    const img = document.createElement('img');
    img.src = src;
    img.alt = title;
    sheet.append(img);
  }
  document.body.append(sheet);
  document.body.classList.add('cert-printing');
  const done = () => {
    document.body.classList.remove('cert-printing');
    sheet.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  // Let the images decode before the print snapshot.
  void Promise.all([...sheet.querySelectorAll('img')].map((i) => i.decode().catch(() => {}))).then(() => {
    window.print();
  });
}

/**
 * The certificate's file inside the app, offline: fetched once from its hash-checked,
 * one-use URL; an image as <img>, a PDF drawn page by page with pdf.js. Printable.
 */
export function FileViewer({ certificate, onClose }: { certificate: CertificateView | null; onClose(): void }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const id = certificate?.id ?? null;

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    let cleanup = () => {};
    setLoaded(null);
    setError(null);
    void (async () => {
      try {
        const ticket = await invoke('certificates.openFile', { id });
        const res = await fetch(ticket.url);
        if (!res.ok) throw new Error(t('certificates.error.fileMissing'));
        const blob = await res.blob();
        if (cancelled) return;
        if (ticket.mime === 'application/pdf') {
          const pdf = await renderPdf(new Uint8Array(await blob.arrayBuffer()), 1.5, () => cancelled);
          cleanup = pdf.close;
          if (!cancelled) setLoaded({ kind: 'pdf', pages: pdf.pages });
        } else {
          const url = URL.createObjectURL(new Blob([blob], { type: ticket.mime }));
          cleanup = () => URL.revokeObjectURL(url);
          setLoaded({ kind: 'image', url });
        }
      } catch (err) {
        if (!cancelled) setError(err instanceof IpcError ? err.message : String((err as Error).message ?? err));
      }
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [id, t]);

  // The PDF's canvases are placed in the viewer as they are (drawn once, not re-rendered by React).
  useEffect(() => {
    const el = host.current;
    if (!el || loaded?.kind !== 'pdf') return;
    el.replaceChildren(
      ...loaded.pages.map((c, i) => {
        c.setAttribute('role', 'img');
        c.setAttribute('aria-label', t('certificates.viewer.page', { page: i + 1, pages: loaded.pages.length }));
        c.className = 'cert-page';
        return c;
      }),
    );
  }, [loaded, t]);

  const print = () => {
    if (!loaded || !certificate) return;
    const sources = loaded.kind === 'image' ? [loaded.url] : loaded.pages.map((c) => c.toDataURL('image/png'));
    printPages(sources, certificate.file?.name ?? certificate.number);
  };

  return (
    <Modal
      open={certificate !== null}
      title={`${t('certificates.viewer.title')} · ${certificate?.file?.name ?? ''}`}
      onCancel={onClose}
      width={920}
      footer={[
        <Button key="print" icon={<PrinterOutlined aria-hidden />} disabled={!loaded} onClick={print}>
          {t('certificates.detail.print')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('certificates.detail.close')}
        </Button>,
      ]}
      destroyOnHidden
    >
      <div className="cert-viewer" aria-busy={!loaded && !error}>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        {!loaded && !error && (
          <div className="cert-viewer-loading" role="status">
            <Spin aria-hidden /> {t('certificates.viewer.loading')}
          </div>
        )}
        {loaded?.kind === 'image' && (
          <img className="cert-page" src={loaded.url} alt={certificate?.file?.name ?? certificate?.number ?? ''} />
        )}
        <div ref={host} className="cert-pages" aria-label={t('certificates.viewer.title')} />
      </div>
    </Modal>
  );
}
