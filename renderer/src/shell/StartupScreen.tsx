import { Button, Result, Spin, Typography } from 'antd';
import { useT } from '../i18n/useT';
import { useConnectionStore } from '../stores/connection';

/** Until the core has answered: a spinner, the link state, or why start-up failed. */
export function StartupScreen({ error, onRetry }: { error: string | null; onRetry(): void }) {
  const t = useT();
  const link = useConnectionStore((s) => s.link);
  if (error) {
    return (
      <main className="fullpage">
        <Result
          status="error"
          title={<h1 className="result-heading">{t('startup.failedTitle')}</h1>}
          subTitle={error}
          extra={
            <Button type="primary" onClick={onRetry}>
              {t('startup.retry')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('startup.restartedHint')}</Typography.Paragraph>
        </Result>
      </main>
    );
  }
  return (
    <main className="fullpage" aria-busy>
      <Spin size="large" />
      <div role="status" className="startup-status">
        <Typography.Text type="secondary">
          {link === 'closed' ? t('status.disconnected') : t('startup.loading')}
        </Typography.Text>
        {link === 'closed' && (
          <Typography.Paragraph type="secondary">{t('startup.restartedHint')}</Typography.Paragraph>
        )}
      </div>
    </main>
  );
}
