import { useRef, useState, type DragEvent } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Typography } from 'antd';
import type { UploadInfo } from '../../../../shared/certificates/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { uploadCertificateFile } from '../../stores/certificates';
import { formatSize } from '../sync/backup-format';

interface FileDropProps {
  /** The checked upload (its ticket goes with the save), or null when cleared. */
  onChange(upload: UploadInfo | null): void;
  /** Busy while the bytes are on their way and being checked. */
  onBusy(busy: boolean): void;
}

/**
 * The certificate file: click (or Enter) to choose, or drop it here. It is uploaded at once
 * and checked by its content in the core; what it is, or why it was refused, shows here.
 */
export function FileDrop({ onChange, onBusy }: FileDropProps) {
  const t = useT();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; info: UploadInfo } | { kind: 'error'; message: string }
  >({ kind: 'idle' });
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy' });
    onBusy(true);
    onChange(null);
    try {
      const info = await uploadCertificateFile(file);
      setState({ kind: 'ok', info });
      onChange(info);
    } catch (err) {
      setState({ kind: 'error', message: (err as Error).message });
    } finally {
      onBusy(false);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <div className="cert-drop-wrap">
      <div
        role="button"
        tabIndex={0}
        aria-label={t('certificates.form.file')}
        aria-describedby="cert-drop-hint"
        className={over ? 'cert-drop cert-drop-over' : 'cert-drop'}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        {state.kind === 'busy' ? <Spin aria-hidden /> : <InboxOutlined className="cert-drop-icon" aria-hidden />}
        <Typography.Text id="cert-drop-hint" type="secondary">
          {state.kind === 'busy' ? t('certificates.form.uploading') : t('certificates.form.fileHint')}
        </Typography.Text>
        {state.kind === 'ok' && (
          <Typography.Text strong role="status">
            {t('certificates.form.fileChosen', { name: state.info.name, size: formatSize(state.info.bytes, language) })}
          </Typography.Text>
        )}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        style={{ display: 'none' }}
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        aria-label={t('certificates.form.chooseFile')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          void take(file);
        }}
      />
      {state.kind === 'error' && <Alert type="error" showIcon title={state.message} role="alert" />}
    </div>
  );
}
