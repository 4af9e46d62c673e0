import { useEffect } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';

/**
 * The in-app inbox of certificate expiry reminders (90/30/7 days before, each once), in the
 * shell header: a bell with the unread count; opening it lists them, a click opens the
 * certificate. Desktop notifications (Electron) come from the same `certificates.reminders`.
 */
export function ReminderBell() {
  const t = useT();
  const navigate = useNavigate();
  const inbox = useCertificatesStore((s) => s.inbox);
  useEffect(() => {
    const s = useCertificatesStore.getState();
    s.init();
    void s.loadInbox();
  }, []);
  const unread = inbox?.unread ?? 0;
  const content = (
    <div className="cert-inbox">
      {inbox && inbox.reminders.length > 0 ? (
        <List
          size="small"
          aria-label={t('certificates.inbox')}
          dataSource={inbox.reminders.slice(0, 30)}
          renderItem={(r) => (
            <List.Item
              className={r.readAt ? 'cert-inbox-read' : 'cert-inbox-unread'}
              onClick={() => {
                void navigate(`/certificates?open=${encodeURIComponent(r.certificateId)}`);
              }}
            >
              <Typography.Link>
                {t('certificates.inbox.item', {
                  name: `${r.name} · ${t(`certificates.kind.${r.kind}` as MessageKey)}`,
                  number: r.number,
                  days: r.daysLeft ?? r.threshold,
                  date: r.expiryDate,
                })}
              </Typography.Link>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certificates.inbox.empty')} />
      )}
      {unread > 0 && (
        <Button size="small" type="link" onClick={() => void useCertificatesStore.getState().markAllRead()}>
          {t('certificates.inbox.markRead')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('certificates.inbox')} content={content}>
      <Button
        type="text"
        aria-label={
          unread
            ? `${t('certificates.inbox')} · ${t('certificates.inbox.unread', { count: unread })}`
            : t('certificates.inbox')
        }
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined aria-hidden />
          </Badge>
        }
      />
    </Popover>
  );
}
