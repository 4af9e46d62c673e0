import { Alert } from 'antd';
import { useT } from '../i18n/useT';
import { useAppStatusStore } from '../stores/app-status';

/**
 * A damaged database was moved aside at start and a fresh one created. The user must
 * know (their cached data is gone from view) and where the old file is (nothing deleted).
 */
export function DbRecoveredAlert() {
  const t = useT();
  const db = useAppStatusStore((s) => s.db);
  if (!db?.recovered) return null;
  return (
    <Alert
      className="db-recovered-alert"
      type="warning"
      showIcon
      title={t('db.recoveredTitle')}
      description={db.message}
      closable
    />
  );
}
