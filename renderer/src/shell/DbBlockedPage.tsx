import { Result, Typography } from 'antd';
import type { DbStatus } from '../../../shared/app/schema';
import { useT } from '../i18n/useT';

/**
 * A database the app must not use (written by a newer version, or unopenable) blocks the
 * whole window: every screen would fail, and working on would hide the problem. The
 * core's message is already in the user's language and says what to do.
 */
export function DbBlockedPage({ db }: { db: DbStatus }) {
  const t = useT();
  return (
    <main className="fullpage">
      <Result
        status={db.state === 'too-new' ? 'warning' : 'error'}
        title={<h1 className="result-heading">{t('db.blockedTitle')}</h1>}
        subTitle={<span className="fullpage-message">{db.message}</span>}
        extra={
          <Typography.Text type="secondary" copyable={{ text: db.path }}>
            {t('db.blockedPath', { path: db.path })}
          </Typography.Text>
        }
      />
    </main>
  );
}
