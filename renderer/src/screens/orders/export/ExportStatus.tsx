import { Alert, Button, Progress } from 'antd';
import { useLanguage, useT } from '../../../i18n/useT';
import { useOrderExportStore } from '../../../stores/order-export';
import { formatCount } from '../../sync/format';

/** The export under way (a progress bar and cancel) or how the last one ended. */
export function ExportStatus() {
  const t = useT();
  const language = useLanguage();
  const job = useOrderExportStore((s) => s.job);
  const error = useOrderExportStore((s) => s.error);
  const { cancel, dismiss } = useOrderExportStore.getState();
  const close = (
    <Button size="small" type="text" onClick={dismiss}>
      {t('orders.export.dismiss')}
    </Button>
  );

  if (error)
    return (
      <Alert
        className="list-banner"
        type="error"
        showIcon
        title={t('orders.export.startFailed', { message: error })}
        action={close}
      />
    );
  if (!job) return null;
  const count = (n: number) => formatCount(n, language);

  if (job.state === 'running') {
    const percent = job.total > 0 ? Math.floor((job.written / job.total) * 100) : 0;
    return (
      <div className="order-export list-banner">
        <span className="order-export-text">
          {t('orders.export.running', { file: job.fileName, written: count(job.written), total: count(job.total) })}
        </span>
        <Progress
          className="order-export-bar"
          percent={percent}
          size="small"
          aria-label={t('orders.export.progress')}
        />
        <Button size="small" danger onClick={() => void cancel()}>
          {t('orders.export.cancel')}
        </Button>
      </div>
    );
  }

  const text =
    job.state === 'done'
      ? job.path
        ? t('orders.export.saved', { path: job.path })
        : t('orders.export.done', { count: count(job.written), file: job.fileName })
      : job.state === 'cancelled'
        ? t('orders.export.cancelled')
        : (job.message ?? t('orders.export.cancelled'));
  const type = job.state === 'done' ? 'success' : job.state === 'cancelled' ? 'info' : 'error';
  return (
    <Alert className="list-banner" type={type} showIcon title={<span role="status">{text}</span>} action={close} />
  );
}
